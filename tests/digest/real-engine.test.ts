// The digest over the real pieces: a small corpus (a generated PDF and a briefing note) ingested
// into SQLite, searched by the real index, explained by the real extractive engine, posted to the
// fake Slack server; then a new document is ingested and shows up as new in the next digest.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createAnswerEngine } from "../../src/answer/engine.ts";
import { corpusTermWeight } from "../../src/answer/term-weights.ts";
import { ingestCorpus } from "../../src/corpus/ingest.ts";
import type { DigestSources } from "../../src/digest/compose.ts";
import type { DigestTopic } from "../../src/digest/topics.ts";
import { openSearchIndex } from "../../src/search/index.ts";
import { createSearchIndexStore } from "../../src/store/search-index.ts";
import type { AnswerEngine } from "../../src/types.ts";
import {
  manifestEntry,
  NOTE_ENTRY,
  PAPER_ENTRY,
  writeManifest,
  writePaperAndNoteCorpus,
} from "../support/corpus-builder.ts";
import { freshWorldForEachTest, type Instance, schedulerFor, type World } from "./helpers.ts";

let world: World;
let app: Instance;
freshWorldForEachTest((w, a) => {
  world = w;
  app = a;
});

const topics: DigestTopic[] = [
  {
    id: "data-retention",
    title: "Data retention proposals",
    question: "What did the data retention proposals ask the ITU to harmonize?",
    followUps: ["Where should security standards work happen?"],
  },
  {
    id: "spam",
    title: "Spam: Article 5B",
    question: "What does Article 5B ask Member States to do about spam?",
  },
];

const paper = PAPER_ENTRY;
const note = NOTE_ENTRY;
const kramer = manifestEntry("kramer-speech", "speeches/kramer.txt", {
  title: "Kramer remarks in Dubai",
  url: "https://example.org/speeches/kramer",
});

function engineOver(): AnswerEngine {
  const index = openSearchIndex({
    store: createSearchIndexStore(app.db),
    corpus: app.corpus,
    log: world.logs.log,
  });
  return {
    mode: "extractive",
    // Reloads the index after an ingest, as the app does between answers.
    answer: (q, o) => {
      index.refresh();
      return createAnswerEngine({
        retrieve: async (query, k) => index.search(query, { k }),
        termWeight: corpusTermWeight(app.corpus),
        log: world.logs.log,
      }).answer(q, o);
    },
    search: async (q) => ({ passages: index.search(q, { k: 8 }), corrections: [] }),
    suggestedQuestions: () => [],
  };
}

describe("the digest over the real engine", () => {
  it("explains the topic with page-linked citations and lists the documents of a later ingest", async () => {
    const corpusDir = await writePaperAndNoteCorpus(path.join(world.dir, "corpus"));
    await ingestCorpus({
      corpusDir,
      store: app.corpus,
      log: world.logs.log,
      now: () => new Date("2026-11-29T10:00:00Z"),
    });
    const sources: DigestSources = { ...app.sources, engine: engineOver(), topics };
    await app.store.subscribe(
      { channelId: "C1", teamId: "T1", time: "08:30", timeZone: "Europe/Brussels" },
      new Date("2026-11-29T12:00:00Z"),
    );
    const scheduler = schedulerFor(world, app, { sources });

    const [first] = await scheduler.tick(new Date("2026-11-30T07:30:00Z"));
    expect(first?.status).toBe("sent");
    const monday = JSON.stringify(world.fake.callsTo("chat.postMessage")[0]?.body.blocks);
    expect(monday).toContain("In focus: Data retention proposals");
    expect(monday).toContain("harmonize how long operators keep subscriber records");
    expect(monday).toContain(
      "<https://example.org/papers/cyber.pdf#page=2|Cybersecurity proposals paper, p. 2>",
    );
    // The first digest looks back a day: both documents were indexed within it.
    expect(monday).toContain("*New in the corpus*");

    // A question asked in the channel, answered by the engine, and a new document ingested.
    const asked = await sources.engine.answer(
      "What does Article 5B ask Member States to do about spam?",
    );
    await app.questions.recordAnswer(
      {
        surface: "mention",
        channelId: "C1",
        permalink: "https://wcit-test.slack.com/archives/C1/p1800000000000100",
      },
      asked,
      new Date("2026-11-30T11:00:00Z"),
    );
    fs.mkdirSync(path.join(corpusDir, "speeches"));
    fs.writeFileSync(
      path.join(corpusDir, "speeches/kramer.txt"),
      "Ambassador Kramer said the United States could not sign the revised regulations in their current form.\n",
    );
    writeManifest(corpusDir, [paper, note, kramer]);
    await ingestCorpus({
      corpusDir,
      store: app.corpus,
      log: world.logs.log,
      now: () => new Date("2026-11-30T15:00:00Z"),
    });

    const [second] = await scheduler.tick(new Date("2026-12-01T07:30:00Z"));
    expect(second?.status).toBe("sent");
    const tuesday = JSON.stringify(world.fake.callsTo("chat.postMessage")[1]?.body.blocks);
    expect(tuesday).toContain("In focus: Spam: Article 5B");
    expect(tuesday).toContain("unsolicited bulk electronic communications");
    expect(tuesday).toContain(
      "<https://wcit-test.slack.com/archives/C1/p1800000000000100|What does Article 5B ask Member States to do about spam?>",
    );
    expect(tuesday).toContain("*New in the corpus*");
    expect(tuesday).toContain("<https://example.org/speeches/kramer|Kramer remarks in Dubai>");
    expect(tuesday).not.toMatch(/• <https:\/\/example.org\/papers\/cyber.pdf\|/);
  });
});
