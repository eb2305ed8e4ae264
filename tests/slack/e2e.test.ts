// End to end through the real engine: a small corpus (a generated PDF and a briefing note) ingested
// into the app's SQLite file, searched by the real index, answered extractively, and delivered over
// signed HTTP to the fake Slack server.
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestCorpus } from "../../src/corpus/ingest.ts";
import { silentLogger } from "../../src/log.ts";
import type { AnswerEngine } from "../../src/types.ts";
import { writePaperAndNoteCorpus } from "../support/corpus-builder.ts";
import { extractiveEngineOn } from "../support/extractive-engine.ts";
import {
  appHomeOpened,
  appMention,
  blockActions,
  slashCommand,
} from "../support/slack-payloads.ts";
import { callText, type Harness, type HarnessOptions, startHarness } from "./harness.ts";

let h: Harness;

const realEngine: HarnessOptions["engineFrom"] = async ({
  db,
  corpus,
  dir,
}): Promise<AnswerEngine> => {
  const corpusDir = await writePaperAndNoteCorpus(path.join(dir, "corpus"));
  await ingestCorpus({ corpusDir, store: corpus, log: silentLogger });
  return extractiveEngineOn(db, corpus);
};

// One app and one ingest for the whole file: the corpus is read-only here, and each test looks only
// at the calls it caused (the latest ones).
beforeAll(async () => {
  h = await startHarness({ engineFrom: realEngine });
}, 30_000);
afterAll(async () => {
  await h.close();
});

describe("the Slack app over the real engine", () => {
  it("answers a mention with a page-linked PDF citation, logs it, and shows its passages", async () => {
    await h.event(
      appMention({
        text: "<@UBOT> What did the data retention proposals ask the ITU to harmonize?",
      }),
    );
    const answer = h.fake.callsTo("chat.update").at(-1);
    const text = callText(answer);
    expect(text).toContain("harmonize how long operators keep subscriber records");
    expect(text).toContain(
      "<https://example.org/papers/cyber.pdf#page=2|Cybersecurity proposals paper, p. 2>",
    );
    expect(text).toContain("Extractive summary");
    const id = Number(/"helpful:(\d+)"/.exec(text)?.[1]);
    const logged = await h.questions.get(id);
    expect(logged?.citations.some((c) => c.documentId === "cyber-paper" && c.page === 2)).toBe(
      true,
    );
    expect(logged?.permalink).toBeTruthy();

    await h.interact(
      blockActions({
        actionId: "show_passages",
        value: String(id),
        messageTs: String(answer?.body.ts),
        responseUrl: h.fake.responseUrl(),
      }),
    );
    expect(callText(h.fake.callsTo("chat.postEphemeral")[0])).toContain("subscriber records");
  });

  it("reads a misspelt word as the corpus word, answers from it and says what it read", async () => {
    await h.event(
      appMention({
        text: "<@UBOT> What did the data retnetion proposals ask the ITU to harmonize?",
      }),
    );
    const mention = callText(h.fake.callsTo("chat.update").at(-1));
    expect(mention).toContain('_Read \\"retnetion\\" as \\"retention\\"._');
    expect(mention).toContain("harmonize how long operators keep subscriber records");
    // `/wcit` answers (ephemeral, through the response URL) say it too.
    await h.command(
      slashCommand({
        text: "What did the data retnetion proposals ask the ITU to harmonize?",
        responseUrl: h.fake.responseUrl(),
      }),
    );
    const slash = callText(h.fake.callsTo("response_url").at(-1));
    expect(slash).toContain('_Read \\"retnetion\\" as \\"retention\\"._');
    expect(slash).toContain("subscriber records");
    // Shared in the channel, rebuilt from the question log, it still says what it read.
    const id = /"action_id":"share_answer".*?"value":"(\d+)"/.exec(slash)?.[1];
    await h.interact(
      blockActions({
        actionId: "share_answer",
        value: String(id),
        responseUrl: h.fake.responseUrl(),
      }),
    );
    const shared = callText(h.fake.callsTo("chat.postMessage").at(-1));
    expect(shared).toContain("Asked by");
    expect(shared).toContain('_Read \\"retnetion\\" as \\"retention\\"._');
  });

  it("says honestly when the corpus does not cover a question, and lists it under /wcit gaps", async () => {
    await h.event(
      appMention({ text: "<@UBOT> What is the best recipe for lasagna with spinach?" }),
    );
    expect(callText(h.fake.callsTo("chat.update").at(-1))).toContain("Not covered by the corpus");
    const responseUrl = h.fake.responseUrl();
    await h.command(slashCommand({ text: "gaps", responseUrl }));
    expect(h.fake.callsTo("response_url").at(-1)?.body.text).toContain("lasagna");
  });

  it("answers /wcit search and /wcit sources from the index and the store", async () => {
    await h.command(
      slashCommand({ text: "search spam article", responseUrl: h.fake.responseUrl() }),
    );
    expect(callText(h.fake.callsTo("response_url").at(-1))).toContain("Spam in the ITRs");
    // A slip in the terms is read as the corpus word, and the reply says so above the passages.
    await h.command(
      slashCommand({ text: "search spma article", responseUrl: h.fake.responseUrl() }),
    );
    const slip = h.fake.callsTo("response_url").at(-1);
    expect(callText(slip)).toContain('_Read \\"spma\\" as \\"spam\\"._');
    expect(callText(slip)).toContain("Spam in the ITRs");
    await h.command(slashCommand({ text: "sources", responseUrl: h.fake.responseUrl() }));
    const sources = callText(h.fake.callsTo("response_url").at(-1));
    expect(sources).toContain("2 documents in the corpus");
    expect(sources).toContain(
      "<https://example.org/papers/cyber.pdf|Cybersecurity proposals paper>",
    );
  });

  it("shows the real corpus size on the App Home", async () => {
    await h.event(appHomeOpened({}));
    expect(JSON.stringify(h.fake.callsTo("views.publish")[0]?.body.view)).toMatch(
      /2 documents · \d+ passages/,
    );
  });
});
