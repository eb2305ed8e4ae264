// The search index over briefing notes written for one test, ingested by the app's loaders and
// chunker into a real SQLite file in a temporary folder: retrieval as the answer engine searches.
import path from "node:path";
import { afterEach, beforeEach } from "vitest";
import { ingestCorpus } from "../../src/corpus/ingest.ts";
import { silentLogger } from "../../src/log.ts";
import { openSearchIndex, type SearchIndex } from "../../src/search/index.ts";
import { createCorpusStore } from "../../src/store/corpus.ts";
import { type Db, openDatabase } from "../../src/store/db.ts";
import { createSearchIndexStore } from "../../src/store/search-index.ts";
import { makeTempDir, removeDir, writeNotesCorpus } from "./corpus-builder.ts";

/**
 * Registers the hooks that give each test (of the file, or of the `describe` it is called in) a
 * temporary folder and SQLite file, and removes them after it. Returns the function that writes
 * `files` (briefing notes by path, as `writeNotesCorpus` takes them) there, ingests them and opens
 * the search index over them; call it inside a test.
 */
export function notesIndexPerTest(
  prefix: string,
): (files: Record<string, string>) => Promise<SearchIndex> {
  let dir: string;
  let db: Db;
  beforeEach(() => {
    dir = makeTempDir(prefix);
    db = openDatabase(path.join(dir, "index.sqlite"));
  });
  afterEach(() => {
    db.close();
    removeDir(dir);
  });
  return async (files) => {
    const corpusDir = writeNotesCorpus(path.join(dir, "corpus"), files);
    const corpus = createCorpusStore(db);
    await ingestCorpus({ corpusDir, store: corpus, log: silentLogger });
    return openSearchIndex({ store: createSearchIndexStore(db), corpus });
  };
}

/**
 * A briefing note: front matter, a title, one bold-lead paragraph per section, each followed by
 * `padding` (words that make the chunker give every section a passage of its own).
 */
export function sectionedNote(
  title: string,
  paragraphs: readonly (readonly [lead: string, text: string])[],
  padding = "",
): string {
  const body = paragraphs
    .map(([lead, text]) => `**${lead}.** ${text}${padding ? ` ${padding}` : ""}`)
    .join("\n\n");
  return `---\ntitle: "${title}"\ndate_written: 2026-11-29\n---\n\n# ${title}\n\n${body}\n`;
}

/**
 * `files` with six short notes on other subjects beside them, so that the words of the notes a
 * test is about are as rare in the corpus as in a real one.
 */
export function withOtherSubjects(files: Record<string, string>): Record<string, string> {
  const others = ["Budget", "Venue", "Languages", "Membership", "Standards", "Satellites"];
  const out = { ...files };
  for (const subject of others) {
    out[`notes/${subject.toLowerCase()}.md`] = sectionedNote(subject, [
      ["Background", `${subject} came up in the preparatory meetings in Geneva.`],
    ]);
  }
  return out;
}
