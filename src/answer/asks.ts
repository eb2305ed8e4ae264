// A question asking two things or more ("When did Russia file Document 27, and who drafted it?"):
// its asks as `splitAsks` reads them, the words each names that the others do not, and how a later
// ask's fact joins the answer.

import { LEADING_JOIN } from "../search/question-ask-joins.ts";
import { asksOnItsOwn, splitAsks } from "../search/question-asks.ts";
import { stripInstructions } from "../search/question-instructions.ts";
import type { Citation } from "../types.ts";
import { renumberCitations } from "./citations.ts";
import { isRequired } from "./key-term-roles.ts";
import { withOwnerThing } from "./owner-noun.ts";
import { leansOnPrevious } from "./sentences.ts";
import type { KeyTerm } from "./terms.ts";

/**
 * The asks of a question that each ask something (`asksOnItsOwn`), in order, without the joining
 * words or punctuation before them: "When did X leak, and what did he promise? bullets pls" →
 * ["When did X leak", "what did he promise?"]. A remark after the question ("? bullets") is no ask.
 * Fewer than two: the question asks one thing.
 */
export function ownAsks(question: string): string[] {
  const pieces = splitAsks(question);
  const asks = pieces.filter((piece, i) => i === 0 || asksOnItsOwn(piece));
  const written = asks.map((ask) => ask.replace(LEADING_JOIN, "").trim()).filter((a) => a !== "");
  // ("…, and who headed the UK's?" asks of the UK's delegation, the first ask's thing: owner-noun.ts.)
  const first = written[0] ?? "";
  return written.map((ask, i) => (i === 0 ? ask : withOwnerThing(first, ask)));
}

/**
 * The words an ask capitalises or writes as numbers past its first word, as analysed: the names
 * it asks about ("…, and how did India vote on it?" → "india"). A later ask's own words that are
 * no name ("…, or was there a lag?", "…how long did it survive?") are the asker's words for what a
 * place may say otherwise.
 */
export function namesOfAsk(ask: string, analyzeText: (text: string) => string[]): string[] {
  const words = ask.trim().split(/\s+/).slice(1).join(" ");
  const names = words.match(/(?<![\p{L}\p{N}])(?:\p{Lu}[\p{L}\p{N}'’-]*|\p{N}[\p{N}.,-]*)/gu);
  return (names ?? []).flatMap((w) => analyzeText(w));
}

/**
 * The words of each ask that no other ask of the question names: what that ask alone is about
 * ("ministry" of "who at the Russian ministry drafted it?" beside "When did Russia file Document
 * 27": "Russian" is Russia, which the other names). Its required nouns, names and numbers, and its
 * nouns the corpus never has ("ministry"); not its verbs or adjectives (a source words them its own
 * way), the corpus's topic words, everyday nouns used loosely, or the thing it asks for. None
 * where they weigh less than `DISTINCT_WEIGHT`: an ask whose own words are all but topic words
 * ("…accredited to sign the treaty") names nothing a place could be checked for; unless, with
 * `names` (each ask's `namesOfAsk`), one of them is a required name the ask writes ("the US").
 */
export function distinctTerms(
  asks: readonly KeyTerm[][],
  names?: readonly ReadonlySet<string>[],
): KeyTerm[][] {
  const forms = (k: KeyTerm) => [k.term, ...k.alternatives.map((a) => a.join(" "))];
  return asks.map((own, i) => {
    const others = new Set(asks.flatMap((terms, j) => (j === i ? [] : terms.flatMap(forms))));
    const distinct = own.filter(
      (k) =>
        !forms(k).some((f) => others.has(f)) &&
        (isRequired(k) || (k.unknown === true && !k.predicate && !k.familiar)) &&
        !k.asked &&
        !k.everyday,
    );
    const weight = distinct.reduce((sum, k) => sum + k.weight, 0);
    // (A required name the ask writes is checkable however common: "…- also which delegations
    // followed the US in saying they wouldn't sign?" beside a paragraph on Iran's vote.)
    const named = names?.[i];
    const namesOwn =
      named !== undefined && distinct.some((k) => isRequired(k) && named.has(k.term));
    return weight >= DISTINCT_WEIGHT || namesOwn ? distinct : [];
  });
}
/** Twice a topic word's weight: a word in under a seventh of the passages, or two topic words. */
const DISTINCT_WEIGHT = 2;

/** A cited answer's text and its citations (`[n]` markers numbered as `citations[].n`). */
export interface CitedText {
  text: string;
  citations: Citation[];
}

/**
 * A sentence of a cited answer with the markers after it: "…signed the Final Acts. [1][2]". Every
 * sentence of an extractive answer ends with its markers, so the answer is cut after each run of
 * them (not at full stops: "Resolution 146 (Rev. Bucharest, 2022)…" is one sentence).
 */
const CITED_SENTENCE = /[\s\S]*?(?:\s*\[\d+\])+/gu;
const MARKER = /\[(\d+)\]/g;
/** A cited answer's sentences, each with its markers. */
export const sentencesOf = (text: string): string[] =>
  (text.match(CITED_SENTENCE) ?? []).map((s) => s.trim()).filter((s) => s !== "");
/** A sentence as stated, without its markers. */
export const stated = (sentence: string) =>
  sentence.replace(MARKER, "").replace(/\s+/g, " ").trim();
/** A cited text's words as stated, its markers not counted. */
/**
 * The most words an answer runs to once a step adds an ask's own sentence to it
 * (ask-own-sentence.ts, ask-read-on.ts, proposer-sentence.ts): one length for them all.
 */
export const ASK_SENTENCE_ANSWER_WORDS = 160;

export const statedWordCount = (text: string) =>
  stated(text)
    .split(" ")
    .filter((w) => w !== "").length;

/**
 * The answers to a question's asks, one after another (`byEachAsk`), each sentence once and
 * with its citations renumbered across them: "…chaired the conference. [1] The result was 77 in
 * favour… [2]".
 */
export function joinedAnswers(parts: readonly CitedText[]): CitedText {
  const kept: string[] = [];
  const seen = new Set<string>();
  const citations: Citation[] = [];
  for (const part of parts) {
    const offset = citations.reduce((max, c) => Math.max(max, c.n), 0);
    for (const sentence of sentencesOf(part.text)) {
      if (seen.has(stated(sentence))) continue;
      seen.add(stated(sentence));
      kept.push(sentence.replace(MARKER, (_, n: string) => `[${Number(n) + offset}]`));
    }
    citations.push(...part.citations.map((c) => ({ ...c, n: c.n + offset })));
  }
  return renumberCitations(kept.join(" "), citations);
}

/** How a later ask's lead is added (`withLeadOf`). */
export interface LeadRule {
  /** The most words the answer may run to with it. */
  maxWords: number;
  /** Whether a sentence names what the ask alone names (`distinctTerms`). */
  namesAsk: (sentence: string) => boolean;
  /** Whether a sentence of the answer states nothing the question requires: it may make room. */
  filler: (sentence: string) => boolean;
}

/**
 * A later ask's own answer (`from`) leading with a sentence the answer so far (`to`) quotes, and
 * going on with one leaning on it, which `to` lacks: "Around 7–8 December a bloc text leaked." then
 * "It was listed as coming from Russia, the UAE…" for "…, and which countries were listed on the
 * bloc text that leaked?". The answer quoted the sentence naming what the ask is about and left
 * out the one stating what it asks. That sentence is put right after the one it leans on, with its
 * citation, where one of the two names what the ask alone names; to stay within the answer's
 * length, `to`'s last sentences that state nothing the question requires (never its first, nor one
 * the next leans on) make room, or nothing is added. (Adding an ask's first sentence wherever the answer lacked it added
 * sentences beside the point: "Only ITU members could see these documents." for "what was the doc
 * number?".)
 */
export function withLeadOf(to: CitedText, from: CitedText, rule: LeadRule): CitedText {
  const [first, next] = sentencesOf(from.text);
  if (first === undefined || next === undefined || !leansOnPrevious(stated(next))) return to;
  const kept = sentencesOf(to.text);
  const at = kept.findIndex((s) => stated(s) === stated(first));
  if (at < 0 || kept.some((s) => stated(s) === stated(next))) return to;
  if (!rule.namesAsk(stated(first)) && !rule.namesAsk(stated(next))) return to;
  const offset = to.citations.reduce((max, c) => Math.max(max, c.n), 0);
  const added = next.replace(MARKER, (_, n: string) => `[${Number(n) + offset}]`);
  kept.splice(at + 1, 0, added);
  const total = () => statedWordCount(kept.join(" "));
  for (let i = kept.length - 1; i > 0 && total() > rule.maxWords; i--) {
    const sentence = kept[i] as string;
    const leanedOn = i + 1 < kept.length && leansOnPrevious(stated(kept[i + 1] as string));
    if (sentence === added || stated(sentence) === stated(first) || leanedOn) continue;
    if (rule.filler(stated(sentence))) kept.splice(i, 1);
  }
  if (total() > rule.maxWords) return to;
  return renumberCitations(kept.join(" "), [
    ...to.citations,
    ...from.citations.map((c) => ({ ...c, n: c.n + offset })),
  ]);
}

/** Chooses the sentence of `from` to add after the answer's sentences (`kept`), or none. */
export type SentencePick = (
  kept: readonly string[],
  to: CitedText,
  from: CitedText,
  meets: (sentence: string) => number,
) => string | undefined;

/**
 * A reader adding to an answer (`to`) the sentence `pick` chooses from another reading (`from`),
 * its markers renumbered after the answer's, within the answer's length (`withinLength`).
 */
export function sentenceAdder(pick: SentencePick) {
  return (
    to: CitedText,
    from: CitedText,
    meets: (sentence: string) => number,
    rule: Omit<LeadRule, "namesAsk">,
  ): CitedText => {
    const kept = sentencesOf(to.text);
    const found = pick(kept, to, from, meets);
    if (found === undefined) return to;
    const offset = to.citations.reduce((max, c) => Math.max(max, c.n), 0);
    const added = found.replace(MARKER, (_, n: string) => `[${Number(n) + offset}]`);
    kept.push(added);
    return withinLength(kept, [added], to, from, { ...rule, namesAsk: () => false });
  };
}

/**
 * A later ask naming nothing of its own ("…, and when did it hold its second meeting?"), whose own
 * answer (`from`) holds a sentence meeting more of the ask's words than any sentence of the
 * answer (`to`), two at least, from a passage the answer cites: that sentence is added after the
 * answer, within its length (`withinLength`). The answer quoted the paragraph cut to the first
 * ask's sentences; the one answering the later ask names none of the question's required words.
 */
export const withAskSentence = sentenceAdder((kept, to, from, meets) => {
  const most = Math.max(0, ...kept.map((s) => meets(stated(s))));
  const cited = new Set(to.citations.map((c) => c.passageId));
  const passageOf = (s: string) =>
    from.citations.find((c) => c.n === Number(/\[(\d+)\]/.exec(s)?.[1]))?.passageId;
  const found = sentencesOf(from.text).find((s) => {
    const met = meets(stated(s));
    return met >= 2 && met > most && !leansOnPrevious(stated(s)) && cited.has(passageOf(s) ?? "");
  });
  if (found === undefined || kept.some((k) => stated(k) === stated(found))) return undefined;
  return found;
});

/**
 * An ask's sentence (`from`: the ask's own answer read from the one passage naming what the answer
 * leaves unnamed) added after the answer (`to`), within its length (`withinLength`): the sentence
 * meeting most of the ask's words (`meets`), two at least, not already in the answer. The answer
 * was the place best covering the question as a whole, read on through that place, and the ask's
 * own place went unquoted: "Moscow wouldn't sign up to Budapest - what reason did it give, and what
 * did its minister push for at Busan" answered with Busan's paragraph alone.
 */
export const withUnmetAskSentence = sentenceAdder((kept, _to, from, meets) => {
  const has = new Set(kept.map(stated));
  let found: string | undefined;
  let most = 1;
  for (const s of sentencesOf(from.text)) {
    const met = meets(stated(s));
    if (met > most && !has.has(stated(s))) [found, most] = [s, met];
  }
  return found;
});

/**
 * How many of an ask's words a sentence added for its date, count or doer must meet. Two are
 * often a name and a common word the sentence uses in passing, beside a date or count of another
 * act ("…the Council adopted Resolution 1312, which set up…" for who set up a leak site): added on
 * two, about half of the sentences the tuning half gained were off the ask. Three tie the
 * sentence's figure to the ask.
 */
export const TYPED_SENTENCE_MIN_MET = 3;

/**
 * How many of an ask's words a sentence added for its date, count or doer must meet where one of
 * its clauses ties them to that date, count or doer (`givesAskInClause`, typed-clause.ts): the
 * figure is then the one the ask's words govern, not another act's beside them in passing.
 */
export const TYPED_TIED_MIN_MET = 2;

/**
 * How many of an ask's words a sentence the answer already quotes must meet, while giving the
 * ask's kind of answer (a date, a count, a doer), for the ask to be taken as answered, so that no
 * sentence is added for it (`answerMeets`, `withTypedAskSentence`). One is too few: it is often
 * the name the whole question turns on, which the answer's sentences name beside another act's
 * date or count (sel40). Two, not `TYPED_SENTENCE_MIN_MET`'s three: the answer's sentences were
 * chosen for the question's words already, and a sentence is added only where the answer lacks
 * the ask's value, not to give it a second time.
 */
export const TYPED_ANSWERED_MIN_MET = 2;

/** Whether a sentence of an answer meets `least` of an ask's words (`meets`). */
export const answerMeets = (answer: CitedText, meets: (s: string) => number, least: number) =>
  sentencesOf(answer.text).some((s) => meets(stated(s)) >= least);

/**
 * An ask's sentence giving what it asks for (`meets` counting the ask's words only in a sentence
 * carrying its kind of answer: a date, a count, a doer), read from the ask's own reading (`from`),
 * added where no sentence of the answer (`to`) carries that kind of answer beside
 * `TYPED_ANSWERED_MIN_MET` of the ask's words: the one meeting most of them,
 * `TYPED_SENTENCE_MIN_MET` at least, not already in the answer and not leaning on a sentence
 * before it. The answer read the place best covering the question as a whole, whose
 * sentences name the ask's words in passing ("During the Dubai conference the House also
 * passed…" for "what dates did the Dubai conference run") without its date or count.
 */
export const withTypedAskSentence = sentenceAdder((kept, _to, from, meets) => {
  if (kept.some((s) => meets(stated(s)) >= TYPED_ANSWERED_MIN_MET)) return undefined;
  const has = new Set(kept.map(stated));
  let found: string | undefined;
  let most = TYPED_TIED_MIN_MET - 1;
  for (const s of sentencesOf(from.text)) {
    const met = meets(stated(s));
    if (met > most && !has.has(stated(s)) && !leansOnPrevious(stated(s))) [found, most] = [s, met];
  }
  return found;
});

/**
 * An answer's sentences (`kept`, `to`'s with `added` from `from`, citations offset) within
 * `rule.maxWords`: its last sentences stating nothing the question requires (`rule.filler`)
 * make room, never its first, one added or one the next leans on; `to` unchanged where that is
 * not room enough.
 */
function withinLength(
  kept: string[],
  added: readonly string[],
  to: CitedText,
  from: CitedText,
  rule: LeadRule,
): CitedText {
  const keep = new Set(added.map(stated));
  const total = () => statedWordCount(kept.join(" "));
  for (let i = kept.length - 1; i > 0 && total() > rule.maxWords; i--) {
    const sentence = kept[i] as string;
    const leanedOn = i + 1 < kept.length && leansOnPrevious(stated(kept[i + 1] as string));
    if (keep.has(stated(sentence)) || leanedOn) continue;
    if (rule.filler(stated(sentence))) kept.splice(i, 1);
  }
  if (total() > rule.maxWords) return to;
  const offset = to.citations.reduce((max, c) => Math.max(max, c.n), 0);
  return renumberCitations(kept.join(" "), [
    ...to.citations,
    ...from.citations.map((c) => ({ ...c, n: c.n + offset })),
  ]);
}

/**
 * The events a request for dates sets out after its colon, each to be dated (dates23): "Need dates
 * for a timeline: Russia's Doc 27 going in and getting revised, then the bloc rewrite leaking and
 * being taken off the table" → ["Russia's Doc 27 going in and getting revised", "the bloc rewrite
 * leaking and being taken off the table"]; "prep timeline…: Antalya, the Council working group,
 * Guadalajara, the July 2012 Council" → four. The series is cut at commas, semicolons and "and then",
 * not at a bare "and", which joins the acts of one event ("going in and getting revised"); an
 * event naming nothing of its own ("its rewrite") is read with the one before it. Fewer than two,
 * or none when the request asks no dates (`DATES_ASKED`) or sets out no series after a colon.
 */
export function timelineEvents(
  question: string,
  namesSomething: (event: string) => boolean,
): string[] {
  const colon = question.lastIndexOf(":");
  if (colon < 0 || !DATES_ASKED.test(question.slice(0, colon))) return [];
  // (The series ends at its "?" or "!"; what follows may only be chat, "?! Thanks so much!!",
  // never more of the request.)
  const after = question.slice(colon + 1);
  const end = after.search(/[?!]/);
  if (end >= 0 && !onlyChat(after.slice(end))) return [];
  const series = (end >= 0 ? after.slice(0, end) : after).replace(/[.\s]+$/, "").trim();
  if (series === "") return [];
  const events: string[] = [];
  for (const raw of series.split(EVENT_CUT)) {
    const event = raw.trim();
    if (event === "") continue;
    const last = events.length - 1;
    if (last >= 0 && !namesSomething(event)) events[last] = `${events[last]}, ${event}`;
    else events.push(event);
  }
  return events.length >= 2 && events.length <= MAX_EVENTS ? events : [];
}
/** Whether a text is only punctuation and what people type around an ask ("! Thanks so much!!"). */
function onlyChat(text: string): boolean {
  const bare = (t: string) =>
    t
      .replace(/[^\p{L}\p{N}]+/gu, " ")
      .trim()
      .toLowerCase();
  const rest = bare(text);
  return rest === "" || bare(stripInstructions(rest).instructions.join(" ")) === rest;
}
/** Words asking for dates before the colon: "dates", "timeline", "chronology", "when". */
const DATES_ASKED = /\b(?:dates?|dated|timelines?|chronolog(?:y|ical)|when)\b/i;
/**
 * Where a series of events parts: a comma or semicolon (with "and" or "then"), or "and then"; not
 * a bare "then" inside an event ("the Council then agreeing to post the draft").
 */
const EVENT_CUT = /\s*[,;]\s*(?:(?:and|then|and then)\s+)?|\s+and\s+then\s+/i;
/** The most events a request is read as setting out: a longer series is a list's, read as one. */
const MAX_EVENTS = 6;
