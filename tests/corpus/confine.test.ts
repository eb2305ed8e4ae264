// The corpus folder is a boundary: real symbolic links in a temp corpus, judged by real path.
import fs from "node:fs";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { fetchRemoteSources } from "../../src/corpus/fetch.ts";
import { ingestCorpus, needsIngest } from "../../src/corpus/ingest.ts";
import { silentLogger } from "../../src/log.ts";
import { type CorpusStore, createCorpusStore } from "../../src/store/corpus.ts";
import { type Db, openDatabase } from "../../src/store/db.ts";
import { makeTempDir, manifestEntry, removeDir, writeCorpus } from "../support/corpus-builder.ts";

const log = silentLogger;
let tmp = "";
let corpusDir = "";
let outside = "";
let db: Db;
let store: CorpusStore;

const text = (topic: string) =>
  `A page about ${topic}. ${"Delegates compared the proposals on the treaty text at length. ".repeat(4)}`;

beforeEach(() => {
  tmp = makeTempDir("wcit-confine-");
  corpusDir = path.join(tmp, "corpus");
  outside = path.join(tmp, "outside");
  writeCorpus(corpusDir, { "inside.txt": text("spam"), "notes/a.txt": text("security") });
  writeCorpus(outside, { "secret.txt": text("a private secret"), "dir/other.txt": text("more") });
  db = openDatabase(path.join(tmp, "index.sqlite"));
  store = createCorpusStore(db);
});
afterEach(() => {
  db.close();
  removeDir(tmp);
});

const indexedPaths = () => [...store.indexedFiles().keys()].sort();
const linkWarnings = (report: { warnings: string[] }) =>
  report.warnings.filter((w) => w.includes("symbolic link"));

describe("symbolic links in the corpus", () => {
  it("refuses a link to a file outside the corpus, with a warning naming the link", async () => {
    fs.symlinkSync(path.join(outside, "secret.txt"), path.join(corpusDir, "leak.txt"));
    const report = await ingestCorpus({ corpusDir, store, log });
    expect(indexedPaths()).toEqual(["inside.txt", "notes/a.txt"]);
    expect(linkWarnings(report).join("\n")).toMatch(
      /leak\.txt is a symbolic link to .*outside the corpus folder; not indexed/,
    );
    expect(store.allPassages().some((p) => p.passage.text.includes("secret"))).toBe(false);
  });

  it("refuses a link to a folder outside the corpus", async () => {
    fs.symlinkSync(outside, path.join(corpusDir, "elsewhere"));
    const report = await ingestCorpus({ corpusDir, store, log });
    expect(indexedPaths()).toEqual(["inside.txt", "notes/a.txt"]);
    expect(report.warnings.some((w) => w.startsWith("elsewhere is a symbolic link to"))).toBe(true);
  });

  it("indexes each real file once through a link loop (ln -s . corpus/loop)", async () => {
    fs.symlinkSync(".", path.join(corpusDir, "loop"));
    fs.symlinkSync("..", path.join(corpusDir, "notes", "up"));
    const report = await ingestCorpus({ corpusDir, store, log });
    expect(indexedPaths()).toEqual(["inside.txt", "notes/a.txt"]);
    expect(store.stats().documents).toBe(2);
    expect(linkWarnings(report)).toEqual([]);
    expect(needsIngest({ corpusDir, store })).toBe(false);
  });

  it("keeps a link to a sibling file as one document, under the real file's name", async () => {
    // "a-link.txt" sorts before "inside.txt": the real name still wins.
    fs.symlinkSync("inside.txt", path.join(corpusDir, "a-link.txt"));
    // A link to a folder inside the corpus adds nothing new either.
    fs.symlinkSync("notes", path.join(corpusDir, "also-notes"));
    await ingestCorpus({ corpusDir, store, log });
    expect(indexedPaths()).toEqual(["inside.txt", "notes/a.txt"]);
  });

  it("indexes a link to a file inside the corpus that is not listed under its own name", async () => {
    // Dot-folders are never walked, but a link may point into one: it is still inside the corpus.
    writeCorpus(corpusDir, { ".drafts/kept.txt": text("drafts") });
    fs.symlinkSync(path.join(corpusDir, ".drafts", "kept.txt"), path.join(corpusDir, "kept.txt"));
    await ingestCorpus({ corpusDir, store, log });
    expect(indexedPaths()).toEqual(["inside.txt", "kept.txt", "notes/a.txt"]);
  });

  it("names a dangling link instead of failing", async () => {
    fs.symlinkSync(path.join(tmp, "gone.txt"), path.join(corpusDir, "dangling.txt"));
    const report = await ingestCorpus({ corpusDir, store, log });
    expect(report.ok).toBe(true);
    expect(linkWarnings(report)).toEqual([
      "dangling.txt is a symbolic link to nothing (its target is missing); skipped",
    ]);
  });

  it("does not download a remote source through a folder linked out of the corpus", async () => {
    fs.symlinkSync(outside, path.join(corpusDir, "papers"));
    writeCorpus(corpusDir, {}, [
      manifestEntry("paper", "papers/paper.pdf", {
        remote: true,
        url: "https://example.org/p.pdf",
      }),
    ]);
    let fetched = 0;
    const { results } = await fetchRemoteSources({
      corpusDir,
      log,
      fetchImpl: async () => {
        fetched++;
        return new Response("%PDF-1.4 fake");
      },
    });
    expect(fetched).toBe(0);
    expect(results[0]?.reason).toMatch(/out of the corpus folder/);
    expect(fs.existsSync(path.join(outside, "paper.pdf"))).toBe(false);
  });
});
