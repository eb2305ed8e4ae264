// Citation verification: the only gate between what a model wrote and what a reader sees. A sentence
// survives only if every passage it names was given to the model and its quote, if it has one, is
// really in one of those passages. Pure: no model, no I/O.
import { analyze } from "../search/analyze.ts";
import type { Citation, ScoredPassage } from "../types.ts";
import { splitSentences } from "./sentences.ts";

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

export type DropReason = "no-ids" | "unknown-id" | "quote-not-found" | "empty";

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
export function normalizeWithMap(text: string): { normalized: string; origin: number[] } {
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

export function cleanSentenceText(text: string): string {
  return text.replace(INLINE_MARKERS, "").replace(/\s+/g, " ").trim();
}

/** Puts markers before a sentence's final punctuation: "…in Dubai [1][2]." */
export function attachMarkers(text: string, markers: number[]): string {
  const tags = markers.map((n) => `[${n}]`).join("");
  const m = /^(.*?)([.!?;:]+)$/s.exec(text);
  if (m) return `${m[1]} ${tags}${m[2]}`;
  return `${text} ${tags}`;
}

const MAX_SUPPORT_CHARS = 300;

/** The sentence of a passage that shares most words with a claim: the citation's quote when the model gave none. */
export function supportingSentence(passageText: string, claim: string): string {
  const sentences = splitSentences(passageText).map((s) => s.text);
  const claimWords = new Set(analyze(claim));
  let best = sentences[0] ?? passageText.trim();
  let bestScore = -1;
  for (const s of sentences) {
    const words = new Set(analyze(s));
    let score = 0;
    for (const w of words) if (claimWords.has(w)) score++;
    if (score > bestScore) {
      best = s;
      bestScore = score;
    }
  }
  return best.length > MAX_SUPPORT_CHARS
    ? `${best.slice(0, MAX_SUPPORT_CHARS - 1).trimEnd()}…`
    : best;
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
 * Keeps the sentences whose citations check out, numbers citations in order of first use, and
 * builds the answer text with `[n]` markers. A sentence without ids is dropped: an uncited claim is
 * exactly what this product must never show.
 */
export function verifyCitations(
  sentences: DraftSentence[],
  given: GivenPassage[],
  makeCitation: CitationMaker,
): VerifiedAnswer {
  const byId = new Map(given.map((g) => [g.id, g]));
  const numberOf = new Map<string, number>();
  const citations: Citation[] = [];
  const parts: string[] = [];
  const droppedSentences: VerifiedAnswer["droppedSentences"] = [];

  for (const sentence of sentences) {
    const text = cleanSentenceText(sentence.text);
    if (text === "") {
      droppedSentences.push({ text: sentence.text, reason: "empty" });
      continue;
    }
    if (sentence.passage_ids.length === 0) {
      droppedSentences.push({ text, reason: "no-ids" });
      continue;
    }
    const cited: GivenPassage[] = [];
    let unknown: string | undefined;
    for (const raw of sentence.passage_ids) {
      const g = resolveId(raw, byId);
      if (!g) {
        unknown = raw;
        break;
      }
      if (!cited.includes(g)) cited.push(g);
    }
    if (unknown !== undefined) {
      droppedSentences.push({ text, reason: "unknown-id", detail: unknown });
      continue;
    }
    const quote = sentence.quote ? trimQuote(sentence.quote) : "";
    let quoted: { passage: GivenPassage; wording: string } | undefined;
    if (quote !== "") {
      for (const g of cited) {
        const wording = locateQuote(g.scored.passage.text, quote);
        if (wording !== undefined) {
          quoted = { passage: g, wording };
          break;
        }
      }
      if (!quoted) {
        droppedSentences.push({ text, reason: "quote-not-found", detail: quote });
        continue;
      }
    }
    const markers: number[] = [];
    for (const g of cited) {
      let n = numberOf.get(g.id);
      if (n === undefined) {
        n = citations.length + 1;
        numberOf.set(g.id, n);
        const support =
          quoted?.passage === g ? quoted.wording : supportingSentence(g.scored.passage.text, text);
        citations.push(makeCitation(g.scored, n, support));
      }
      markers.push(n);
    }
    parts.push(attachMarkers(text, markers));
  }

  return {
    text: parts.join(" "),
    citations,
    kept: parts.length,
    dropped: droppedSentences.length,
    droppedSentences,
  };
}
