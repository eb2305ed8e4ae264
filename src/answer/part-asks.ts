// Joined questions of two or three parts with one ask over them all, in the shapes pair44's sides
// and parts44's noun phrases left unread (join45): dated things set together by a tail ("did A, B
// and C all land in the same month", "A and B - same month? dates pls", "A, B and C - were all
// three in different years? dates pls"), and statements asked for their reasons at the end ("the
// czechs explained X, and kroes was still uneasy after Y - why, in each case", "…- what was each
// one's reasoning"). Each part gets its own ask (a date: "when was A"; a reason: "why A"), for
// `byEachAsk` (coverage-otherwise.ts) to judge alone: a part not covered leaves the whole
// question not covered. The tail itself (same month or not, which reason) is what the parts'
// facts answer when stated side by side; no place is asked to state a verdict over them.

import { OBJECT_PRONOUNS, POINTING_WORDS, pointingWords } from "../search/pointing-words.ts";
import { withoutShorthand } from "../search/question-shorthand.ts";
import { splitSentences } from "../text.ts";
import type { ScoredPassage } from "../types.ts";
import { carriesAnswer } from "./evidence.ts";
import { ITEM_BREAK, MAX_ITEMS } from "./naming-lead.ts";
import type { SidedAsks } from "./side-asks.ts";
import { type Analyze, containsTerm, type KeyTerm } from "./terms.ts";

/** A part is a name, a short phrase naming an act, or one clause: not a paragraph. */
const MAX_PART_WORDS = 14;
/** The least a stated part needs to tell something: a doer, a verb and what it did. */
const MIN_CLAUSE_WORDS = 3;

/** A piece that opens as a question of its own. */
export const QUESTION_OPENING = /^(?:what|which|who|whom|whose|when|where|why|how)\b/i;
const words = (text: string) => text.split(/\s+/).filter((w) => w !== "");
/** A piece without the joining punctuation before it and the closing punctuation after it. */
export const clean = (text: string) =>
  text
    .replace(/^[\s,;:]+/u, "")
    .replace(/[\s?!.,;:]+$/u, "")
    .trim();

/**
 * A comparison of dates: "same month", "different years", "a few weeks apart", or one date they
 * are all asked to fall in ("all land in november 2012"). A tail over the parts that asks only
 * this is answered by each part's date, stated; no verdict over them is given.
 */
const DATES_SET_TOGETHER =
  /\b(?:same|different|separate)\s+(?:day|week|month|year)s?\b|\b(?:days?|weeks?|months?|years?)\s+apart\b|\b(?:in|by|during)\s+(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\s+)?(?:'\d\d|\d{4})\b/i;
/**
 * The words a tail comparing dates is made of besides the comparison: pronouns for the parts,
 * counts of them, verbs of taking place, and the asker's request for the dates ("dates pls").
 */
const DATE_TAIL_WORD =
  /^(?:were|was|are|is|did|do|does|they|those|these|them|it|all|any|two|three|both|of|in|at|the|a|few|couple|same|different|separate|days?|weeks?|months?|years?|apart|or|not|each|dates?|pls|please|plz|need|give|gimme|me|exact|rough|thx|thanks|land|landed|fall|fell|happen|happened|come|came|out|go|went|sit|sat)$/i;

/** Where named parts and the one ask over them meet: a colon, a semicolon or a spaced dash. */
const JOIN = /^\s*([^:;?!]+?)\s*(?::|;|\s[-–—]\s|\s?[–—]\s?)\s*(.+?)\s*$/u;

/**
 * "did A, B and C all land in the same month", "were A and B all in different years": the parts
 * are the subject before "all", the rest a comparison of their dates. Group 1 the parts, group 2
 * the rest.
 */
const ALL_AT_ONE_TIME =
  /^\s*(?:so\s+|ok\s+)?(?:did|were|was|are|do)\s+(.+?)\s+all(?:\s+(?:two|three|of\s+them))?\s+(.+)$/i;

/** A month or a year in a tail's date ("november", "2012", "'12"). */
const DATE_WORD = /^(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*|'?\d{2,4})$/i;

/** Whether a tail asks only how the parts' dates compare, and their dates. */
function comparesDatesOnly(tail: string): boolean {
  const wordsOfTail = words(tail.replace(/[?!.,]/g, " "));
  return (
    DATES_SET_TOGETHER.test(tail) &&
    wordsOfTail.every((w) => DATE_TAIL_WORD.test(w) || DATE_WORD.test(w))
  );
}

/** Parts as asks written with `question` before each, or undefined where a part is no part. */
function partsAsked(question: string, parts: readonly string[], asClauses = false) {
  const trimmed = parts.map(clean);
  if (trimmed.length < 2 || trimmed.length > MAX_ITEMS) return undefined;
  const least = asClauses ? MIN_CLAUSE_WORDS : 1;
  const fits = (part: string) =>
    words(part).length >= least &&
    words(part).length <= MAX_PART_WORDS &&
    !QUESTION_OPENING.test(part);
  if (!trimmed.every(fits)) return undefined;
  return { items: trimmed, asks: trimmed.map((part) => `${question} ${part}?`) };
}

/**
 * Two or three dated things set together by a comparison of their dates, before the parts ("did
 * A, B and C all land in the same month") or after them ("A and B - same month? dates pls"):
 * "when was A?", "when was B?", ….
 */
export function datesOfParts(question: string): SidedAsks | undefined {
  const all = ALL_AT_ONE_TIME.exec(question);
  if (all && comparesDatesOnly(all[2] as string))
    return partsAsked("when was", (all[1] as string).split(ITEM_BREAK));
  const joined = JOIN.exec(question);
  if (!joined || !comparesDatesOnly(joined[2] as string)) return undefined;
  return partsAsked("when was", (joined[1] as string).split(ITEM_BREAK));
}

/**
 * The dates asked first, then the parts, with nothing asked after them (join46): "exact dates for
 * A, B and C", "give me the dates of A and B", "can i get the dates for A and B", "what dates were
 * A and B", "what were the dates of A and B". A chat lead may come before a spaced dash ("late '12
 * timeline check - dates for A and B pls"); "pls" or thanks may close it. Group 1 the parts.
 */
const DATES_THEN_PARTS = new RegExp(
  String.raw`^\s*(?:[^:;?!\s][^:;?!]{0,60}?\s[-–—]\s+)?` +
    String.raw`(?:(?:need|want|give\s+me|gimme|can\s+i\s+(?:get|have)|could\s+i\s+(?:get|have)|pls|please|quick)\s+)*` +
    String.raw`(?:what\s+(?:were|are)\s+)?(?:the\s+)?(?:(?:exact|rough|precise|actual)\s+)?dates?\s+` +
    String.raw`(?:(?:were|are)\s+)?(?:for|of|on)\s+(?!each\b|both\b|the\s+(?:pair|two|three)\b)(.+?)` +
    String.raw`(?:\s+(?:pls|please|plz|thx|thanks))?\s*[?.!]*\s*$`,
  "iu",
);
/** "what dates were A and B": the parts after the verb. Group 1 the parts. */
const WHAT_DATES_WERE =
  /^\s*(?:so\s+|ok\s+)?what\s+(?:dates?|days?)\s+(?:were|was|are|is)\s+(.+?)(?:\s+(?:pls|please|plz|thx|thanks))?\s*[?.!]*\s*$/iu;
/**
 * "when did A and B come out", "when were A and B held": the parts are the subject of one verb of
 * taking place, and nothing follows it. Group 1 the parts. Not "each" or any other ask after the
 * verb ("when did A and B each set out their line" names an act of each, not a date of each thing).
 */
const WHEN_PARTS_TOOK_PLACE =
  /^\s*(?:so\s+|ok\s+)?when\s+(?:did|were|was)\s+(.+?)\s+(?:come\s+out|land|happen|take\s+place|go\s+in|get\s+(?:filed|issued|published|adopted|introduced)|held|filed|issued|published|adopted|introduced|out)(?:\s+(?:exactly|pls|please))?\s*[?.!]*\s*$/iu;

/**
 * What the parts may not hold: a colon or semicolon (a lead-in before a series, "dates for the
 * prep timeline: A, and B", `timelineEvents`' and `leadInAsks`' to read) or a relative word (one
 * thing told by a clause, "the 88 conference that rolled the telegraph and telephone regs into one
 * treaty", whose "and" parts nothing).
 */
const CLAUSE_IN_PARTS = /[:;]|\b(?:that|which|who|whom|whose|where|when|while)\b/i;

/**
 * Two or three things whose dates are asked, the dates asked first and no ask after the parts
 * ("exact dates for A, B and C") or the parts the subject of one verb of taking place ("when did
 * A and B come out"): "when was A?", "when was B?", …. Each part is a thing, so none may be
 * written as a clause of its own (`partsAsked`).
 */
export function datesAskedOfParts(question: string): SidedAsks | undefined {
  const m =
    DATES_THEN_PARTS.exec(question) ??
    WHAT_DATES_WERE.exec(question) ??
    WHEN_PARTS_TOOK_PLACE.exec(question);
  const parts = m?.[1];
  if (parts === undefined || CLAUSE_IN_PARTS.test(parts)) return undefined;
  return partsAsked("when was", parts.split(ITEM_BREAK));
}

/**
 * `datesOfParts`' and `datesAskedOfParts`' asks, marked as asking each part's date
 * (`partDatedThere` checks them).
 */
function datedParts(question: string): SidedAsks | undefined {
  const parts = datesOfParts(question) ?? datesAskedOfParts(question);
  return parts && { ...parts, dated: true };
}

/**
 * A sentence that goes on about what the sentence before it named: "It was opened for signature in
 * Budapest on 23 November 2001" dates the Convention named before; "He acknowledged that TD-64 had
 * leaked" tells more of Touré's statement dated the sentence before. The sentence opens on the
 * word (pointing-words.ts), so not on an object form ("them", "him"), which opens none; or on
 * "the" and a noun standing for a body or a text named before.
 */
const POINTS_BACK = new RegExp(
  String.raw`^(?:${pointingWords(POINTING_WORDS, OBJECT_PRONOUNS)}|the\s+(?:group|body|document|text|paper|proposal|resolution|meeting|conference))\b`,
  "i",
);
/** Words of a part that ask its date, not name it ("when did X", "when was X"). */
const ASKING_WORDS =
  /^\s*(?:so\s+|ok\s+)?(?:when|what\s+(?:date|day|month|year))(?:\s+(?:did|was|were|is|does|do))?\s+/i;
/** A two-digit number typed for a year ("the '88 regs", "early '13"): the year's last digits. */
const CLIPPED = /^\d\d$/;

/**
 * Each dated sentence of a passage with what it is read with: the sentence before where it points
 * back, the sentences after it that go on about it, the passage's heading and its document's title.
 * A heading that gives a date ("Sign-on letter (September 2012)") is read with the paragraph's
 * first sentence, which tells what it heads ("CDT circulated a letter…").
 */
function datedContexts(passage: ScoredPassage, analyzeText: Analyze): Set<string>[] {
  const sentences = splitSentences(passage.passage.text).map(({ text }) => text.trim());
  const heading = passage.passage.sectionPath.join(" ");
  const around = analyzeText(`${heading} ${passage.document.title}`);
  const headed = heading !== "" && (sentences[0] ?? "").startsWith(heading);
  const goesOn = (i: number) => POINTS_BACK.test(sentences[i] ?? "") || (i === 1 && headed);
  const contexts: Set<string>[] = [];
  for (const [i, text] of sentences.entries()) {
    if (!carriesAnswer(text, "date")) continue;
    const read = [text, POINTS_BACK.test(text) ? (sentences[i - 1] ?? "") : ""];
    for (let next = i + 1; goesOn(next); next++) read.push(sentences[next] ?? "");
    contexts.push(new Set([...analyzeText(read.join(" ")), ...around]));
  }
  return contexts;
}

/** How rare a written word of a part must be, against its rarest, to name it (`partNamedThere`). */
const RARE_SHARE = 0.5;

/**
 * The part's name: its numbers, its words of three letters or more, and the heaviest of its key
 * terms that its passage writes (the one fewest places write: "Obama" of "obama picking kramer to
 * lead the us delegation", where the paragraph names Obama). A term the passage does not write
 * is the asker's own wording ("circulated", "same month"), not the name the place gives it.
 * `nameUnwritten`: the place writes none of the part's rare words the corpus has.
 */
function nameOfPart(
  part: string,
  keyTerms: readonly KeyTerm[],
  written: ReadonlySet<string>,
  analyzeText: Analyze,
) {
  // (Read with its shorthand written out, as the question's key terms were: "res 127 going in on
  // the hill" is named by "Congress" where note 10 dates the bill, not by Richard Hill's name.)
  const terms = new Set(
    analyzeText(withoutShorthand(part.replace(ASKING_WORDS, ""))).filter(
      (t) => t.length >= 3 || /\d/.test(t),
    ),
  );
  const own = keyTerms.filter(
    (k) => terms.has(k.term) && !/\d/.test(k.term) && containsTerm(written, k),
  );
  const heaviestOf = (ks: readonly KeyTerm[]) =>
    ks.reduce<KeyTerm | undefined>(
      (best, k) => (best === undefined || k.weight > best.weight ? k : best),
      undefined,
    );
  const heaviest = heaviestOf(own);
  // (The part's rare words the corpus has, written or not: where the place writes none of them
  // nearly as rare as the rarest, the part lives elsewhere, "brazil put in its own proposal"
  // beside a paragraph dating India's that writes only "proposal".)
  const seen = keyTerms.filter(
    (k) => terms.has(k.term) && !/\d/.test(k.term) && k.unseen !== true && k.generic !== true,
  );
  const rarest = heaviestOf(seen);
  const rareWritten = seen.some(
    (k) => k.weight >= (rarest?.weight ?? 0) * RARE_SHARE && containsTerm(written, k),
  );
  return {
    numbers: [...terms].filter((t) => /\d/.test(t)),
    words: [...terms].filter((t) => !/\d/.test(t)),
    heaviest,
    nameUnwritten: rarest !== undefined && !rareWritten,
  };
}

/**
 * Whether the passage covering a part asked for its date holds a sentence that gives a date and
 * names the part (read with the sentences that go on about it, its heading and its document's
 * title): every number of the part's name ("62" of "td-62", "21" of "doc 21"; a two-digit one
 * may be a year's last digits, "'88" of "1988"), one more of its words, and its heaviest key term
 * the corpus has (`keyTerms`, the part's ask's own). A noun phrase asks no verb, so the one-ask
 * checks ask no act to be dated (window-act-date.ts): "when was brazil's own proposal?" passed on a
 * paragraph that dates the Budapest Convention and says elsewhere that Brazil stayed out of it.
 * One common word is not naming (trust47): "obama picking kramer to lead the us delegation" shares
 * only "Kramer" with "In November 2012 Kramer, in a speech…", which dates a speech, while the
 * sentence that tells the choice and names Obama gives no date. Where no sentence naming the part
 * gives a date, the place does not date it.
 */
export function partDatedThere(
  part: string,
  passage: ScoredPassage | undefined,
  analyzeText: Analyze,
  keyTerms: readonly KeyTerm[] = [],
): boolean {
  if (passage === undefined) return false;
  const written = new Set(
    analyzeText(
      `${passage.passage.sectionPath.join(" ")} ${passage.document.title} ${passage.passage.text}`,
    ),
  );
  const { numbers, words, heaviest } = nameOfPart(part, keyTerms, written, analyzeText);
  return datedContexts(passage, analyzeText).some((said) => {
    const saidNumber = (n: string) =>
      said.has(n) || (CLIPPED.test(n) && [...said].some((t) => /^\d{4}$/.test(t) && t.endsWith(n)));
    const named = words.length === 0 || words.some((t) => said.has(t));
    return (
      named && numbers.every(saidNumber) && (heaviest === undefined || containsTerm(said, heaviest))
    );
  });
}

/**
 * Whether the passage writes the part's rarest name the corpus has (its heaviest key term neither
 * unseen nor common, `keyTerms` the part's ask's own), in its text, heading or document title.
 * `partDatedThere` seeks the part's name only among the words the place writes, so that an
 * asker's own wording does not refuse a place that dates the part; a place covering a whole
 * question also needs its ends' names: "how many weeks after india's doc 21 did brazil put in its
 * own wcit proposal" is covered whole by the paragraph dating Document 21 under a title naming
 * proposals, and "brazil" is written only in another note.
 */
export function partNamedThere(
  part: string,
  passage: ScoredPassage,
  analyzeText: Analyze,
  keyTerms: readonly KeyTerm[],
): boolean {
  const written = new Set(
    analyzeText(
      `${passage.passage.sectionPath.join(" ")} ${passage.document.title} ${passage.passage.text}`,
    ),
  );
  return !nameOfPart(part, keyTerms, written, analyzeText).nameUnwritten;
}

/**
 * A tail asking the reason of each part and nothing else: "why, in each case", "what was the
 * reasoning each time", "what was each one's reasoning", "what's each one's actual reason".
 */
const REASON_WORD = /\b(?:why|reasons?|reasoning|rationale|thinking)\b/i;
const EACH_PART = /\b(?:each|both)\b/i;
const REASON_TAIL_WORD =
  /^(?:why|what|what's|whats|was|were|is|are|the|reasons?|reasoning|rationale|thinking|behind|in|each|case|time|one|one's|ones|both|of|them|their|it|for|actual|actually|exactly|pls|please|then)$/i;

/** Whether a tail asks the reason of each part, in words of nothing else. */
function asksReasonOfEach(tail: string): boolean {
  const wordsOfTail = words(tail.replace(/[?!.,]/g, " ").replace(/’/g, "'"));
  return (
    REASON_WORD.test(tail) &&
    EACH_PART.test(tail) &&
    wordsOfTail.every((w) => REASON_TAIL_WORD.test(w))
  );
}

/**
 * A clause that leaves its act to the clause before it ("and so did cdt's paper", "and the eu
 * did too"): a reason asked of it alone names no act, so the question is not read.
 */
const ELLIPTICAL =
  /^(?:so|neither|nor)\s+(?:did|does|do|was|were|is|are|has|have|had)\b|\b(?:did|does|do|was|were|is|are|has|have|had)\s+(?:too|as\s+well)$/i;

/** Where one stated part ends and the next begins: a comma or semicolon with "and", "yet", "but". */
const CLAUSE_BREAK = /\s*[,;]\s*(?:and|yet|but|while|whereas)\s+|\s*;\s*/i;

/**
 * Two or three things told as statements, then a tail asking the reason of each ("the czechs
 * explained X, and kroes was still uneasy after Y - why, in each case"): "why A?", "why B?".
 * A lead that asks on its own (a question word first) is `splitAsks`' to read.
 */
export function reasonsOfParts(question: string): SidedAsks | undefined {
  const joined = JOIN.exec(question);
  if (!joined || !asksReasonOfEach(joined[2] as string)) return undefined;
  const lead = joined[1] as string;
  if (QUESTION_OPENING.test(lead.trim())) return undefined;
  const parts = lead.split(CLAUSE_BREAK).map(clean);
  if (parts.some((part) => ELLIPTICAL.test(part))) return undefined;
  return partsAsked("why", parts, true);
}

/** The asks of a joined question of two or three parts (see the head of this file). */
export function partAsks(question: string): SidedAsks | undefined {
  return datedParts(question) ?? reasonsOfParts(question);
}
