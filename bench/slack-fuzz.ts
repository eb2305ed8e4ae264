// Hostile and malformed signed requests against the real Slack app (`npm run fuzz:slack`). Not a
// test: it prints what held. Starts the app (src/main.ts, HTTP mode) as its own process against the
// fake Slack Web API on loopback, sends a few hundred odd requests (bench/slack/fuzz.ts: random
// JSON, missing fields, values of the wrong type, unknown event and action types, 40,000-character
// text, control characters, mentions and broadcasts inside questions, edits, deletions, bot
// messages, wrong content types, URL checks, bad JSON, bad signatures and timestamps), then checks:
// no crash, no 5xx, nothing the bot posted pings anyone or links out, and a normal mention still
// gets its answer.
//
//   npm run fuzz:slack                     # 400 cases, seed 1
//   npm run fuzz:slack -- --count 1000 --seed 7
import { parseArgs } from "node:util";
import { appMention, envelope, ts } from "../tests/support/slack-payloads.ts";
import { postEvent } from "../tests/support/slack-signer.ts";
import { startAppProcess } from "./slack/app-process.ts";
import { auditPosted, fuzzCases, sendCases } from "./slack/fuzz.ts";

async function quiet(count: () => number, forMs: number, atMostMs: number) {
  const deadline = Date.now() + atMostMs;
  let last = -1;
  let since = Date.now();
  while (Date.now() < deadline) {
    const now = count();
    if (now !== last) {
      last = now;
      since = Date.now();
    } else if (Date.now() - since >= forMs) return;
    await new Promise((r) => setTimeout(r, 200));
  }
}

async function main() {
  const { values } = parseArgs({
    options: { count: { type: "string", default: "400" }, seed: { type: "string", default: "1" } },
  });
  const count = Math.max(1, Number(values.count));
  const seed = Number(values.seed);
  console.log("starting the app (HTTP mode, real corpus, fake Slack on loopback)…");
  const app = await startAppProcess();
  let failed = false;
  try {
    const cases = fuzzCases(count, seed, app.fake.responseUrl("fuzz"));
    const started = Date.now();
    const results = await sendCases(app.url, cases);
    await quiet(() => app.fake.calls.length, 2_000, 120_000);

    const byClass = new Map<string, number>();
    for (const r of results) {
      const cls = r.status === 0 ? "no answer" : `${Math.floor(r.status / 100)}xx`;
      byClass.set(cls, (byClass.get(cls) ?? 0) + 1);
    }
    const byKind = new Map<string, Map<number, number>>();
    for (const r of results) {
      const k = byKind.get(r.kind) ?? new Map<number, number>();
      k.set(r.status, (k.get(r.status) ?? 0) + 1);
      byKind.set(r.kind, k);
    }
    const fivexx = results.filter((r) => r.status >= 500 || r.status === 0);
    const posted = auditPosted(app.fake.calls, app.fake.bot.userId);

    // The app must still do its job.
    const thread = ts();
    await postEvent(
      app.url,
      envelope(
        // Someone the fuzz did not use, so the per-person rate limit does not apply.
        appMention({
          text: "<@UBOT> What does Article 5B say about spam?",
          ts: thread,
          user: "U0AFTER",
        }),
      ),
    );
    const answerDeadline = Date.now() + 60_000;
    let answered = false;
    while (!answered && Date.now() < answerDeadline) {
      const placeholder = app.fake
        .callsTo("chat.postMessage")
        .find((c) => c.body.thread_ts === thread && /Looking through/.test(String(c.body.text)));
      answered = Boolean(
        placeholder &&
          app.fake
            .callsTo("chat.update")
            .some(
              (u) =>
                u.body.ts === placeholder.reply?.ts &&
                JSON.stringify(u.body.blocks ?? "").includes("context_actions"),
            ),
      );
      if (!answered) await new Promise((r) => setTimeout(r, 200));
    }
    const crashed = app.exit();

    console.log(
      `\n${results.length} odd requests (seed ${seed}) in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
    console.log(
      `  by status class   ${[...byClass.entries()]
        .sort()
        .map(([c, n]) => `${c} ${n}`)
        .join(", ")}`,
    );
    console.log("  by kind");
    for (const [kind, statuses] of [...byKind.entries()].sort()) {
      const list = [...statuses.entries()]
        .sort()
        .map(([s, n]) => `${s || "none"}×${n}`)
        .join(" ");
      console.log(`    ${kind.padEnd(36)} ${list}`);
    }
    console.log(`  crashes           ${crashed ? `1 (${JSON.stringify(crashed)})` : 0}`);
    console.log(
      `  5xx or no answer  ${fivexx.length}${
        fivexx.length
          ? ` (${fivexx
              .slice(0, 5)
              .map((r) => r.kind)
              .join("; ")})`
          : ""
      }`,
    );
    console.log(
      `  messages posted   ${posted.messages} (asker credits on shared answers: ${posted.askerCredits})`,
    );
    console.log(
      `  live mentions     ${posted.liveMentions.length}${posted.liveMentions.length ? ` (${posted.liveMentions.slice(0, 5).join(" ")})` : ""}`,
    );
    console.log(
      `  live bare links   ${posted.autoLinks.length}${posted.autoLinks.length ? ` (${posted.autoLinks.slice(0, 3).join(" | ")})` : ""}`,
    );
    console.log(`  a normal mention afterwards: ${answered ? "answered" : "NOT answered"}`);
    failed =
      Boolean(crashed) ||
      fivexx.length > 0 ||
      posted.liveMentions.length > 0 ||
      posted.autoLinks.length > 0 ||
      !answered;
  } finally {
    await app.stop();
  }
  if (failed) process.exitCode = 1;
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
