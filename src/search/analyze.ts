// The one tokenizer + stemmer the index, the query side and the extractive summarizer share, so a
// term counted at ingest is the same term a question asks for.
// What a term means beyond its stem lives beside it: word-families.ts (words of the same act or
// stance), idiom-readings.ts (the writer's words for an asker's idiom) and phrasal-verb-readings.ts
// (the formal verbs for a phrasal verb).
import { stemmer } from "stemmer";
import { englishWordFrequencies } from "./english.ts";

/** Lucene's 33 English stop words: what the published BM25 baselines drop. */
export const LUCENE_STOP_WORDS: readonly string[] = [
  "a",
  "an",
  "and",
  "are",
  "as",
  "at",
  "be",
  "but",
  "by",
  "for",
  "if",
  "in",
  "into",
  "is",
  "it",
  "no",
  "not",
  "of",
  "on",
  "or",
  "such",
  "that",
  "the",
  "their",
  "then",
  "there",
  "these",
  "they",
  "this",
  "to",
  "was",
  "will",
  "with",
];

/**
 * Lucene's stop words plus question words, which carry no topic in "why did ...", "what is ..."
 * questions and only add noise to BM25.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  ...LUCENE_STOP_WORDS,
  "what",
  "which",
  "who",
  "whom",
  "why",
  "how",
  "when",
  "where",
  "do",
  "does",
  "did",
]);

// Letters (with their combining marks) and digits; everything else separates tokens.
const WORD_CHAR = /^[\p{L}\p{M}\p{N}]+$/u;
const COMBINING_MARKS = /\p{M}+/gu;
const NON_ASCII = /[\u0080-\uffff]/;
const STEM_CACHE_LIMIT = 200_000;
const stemCache = new Map<string, string>();

/** NFKC + lower case + diacritics folded, so "Télécom", "TELECOM" and "telecom" meet. */
export function normalizeText(text: string): string {
  // Most text is ASCII; skip the three Unicode passes for it (ingest-time cost on large corpora).
  if (!NON_ASCII.test(text)) return text.toLowerCase();
  return text
    .normalize("NFKC")
    .toLowerCase()
    .normalize("NFD")
    .replace(COMBINING_MARKS, "")
    .normalize("NFC");
}

/** Porter stem of a word; digits and very short words pass unchanged (the rules are for English words). */
function stemUncached(word: string): string {
  return word.length < 3 || /\d/.test(word) ? word : stemmer(americanSpelling(word));
}

/** A British "-ise" verb form, its stem (at least three letters) and its ending. */
const BRITISH_ISE = /^([a-z]{3,})is(e|es|ed|er|ers|ing|ation|ations)$/;
let americanVerbs: ReadonlySet<string> | undefined;

/**
 * A British "-ise" form written as its American "-ize" one ("criticised" → "criticized",
 * "organisations" → "organizations") when American English has that verb: Porter takes "-ize" off
 * but not "-ise", so the corpus's "CDT and RSF criticised the procedure" never met a question's
 * "criticisms" (or an American's "criticized"), nor "harmonising" "harmonizing". Only where
 * SUBTLEX-US (American subtitles) has the "-ize" verb: "revised", "compromise", "advised",
 * "raised", "expertise" and "likewise" have no such verb and stay as they are ("revise" still
 * meets "revision"). Tuning half (815 q): list 0.802 -> 0.805 ("Main criticisms of the Internet
 * resolution…" now led by the paragraph saying who criticised its adoption), overall 0.848 ->
 * 0.848 (a how question on what "critics" said lost its passage, "critic" now being a commoner
 * term), no trust figure moved. Without "-iser(s)", "organisers" no longer met "organisations"
 * and a near miss on the venue's organisers was answered.
 */
function americanSpelling(word: string): string {
  const m = BRITISH_ISE.exec(word);
  if (!m) return word;
  americanVerbs ??= new Set(
    englishWordFrequencies()
      .map((f) => f.word.toLowerCase())
      .filter((w) => w.endsWith("ize")),
  );
  return americanVerbs.has(`${m[1]}ize`) ? `${m[1]}iz${m[2]}` : word;
}

/** `stemUncached` behind a cache: questions and sentences repeat the same few thousand words. */
export function stem(word: string): string {
  let s = stemCache.get(word);
  if (s === undefined) {
    s = stemUncached(word);
    if (stemCache.size >= STEM_CACHE_LIMIT) stemCache.clear();
    stemCache.set(word, s);
  }
  return s;
}

/**
 * Calls `visit` with each word token of normalized text, in order, stop words kept. A scan over
 * char codes: ASCII decides by range, anything else by the Unicode letter/mark/digit classes.
 */
export function forEachToken(text: string, visit: (word: string) => void): void {
  const s = normalizeText(text);
  let start = -1;
  for (let i = 0; i <= s.length; i++) {
    const c = i < s.length ? s.charCodeAt(i) : 32;
    const inWord =
      c < 128
        ? (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90)
        : WORD_CHAR.test(s[i] as string) || isSurrogateWordChar(s, i);
    if (inWord) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      visit(s.slice(start, i));
      start = -1;
    }
  }
}

// Astral-plane letters (rare) arrive as surrogate pairs; classify the pair, keep both halves.
function isSurrogateWordChar(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff) return WORD_CHAR.test(s.slice(i, i + 2));
  if (c >= 0xdc00 && c <= 0xdfff) return i > 0 && WORD_CHAR.test(s.slice(i - 1, i + 1));
  return false;
}

/** Raw word tokens of normalized text, stop words kept (phrase matching needs positions). */
export function tokenize(text: string): string[] {
  const out: string[] = [];
  forEachToken(text, (w) => out.push(w));
  return out;
}

/**
 * Index term for a word token, or undefined for a stop word. Not cached: the index builder calls
 * it once per distinct word and keeps its own map, and a corpus's whole vocabulary in the shared
 * cache would make every question's lookups slower.
 */
export function termOf(word: string): string | undefined {
  return STOP_WORDS.has(word) ? undefined : stemUncached(word);
}

const NEGATION_IRREGULAR = /\b(ca|wo|sha)n['\u2019]t\b/gi;
const NEGATION = /n['\u2019]t\b/gi;
const CLITIC = /['\u2019](?:re|ve|ll|d|m)\b/gi;

/**
 * A question's contractions spelled out and its clitics dropped ("didn't" → "did not", "they're"
 * → "they"), so that they do not become index terms of their own ("didn", "t", "re"): a lone "t"
 * would otherwise pull up every ITU-T passage. The possessive "'s" stays: dropping it measured
 * slightly worse on SciFact and WCIT. The coverage decision reads a question's terms through it
 * too (answer/terms.ts): "I've seen a figure…" had "ve" as a word the corpus lacks.
 */
export function withoutClitics(text: string): string {
  if (!text.includes("'") && !text.includes("\u2019")) return text;
  return text
    .replace(NEGATION_IRREGULAR, (_, stem: string) =>
      stem.toLowerCase() === "ca"
        ? "can not"
        : stem.toLowerCase() === "wo"
          ? "will not"
          : "shall not",
    )
    .replace(NEGATION, " not")
    .replace(CLITIC, "");
}

/** Text → index terms: tokenized, stop words dropped, Porter-stemmed. */
export function analyze(text: string): string[] {
  const out: string[] = [];
  forEachToken(text, (word) => {
    if (!STOP_WORDS.has(word)) out.push(stem(word));
  });
  return out;
}
