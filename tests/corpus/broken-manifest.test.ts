// A broken corpus/sources.json: the last good index keeps answering, every surface says what is
// wrong and where, and nothing new is indexed until the manifest is fixed.
import fs from "node:fs";
import path from "node:path";
import { Writable } from "node:stream";
import { beforeEach, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.ts";
import { openContext } from "../../src/context.ts";
import { createLogger } from "../../src/log.ts";
import { runCliCaptured } from "../support/cli-run.ts";
import { sampleNote, writeCorpus } from "../support/corpus-builder.ts";
import { tempNoteCorpus } from "../support/temp-corpus.ts";

const cli = runCliCaptured;

const temp = tempNoteCorpus("wcit-broken-manifest-");
const manifestFile = () => path.join(temp.corpusDir, "sources.json");

/** A manifest with a trailing comma on line 4, and a new document the next ingest would add. */
function breakManifest() {
  fs.writeFileSync(
    manifestFile(),
    '{\n  "documents": [\n    { "id": "spam-note", "path": "notes/spam.md" },\n  ]\n}\n',
  );
  writeCorpus(temp.corpusDir, {
    "notes/budapest.md": sampleNote({ title: "Cybercrime and the Budapest Convention" }),
  });
}

const WHERE = /corpus\/sources\.json: is not valid JSON at line 4, column 3/;

describe("a broken sources.json with an index to answer from", () => {
  beforeEach(async () => {
    expect((await cli(["ingest"], temp.env)).code).toBe(0);
    breakManifest();
  });

  it("ask answers from the last good index and warns in one line on stderr", async () => {
    const r = await cli(["ask", "What does Article 5B say about spam?"], temp.env);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Sources:");
    const lines = r.stderr.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^Warning: /);
    expect(lines[0]).toMatch(WHERE);
    expect(lines[0]).toMatch(/nothing new is indexed until it is fixed/);
    // The new document was not indexed behind the broken manifest.
    const sources = await cli(["sources", "--json"], temp.env);
    expect(sources.code).toBe(0);
    expect(JSON.parse(sources.stdout).stats.documents).toBe(1);
  });

  it("ingest refuses with exit 1, naming the file, the line and the column", async () => {
    const r = await cli(["ingest"], temp.env);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(WHERE);
  });

  it("a manifest of the wrong shape names the field", async () => {
    fs.writeFileSync(manifestFile(), JSON.stringify({ docs: [] }));
    const ingest = await cli(["ingest"], temp.env);
    expect(ingest.code).toBe(1);
    expect(ingest.stderr).toMatch(/sources\.json: expected an object with a "documents" array/);
    const ask = await cli(["ask", "What does Article 5B say about spam?"], temp.env);
    expect(ask.code).toBe(0);
    expect(ask.stderr).toMatch(/^Warning: .*there is no "documents" field/);
  });

  it("the Slack app's context opens and logs the warning", async () => {
    const lines: string[] = [];
    const log = createLogger(
      "warn",
      new Writable({
        write(chunk, _enc, done) {
          lines.push(String(chunk));
          done();
        },
      }),
    );
    // main.ts opens the context like this: no onNotice, so the notice goes to the log.
    const ctx = await openContext(loadConfig(temp.env), log);
    try {
      expect(ctx.corpus.stats().documents).toBe(1);
      expect(
        (await ctx.engine.search("spam Article 5B", { k: 3 })).passages.length,
      ).toBeGreaterThan(0);
    } finally {
      await ctx.close();
    }
    const logged = lines.map((l) => JSON.parse(l) as { level: number; msg: string });
    expect(logged.some((l) => l.level === 40 && WHERE.test(l.msg))).toBe(true);
  });

  it("indexes the new document once the manifest is fixed", async () => {
    fs.writeFileSync(manifestFile(), JSON.stringify({ documents: [] }));
    const r = await cli(["ingest"], temp.env);
    expect(r.stderr).toBe("");
    expect(r.stdout).toMatch(/Added: .*notes\/budapest\.md/);
  });
});

describe("a broken sources.json and no index yet", () => {
  it("ask exits 1 with one clear line: there is nothing to serve", async () => {
    breakManifest();
    const r = await cli(["ask", "What does Article 5B say about spam?"], temp.env);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(WHERE);
  });
});
