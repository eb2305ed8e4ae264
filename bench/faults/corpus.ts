// Corpus fuzz: corrupt, encrypted, empty and binary files, huge lines, bad UTF-8, hostile HTML,
// symbolic links out of the corpus and in loops, a broken or hostile sources.json. Holding means:
// the bad file is named (or harmless), every good file is indexed, and answering goes on.
import fs from "node:fs";
import path from "node:path";
import { MAX_WORD_CHARS } from "../../src/corpus/chunk.ts";
import {
  makeCorruptPdf,
  makePdf,
  manifestEntry,
  sampleNote,
  writeCorpus,
} from "../../tests/support/corpus-builder.ts";
import {
  cli,
  documentCount,
  type FaultCase,
  type FaultOutcome,
  failed,
  held,
  pseudoRandomBytes,
  withTempDir,
} from "./support.ts";

const GOOD = "notes/good.md";
const QUESTION = "What does Article 5B say about spam?";

interface Setup {
  dir: string;
  corpusDir: string;
  dbFile: string;
  env: Record<string, string>;
}

/** A temp corpus holding one good briefing note plus `files`, and where its index goes. */
function corpusWith(dir: string, files: Record<string, string | Uint8Array>): Setup {
  const corpusDir = writeCorpus(path.join(dir, "corpus"), { [GOOD]: sampleNote(), ...files });
  const dbFile = path.join(dir, "data", "index.sqlite");
  return { dir, corpusDir, dbFile, env: { CORPUS_DIR: corpusDir, DATABASE_PATH: dbFile } };
}

/** Ingest, then check: each bad file named as skipped, the good one indexed, `ask` answering. */
async function skipsAndAnswers(
  s: Setup,
  bad: string[],
  reason: RegExp,
  expectedDocuments = 1,
): Promise<FaultOutcome> {
  const ingest = await cli(["ingest"], s.env);
  const unnamed = bad.filter(
    (f) =>
      !new RegExp(
        `Skipped ${f.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: .*${reason.source}`,
        "i",
      ).test(ingest.stdout),
  );
  if (unnamed.length) return failed(`not named as skipped with a reason: ${unnamed.join(", ")}`);
  if (ingest.code !== 1)
    return failed(`ingest exited ${ingest.code}, expected 1 (a file was skipped)`);
  const docs = documentCount(s.dbFile);
  if (docs !== expectedDocuments)
    return failed(`${docs} document(s) indexed, expected ${expectedDocuments}`);
  const ask = await cli(["ask", QUESTION], s.env);
  if (ask.code !== 0 || !ask.stdout.includes("Sources:"))
    return failed(`ask exited ${ask.code}: ${ask.stderr.trim().slice(0, 200)}`);
  const reasons = bad.map((f) => ingest.stdout.match(new RegExp(`Skipped ${f}: (.*)`))?.[1]);
  return held(`named (${reasons.join("; ")}); the good file indexed; ask answers`);
}

const corruptPdf: FaultCase = {
  id: "corpus/corrupt-pdf",
  title: "a PDF whose body is garbage after the header",
  run: () =>
    withTempDir("corrupt", async (dir) =>
      skipsAndAnswers(corpusWith(dir, { "bad.pdf": makeCorruptPdf() }), ["bad.pdf"], /./),
    ),
};

const encryptedPdf: FaultCase = {
  id: "corpus/encrypted-pdf",
  title: "a password-protected PDF",
  run: () =>
    withTempDir("encrypted", async (dir) => {
      const pdf = await makePdf(["Secret text of an encrypted report."], { encrypted: true });
      return skipsAndAnswers(
        corpusWith(dir, { "locked.pdf": pdf }),
        ["locked.pdf"],
        /password|encrypt/,
      );
    }),
};

const emptyPdfs: FaultCase = {
  id: "corpus/empty-pdfs",
  title: "a zero-byte PDF and a scanned PDF without a text layer",
  run: () =>
    withTempDir("empty", async (dir) => {
      const scan = await makePdf(["", ""], { noTextLayer: true });
      const s = corpusWith(dir, { "empty.pdf": new Uint8Array(0), "scan.pdf": scan });
      return skipsAndAnswers(s, ["empty.pdf", "scan.pdf"], /./);
    }),
};

const binaryJunk: FaultCase = {
  id: "corpus/binary-junk",
  title: "random bytes saved as .txt, .md and .html",
  run: () =>
    withTempDir("junk", async (dir) => {
      const s = corpusWith(dir, {
        "junk.txt": pseudoRandomBytes(64 * 1024, 1),
        "junk.md": pseudoRandomBytes(8 * 1024, 2),
        "junk.html": pseudoRandomBytes(16 * 1024, 3),
      });
      return skipsAndAnswers(s, ["junk.html", "junk.md", "junk.txt"], /binary|UTF-8/);
    }),
};

const badUtf8: FaultCase = {
  id: "corpus/bad-utf8",
  title: "a Latin-1 text file (bytes that are not UTF-8)",
  run: () =>
    withTempDir("latin1", async (dir) => {
      const latin1 = Buffer.from("Caf\xe9 d\xe9bat sur l'article 5B et le spam.\n", "latin1");
      return skipsAndAnswers(corpusWith(dir, { "latin1.txt": latin1 }), ["latin1.txt"], /UTF-8/);
    }),
};

/** Longest passage a huge line may become: the chunker's 250 words and a merged short tail (30), of at most MAX_WORD_CHARS each. */
const MAX_PASSAGE_CHARS = (250 + 30) * (MAX_WORD_CHARS + 1);

const hugeLines: FaultCase = {
  id: "corpus/huge-lines",
  title: "one 2 MB line of words and one 1 MB line without a space",
  run: () =>
    withTempDir("huge", async (dir) => {
      const words = "delegates debated the treaty text ".repeat(60_000);
      const s = corpusWith(dir, { "words.txt": words, "nospace.txt": "x".repeat(1_000_000) });
      const ingest = await cli(["ingest"], s.env);
      if (ingest.code > 1)
        return failed(`ingest exited ${ingest.code}: ${ingest.stderr.slice(0, 200)}`);
      const db = (await import("better-sqlite3")).default(s.dbFile, { readonly: true });
      const longest = (
        db.prepare("SELECT max(length(text)) AS n FROM passages").get() as { n: number }
      ).n;
      db.close();
      const search = await cli(["search", "delegates treaty"], s.env);
      if (search.code !== 0) return failed(`search exited ${search.code}`);
      const detail = `ingest ${(ingest.ms / 1000).toFixed(1)} s, exit ${ingest.code}; longest passage ${longest} characters; search ${Math.round(search.ms)} ms`;
      return longest <= MAX_PASSAGE_CHARS ? held(detail) : failed(detail);
    }),
};

const unclosedComment: FaultCase = {
  id: "corpus/html-unclosed-comment",
  title: "HTML with an unclosed <!-- (text after it must stay hidden, as in a browser)",
  run: () =>
    withTempDir("comment", async (dir) => {
      const s = corpusWith(dir, {
        "page.html": `<html><body><p>${"Visible text about Article 5B and spam filtering rules. ".repeat(5)}</p><!-- draft <p>Zanzibarquux hidden draft text.</p></body></html>`,
        "hidden.html": "<html><body><!-- <p>Everything here is commented out.</p></body></html>",
      });
      const ingest = await cli(["ingest"], s.env);
      const search = await cli(["search", "--json", "Zanzibarquux"], s.env);
      const hits = (JSON.parse(search.stdout || '{"passages":[]}') as { passages: unknown[] })
        .passages.length;
      if (hits > 0) return failed("text after the unclosed comment was indexed and found");
      if (/hidden\.html is not listed .*indexed with metadata/.test(ingest.stdout))
        return failed('a skipped file was first reported as "indexed with metadata"');
      if (!/Skipped hidden\.html: no text/.test(ingest.stdout))
        return failed("the all-comment file was not named as skipped");
      return held("hidden text not indexed; the empty page named as skipped, and only that");
    }),
};

/** A folder outside the corpus with a secret file, next to the corpus. */
function outsideSecret(dir: string): string {
  const outside = path.join(dir, "outside");
  writeCorpus(outside, { "secret.txt": "Quixotrank secret budget figures of the delegation." });
  return outside;
}

async function secretStaysOut(s: Setup, what: string): Promise<FaultOutcome> {
  const ingest = await cli(["ingest"], s.env);
  const search = await cli(["search", "--json", "Quixotrank budget"], s.env);
  const hits = (JSON.parse(search.stdout || '{"passages":[]}') as { passages: unknown[] }).passages;
  if (hits.length) return failed(`${what}: a file outside the corpus was indexed and served`);
  const warning = ingest.stdout.split("\n").find((l) => /outside the corpus folder/.test(l));
  if (!warning) return failed(`${what}: refused silently, no warning naming the link`);
  return held(`refused: "${warning.replace(/^Warning: /, "").slice(0, 90)}…"`);
}

const symlinkFileOut: FaultCase = {
  id: "corpus/symlink-file-out",
  title: "a symbolic link in the corpus to a file outside it",
  run: () =>
    withTempDir("link-file", async (dir) => {
      const outside = outsideSecret(dir);
      const s = corpusWith(dir, {});
      fs.symlinkSync(path.join(outside, "secret.txt"), path.join(s.corpusDir, "notes", "leak.txt"));
      return secretStaysOut(s, "file link");
    }),
};

const symlinkDirOut: FaultCase = {
  id: "corpus/symlink-dir-out",
  title: "a symbolic link in the corpus to a folder outside it",
  run: () =>
    withTempDir("link-dir", async (dir) => {
      const outside = outsideSecret(dir);
      const s = corpusWith(dir, {});
      fs.symlinkSync(outside, path.join(s.corpusDir, "elsewhere"));
      return secretStaysOut(s, "folder link");
    }),
};

const symlinkLoop: FaultCase = {
  id: "corpus/symlink-loop",
  title: "ln -s . corpus/loop, and a link back up from a subfolder",
  run: () =>
    withTempDir("loop", async (dir) => {
      const s = corpusWith(dir, {
        "article.txt": `An article\n\n${"Spam and the treaty. ".repeat(30)}`,
      });
      fs.symlinkSync(".", path.join(s.corpusDir, "loop"));
      fs.symlinkSync("..", path.join(s.corpusDir, "notes", "up"));
      const ingest = await cli(["ingest"], s.env);
      const docs = documentCount(s.dbFile);
      const detail = `${docs} document(s) for 2 files; ingest ${Math.round(ingest.ms)} ms`;
      return docs === 2 ? held(detail) : failed(detail);
    }),
};

const brokenManifest: FaultCase = {
  id: "corpus/broken-sources-json",
  title: "sources.json broken after an index was built (trailing comma), then of the wrong shape",
  run: () =>
    withTempDir("manifest", async (dir) => {
      const s = corpusWith(dir, {});
      writeCorpus(s.corpusDir, {}, [manifestEntry("good", GOOD, { type: "note", url: undefined })]);
      if ((await cli(["ingest"], s.env)).code !== 0) return failed("the first ingest failed");
      const manifest = path.join(s.corpusDir, "sources.json");
      fs.writeFileSync(manifest, '{\n  "documents": [\n    { "id": "good" },\n  ]\n}\n');
      writeCorpus(s.corpusDir, { "notes/new.md": sampleNote({ title: "A new note" }) });
      const ask = await cli(["ask", QUESTION], s.env);
      const ingest = await cli(["ingest"], s.env);
      fs.writeFileSync(manifest, JSON.stringify({ docs: [] }));
      const askShape = await cli(["ask", QUESTION], s.env);
      const problems: string[] = [];
      if (ask.code !== 0 || !ask.stdout.includes("Sources:"))
        problems.push(`ask exited ${ask.code}`);
      if (!/^Warning: .*sources\.json.*line 4, column 3/.test(ask.stderr))
        problems.push("ask did not warn, naming the file and line");
      if (ingest.code !== 1 || !/sources\.json.*line 4/.test(ingest.stderr))
        problems.push(`ingest exited ${ingest.code} without naming the line`);
      if (askShape.code !== 0 || !/"documents"/.test(askShape.stderr))
        problems.push(
          "a wrong-shape manifest did not give an answer with a warning naming the field",
        );
      if (documentCount(s.dbFile) !== 1) problems.push("something new was indexed meanwhile");
      return problems.length
        ? failed(problems.join("; "))
        : held(`ask answers with "${ask.stderr.trim().slice(0, 80)}…"; ingest exits 1`);
    }),
};

const manifestTraversal: FaultCase = {
  id: "corpus/sources-json-path-traversal",
  title: 'sources.json entries with "../" paths (local and remote)',
  run: () =>
    withTempDir("traversal", async (dir) => {
      outsideSecret(dir);
      const s = corpusWith(dir, {});
      writeCorpus(s.corpusDir, {}, [
        manifestEntry("good", GOOD, { type: "note", url: undefined }),
        manifestEntry("escape", "../outside/secret.txt"),
        manifestEntry("drop", "../dropped.pdf", { remote: true, url: "http://127.0.0.1:9/x.pdf" }),
      ]);
      const ingest = await cli(["ingest", "--fetch"], s.env);
      const search = await cli(["search", "--json", "Quixotrank budget"], s.env);
      const hits = (JSON.parse(search.stdout || '{"passages":[]}') as { passages: unknown[] })
        .passages.length;
      if (hits) return failed("the file outside the corpus was indexed");
      if (fs.existsSync(path.join(dir, "dropped.pdf")))
        return failed("a download was written outside");
      const named = (ingest.stdout.match(/must be a path inside the corpus folder/g) ?? []).length;
      return named >= 2
        ? held(
            `both entries refused, naming the field; ${documentCount(s.dbFile)} document indexed`,
          )
        : failed(`only ${named} of 2 entries named as refused`);
    }),
};

export const CORPUS_CASES: FaultCase[] = [
  corruptPdf,
  encryptedPdf,
  emptyPdfs,
  binaryJunk,
  badUtf8,
  hugeLines,
  unclosedComment,
  symlinkFileOut,
  symlinkDirOut,
  symlinkLoop,
  brokenManifest,
  manifestTraversal,
];
