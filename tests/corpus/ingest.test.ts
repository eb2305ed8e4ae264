import fs from "node:fs";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { CorpusError } from "../../src/corpus/errors.ts";
import { ingestCorpus, needsIngest } from "../../src/corpus/ingest.ts";
import { describeCorpusSources } from "../../src/corpus/sources.ts";
import { silentLogger } from "../../src/log.ts";
import { type CorpusStore, createCorpusStore } from "../../src/store/corpus.ts";
import { type Db, openDatabase } from "../../src/store/db.ts";
import {
  makeCorruptPdf,
  makePdf,
  makeTempDir,
  manifestEntry,
  removeDir,
  STARTER_FIXTURE,
  sampleNote,
  writeCorpus,
  writeManifest,
} from "../support/corpus-builder.ts";

const log = silentLogger;
let tmp = "";
let corpusDir = "";
let db: Db;
let store: CorpusStore;

/** A clock that moves one minute per call, so every run has its own timestamps. */
function clock(start = "2026-12-01T09:00:00.000Z") {
  let t = Date.parse(start);
  return () => {
    const d = new Date(t);
    t += 60_000;
    return d;
  };
}

const longText = (topic: string, paragraphs = 3) =>
  Array.from(
    { length: paragraphs },
    (_, i) =>
      `Paragraph ${i + 1} about ${topic}. ${"The delegates discussed the treaty text at length and compared proposals. ".repeat(6)}`,
  ).join("\n\n");

beforeEach(() => {
  tmp = makeTempDir("wcit-ingest-");
  corpusDir = path.join(tmp, "corpus");
  db = openDatabase(path.join(tmp, "index.sqlite"));
  store = createCorpusStore(db);
});
afterEach(() => {
  db.close();
  removeDir(tmp);
});

async function writeSmallCorpus() {
  writeCorpus(
    corpusDir,
    {
      "notes/spam.md": sampleNote(),
      "papers/report.pdf": await makePdf(
        [longText("security"), longText("spam"), longText("signatures")],
        {
          title: "PDF title",
        },
      ),
      "article.txt": `An article title\n\n${longText("cybersecurity")}`,
      "unlisted/page.html": `<html><head><title>Unlisted page</title></head><body><p>${longText("governance", 1)}</p></body></html>`,
      "README.md": "# Not a document\n",
      // Corpus settings beside the manifest are read by search, the digest and the engine, not indexed.
      "glossary.json": "{}",
      "digest-topics.json": "{}",
      "suggested-questions.json": "{}",
    },
    [
      manifestEntry("note-spam", "notes/spam.md", {
        type: "note",
        url: undefined,
        title: "Spam note",
      }),
      manifestEntry("report", "papers/report.pdf", { title: "The report", type: "report" }),
      manifestEntry("article", "article.txt", { author: "A. Writer" }),
    ],
  );
}

describe("ingestCorpus", () => {
  it("indexes every kind of file with its metadata, pages, sections and sources", async () => {
    await writeSmallCorpus();
    const report = await ingestCorpus({ corpusDir, store, log, now: clock() });
    expect(report).toMatchObject({
      filesRead: 4,
      filesUnchanged: 0,
      skipped: [],
      removed: [],
      ok: true,
    });
    expect(report.added.sort()).toEqual([
      "article.txt",
      "notes/spam.md",
      "papers/report.pdf",
      "unlisted/page.html",
    ]);
    expect(report.warnings).toEqual([
      "unlisted/page.html is not listed in sources.json; indexed with metadata taken from the file",
    ]);
    const docs = new Map(store.listDocuments().map((d) => [d.id, d]));
    expect([...docs.keys()].sort()).toEqual(["article", "note-spam", "report", "unlisted-page"]);
    expect(docs.get("report")).toMatchObject({
      title: "The report",
      kind: "pdf",
      pages: 3,
      url: "https://example.org/report",
    });
    expect(docs.get("unlisted-page")).toMatchObject({ title: "Unlisted page", kind: "html" });
    expect(docs.get("unlisted-page")?.url).toBeUndefined();
    expect(docs.get("note-spam")?.sources.map((s) => s.n)).toEqual([1, 2]);
    expect(docs.get("note-spam")?.url).toBeUndefined();

    const pdfPassages = store.passagesOf("report");
    expect([...new Set(pdfPassages.map((p) => p.page))]).toEqual([1, 2, 3]);
    expect(pdfPassages.find((p) => p.page === 2)?.text).toContain("about spam");
    expect(
      new Set(pdfPassages.filter((p) => p.text.includes("signatures")).map((p) => p.page)),
    ).toEqual(new Set([3]));
    const note = store.passagesOf("note-spam");
    expect(note.map((p) => p.sectionPath.at(-1))).toContain("The compromise");
    expect(note.flatMap((p) => p.sourceRefs)).toContain(2);
    for (const d of docs.values()) {
      const text = store.normalizedText(d.id) ?? "";
      for (const p of store.passagesOf(d.id)) expect(text.slice(p.start, p.end)).toBe(p.text);
    }
    expect(report.passages).toBe(store.stats().passages);
  });

  it("re-reads nothing on a second run, and only the touched file after an edit", async () => {
    await writeSmallCorpus();
    const now = clock();
    await ingestCorpus({ corpusDir, store, log, now });
    const before = new Map(store.listDocuments().map((d) => [d.id, d.indexedAt]));
    expect(needsIngest({ corpusDir, store })).toBe(false);

    const second = await ingestCorpus({ corpusDir, store, log, now });
    expect(second).toMatchObject({
      filesRead: 0,
      filesUnchanged: 4,
      passages: 0,
      added: [],
      changed: [],
      ok: true,
    });

    // Same bytes written again: the hash, not the mtime, decides.
    fs.writeFileSync(
      path.join(corpusDir, "article.txt"),
      fs.readFileSync(path.join(corpusDir, "article.txt")),
    );
    expect(needsIngest({ corpusDir, store })).toBe(false);

    fs.appendFileSync(
      path.join(corpusDir, "article.txt"),
      "\n\nA new closing paragraph about Article 5B.\n",
    );
    expect(needsIngest({ corpusDir, store })).toBe(true);
    const third = await ingestCorpus({ corpusDir, store, log, now });
    expect(third).toMatchObject({
      filesRead: 1,
      filesUnchanged: 3,
      changed: ["article.txt"],
      added: [],
    });
    const after = new Map(store.listDocuments().map((d) => [d.id, d.indexedAt]));
    // indexed_at moves only for the document that really changed.
    for (const id of ["note-spam", "report", "unlisted-page"])
      expect(after.get(id)).toBe(before.get(id));
    expect(after.get("article")).not.toBe(before.get("article"));
    expect(
      store.documentsIndexedSince(new Date(before.get("article") ?? 0)).map((d) => d.id),
    ).toContain("article");
    expect(store.passagesOf("article").at(-1)?.text).toContain("Article 5B");
  });

  it("counts a manifest metadata change as a change to that document", async () => {
    await writeSmallCorpus();
    await ingestCorpus({ corpusDir, store, log, now: clock() });
    writeManifest(corpusDir, [
      manifestEntry("note-spam", "notes/spam.md", {
        type: "note",
        url: undefined,
        title: "Spam note",
      }),
      manifestEntry("report", "papers/report.pdf", {
        title: "The report, renamed",
        type: "report",
      }),
      manifestEntry("article", "article.txt", { author: "A. Writer" }),
    ]);
    expect(needsIngest({ corpusDir, store })).toBe(true);
    const report = await ingestCorpus({
      corpusDir,
      store,
      log,
      now: clock("2026-12-02T00:00:00Z"),
    });
    expect(report).toMatchObject({ filesRead: 1, changed: ["papers/report.pdf"] });
    expect(store.getDocument("report")?.title).toBe("The report, renamed");
  });

  it("removes the documents of deleted files", async () => {
    await writeSmallCorpus();
    await ingestCorpus({ corpusDir, store, log, now: clock() });
    fs.rmSync(path.join(corpusDir, "unlisted/page.html"));
    expect(needsIngest({ corpusDir, store })).toBe(true);
    const report = await ingestCorpus({ corpusDir, store, log, now: clock() });
    expect(report).toMatchObject({ filesRead: 0, removed: ["unlisted/page.html"], ok: true });
    expect(store.getDocument("unlisted-page")).toBeUndefined();
    expect(store.passagesOf("unlisted-page")).toEqual([]);
    expect(needsIngest({ corpusDir, store })).toBe(false);
  });

  it("limits a run to the given paths and re-reads them without moving indexed_at", async () => {
    await writeSmallCorpus();
    await ingestCorpus({ corpusDir, store, log, now: clock() });
    const indexedAt = store.getDocument("article")?.indexedAt;
    const report = await ingestCorpus({
      corpusDir,
      store,
      log,
      now: clock("2027-01-01T00:00:00Z"),
      paths: [path.join(corpusDir, "article.txt"), "/elsewhere/file.txt", "nope.md"],
    });
    expect(report).toMatchObject({
      filesRead: 1,
      filesUnchanged: 0,
      changed: [],
      removed: [],
      ok: false,
    });
    expect(report.skipped).toEqual([
      { path: "/elsewhere/file.txt", reason: `outside the corpus folder ${corpusDir}` },
      { path: "nope.md", reason: "no such file in the corpus folder" },
    ]);
    expect(store.getDocument("article")?.indexedAt).toBe(indexedAt);
    expect(store.listDocuments()).toHaveLength(4);
  });

  it("skips each bad file with a named reason, indexes the rest, and reports ok: false", async () => {
    writeCorpus(corpusDir, {
      "good.txt": longText("the ITRs"),
      "bad/corrupt.pdf": makeCorruptPdf(),
      "bad/locked.pdf": await makePdf(["secret text"], { encrypted: true }),
      "bad/scanned.pdf": await makePdf(["", ""], { noTextLayer: true }),
      "bad/empty.md": "",
      "bad/memo.docx": "PK\u0003\u0004 not really a docx",
    });
    const report = await ingestCorpus({ corpusDir, store, log, now: clock() });
    expect(report.ok).toBe(false);
    expect(report.filesRead).toBe(1);
    expect(report.added).toEqual(["good.txt"]);
    expect(Object.fromEntries(report.skipped.map((s) => [s.path, s.reason]))).toEqual({
      "bad/corrupt.pdf": expect.stringMatching(/^corrupt PDF/),
      "bad/locked.pdf": "encrypted PDF: it needs a password; save an unprotected copy",
      "bad/scanned.pdf": "no text layer (scanned PDF?): run OCR on it first",
      "bad/empty.md": "empty file",
      "bad/memo.docx": expect.stringMatching(/^unsupported file type \.docx/),
    });
    expect(store.listDocuments().map((d) => d.path)).toEqual(["good.txt"]);
    expect(store.stats().lastIngest).toMatchObject({ status: "partial", filesRead: 1 });
    // Bad files that have not changed do not make every start-up re-ingest.
    expect(needsIngest({ corpusDir, store })).toBe(false);
    fs.writeFileSync(
      path.join(corpusDir, "bad/empty.md"),
      "# Now it has text\n\nA real paragraph.\n",
    );
    expect(needsIngest({ corpusDir, store })).toBe(true);
  });

  it("keeps the previous version of a file that has become unreadable", async () => {
    writeCorpus(corpusDir, { "paper.pdf": await makePdf([longText("robustness")]) });
    await ingestCorpus({ corpusDir, store, log, now: clock() });
    const passages = store.passagesOf("paper");
    fs.writeFileSync(path.join(corpusDir, "paper.pdf"), makeCorruptPdf());
    const report = await ingestCorpus({ corpusDir, store, log, now: clock() });
    expect(report.ok).toBe(false);
    expect(report.skipped[0]?.reason).toMatch(/corrupt PDF.*previously indexed version is kept/);
    expect(store.passagesOf("paper")).toEqual(passages);
  });

  it("skips a file whose manifest entry is incomplete, naming the field, and warns about listed files that are missing", async () => {
    writeCorpus(corpusDir, { "a.txt": longText("a"), "b.txt": longText("b") }, [
      manifestEntry("a", "a.txt", { date: undefined }),
      manifestEntry("b", "b.txt"),
      manifestEntry("gone", "gone.txt"),
      manifestEntry("paper", "remote/paper.pdf", { remote: true }),
      { id: "orphan", title: "An entry without a path" },
    ]);
    const report = await ingestCorpus({ corpusDir, store, log, now: clock() });
    expect(report.skipped).toEqual([
      {
        path: "sources.json",
        reason:
          'corpus/sources.json: entry "orphan" is missing "path", "date", "credit" and "type"',
      },
      {
        path: "sources.json",
        reason: 'corpus/sources.json: entry "orphan" is missing "author" (or "publisher")',
      },
      {
        path: "sources.json",
        reason:
          'corpus/sources.json: entry "orphan" is missing "url" (only our own briefing notes, type "note", may leave it out)',
      },
      { path: "a.txt", reason: 'corpus/sources.json: entry "a" (a.txt) is missing "date"' },
    ]);
    expect(
      describeCorpusSources({ corpusDir, store }).map((s) => [s.id, s.state, s.reason]),
    ).toEqual([
      ["b", "indexed", undefined],
      ["gone", "missing", undefined],
      ["paper", "not downloaded", undefined],
    ]);
    expect(report.ok).toBe(false);
    // A remote source that is not downloaded is simply not indexed: no warning.
    expect(report.warnings).toEqual([
      'sources.json lists gone.txt ("gone"), but there is no such file',
    ]);
    expect(store.listDocuments().map((d) => d.id)).toEqual(["b"]);
  });

  it("re-reads an unlisted file whose derived id a new manifest entry takes over", async () => {
    writeCorpus(corpusDir, { "memo.txt": longText("memo"), "memo.md": "# Memo\n\nAnother memo." }, [
      manifestEntry("other", "memo.md"),
    ]);
    await ingestCorpus({ corpusDir, store, log, now: clock() });
    expect(store.getDocument("memo")?.path).toBe("memo.txt");
    writeCorpus(corpusDir, {}, [manifestEntry("memo", "memo.md")]);
    expect(needsIngest({ corpusDir, store })).toBe(true);
    const report = await ingestCorpus({ corpusDir, store, log, now: clock() });
    expect(report.changed.sort()).toEqual(["memo.md", "memo.txt"]);
    expect(store.listDocuments().map((d) => [d.id, d.path])).toEqual([
      ["memo", "memo.md"],
      ["memo-2", "memo.txt"],
    ]);
    expect(needsIngest({ corpusDir, store })).toBe(false);
  });

  it("warns when a note cites a [n] that its front matter sources do not list", async () => {
    const note = sampleNote().replace(
      "network resources and the cost",
      "network resources [3] and the cost",
    );
    writeCorpus(corpusDir, { "notes/spam.md": note }, [
      manifestEntry("note-spam", "notes/spam.md", { type: "note", url: undefined }),
    ]);
    const report = await ingestCorpus({ corpusDir, store, log, now: clock() });
    expect(report.ok).toBe(true);
    expect(report.warnings).toEqual([
      "notes/spam.md cites [3], which its front matter sources (2) do not list",
    ]);
    expect(store.passagesOf("note-spam").flatMap((p) => p.sourceRefs)).not.toContain(3);
  });

  it("gives unlisted files unique ids derived from their paths", async () => {
    writeCorpus(
      corpusDir,
      {
        "x/a-b.md": "# One\n\nText one.",
        "x-a/b.md": "# Two\n\nText two.",
        "Ünïcode Name.txt": "Text.",
      },
      [manifestEntry("x-a-b", "other.txt")],
    );
    await ingestCorpus({ corpusDir, store, log, now: clock() });
    expect(store.listDocuments().map((d) => [d.path, d.id, d.title])).toEqual([
      ["Ünïcode Name.txt", "unicode-name", "Ünïcode Name"],
      ["x/a-b.md", "x-a-b-2", "One"],
      ["x-a/b.md", "x-a-b-3", "Two"],
    ]);
  });
});

describe("atomic ingest", () => {
  it("leaves the previous index answering when the write fails half-way", async () => {
    await writeSmallCorpus();
    await ingestCorpus({ corpusDir, store, log, now: clock() });
    const docsBefore = store.listDocuments();
    const passagesBefore = store.allPassages().map((p) => p.passage);

    // Change one file and delete another, then make the transaction hit a real constraint
    // violation after those changes were already executed inside it.
    fs.appendFileSync(path.join(corpusDir, "article.txt"), "\n\nAn edit that must not land.\n");
    fs.rmSync(path.join(corpusDir, "unlisted/page.html"));
    const failing: CorpusStore = {
      ...store,
      applyIngest: (changes, run) => {
        const first = changes.upserts[0];
        if (!first) throw new Error("expected an upsert");
        const duplicate = { ...first.passages[0], id: "dup:1" } as (typeof first.passages)[number];
        const bogus = {
          document: { ...first.document, id: "bogus", path: "bogus.txt" },
          normalizedText: first.normalizedText,
          passages: [
            { ...duplicate, documentId: "bogus" },
            { ...duplicate, documentId: "bogus" },
          ],
        };
        store.applyIngest({ ...changes, upserts: [...changes.upserts, bogus] }, run);
      },
    };
    await expect(ingestCorpus({ corpusDir, store: failing, log, now: clock() })).rejects.toThrow(
      /Writing the index failed .*the previous index is still in use/,
    );
    expect(store.listDocuments()).toEqual(docsBefore);
    expect(store.allPassages().map((p) => p.passage)).toEqual(passagesBefore);
    expect(store.stats().lastIngest?.status).toBe("failed");
    // The next healthy run picks the changes up.
    const report = await ingestCorpus({ corpusDir, store, log, now: clock() });
    expect(report).toMatchObject({ changed: ["article.txt"], removed: ["unlisted/page.html"] });
  });
});

describe("missing or empty corpus", () => {
  it("says the corpus folder does not exist and how to add documents", async () => {
    const missing = path.join(tmp, "no-such-corpus");
    await expect(ingestCorpus({ corpusDir: missing, store, log })).rejects.toThrow(CorpusError);
    await expect(ingestCorpus({ corpusDir: missing, store, log })).rejects.toThrow(
      new RegExp(`corpus folder ${missing} does not exist.*Add documents.*corpus/README.md`),
    );
    expect(() => needsIngest({ corpusDir: missing, store })).toThrow(/does not exist/);
  });

  it("says an empty corpus (or one with only a README and manifest) has no documents", async () => {
    writeCorpus(corpusDir, { "README.md": "# How to add documents\n", ".DS_Store": "x" }, [
      manifestEntry("paper", "remote/paper.pdf", { remote: true }),
    ]);
    await expect(ingestCorpus({ corpusDir, store, log })).rejects.toThrow(
      /corpus folder .* is empty: there are no documents to index\. Add documents/,
    );
  });

  it("reports a manifest that is not valid JSON as a corpus error naming the file", async () => {
    writeCorpus(corpusDir, { "a.txt": "Some text.", "sources.json": "{ nope" });
    await expect(ingestCorpus({ corpusDir, store, log })).rejects.toThrow(
      /^corpus\/sources.json: is not valid JSON/,
    );
  });

  it("names the line and column of a JSON error, and indexes nothing new", async () => {
    writeCorpus(corpusDir, {
      "a.txt": longText("spam", 1),
      "sources.json": '{\n  "documents": [\n    { "id": "a", },\n  ]\n}\n',
    });
    const err = await ingestCorpus({ corpusDir, store, log }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CorpusError);
    expect((err as Error).message).toMatch(
      /^corpus\/sources\.json: is not valid JSON at line 3, column 18: /,
    );
    expect(store.stats()).toMatchObject({ documents: 0 });
    expect(() => needsIngest({ corpusDir, store })).toThrow(CorpusError);
  });
});

describe("messages follow the outcome", () => {
  it("says 'indexed with metadata taken from the file' only for an unlisted file that was indexed", async () => {
    writeCorpus(corpusDir, {
      "good.html": `<html><head><title>Good</title></head><body><p>${longText("signatures", 1)}</p></body></html>`,
      // Everything after the unclosed comment is hidden: no text left, so the file is skipped.
      "hidden.html": `<html><body><!-- <p>${longText("secret", 1)}</p></body></html>`,
    });
    const report = await ingestCorpus({ corpusDir, store, log });
    expect(report.skipped).toEqual([{ path: "hidden.html", reason: "no text found in the file" }]);
    expect(report.warnings).toEqual([
      "good.html is not listed in sources.json; indexed with metadata taken from the file",
    ]);
  });
});

describe("the fixture corpus (a frozen copy of the starter notes)", () => {
  it("ingests 13 documents into sensible passages with resolved source references", async () => {
    const report = await ingestCorpus({ corpusDir: STARTER_FIXTURE, store, log });
    expect(report.skipped).toEqual([]);
    expect(report.warnings).toEqual([]);
    expect(report.ok).toBe(true);
    const docs = store.listDocuments();
    expect(docs).toHaveLength(13);
    // Twelve notes with front matter sources, and the article with its link list.
    expect(docs.filter((d) => d.sources.length > 0)).toHaveLength(13);
    const stats = store.stats();
    expect(stats.passages).toBeGreaterThanOrEqual(60);
    expect(stats.passages).toBeLessThanOrEqual(160);
    for (const d of docs) expect(store.passagesOf(d.id).length).toBeGreaterThanOrEqual(2);

    const article = store.getDocument("fixture-article-5a-reading");
    expect(article).toMatchObject({
      author: "wcit-desk test fixtures",
      date: "2026-11-30",
      kind: "text",
    });
    expect(article?.credit).toMatch(/^Written for wcit-desk's tests/);
    // The article's "[2]" link is the remote paper, resolved like a note's source.
    expect(article?.sources.find((s) => s.n === 2)?.url).toBe(
      "https://fixtures.wcit-desk.example/papers/fixture-paper.pdf",
    );
    expect(
      store.passagesOf("fixture-article-5a-reading").some((p) => p.sourceRefs.includes(2)),
    ).toBe(true);

    const compromise = store
      .passagesOf("note-04-security-article-5a")
      .find((p) => p.sectionPath.at(-1) === "The compromise");
    expect(compromise?.text).toContain("security and robustness");
    expect(compromise?.sourceRefs).toEqual([8, 9, 10]);
    // The note's H1 repeats its title, so the section is the bold-lead label alone.
    expect(compromise?.sectionPath).toEqual(["The compromise"]);
    expect(needsIngest({ corpusDir: STARTER_FIXTURE, store })).toBe(false);

    const states = describeCorpusSources({ corpusDir: STARTER_FIXTURE, store });
    expect(states).toHaveLength(14);
    expect(states.filter((s) => s.state === "indexed")).toHaveLength(13);
    expect(states.find((s) => s.remote)).toMatchObject({
      id: "fixture-remote-paper",
      state: "not downloaded",
    });
  });
});
