// Citation verification: the only gate between what a model wrote and what a reader sees. Pure: no
// model, no I/O. The rule is stated once, on verifyCitations below, with its numbers beside it.
import { analyze, tokenize } from "../search/analyze.ts";
import { findLinks } from "../text.ts";
import type { Citation, ScoredPassage } from "../types.ts";

/** One sentence as the model wrote it (already validated by the zod schema). */
export interface DraftSentence {
  text: string;
  passage_ids: string[];
  quote?: string | null | undefined;
}

/** A passage as the model saw it: the id it was shown under, and the passage itself. */
export interface GivenPassage {
  id: string;
  scored: ScoredPassage;
}

export type CitationMaker = (scored: ScoredPassage, n: number, quote: string) => Citation;

type DropReason =
  | "empty"
  | "no-ids"
  | "unknown-id"
  | "no-quote"
  | "quote-not-found"
  | "quote-too-short"
  | "unrelated-quote"
  | "unsupported-link";

export interface VerifiedAnswer {
  /** Kept sentences joined, each with its `[n]` markers. */
  text: string;
  /** Numbered 1.. in order of first use. */
  citations: Citation[];
  kept: number;
  dropped: number;
  /** Why each dropped sentence was dropped (for logs and tests, not for users). */
  droppedSentences: { text: string; reason: DropReason; detail?: string }[];
}

const QUOTE_MARKS: Record<string, string> = {
  "\u2018": "'",
  "\u2019": "'",
  "\u201A": "'",
  "\u201B": "'",
  "\u2032": "'",
  "\u0060": "'",
  "\u00B4": "'",
  "\u201C": '"',
  "\u201D": '"',
  "\u201E": '"',
  "\u201F": '"',
  "\u2033": '"',
  "\u00AB": '"',
  "\u00BB": '"',
};
const DASHES = /[\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63\uFF0D]/;

/**
 * Normalizes whitespace (runs become one space, ends trimmed), quote marks (curly to straight) and
 * dashes (all to "-"), and remembers for every output character where it came from, so a quote
 * found in the normalized text can be cut from the original.
 */
function normalizeWithMap(text: string): { normalized: string; origin: number[] } {
  let normalized = "";
  const origin: number[] = [];
  let pendingSpace = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (/\s/.test(ch)) {
      if (pendingSpace < 0) pendingSpace = i;
      continue;
    }
    if (pendingSpace >= 0) {
      if (normalized.length > 0) {
        normalized += " ";
        origin.push(pendingSpace);
      }
      pendingSpace = -1;
    }
    let out: string;
    if (QUOTE_MARKS[ch] !== undefined) out = QUOTE_MARKS[ch];
    else if (DASHES.test(ch)) out = "-";
    else if (ch === "\u2026") out = "...";
    else out = ch;
    for (const c of out) {
      normalized += c;
      origin.push(i);
    }
  }
  return { normalized, origin };
}

export function normalizeForQuote(text: string): string {
  return normalizeWithMap(text).normalized;
}

/** Where `quote` occurs in `passageText` after normalization, as the passage's own wording. */
export function locateQuote(passageText: string, quote: string): string | undefined {
  const q = normalizeForQuote(quote);
  if (q === "") return undefined;
  const { normalized, origin } = normalizeWithMap(passageText);
  const at = normalized.indexOf(q);
  if (at < 0) return undefined;
  const start = origin[at] as number;
  const end = (origin[at + q.length - 1] as number) + 1;
  return passageText.slice(start, end);
}

/** Models like to wrap a quote in quote marks or ellipses of their own; those are not the quote. */
export function trimQuote(quote: string): string {
  return quote
    .trim()
    .replace(/^(?:["'\u2018\u2019\u201C\u201D\u00AB\u00BB]|\.\.\.|\u2026|\s)+/, "")
    .replace(/(?:["'\u2018\u2019\u201C\u201D\u00AB\u00BB]|\.\.\.|\u2026|\s)+$/, "");
}

/** Citation markers a model wrote into the text despite being told not to: the ids carry them. */
const INLINE_MARKERS =
  /\s*\[(?:(?:P|p)?\d+|[A-Za-z0-9_-]+:\d+)(?:\s*,\s*(?:(?:P|p)?\d+|[A-Za-z0-9_-]+:\d+))*\]/g;

function cleanSentenceText(text: string): string {
  return text.replace(INLINE_MARKERS, "").replace(/\s+/g, " ").trim();
}

/** Puts markers before a sentence's final punctuation: "…in Dubai [1][2]." */
function attachMarkers(text: string, markers: number[]): string {
  const tags = markers.map((n) => `[${n}]`).join("");
  const m = /^(.*?)([.!?;:]+)$/s.exec(text);
  if (m) return `${m[1]} ${tags}${m[2]}`;
  return `${text} ${tags}`;
}

function resolveId(raw: string, byId: Map<string, GivenPassage>): GivenPassage | undefined {
  const exact = byId.get(raw);
  if (exact) return exact;
  const loose = raw
    .trim()
    .replace(/^\[|\]$/g, "")
    .trim()
    .toLowerCase();
  for (const [id, given] of byId) if (id.toLowerCase() === loose) return given;
  return undefined;
}

/**
 * A quote shorter than this proves nothing about a particular claim: "the", "Article 5A" or "the
 * ITU" occur in half the corpus. Five words is about the shortest span that states something
 * (who did what), and the prompt asks for 5 to 25 words.
 */
export const MIN_QUOTE_WORDS = 5;
/**
 * Content terms (the index's analyzer: stemmed, stop words out) the sentence must share with its
 * quote, so that the quote is evidence for this sentence and not a true line under a made-up claim.
 * Two, because one shared term is what any sentence about the same topic has ("Internet").
 */
export const MIN_SHARED_TERMS = 2;
/**
 * Share of the sentence's distinct content terms that must occur in the quoted passage. A faithful
 * paraphrase keeps most of its source's words (0.75 to 0.9 on the fixtures' sentences); a claim
 * that only borrows a quote's vocabulary brings its own ("every member state agreed to censor the
 * Internet": 3 of 6 terms in an ITRs passage, 0.5). What it cannot catch: a sentence built almost
 * wholly of the passage's words with one word changed. The quote under it lets the reader check.
 */
const MIN_SUPPORTED_SHARE = 0.6;

/** Links, addresses and mentions of `sentence` that `passageText` does not contain (case folded). */
function linksNotIn(sentence: string, passageText: string): string[] {
  const haystack = passageText.toLowerCase();
  return findLinks(sentence)
    .map((l) => l.text)
    .filter((l) => !haystack.includes(l.toLowerCase()));
}

/** How a quote found in its passage relates to the sentence: why it fails, or undefined. */
function quoteProblem(
  sentence: string,
  quote: string,
  passageText: string,
): { reason: DropReason; detail: string } | undefined {
  const words = tokenize(quote).length;
  if (words < MIN_QUOTE_WORDS) {
    return { reason: "quote-too-short", detail: `${words} word(s): "${quote}"` };
  }
  const links = linksNotIn(sentence, passageText);
  if (links.length > 0) return { reason: "unsupported-link", detail: links.join(" ") };
  const sentenceTerms = new Set(analyze(sentence));
  const quoteTerms = new Set(analyze(quote));
  const passageTerms = new Set(analyze(passageText));
  let shared = 0;
  let supported = 0;
  for (const t of sentenceTerms) {
    if (quoteTerms.has(t)) shared++;
    if (passageTerms.has(t)) supported++;
  }
  const share = sentenceTerms.size === 0 ? 0 : supported / sentenceTerms.size;
  if (shared < MIN_SHARED_TERMS || share < MIN_SUPPORTED_SHARE) {
    return {
      reason: "unrelated-quote",
      detail: `${shared} term(s) shared with the quote, ${Math.round(share * 100)}% found in the passage`,
    };
  }
  return undefined;
}

/**
 * Keeps the sentences whose citations check out, numbers citations in order of first use, and
 * builds the answer text with `[n]` markers. The whole rule — a sentence is kept only if:
 *
 * 1. it names at least one passage, and every id it names was among the passages given;
 * 2. it has a quote (no quote, no sentence), found verbatim in one of the passages it names after
 *    folding whitespace, quote marks and dashes (`locateQuote`);
 * 3. the quote has at least MIN_QUOTE_WORDS (5) words;
 * 4. the quote is about the sentence: they share at least MIN_SHARED_TERMS (2) content terms, and at
 *    least MIN_SUPPORTED_SHARE (60%) of the sentence's content terms occur in the quoted passage;
 * 5. every link, e-mail address, host name or Slack mention/link markup in the sentence occurs in
 *    the quoted passage (a link the source does not carry is a claim the source does not make).
 *
 * A kept sentence is cited to the passage its quote was found in, and that citation's quote is the
 * verified quote in the passage's own wording: nothing else is ever shown as evidence. Other ids
 * the sentence named pass check 1 but are not shown, since nothing verifies them.
 */
export function verifyCitations(
  sentences: DraftSentence[],
  given: GivenPassage[],
  makeCitation: CitationMaker,
): VerifiedAnswer {
  const byId = new Map(given.map((g) => [g.id, g]));
  const numbering: Numbering = { numberOf: new Map<string, number>(), citations: [], makeCitation };
  const parts: string[] = [];
  const droppedSentences: DroppedSentence[] = [];

  for (const sentence of sentences) {
    const checked = checkSentence(sentence, byId);
    if ("reason" in checked) {
      droppedSentences.push(checked);
      continue;
    }
    const n = citationNumber(checked.passage, checked.wording, numbering);
    parts.push(attachMarkers(checked.text, [n]));
  }

  return {
    text: parts.join(" "),
    citations: numbering.citations,
    kept: parts.length,
    dropped: droppedSentences.length,
    droppedSentences,
  };
}

type DroppedSentence = VerifiedAnswer["droppedSentences"][number];

/** A sentence that passed every check: its text, and the passage and wording its quote was found in. */
interface CheckedSentence {
  text: string;
  passage: GivenPassage;
  wording: string;
}

/** A dropped sentence as recorded, its detail only where there is one. */
function dropped(text: string, reason: DropReason, detail?: string): DroppedSentence {
  return { text, reason, ...(detail !== undefined ? { detail } : {}) };
}

/** One sentence checked by the rule on `verifyCitations`, in its order: kept, or why dropped. */
function checkSentence(
  sentence: DraftSentence,
  byId: Map<string, GivenPassage>,
): CheckedSentence | DroppedSentence {
  const text = cleanSentenceText(sentence.text);
  if (text === "") return dropped(sentence.text, "empty");
  if (sentence.passage_ids.length === 0) return dropped(text, "no-ids");
  const cited = citedPassages(sentence.passage_ids, byId);
  if ("unknown" in cited) return dropped(text, "unknown-id", cited.unknown);
  const quote = sentence.quote ? trimQuote(sentence.quote) : "";
  if (quote === "") return dropped(text, "no-quote");
  const quoted = quotedIn(cited.passages, quote);
  if (!quoted) return dropped(text, "quote-not-found", quote);
  const problem = quoteProblem(text, quoted.wording, quoted.passage.scored.passage.text);
  if (problem) return dropped(text, problem.reason, problem.detail);
  return { text, ...quoted };
}

/** The passages a sentence names, each once in order of naming, or the first id not given. */
function citedPassages(
  ids: readonly string[],
  byId: Map<string, GivenPassage>,
): { passages: GivenPassage[] } | { unknown: string } {
  const cited: GivenPassage[] = [];
  for (const raw of ids) {
    const g = resolveId(raw, byId);
    if (!g) return { unknown: raw };
    if (!cited.includes(g)) cited.push(g);
  }
  return { passages: cited };
}

/** The first cited passage the quote is found in, with the quote in that passage's own wording. */
function quotedIn(
  cited: readonly GivenPassage[],
  quote: string,
): { passage: GivenPassage; wording: string } | undefined {
  for (const g of cited) {
    const wording = locateQuote(g.scored.passage.text, quote);
    if (wording !== undefined) return { passage: g, wording };
  }
  return undefined;
}

/** The citations numbered so far, by passage id, and how a citation is made. */
interface Numbering {
  numberOf: Map<string, number>;
  citations: Citation[];
  makeCitation: CitationMaker;
}

/**
 * A passage's citation number: the one it was given, or the next, its citation made then with the
 * verified wording.
 */
function citationNumber(passage: GivenPassage, wording: string, numbering: Numbering): number {
  const { numberOf, citations, makeCitation } = numbering;
  let n = numberOf.get(passage.id);
  if (n === undefined) {
    n = citations.length + 1;
    numberOf.set(passage.id, n);
    citations.push(makeCitation(passage.scored, n, wording));
  }
  return n;
}
