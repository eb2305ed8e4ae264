// Retrieval of a question whose words are clipped ("prep", "info", "Euro"), on a real corpus:
// Markdown notes written to disk, ingested into a real SQLite file, searched through
// openSearchIndex as the answer engine searches.
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ingestCorpus } from "../../src/corpus/ingest.ts";
import { silentLogger } from "../../src/log.ts";
import { clippedWordCompletions, openSearchIndex } from "../../src/search/index.ts";
import { createCorpusStore } from "../../src/store/corpus.ts";
import { type Db, openDatabase } from "../../src/store/db.ts";
import { createSearchIndexStore } from "../../src/store/search-index.ts";
import { makeTempDir, removeDir, writeNotesCorpus } from "../support/corpus-builder.ts";

let dir: string;
let db: Db;

beforeEach(() => {
  dir = makeTempDir("wcit-clipped-");
  db = openDatabase(path.join(dir, "index.sqlite"));
});

afterEach(() => {
  db.close();
  removeDir(dir);
});

function note(title: string, paragraphs: string[]): string {
  return `---\ntitle: "${title}"\ndate_written: 2026-11-29\n---\n\n# ${title}\n\n${paragraphs.join("\n\n")}\n`;
}

async function indexOf(files: Record<string, string>) {
  const corpusDir = writeNotesCorpus(path.join(dir, "corpus"), files);
  const corpus = createCorpusStore(db);
  await ingestCorpus({ corpusDir, store: corpus, log: silentLogger });
  return openSearchIndex({ store: createSearchIndexStore(db), corpus });
}

describe("a clipped query word finds the full word the corpus uses", () => {
  // The answer says "preparatory"; the other notes repeat "meetings", the question's other word.
  const FILES: Record<string, string> = {
    "notes/road.md": note("Road to the conference", [
      "The preparatory meetings of the working group ran from 2009 to 2012 in Geneva.",
    ]),
    "notes/dubai.md": note("Dubai", [
      "The plenary meetings in Dubai ran late; the meetings of the committees ran later still, and meetings of the regional groups filled the mornings.",
    ]),
    "notes/venue.md": note("Venue", [
      "The venue hosted side meetings and press meetings for the whole fortnight.",
    ]),
  };

  it("ranks the passage with the full word first", async () => {
    const index = await indexOf(FILES);
    // Without the completion, "prep" matches nothing and "meetings" alone ranks the Dubai note
    // (which says it three times) first.
    const hits = index.search("When were the prep meetings?", { k: 3 });
    expect(hits[0]?.document.id).toBe("road");
  });
});

describe("clippedWordCompletions", () => {
  const vocabulary = [
    "inform",
    "prepar",
    "preparatori",
    "prep",
    "reg",
    "regard",
    "region",
    "regul",
    "registri",
  ];
  const sorted = [...vocabulary].sort();
  const known = new Map(vocabulary.map((t, i) => [t, i]));
  const unknownPrep = new Map([...known].filter(([t]) => t !== "prep"));

  it("completes an unseen word of 4+ letters that starts at most 3 index terms", () => {
    expect(clippedWordCompletions("info", sorted, known)).toEqual(["inform"]);
    expect(
      clippedWordCompletions(
        "prep",
        sorted.filter((t) => t !== "prep"),
        unknownPrep,
      ),
    ).toEqual(["prepar", "preparatori"]);
  });

  it("leaves a word the index holds, a short word, a number and a start of many terms alone", () => {
    expect(clippedWordCompletions("prep", sorted, known)).toEqual([]);
    expect(clippedWordCompletions("inf", sorted, known)).toEqual([]);
    expect(clippedWordCompletions("2012", ["20121", "20122"], new Map())).toEqual([]);
    // "regi" starts two terms, "reg" would start five but is too short anyway.
    expect(clippedWordCompletions("regi", sorted, known)).toEqual(["region", "registri"]);
    expect(clippedWordCompletions("rexx", sorted, known)).toEqual([]);
    // A full word is no clipping, though its stem ("recip", "elect") starts other terms.
    expect(clippedWordCompletions("recipe", ["recipi"], new Map())).toEqual([]);
    expect(clippedWordCompletions("elected", ["elect", "election"], new Map())).toEqual([]);
    const many = ["regard", "region", "regul", "registri"].map((t) => `z${t}`);
    expect(clippedWordCompletions("zreg", many, new Map())).toEqual([]);
  });
});
