import { WebClient } from "@slack/web-api";
import { afterAll, describe, expect, it } from "vitest";
import { loadConfig } from "../src/config.ts";
import { openContext, runIngest } from "../src/context.ts";
import { silentLogger } from "../src/log.ts";
import {
  makeTempDir,
  manifestEntry,
  removeDir,
  SPAM_NOTE_MANIFEST,
  sampleNote,
  writeCorpus,
  writeSpamNoteCorpus,
} from "./support/corpus-builder.ts";
import { startFakeSlack } from "./support/fake-slack.ts";

describe("openContext", () => {
  const dir = makeTempDir("wcit-ctx-");
  afterAll(() => removeDir(dir));
  const corpusDir = `${dir}/corpus`;
  const config = loadConfig({ CORPUS_DIR: corpusDir, DATA_DIR: `${dir}/data` });

  it("indexes a fresh corpus by itself, and a running context sees a later ingest", async () => {
    writeSpamNoteCorpus(corpusDir);
    const phases: string[] = [];
    const ctx = await openContext(config, silentLogger, {
      onIngest: (phase) => phases.push(phase),
      indexFreshnessMs: 0,
    });
    try {
      expect(phases).toEqual(["start", "done"]);
      expect(ctx.engine.mode).toBe("extractive");
      const before = await ctx.engine.search("Budapest Convention cybercrime treaty");
      expect(before.passages.map((p) => p.document.id)).not.toContain("budapest");

      // Another process (the CLI) adds a document while the app runs.
      writeCorpus(
        corpusDir,
        {
          "notes/budapest.md": sampleNote({
            title: "Cybercrime and the Budapest Convention",
          }).replace(/spam/gi, "cybercrime"),
        },
        [
          ...SPAM_NOTE_MANIFEST,
          manifestEntry("budapest", "notes/budapest.md", { type: "note", url: undefined }),
        ],
      );
      const report = await runIngest(config, silentLogger);
      expect(report.added).toEqual(["notes/budapest.md"]);
      // A slip is read against the words of the index as it is now, the new document's included.
      const slip = await ctx.engine.answer("What does the note say about cybercirme?");
      expect(slip.corrections).toEqual([{ from: "cybercirme", to: "cybercrime" }]);
      const after = await ctx.engine.search("Budapest Convention cybercrime treaty");
      expect(after.passages[0]?.document.id).toBe("budapest");
      // Passage search reads the same slip the same way.
      const searched = await ctx.engine.search("Budapest Convention cybercirme treaty");
      expect(searched.corrections).toEqual([{ from: "cybercirme", to: "cybercrime" }]);
      expect(searched.passages[0]?.document.id).toBe("budapest");
    } finally {
      await ctx.close();
    }
  });

  it("does not re-read an unchanged corpus when opened again", async () => {
    const phases: string[] = [];
    const ctx = await openContext(config, silentLogger, { onIngest: (p) => phases.push(p) });
    await ctx.close();
    expect(phases).toEqual([]);
  });

  it("builds each store once: the digest counts the votes the Slack app records, and posts with the client it is handed", async () => {
    const fake = await startFakeSlack();
    const ctx = await openContext(config, silentLogger);
    try {
      const answer = await ctx.engine.answer("What does Article 5B say about spam?");
      const asked = { surface: "mention" as const, teamId: "T1", channelId: "C0POLICY" };
      const id = await ctx.questions.recordAnswer(asked, answer);
      await ctx.feedback.vote(id, "U1", "helpful");
      await ctx.feedback.vote(id, "U2", "helpful");

      const client = new WebClient("xoxb-test", {
        slackApiUrl: fake.apiUrl,
        retryConfig: { retries: 0 },
      });
      const { digest } = ctx.extraSubcommands(client);
      const reply = await digest?.({
        args: "now",
        channelId: "C0POLICY",
        teamId: "T1",
        userId: "U1",
      });
      expect(reply?.text).toContain("Posted a digest in this channel.");
      const [post] = fake.callsTo("chat.postMessage");
      expect(post?.body.channel).toBe("C0POLICY");
      expect(JSON.stringify(post?.body.blocks)).toContain("Helpful 2");
      // The post is recorded in the same digest store the context exposes.
      expect((await ctx.digests.postsOf("C0POLICY")).map((p) => p.status)).toEqual(["sent"]);
    } finally {
      await ctx.close();
      await fake.close();
    }
  });
});
