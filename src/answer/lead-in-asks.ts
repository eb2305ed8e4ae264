// A lead-in before a colon or a dash that says what kind of answer is wanted ("two numbers for the
// europe box:", "dates for the prep timeline -", "names for the people slide:"), then two or three
// noun phrases, each an ask with no question word of its own ("CEPT's member count, and the tally
// of late signers the NGO commentator gives"). `splitAsks` cuts no ask there (nothing after the
// comma opens as a question), so the question was judged as one ask whose words no one passage
// holds, and refused. Read here as asks of their own, each given the question the lead-in's kind
// word stands for (`leadInAsks`), for `byEachAsk` to judge each alone.

import { ASKING_OPENING, ASKING_WORD } from "../search/question-lead-ins.ts";
import { FORMAT_MODIFIER } from "../search/question-requests.ts";
import { alt, NUMBER_WORDS } from "../search/question-words.ts";
import { timelineEvents } from "./asks.ts";
import { isRequired } from "./key-term-roles.ts";
import type { KeyTerm } from "./terms.ts";

/**
 * The kind words of a lead-in and the question each stands for: a number ("numbers", "figures",
 * "counts", "totals", "tallies"), a date ("dates", "days", "months") or a person ("names",
 * "people"). Written before the noun phrase, each reads as a question asking that kind. With
 * each, the nouns an ask uses for the kind itself ("CEPT's member COUNT", "the TALLY of late
 * signers", "the DAY security first came up"): asked as the kind, no place states them, and a
 * passage giving "its 48 members" was judged not to cover "member count".
 */
const KIND_QUESTIONS: readonly (readonly [RegExp, string, RegExp])[] = [
  [
    /^(?:numbers?|figures?|counts?|totals?|tall(?:y|ies)|stats?)$/i,
    "how many is",
    /^(?:numbers?|figures?|counts?|totals?|tall(?:y|ies)|headcounts?|shares?|percentages?)$/i,
  ],
  [/^(?:dates?|days?|months?)$/i, "when was", /^(?:dates?|days?|months?)$/i],
  [/^(?:names?|people)$/i, "who is", /^names?$/i],
];

/**
 * The question a kind word stands for ("dates" → "when was", "tallies" → "how many is", "names"
 * → "who is"); undefined for any other word. Shared with item-asks.ts, where the kind word comes
 * after the items ("A and B: dates for each").
 */
export function kindQuestion(word: string): string | undefined {
  return KIND_QUESTIONS.find(([kind]) => kind.test(word))?.[1];
}

/** A count before the kind word ("two", "2", "a couple of"). */
const COUNT = `(?:\\d|${alt(Object.keys(NUMBER_WORDS))}|a couple of|a few)`;

/**
 * The lead-in: asker's words ("need", "quick"), a count, at most three words qualifying the kind
 * ("november '12"), the kind word, and at most a "for …" naming where the answer goes ("for the
 * europe box"); then a colon, or a dash between spaces, and the asks. The lead-in's words are no
 * ask's (the place they go is framing), but its qualifier is each ask's (`withQualifier`).
 */
const LEAD_IN = new RegExp(
  `^\\s*(?:(?:need|want|quick|pls|please|gimme|give me)\\s+)*(?:${COUNT}\\s+)?` +
    `((?:[^\\s:,]+\\s+){0,3}?)([\\p{L}]+)(?:\\s+for\\s+[^:,;?!–—-]{1,40}?)?(?:\\s+pls|\\s+please)?` +
    `\\s*(?::|\\s[-–—]\\s)\\s*(.+)$`,
  "iu",
);

/** A word for the answer's look or weight before the kind word ("key", "main", "the"). */
const LOOK = new RegExp(`^(?:${FORMAT_MODIFIER}|the|hard|headline)$`, "i");

/** Where one noun-phrase ask ends and the next begins: a comma, with "and", "plus" or "then". */
const ASK_BREAK = /\s*,\s*(?:(?:and|plus|then)\s+)?/i;

/** The fewest and most asks read one by one (more are a list's: named-items.ts). */
const MIN_ASKS = 2;
const MAX_ASKS = 3;

/**
 * The asks of a question opening on a lead-in that names the kind of answer wanted, each written
 * with that kind's question: "two numbers for the Europe box: CEPT's member count, and the tally
 * of late signers" → ["how many is CEPT's member", "how many is late signers"] (the nouns naming
 * the kind left out: `withoutKindNoun`).
 * Empty unless the lead-in holds one kind word and no question word, and the text after it splits
 * at commas into two or three noun phrases, none opening on a question word or an auxiliary or
 * holding a question word (an ask written out is `splitAsks`' to read).
 */
export function leadInAsks(question: string): string[] {
  const match = LEAD_IN.exec(question.trim());
  if (!match) return [];
  const [, qualifierText, kindWord, rest] = match as unknown as [string, string, string, string];
  const kind = KIND_QUESTIONS.find(([word]) => word.test(kindWord));
  if (kind === undefined) return [];
  const [, asked, kindNoun] = kind;
  // ("key dates", "the big numbers": a word for the answer's look qualifies no ask.)
  const qualifiers = qualifierText.split(/\s+/).filter((w) => w !== "" && !LOOK.test(w));
  if (qualifiers.some((w) => ASKING_WORD.test(w) || KIND_QUESTIONS.some(([kind]) => kind.test(w))))
    return [];
  const qualifier = qualifiers.join(" ");
  const phrases = rest
    .replace(/[\s?!.]+$/u, "")
    .split(ASK_BREAK)
    .map((p) => p.trim());
  if (phrases.length < MIN_ASKS || phrases.length > MAX_ASKS) return [];
  if (phrases.some((p) => p === "" || ASKING_OPENING.test(p) || ASKING_WORD.test(p))) return [];
  return phrases.map((p) => withQualifier(`${asked} ${withoutKindNoun(p, kindNoun)}`, qualifier));
}

/** An ask with the lead-in's qualifier after it: "when was X" and "november '12" → "when was X, november '12". */
function withQualifier(ask: string, qualifier: string): string {
  return qualifier === "" ? ask : `${ask}, ${qualifier}`;
}

/**
 * A phrase without the nouns naming the kind asked, with "the" before and "of" after each:
 * "the tally of late signers" → "late signers"; "CEPT's member count" → "CEPT's member". The
 * phrase as written where nothing else would be left.
 */
function withoutKindNoun(phrase: string, kindNoun: RegExp): string {
  const words = phrase.split(/\s+/);
  const kept: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    if (!kindNoun.test(word)) {
      kept.push(word);
      continue;
    }
    if (/^the$/i.test(kept[kept.length - 1] ?? "")) kept.pop();
    if (/^of$/i.test(words[i + 1] ?? "")) i++;
  }
  return kept.length > 0 ? kept.join(" ") : phrase;
}

/**
 * `leadInAsks`, unless the question is a series of events to date ("dates for the sender-pays
 * saga: ETNO tabling C-109, then CEPT's draft report throwing it out"): `timelineEvents` reads
 * those, and `byEvent` judges them event by event, each dating the act it names.
 */
export function leadInAsksBesideEvents(
  question: string,
  keyTermsFor: (text: string) => readonly KeyTerm[],
): string[] {
  const events = timelineEvents(question, (event) => keyTermsFor(event).some(isRequired));
  return events.length >= 2 ? [] : leadInAsks(question);
}
