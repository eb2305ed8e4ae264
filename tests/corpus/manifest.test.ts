import fs from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loadManifest, ManifestError, validateManifest } from "../../src/corpus/manifest.ts";
import {
  makeTempDir,
  manifestEntry,
  removeDir,
  STARTER_FIXTURE,
  writeCorpus,
} from "../support/corpus-builder.ts";

const messages = (json: unknown) =>
  validateManifest(json, "corpus/sources.json").problems.map((p) => p.message);

describe("manifest validation", () => {
  it("accepts complete entries and keys them by path", () => {
    const { entries, problems } = validateManifest(
      {
        documents: [
          manifestEntry("a", "a.txt"),
          manifestEntry("note-b", "notes/b.md", { type: "note", url: undefined }),
        ],
      },
      "corpus/sources.json",
    );
    expect(problems).toEqual([]);
    expect([...entries.keys()]).toEqual(["a.txt", "notes/b.md"]);
  });

  it("names the manifest, the entry, its file and the missing field", () => {
    expect(
      messages({
        documents: [manifestEntry("cdt-article", "cdt/itu-ill-suited.txt", { date: undefined })],
      }),
    ).toEqual([
      'corpus/sources.json: entry "cdt-article" (cdt/itu-ill-suited.txt) is missing "date"',
    ]);
    expect(
      messages({
        documents: [manifestEntry("x", "x.txt", { credit: undefined, title: undefined })],
      }),
    ).toEqual(['corpus/sources.json: entry "x" (x.txt) is missing "title" and "credit"']);
    expect(
      messages({ documents: [manifestEntry("x", "x.txt", { publisher: undefined })] }),
    ).toEqual(['corpus/sources.json: entry "x" (x.txt) is missing "author" (or "publisher")']);
    expect(messages({ documents: [{ title: "No id or path" }] })[0]).toBe(
      'corpus/sources.json: entry #1 is missing "id", "path", "date", "credit" and "type"',
    );
  });

  it("allows a missing url only for briefing notes", () => {
    expect(messages({ documents: [manifestEntry("x", "x.txt", { url: undefined })] })).toEqual([
      'corpus/sources.json: entry "x" (x.txt) is missing "url" (only our own briefing notes, type "note", may leave it out)',
    ]);
  });

  it("names malformed fields, duplicate ids and duplicate paths", () => {
    expect(
      messages({
        documents: [
          manifestEntry("x", "x.txt", { date: "6 Sept 2012", type: "blog" }),
          manifestEntry("y", "../outside.txt"),
          manifestEntry("z", "z.txt"),
          manifestEntry("z", "z2.txt"),
          manifestEntry("w", "z.txt"),
        ],
      }),
    ).toEqual([
      'corpus/sources.json: entry "x" (x.txt) has an invalid "date": must be a year or an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)',
      expect.stringMatching(/^corpus\/sources.json: entry "x" \(x.txt\) has an invalid "type"/),
      'corpus/sources.json: entry "y" (../outside.txt) has an invalid "path": must be a path inside the corpus folder, with forward slashes',
      'corpus/sources.json: entry "z" (z2.txt) reuses the id "z" of z.txt',
      'corpus/sources.json: entry "w" (z.txt) lists the path z.txt a second time',
    ]);
  });

  it("rejects a manifest without a documents array, saying what it found", () => {
    expect(() => validateManifest({ docs: [] }, "corpus/sources.json")).toThrow(ManifestError);
    expect(() => validateManifest({ docs: [] }, "corpus/sources.json")).toThrow(
      /there is no "documents" field/,
    );
    expect(() => validateManifest({ documents: {} }, "corpus/sources.json")).toThrow(
      /"documents" is an object/,
    );
  });
});

describe("loadManifest", () => {
  let dir = "";
  afterEach(() => removeDir(dir));

  it("treats a missing manifest as empty and malformed JSON as an error naming the file", () => {
    dir = makeTempDir();
    const corpus = writeCorpus(path.join(dir, "corpus"), { "a.txt": "Text." });
    expect(loadManifest(corpus).present).toBe(false);
    fs.writeFileSync(path.join(corpus, "sources.json"), "{ not json");
    expect(() => loadManifest(corpus)).toThrow(/^corpus\/sources.json: is not valid JSON/);
  });

  it("validates the fixture corpus manifest without problems", () => {
    const manifest = loadManifest(STARTER_FIXTURE);
    expect(manifest.problems).toEqual([]);
    expect(manifest.entries.size).toBe(14);
    const article = [...manifest.entries.values()].find((e) => e.type === "article");
    expect(article?.credit).toContain("wcit-desk's tests");
    const remote = [...manifest.entries.values()].filter((e) => e.remote);
    expect(remote.map((e) => e.url)).toEqual([
      "https://fixtures.wcit-desk.example/papers/fixture-paper.pdf",
    ]);
  });
});
