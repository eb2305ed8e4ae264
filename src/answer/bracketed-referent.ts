// An answer's sentence pointing back by "this/these X" at nothing the answer states ("…wrote to
// Touré and the Chair that these comments had no formal standing…" with no comments named) shows,
// in square brackets in place of X, the words its passage names X with before it: "these
// [comments to the ITU's wcit-public list]" (issue #12: never a sentence whose referent is not in
// the answer). The bracket is the quoter's usual mark for words put into a quotation; its words
// are one stretch of the same passage (the sentences before it in its paragraph, or the paragraph
// before where it opens its paragraph), in their order, X among them, so nothing is said that the
// source does not say. orph41 left such sentences out and orph42 quoted the sentence before them:
// both changed which sentences an answer holds; this changes none.
import { analyze } from "../search/analyze.ts";
import { splitSentences, stripTrailingMarkers } from "../text.ts";
import type { Passage, ScoredPassage } from "../types.ts";
import { type ShownAnswer, type ShownOrphan, shownOrphans } from "./orphan-count.ts";
import { displaySentence, isFragment } from "./sentences.ts";

/** Words a noun phrase stops at going back from its noun: function words, quantifiers, pointers. */
const BEFORE_NOUN_STOP = new Set(
  `is was are were be been being has had have would will could can should may might must did does do
  of in on at to for from by with as and or but that which who whom whose what when where why how
  not no without against about into over under after before between through during within across
  the a an its it their his her our this these those such than then so if also only even just
  several many some all any each every both few more most other one two three four five`.split(
    /\s+/,
  ),
);

/** Prepositions whose phrase after a noun tells which X ("comments to the ITU's list"). */
const AFTER_NOUN_PREPOSITION = /^\s+(to|on|of|for|about|from)\s+/;

/** Words the phrase after a noun's preposition may hold though they end a noun phrase. */
const ARTICLES = new Set(["the", "a", "an"]);

/** At most this many words are read before a noun and after its preposition: one noun phrase. */
const MODIFIER_WORDS = 3;
const PREPOSITION_WORDS = 5;

/** The answer's text with each orphan's "X" given the passage's fuller words for it, in brackets. */
export function withBracketedReferents(
  answer: ShownAnswer,
  question: string,
  passageById: (id: string) => Passage | undefined,
): string {
  let text = answer.text;
  // Last first, so that the offsets of the earlier sentences still hold.
  for (const orphan of shownOrphans(answer, question).reverse()) {
    const named = orphan.source && referentWords(orphan, orphan.source, passageById);
    if (named === undefined) continue;
    const sentence = text.slice(orphan.start, orphan.end);
    const bracketed = bracketPhrase(sentence, orphan, named);
    if (bracketed !== undefined) {
      text = text.slice(0, orphan.start) + bracketed + text.slice(orphan.end);
    }
  }
  return text;
}

/** The sentence with its "this/these X" read as "this/these [named]"; undefined if not found. */
function bracketPhrase(sentence: string, orphan: ShownOrphan, named: string): string | undefined {
  const words = orphan.phrase.words.map(escapeRegExp).join("\\s+");
  const pointing = new RegExp(`\\b(this|these|those|such)\\s+${words}\\b`, "i");
  const m = pointing.exec(sentence);
  if (m === null) return undefined;
  const bracketed = `${m[1]} [${named}]`;
  return sentence.slice(0, m.index) + bracketed + sentence.slice(m.index + m[0].length);
}

/**
 * The words naming the orphan's X before it: in the nearest sentence before it in its paragraph
 * that names X's noun, or, where it opens its paragraph, in the paragraph before (when that was
 * read); undefined where none names it, or names it with no word more than X's own.
 */
function referentWords(
  orphan: ShownOrphan,
  source: { scored: ScoredPassage; index: number },
  passageById: (id: string) => Passage | undefined,
): string | undefined {
  const noun = orphan.phrase.words[orphan.phrase.words.length - 1];
  if (noun === undefined) return undefined;
  const spans = splitSentences(source.scored.passage.text)
    .map((s) => s.text)
    .filter((s) => !isFragment(s));
  const own = spans.findIndex((s) => displayOf(s) === orphan.display);
  const before = spans.slice(0, Math.max(own, 0));
  const earlier = before.length > 0 ? before : paragraphBefore(source.scored.passage, passageById);
  for (const s of [...earlier].reverse()) {
    const named = nounPhrase(displayOf(s), noun);
    if (named === undefined) continue;
    const more = analyze(named).filter((t) => !analyze(orphan.phrase.words.join(" ")).includes(t));
    return more.length > 0 ? named : undefined;
  }
  return undefined;
}

/** The usable sentences of the passage before `passage` in its document, if there is one. */
function paragraphBefore(
  passage: Passage,
  passageById: (id: string) => Passage | undefined,
): string[] {
  const previous = passageById(`${passage.documentId}:${passage.ordinal - 1}`);
  if (previous === undefined || previous.documentId !== passage.documentId) return [];
  return splitSentences(previous.text)
    .map((s) => s.text)
    .filter((s) => !isFragment(s));
}

/**
 * The noun phrase of `sentence` ending at its last mention of `noun` (the same index term, so
 * "document" names "documents"): up to three words before it, neither function words nor
 * quantifiers nor participles ("filed comments" gives "comments"), then a parenthesis right after
 * it ("(TDs)") and one prepositional phrase ("to the ITU's wcit-public list"). Undefined where the
 * sentence does not name the noun, or names it only by pointing back itself.
 */
function nounPhrase(sentence: string, noun: string): string | undefined {
  const [stem] = analyze(noun);
  const tokens = [...sentence.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)];
  for (let i = tokens.length - 1; i >= 0; i--) {
    const token = tokens[i] as RegExpMatchArray;
    if (analyze(token[0])[0] !== stem || stem === undefined) continue;
    const previous = tokens[i - 1]?.[0].toLowerCase();
    if (previous && /^(this|these|those|such)$/.test(previous)) return undefined;
    const start = modifiersStart(sentence, tokens, i);
    const end = phraseEnd(sentence, (token.index as number) + token[0].length);
    return sentence.slice(start, end);
  }
  return undefined;
}

/** Where the words before token `i` that modify it start (`i`'s own start where none do). */
function modifiersStart(sentence: string, tokens: RegExpMatchArray[], i: number): number {
  let start = tokens[i]?.index as number;
  for (let j = i - 1; j >= 0 && i - j <= MODIFIER_WORDS; j--) {
    const token = tokens[j] as RegExpMatchArray;
    const end = (token.index as number) + token[0].length;
    const word = token[0].toLowerCase();
    if (sentence.slice(end, start) !== " ") break;
    if (BEFORE_NOUN_STOP.has(word) || /ed$/.test(word)) break;
    start = token.index as number;
  }
  return start;
}

/** Where the noun phrase ending at `end` ends, with its parenthesis and prepositional phrase. */
function phraseEnd(sentence: string, end: number): number {
  let at = end;
  const parenthesis = /^\s*\([^()]{1,40}\)/.exec(sentence.slice(at));
  if (parenthesis) at += parenthesis[0].length;
  const preposition = AFTER_NOUN_PREPOSITION.exec(sentence.slice(at));
  if (!preposition) return at;
  // The words after the preposition, one space apart, up to a word ending a noun phrase.
  const rest = sentence.slice(at + preposition[0].length);
  const words = /^[\p{L}\p{N}][\p{L}\p{N}'’-]*(?: [\p{L}\p{N}][\p{L}\p{N}'’-]*)*/u.exec(rest);
  let reach = 0;
  let offset = 0;
  for (const [i, word] of (words?.[0].split(" ") ?? []).entries()) {
    const lower = word.toLowerCase();
    if (i >= PREPOSITION_WORDS || (BEFORE_NOUN_STOP.has(lower) && !ARTICLES.has(lower))) break;
    offset += (i > 0 ? 1 : 0) + word.length;
    if (!ARTICLES.has(lower)) reach = offset;
  }
  return reach > 0 ? at + preposition[0].length + reach : at;
}

/** A passage's sentence as an answer shows it. */
function displayOf(sentence: string): string {
  return displaySentence(stripTrailingMarkers(sentence).text);
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
