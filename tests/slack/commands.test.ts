// `/wcit`: ack first, then the reply through the response URL.
import { afterEach, describe, expect, it } from "vitest";
import type { CommandInvocation } from "../../src/types.ts";
import {
  appMention,
  channelMessage,
  groupMessage,
  imMessage,
  slashCommand,
  ts,
} from "../support/slack-payloads.ts";
import { makeAnswer, makeDocument } from "./answer-fixtures.ts";
import { callText, type Harness, scriptedEngine, startHarness } from "./harness.ts";

let h: Harness;
afterEach(async () => {
  await h.close();
});

async function run(text: string, extra: Partial<Parameters<typeof slashCommand>[0]> = {}) {
  const responseUrl = h.fake.responseUrl();
  const ack = await h.command(slashCommand({ text, responseUrl, ...extra }));
  const posts = h.fake.callsTo("response_url").filter((c) => responseUrl.endsWith(c.path));
  return { ack, posts, reply: posts.at(-1) };
}

describe("/wcit", () => {
  it("reads the command's text as typed: entities and emoji are Slack's markup", async () => {
    const engine = scriptedEngine();
    h = await startHarness({ engine });
    await run("did the US &amp; UK sign? :pray:");
    expect(engine.calls[0]?.question).toBe("did the US & UK sign?");
  });

  it("acks a question empty, posts progress through the response_url, then replaces it with the answer", async () => {
    h = await startHarness();
    const { ack, posts } = await run("What does Article 5B say?");
    // Nothing in the ack: Slack cannot replace an ack message later (bolt-js#2287).
    expect(ack.status).toBe(200);
    expect(ack.text).toBe("");
    expect(posts).toHaveLength(2);
    const [progress, answer] = posts;
    expect(progress?.body).toEqual({
      response_type: "ephemeral",
      text: expect.stringMatching(/Looking through the WCIT-12 corpus.*the answer appears here/),
    });
    expect(answer?.body.response_type).toBe("ephemeral");
    expect(answer?.body.replace_original).toBe(true);
    const text = callText(answer);
    expect(text).toContain("What does Article 5B say?");
    expect(text).toContain("share_answer");
    expect(text).toContain("|Final Acts of WCIT-12, p. 4>");
    // Nothing else was posted anywhere for the command.
    expect(h.fake.callsTo("chat.postMessage")).toHaveLength(0);
    expect(h.fake.callsTo("chat.postEphemeral")).toHaveLength(0);
    const logged = await h.questions.get(1);
    expect(logged?.surface).toBe("slash");
    expect(logged?.channelId).toBe("C0POLICY");
  });

  it("acks subcommands empty and answers them in one response_url post", async () => {
    h = await startHarness();
    for (const text of ["help", "search Article 5B", "sources", "gaps"]) {
      const { ack, posts } = await run(text);
      expect(ack.text).toBe("");
      expect(posts).toHaveLength(1);
      expect(posts[0]?.body.replace_original).toBeUndefined();
    }
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
    await h.questions.noteConversation({
      channelId: "C0POLICY",
      teamId: "T0001",
      channelType: "channel",
    });
    const none = (question: string) => makeAnswer({ question, coverage: "none", citations: [] });
    const where = {
      surface: "mention" as const,
      teamId: "T0001",
      channelId: "C0POLICY",
      userId: "U0BOB",
    };
    await h.questions.recordAnswer(where, none("Price of bananas?"));
    await h.questions.recordAnswer(where, none("price of bananas"));
    await h.questions.recordAnswer(where, none("Who won WCIT?"));
    const { reply } = await run("gaps");
    const text = String(reply?.body.text);
    expect(text).toMatch(/price of bananas\??\s— asked 2×/i);
    expect(text.indexOf("bananas")).toBeLessThan(text.indexOf("Who won"));
  });

  it("shows in `gaps` only public-channel questions of this workspace, plus the asker's own", async () => {
    h = await startHarness();
    const bob = { user: "U0BOB" };
    // Slack sends a mention in a channel both as app_mention and as a message event; the message
    // event's channel_type is what tells a public channel from a private one.
    const mentionIn = async (
      channel: string,
      text: string,
      teach: (f: {
        text: string;
        ts: string;
        channel: string;
        user: string;
        teamId?: string;
      }) => object,
      opts: { user?: string; teamId?: string } = {},
    ) => {
      const at = ts();
      const f = {
        text: `<@UBOT> ${text}`,
        ts: at,
        channel,
        user: opts.user ?? "U0BOB",
        ...(opts.teamId ? { teamId: opts.teamId } : {}),
      };
      await h.event(
        teach(f) as Record<string, unknown>,
        opts.teamId ? { teamId: opts.teamId } : {},
      );
      await h.event(appMention(f), opts.teamId ? { teamId: opts.teamId } : {});
    };
    await mentionIn("C0POLICY", "bananas in the public channel?", channelMessage);
    await mentionIn("C0PRIVATE", "bananas in the private channel?", groupMessage);
    await mentionIn("C0ELSEWHERE", "bananas in another workspace?", channelMessage, {
      user: "U0EVE",
      teamId: "T0OTHER",
    });
    await h.event(imMessage({ text: "bananas in Bob's DM?", channel: "D0BOB", ...bob }));
    await h.event(
      imMessage({ text: "bananas in Bob's panel?", channel: "D0BOB", threadTs: ts(), ...bob }),
    );
    await run("bananas by Bob's slash command?", { user: "U0BOB" });
    await h.event(imMessage({ text: "bananas in Alice's DM?" }));
    expect((await h.questions.get(7))?.coverage).toBe("none");

    const alice = String((await run("gaps")).reply?.body.text);
    const [aliceShared, aliceOwn] = alice.split("*Your own");
    expect(aliceShared).toContain("bananas in the public channel?");
    expect(aliceOwn).toContain("bananas in Alice's DM?");
    for (const secret of [
      "private channel",
      "another workspace",
      "Bob's DM",
      "Bob's panel",
      "Bob's slash",
    ]) {
      expect(alice).not.toContain(secret);
    }
    expect(alice.match(/bananas in the public channel/g)).toHaveLength(1);

    const bobsView = String((await run("gaps", { user: "U0BOB" })).reply?.body.text);
    const [bobShared, bobOwn] = bobsView.split("*Your own");
    expect(bobShared).toContain("bananas in the public channel?");
    for (const own of ["private channel", "Bob's DM", "Bob's panel", "Bob's slash"]) {
      expect(bobOwn).toContain(own);
    }
    expect(bobsView).not.toContain("Alice's DM");
    expect(bobsView).not.toContain("another workspace");

    const eve = String((await run("gaps", { user: "U0EVE", teamId: "T0OTHER" })).reply?.body.text);
    expect(eve).toContain("bananas in another workspace?");
    expect(eve).not.toContain("bananas in the public channel");
  });

  it("hands `digest` (and any injected subcommand) to its handler, made with the app's client", async () => {
    const seen: CommandInvocation[] = [];
    const handedClients: unknown[] = [];
    h = await startHarness({
      extraSubcommands: (client) => {
        handedClients.push(client);
        return {
          digest: async (inv) => {
            seen.push(inv);
            return { text: `Digest ${inv.args}`, responseType: "in_channel" };
          },
        };
      },
    });
    // Made once, with the client the app posts with: nothing posts through a client it lacks.
    expect(handedClients).toEqual([h.slack.client]);
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

  it("answers a failure politely through the response URL, replacing the progress line", async () => {
    const engine = scriptedEngine();
    engine.failNext(new Error("kaput"));
    h = await startHarness({ engine });
    const { posts, reply } = await run("Article 5B?");
    expect(posts).toHaveLength(2);
    expect(reply?.body.text).toMatch(/Sorry, something went wrong/);
    expect(reply?.body.replace_original).toBe(true);
    expect((await h.questions.get(1))?.error).toBe("kaput");
  });

  it("applies the rate limit to slash questions too", async () => {
    h = await startHarness({ env: { RATE_LIMIT_PER_MINUTE: "1" } });
    await run("first?");
    const { posts, reply } = await run("second?");
    // Refused at once: no progress line, so nothing to replace.
    expect(posts).toHaveLength(1);
    expect(reply?.body.replace_original).toBeUndefined();
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
