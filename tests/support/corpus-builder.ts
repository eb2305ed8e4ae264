// Writes real corpus folders for tests: real files on disk, a real sources.json, and real PDFs
// generated with pdf-lib (standard Helvetica font, so pdfjs extracts their text like any other PDF).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PDFDocument, PDFHexString, PDFName, PDFNumber, rgb, StandardFonts } from "pdf-lib";

/**
 * The fixture corpus (tests/fixtures/starter): a frozen copy of the starter notes with their
 * glossary and digest topics, an article and a remote entry. Tests read it, never `corpus/`.
 */
export const STARTER_FIXTURE = path.resolve(import.meta.dirname, "../fixtures/starter");

/** A fresh temporary folder (under the OS temp dir). Remove it with `removeDir` in `afterEach`. */
export function makeTempDir(prefix = "wcit-test-"): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export function removeDir(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
}

/** One manifest entry as written to sources.json; loose on purpose so tests can write bad ones. */
export type ManifestEntryInput = Record<string, unknown>;

/**
 * Writes `files` (paths relative to `dir`, forward slashes) and, when given, `manifest` as
 * `sources.json` (`{ "documents": [...] }`). Returns `dir`.
 */
export function writeCorpus(
  dir: string,
  files: Record<string, string | Uint8Array>,
  manifest?: ManifestEntryInput[],
): string {
  fs.mkdirSync(dir, { recursive: true });
  for (const [rel, content] of Object.entries(files)) {
    const file = path.join(dir, ...rel.split("/"));
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
  }
  if (manifest) writeManifest(dir, manifest);
  return dir;
}

export function writeManifest(dir: string, manifest: ManifestEntryInput[]): void {
  fs.writeFileSync(
    path.join(dir, "sources.json"),
    `${JSON.stringify({ documents: manifest }, null, 2)}\n`,
  );
}

/** A complete, valid manifest entry for `file`; override any field (or set it to undefined). */
export function manifestEntry(
  id: string,
  file: string,
  overrides: ManifestEntryInput = {},
): ManifestEntryInput {
  const entry: ManifestEntryInput = {
    id,
    path: file,
    title: `Title of ${id}`,
    publisher: "Test Publisher",
    date: "2012-12-14",
    url: `https://example.org/${id}`,
    credit: "Test credit",
    type: "article",
    ...overrides,
  };
  for (const [k, v] of Object.entries(entry)) if (v === undefined) delete entry[k];
  return entry;
}

export interface PdfOptions {
  /** Written to the PDF's Info dictionary (what loaders fall back to for a title). */
  title?: string;
  author?: string;
  /** Draw only shapes: a "scanned" PDF with pages but no text layer. */
  noTextLayer?: boolean;
  /** Mark the PDF as encrypted with a user password, so readers must ask for it. */
  encrypted?: boolean;
  fontSize?: number;
}

/**
 * A real PDF with one page per string. Lines break at "\n" and wrap at about 90 characters; a
 * blank line leaves a paragraph gap. The standard font encodes WinAnsi only: Latin letters with
 * accents, dashes and curly quotes work; other scripts do not.
 */
export async function makePdf(pages: string[], options: PdfOptions = {}): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const size = options.fontSize ?? 11;
  if (options.title) doc.setTitle(options.title);
  if (options.author) doc.setAuthor(options.author);
  for (const pageText of pages) {
    const page = doc.addPage([612, 792]);
    if (options.noTextLayer) {
      // A grey block where a scanner would have put an image of the text.
      page.drawRectangle({ x: 72, y: 300, width: 468, height: 400, color: rgb(0.6, 0.6, 0.6) });
      continue;
    }
    let y = 720;
    for (const line of wrapLines(pageText, 90)) {
      if (y < 60) break;
      if (line.length > 0) page.drawText(line, { x: 72, y, size, font });
      y -= size * 1.4;
    }
  }
  if (options.encrypted) markEncrypted(doc);
  return doc.save({ useObjectStreams: false });
}

function wrapLines(text: string, width: number): string[] {
  const out: string[] = [];
  for (const raw of text.split("\n")) {
    if (raw.trim() === "") {
      out.push("");
      continue;
    }
    let line = "";
    for (const word of raw.split(/\s+/).filter(Boolean)) {
      if (line && line.length + 1 + word.length > width) {
        out.push(line);
        line = word;
      } else {
        line = line ? `${line} ${word}` : word;
      }
    }
    if (line) out.push(line);
  }
  return out;
}

/**
 * Adds a Standard security handler whose user-password check cannot pass with an empty password,
 * which is what a password-protected PDF looks like to a reader without the password.
 */
function markEncrypted(doc: PDFDocument): void {
  const ctx = doc.context;
  const bytes = (seed: number) =>
    PDFHexString.of(
      Array.from({ length: 32 }, (_, i) =>
        ((seed * 31 + i * 17) % 256).toString(16).padStart(2, "0"),
      ).join(""),
    );
  const encrypt = ctx.obj({});
  encrypt.set(PDFName.of("Filter"), PDFName.of("Standard"));
  encrypt.set(PDFName.of("V"), PDFNumber.of(1));
  encrypt.set(PDFName.of("R"), PDFNumber.of(2));
  encrypt.set(PDFName.of("O"), bytes(7));
  encrypt.set(PDFName.of("U"), bytes(11));
  encrypt.set(PDFName.of("P"), PDFNumber.of(-44));
  ctx.trailerInfo.Encrypt = ctx.register(encrypt);
  const id = PDFHexString.of("0123456789abcdef0123456789abcdef");
  ctx.trailerInfo.ID = ctx.obj([id, id]);
}

/** Bytes that start like a PDF and then are not one. */
export function makeCorruptPdf(): Uint8Array {
  return new TextEncoder().encode("%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >>\ngarbage\n");
}

const TWO_SOURCES = [
  { title: "Primary source one", url: "https://example.org/one" },
  { title: "Primary source two", url: "https://example.org/two" },
];

/** A briefing note's front matter and title line: what `[n]` references resolve against. */
function noteHead(title: string, sources: { title: string; url?: string }[]): string {
  const yamlSources = sources
    .map((s) => `  - title: "${s.title}"${s.url ? `\n    url: "${s.url}"` : ""}`)
    .join("\n");
  return `---
title: "${title}"
date_written: 2026-11-29
sources:
${yamlSources}
---

# ${title}
`;
}

/**
 * A briefing note as the corpus holds them: front matter with two sources, a title and the given
 * bold-lead paragraphs (each ending with its `[n]` references).
 */
export function briefingNote(title: string, paragraphs: readonly string[]): string {
  return `${noteHead(title, TWO_SOURCES)}\n${paragraphs.join("\n\n")}\n`;
}

/** How `writeNotesCorpus` writes a note's manifest entry. */
export interface NotesManifestOptions {
  /** Put before each id (`"note-"`: `notes/x.md` → `note-x`). */
  idPrefix?: string;
  /** Give each entry its note's own title (from its front matter), as the corpus's manifest does. */
  titled?: boolean;
}

/**
 * Writes a corpus of Markdown notes (`notes/x.md` → id `x`, type note, no link of its own) with its
 * manifest, and any `extra` files beside them (a glossary). Returns `corpusDir`.
 */
export function writeNotesCorpus(
  corpusDir: string,
  notes: Record<string, string>,
  extra: Record<string, string | Uint8Array> = {},
  options: NotesManifestOptions = {},
): string {
  return writeCorpus(
    corpusDir,
    { ...notes, ...extra },
    Object.entries(notes).map(([f, text]) =>
      manifestEntry(`${options.idPrefix ?? ""}${path.basename(f, ".md")}`, f, {
        type: "note",
        url: undefined,
        ...(options.titled ? { title: /^title: "(.*)"$/m.exec(text)?.[1] } : {}),
      }),
    ),
  );
}

/**
 * A note on other agenda items, to put beside a small test corpus so that the words of the cases
 * under test are as rare as they are in the real corpus.
 */
export const UNRELATED_AGENDA_NOTE = briefingNote("Other items on the agenda", [
  "**Roaming.** Mobile roaming prices between neighbouring countries were a standing complaint of travellers and small operators, who asked for transparent tariffs. [1]",
  "**Numbering.** Misuse of telephone numbers for fraud cost operators real money, and several regulators wanted a duty to report misused ranges. [1]",
  "**Energy.** Energy efficiency and electronic waste were raised by a group of island states worried about the cost of power. [2]",
  "**Accessibility.** Services for people with disabilities were meant to be affordable and built into new equipment from the start. [2]",
  "**Taxation.** A few administrations wanted to tax incoming international calls, which carriers said would raise prices for everyone. [1]",
  "**Emergency numbers.** A harmonised national emergency number was proposed so that visitors could reach help without knowing local customs. [2]",
]);

/** A small Markdown briefing note with front matter, `[n]` references and bold-lead paragraphs. */
export function sampleNote(
  options: { title?: string; sources?: { title: string; url?: string }[] } = {},
): string {
  const title = options.title ?? "Spam in the ITRs";
  return `${noteHead(title, options.sources ?? TWO_SOURCES)}
**Starting point.** The 1988 regulations said nothing about unsolicited bulk electronic communications. Several delegations wanted a new article on spam in the treaty, arguing that spam consumed network capacity and imposed real costs on operators in developing countries. [1]

**The compromise.** Article 5B asks Member States to endeavour to take necessary measures to prevent the propagation of unsolicited bulk electronic communications and to minimize their impact on international telecommunication services. Critics said the text could touch content, because deciding what counts as spam means reading messages. [2]

## Reactions

Civil society groups argued the spam article opened a door to content regulation, while supporters said it only concerned network resources and the cost of carrying unwanted traffic across borders. [1][2]
`;
}

/** The manifest of the one-note corpus many suites start from: the sample spam note alone. */
export const SPAM_NOTE_MANIFEST: ManifestEntryInput[] = [
  manifestEntry("spam-note", "notes/spam.md", { type: "note", url: undefined }),
];

/**
 * Writes the one-note corpus (the sample spam note and `SPAM_NOTE_MANIFEST`) into `corpusDir`,
 * with any `extra` files beside it. Returns `corpusDir`.
 */
export function writeSpamNoteCorpus(
  corpusDir: string,
  extra: Record<string, string | Uint8Array> = {},
): string {
  return writeCorpus(corpusDir, { "notes/spam.md": sampleNote(), ...extra }, SPAM_NOTE_MANIFEST);
}

/** Manifest entries of the small end-to-end corpus that `writePaperAndNoteCorpus` writes. */
export const PAPER_ENTRY = manifestEntry("cyber-paper", "papers/cyber.pdf", {
  title: "Cybersecurity proposals paper",
  url: "https://example.org/papers/cyber.pdf",
});
export const NOTE_ENTRY = manifestEntry("spam-note", "notes/spam.md", {
  type: "note",
  url: undefined,
  title: "Spam in the ITRs",
});

/**
 * The end-to-end corpus several suites answer from: a real three-page PDF (data retention on page
 * 2) and a briefing note on spam with `[n]` sources. Returns the corpus folder.
 */
export async function writePaperAndNoteCorpus(corpusDir: string): Promise<string> {
  const pdf = await makePdf([
    "Cybersecurity and the ITU. This paper reviews proposals made before the treaty conference in Dubai.",
    "Data retention proposals would let the ITU harmonize how long operators keep subscriber records. National data retention laws differ widely and their legitimacy is contested.",
    "Conclusions. Governments should keep security standards work in open multistakeholder bodies such as the IETF.",
  ]);
  return writeCorpus(corpusDir, { "papers/cyber.pdf": pdf, "notes/spam.md": sampleNote() }, [
    PAPER_ENTRY,
    NOTE_ENTRY,
  ]);
}

/**
 * A conference chaired in Freetown and a later forum on the same treaty, where the same activists
 * wrote to the same people: a question read past its chat must still tell the two apart
 * (wrappers-25 and wrappers-26).
 */
export const FREETOWN_NOTES: Readonly<Record<string, string>> = {
  "notes/conference.md": briefingNote("The Freetown conference", [
    "**The venue.** The Zenith Telecommunication Union (ZTU) held its treaty conference in Freetown from 3 to 14 December 2012. The Freedonian regulator hosted it at the Congress Hall. Amara Kallon, the regulator's Director General, chaired the conference in Freetown. [1]",
    "**The open letter.** During the conference in Freetown, activists wrote to Okafor and the Chair that public comments had no formal standing in the ZTU negotiations. [2]",
  ]),
  "notes/forum.md": briefingNote("The Lakeside forum", [
    "**The forum.** In March 2013 delegates met again to review the ZTU treaty. During the Lakeside forum, activists wrote to Okafor and the Chair about the closed sessions. [1]",
  ]),
  "notes/other.md": UNRELATED_AGENDA_NOTE,
};
