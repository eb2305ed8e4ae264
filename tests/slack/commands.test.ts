// `/wcit`: ack first, then the reply through the response URL.
import { afterEach, describe, expect, it } from "vitest";
import type { CommandInvocation } from "../../src/types.ts";
import { slashCommand } from "../support/slack-payloads.ts";
import { makeAnswer, makeDocument } from "./answer-fixtures.ts";
import { callText, type Harness, scriptedEngine, startHarness } from "./harness.ts";

let h: Harness;
afterEach(async () => {
  await h.close();
});

async function run(text: string, extra: Partial<Parameters<typeof slashCommand>[0]> = {}) {
  const responseUrl = h.fake.responseUrl();
  const ack = await h.command(slashCommand({ text, responseUrl, ...extra }));
  const reply = h.fake
    .callsTo("response_url")
    .filter((c) => responseUrl.endsWith(c.path))
    .at(-1);
  return { ack, reply };
}

describe("/wcit", () => {
  it("acks a question with visible progress, then answers ephemerally with Share in channel", async () => {
    h = await startHarness();
    const { ack, reply } = await run("What does Article 5B say?");
    expect(ack.status).toBe(200);
    expect(ack.text).toMatch(/Looking through/);
    expect(reply?.body.response_type).toBe("ephemeral");
    expect(reply?.body.replace_original).toBe(true);
    const text = callText(reply);
    expect(text).toContain("What does Article 5B say?");
    expect(text).toContain("share_answer");
    expect(text).toContain("|Final Acts of WCIT-12, p. 4>");
    const logged = await h.questions.get(1);
    expect(logged?.surface).toBe("slash");
    expect(logged?.channelId).toBe("C0POLICY");
  });

  it("explains itself for `help` and for an empty command", async () => {
    h = await startHarness();
    for (const text of ["", "help", "  HELP "]) {
      const { reply } = await run(text);
      expect(reply?.body.text).toMatch(/\/wcit search/);
      expect(reply?.body.text).toMatch(/\/wcit sources/);
    }
  });

  it("lists passages for `search`, and asks for terms when there are none", async () => {
    h = await startHarness();
    const { reply } = await run("search Article 5B spam");
    expect(callText(reply)).toContain("Passage about Article 5B spam.");
    const empty = await run("search");
    expect(empty.reply?.body.text).toMatch(/Usage: `\/wcit search &lt;terms&gt;`/);
  });

  it("lists the corpus documents for `sources`", async () => {
    h = await startHarness({
      setup: (db) => {
        db.prepare(
          `INSERT INTO documents (id, path, title, url, kind, content_hash, normalized_text, first_indexed_at, indexed_at)
           VALUES ('itr', 'itr.pdf', 'Final Acts of WCIT-12', 'https://itu.int/fa.pdf', 'pdf', 'h', 'text', '2026-01-01', '2026-01-01')`,
        ).run();
      },
    });
    const { reply } = await run("sources");
    expect(callText(reply)).toContain("<https://itu.int/fa.pdf|Final Acts of WCIT-12>");
  });

  it("lists questions the corpus could not answer for `gaps`, most frequent first", async () => {
    h = await startHarness();
    const none = (question: string) => makeAnswer({ question, coverage: "none", citations: [] });
    await h.questions.recordAnswer({ surface: "mention" }, none("Price of bananas?"));
    await h.questions.recordAnswer({ surface: "mention" }, none("price of bananas"));
    await h.questions.recordAnswer({ surface: "mention" }, none("Who won WCIT?"));
    const { reply } = await run("gaps");
    const text = String(reply?.body.text);
    expect(text).toMatch(/price of bananas\??\s— asked 2×/i);
    expect(text.indexOf("bananas")).toBeLessThan(text.indexOf("Who won"));
  });

  it("hands `digest` (and any injected subcommand) to its handler", async () => {
    const seen: CommandInvocation[] = [];
    h = await startHarness({
      extraSubcommands: {
        digest: async (inv) => {
          seen.push(inv);
          return { text: `Digest ${inv.args}`, responseType: "in_channel" };
        },
      },
    });
    const { reply } = await run("digest on 09:00");
    expect(seen[0]).toEqual({
      args: "on 09:00",
      teamId: "T0001",
      channelId: "C0POLICY",
      userId: "U0ALICE",
    });
    expect(reply?.body).toMatchObject({ text: "Digest on 09:00", response_type: "in_channel" });
    const help = await run("help");
    expect(help.reply?.body.text).toContain("/wcit digest");
  });

  it("answers a failure politely through the response URL", async () => {
    const engine = scriptedEngine();
    engine.failNext(new Error("kaput"));
    h = await startHarness({ engine });
    const { reply } = await run("Article 5B?");
    expect(reply?.body.text).toMatch(/Sorry, something went wrong/);
    expect((await h.questions.get(1))?.error).toBe("kaput");
  });

  it("applies the rate limit to slash questions too", async () => {
    h = await startHarness({ env: { RATE_LIMIT_PER_MINUTE: "1" } });
    await run("first?");
    const { reply } = await run("second?");
    expect(reply?.body.text).toMatch(/1 questions in the last minute|my limit/);
  });

  it("keeps documents out of reach of mentions in titles", async () => {
    h = await startHarness({
      setup: (db) => {
        const d = makeDocument({ title: "<!channel> Final Acts" });
        db.prepare(
          `INSERT INTO documents (id, path, title, kind, content_hash, normalized_text, first_indexed_at, indexed_at)
           VALUES (?, ?, ?, 'pdf', 'h', 'text', '2026-01-01', '2026-01-01')`,
        ).run(d.id, d.path, d.title);
      },
    });
    const { reply } = await run("sources");
    expect(callText(reply)).not.toContain("<!channel>");
  });
});
