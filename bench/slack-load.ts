// Slack ack latency under a burst of mentions (`npm run load:slack`). Not a test: it prints figures.
//
// Starts the real app (src/main.ts, HTTP mode) as its own process against the fake Slack Web API on
// loopback, with its index built from the real corpus/, then fires bursts of signed `app_mention`
// events all at once (50, then 200 by default), each from a different person in a different
// thread, and records how long each HTTP acknowledgement took, from the request's bytes leaving an
// open connection to the response's first byte (bench/slack/burst.ts). When the answer queue has
// drained it counts what each mention got: exactly one answer, or exactly one "busy" note, never
// both, never two, never none.
//
//   npm run load:slack                      # bursts of 50 and 200
//   npm run load:slack -- --burst 200       # one burst (repeat --burst for more)
//   ANSWER_CONCURRENCY=2 npm run load:slack  # the app's settings pass through
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { appMention, envelope } from "../tests/support/slack-payloads.ts";
import { type AppProcess, PROJECT_ROOT, startAppProcess } from "./slack/app-process.ts";
import { fireBurst, signedRequest, startBareServer } from "./slack/burst.ts";

const TARGET_P99_MS = 100;
const PASSED_THROUGH = ["ANSWER_CONCURRENCY", "ANSWER_QUEUE_LIMIT", "RATE_LIMIT_PER_MINUTE"];

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;
}

const ms = (n: number) => (Number.isFinite(n) ? `${n.toFixed(1)} ms` : "–");

function questions(): string[] {
  const file = path.join(PROJECT_ROOT, "bench", "wcit", "eval.json");
  const set = JSON.parse(fs.readFileSync(file, "utf8")) as { questions: { question: string }[] };
  return set.questions.map((q) => q.question);
}

interface BurstResult {
  size: number;
  acks: number[];
  /** The same burst's latencies against a bare HTTP server that answers at once (the peer). */
  bare: number[];
  statuses: Map<number, number>;
  answered: number;
  busy: number;
  rateLimited: number;
  /** Mentions that got nothing, or more than one outcome. */
  missing: number;
  doubled: number;
  drainMs: number;
}

/** What each thread got from the app, read from the fake Slack's record of Web API calls. */
function outcomes(app: AppProcess, threads: Set<string>) {
  const perThread = new Map<string, { answers: number; busy: number; limited: number }>();
  const of = (t: string) => {
    let o = perThread.get(t);
    if (!o) {
      o = { answers: 0, busy: 0, limited: 0 };
      perThread.set(t, o);
    }
    return o;
  };
  // Each placeholder's ts (from the fake's reply) names the thread its answer belongs to.
  const placeholderThread = new Map<string, string>();
  for (const call of app.fake.callsTo("chat.postMessage")) {
    const thread = String(call.body.thread_ts);
    if (!threads.has(thread)) continue;
    const text = String(call.body.text ?? "");
    if (/Looking through/.test(text)) placeholderThread.set(String(call.reply?.ts), thread);
    else if (/answering a lot of questions/.test(text)) of(thread).busy++;
    else if (/questions in the last minute/.test(text)) of(thread).limited++;
  }
  for (const call of app.fake.callsTo("chat.update")) {
    const thread = placeholderThread.get(String(call.body.ts));
    const isAnswer = JSON.stringify(call.body.blocks ?? "").includes("context_actions");
    if (thread && isAnswer) of(thread).answers++;
  }
  return perThread;
}

async function burst(
  app: AppProcess,
  bareUrl: string,
  size: number,
  asked: string[],
  run: number,
): Promise<BurstResult> {
  const events = Array.from({ length: size }, (_, i) => {
    const ts = `17${String(run).padStart(2, "0")}000000.${String(i + 1).padStart(6, "0")}`;
    const user = `U${String(run).padStart(2, "0")}${String(i).padStart(5, "0")}`;
    const question = asked[(run * 7 + i) % asked.length] as string;
    return {
      ts,
      body: envelope(
        appMention({ text: `<@UBOT> ${question}`, ts, user, channel: `C0LOAD${i % 5}` }),
        { eventId: `EvLOAD${run}x${i}` },
      ),
    };
  });
  const threads = new Set(events.map((e) => e.ts));
  const url = new URL(app.url);
  const requests = events.map((e) => signedRequest(url, JSON.stringify(e.body), app.signingSecret));
  const started = performance.now();
  // The peer first (it takes a fraction of a second), then the app with the same requests.
  const bare = (await fireBurst(bareUrl, requests)).latencies.sort((a, b) => a - b);
  const timing = await fireBurst(app.url, requests);
  const acks = timing.latencies.map((l) => (Number.isNaN(l) ? Number.POSITIVE_INFINITY : l));
  const statuses = new Map<number, number>();
  for (const status of timing.statuses) statuses.set(status, (statuses.get(status) ?? 0) + 1);
  // Drain: every thread has an outcome, and nothing has changed for a while.
  let last = -1;
  let stableSince = performance.now();
  const deadline = performance.now() + 10 * 60_000;
  while (performance.now() < deadline) {
    const per = outcomes(app, threads);
    const done = [...threads].filter((t) => {
      const o = per.get(t);
      return o && o.answers + o.busy + o.limited > 0;
    }).length;
    const calls = app.fake.calls.length;
    if (calls !== last) {
      last = calls;
      stableSince = performance.now();
    }
    if (done === threads.size && performance.now() - stableSince > 1_500) break;
    await new Promise((r) => setTimeout(r, 250));
  }
  const drainMs = performance.now() - started;
  const per = outcomes(app, threads);
  let answered = 0;
  let busy = 0;
  let rateLimited = 0;
  let missing = 0;
  let doubled = 0;
  for (const t of threads) {
    const o = per.get(t) ?? { answers: 0, busy: 0, limited: 0 };
    answered += o.answers;
    busy += o.busy;
    rateLimited += o.limited;
    const total = o.answers + o.busy + o.limited;
    if (total === 0) missing++;
    if (total > 1) doubled++;
  }
  return {
    size,
    acks: acks.sort((a, b) => a - b),
    bare,
    statuses,
    answered,
    busy,
    rateLimited,
    missing,
    doubled,
    drainMs,
  };
}

function report(r: BurstResult) {
  const statusLine = [...r.statuses.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([s, n]) => `${s || "error"}×${n}`)
    .join(" ");
  const p99 = percentile(r.acks, 99);
  console.log(`\nburst of ${r.size} signed app_mention events`);
  console.log(`  HTTP status       ${statusLine}`);
  console.log(
    `  ack latency       p50 ${ms(percentile(r.acks, 50))}  p95 ${ms(percentile(r.acks, 95))}  p99 ${ms(p99)}  max ${ms(r.acks.at(-1) ?? Number.NaN)}  (${r.acks.filter((a) => a >= 3_000).length} ≥ 3 s)`,
  );
  const bareP99 = percentile(r.bare, 99);
  console.log(
    `  bare HTTP peer    p50 ${ms(percentile(r.bare, 50))}  p99 ${ms(bareP99)}  (same burst, a server that answers at once); app p99 = ${(p99 / bareP99).toFixed(1)}× the peer's`,
  );
  console.log(
    `  per mention       answered ${r.answered}  busy ${r.busy}  rate-limited ${r.rateLimited}  none ${r.missing}  more than one ${r.doubled}`,
  );
  console.log(`  drained in        ${(r.drainMs / 1000).toFixed(1)} s`);
  console.log(
    `  target            ack p99 < ${TARGET_P99_MS} ms: ${p99 < TARGET_P99_MS ? "met" : "NOT met"}; exactly one outcome each: ${r.missing === 0 && r.doubled === 0 ? "yes" : "NO"}`,
  );
}

async function main() {
  const { values } = parseArgs({
    options: { burst: { type: "string", multiple: true } },
    allowPositionals: false,
  });
  const sizes = (values.burst ?? ["50", "200"]).map(Number).filter((n) => n > 0);
  const env: Record<string, string> = {};
  for (const name of PASSED_THROUGH) if (process.env[name]) env[name] = process.env[name] as string;
  console.log("starting the app (HTTP mode, real corpus, fake Slack on loopback)…");
  const app = await startAppProcess({ env });
  const bareServer = await startBareServer();
  console.log(
    `app ready; settings: ${PASSED_THROUGH.map((n) => `${n}=${env[n] ?? "default"}`).join(", ")}; Node ${process.version}`,
  );
  let failed = false;
  try {
    const asked = questions();
    // A fresh process loads modules and compiles code on its first requests; a running app has
    // done that long ago. Warm it up, unmeasured, then measure.
    const warm = await burst(app, bareServer.url, 10, asked, 99);
    console.log(`warm-up: ${warm.answered} of 10 mentions answered (not measured)`);
    for (const [run, size] of sizes.entries()) {
      const r = await burst(app, bareServer.url, size, asked, run + 1);
      report(r);
      if (r.missing || r.doubled) failed = true;
    }
  } finally {
    bareServer.stop();
    const exit = app.exit();
    await app.stop();
    if (exit) {
      console.log(`\nthe app exited during the run (${JSON.stringify(exit)})`);
      failed = true;
    }
  }
  if (failed) process.exitCode = 1;
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
