// Whether a who question's window names anyone, other than the parties the question names itself,
// where a doer stands (`doersOnlyAsked`): a sentence's subject, before its verb, or a "by" phrase
// after a passive verb. "Who answered for China when the United States questioned C59?" is not
// answered by "At the September 2011 CWG meeting, China submitted contribution C59…" and "The
// United States replied by asking whether…": the only doers there are China and the United
// States, both named by the asker; the CWG stands in the opening phrase, not as a doer.

import { UNNAMED_PARTY_NOUNS } from "../search/asked-act-words.ts";
import { OFFICE_WORDS } from "../search/office-holders.ts";
import { alt } from "../search/question-words.ts";
import { type TaggedWord, taggedWords } from "./tagged-words.ts";

/**
 * How a who question asks its doer, read once a question (`QuestionDemands.doerAsk`): whether it
 * asks an office's holder (`OFFICE_ASKED`). Undefined where the question is left alone: one
 * offering its own choices ("Moscow or its minister"), one asking the act's object or who may take
 * part (`OBJECT_ASKED`), or the object of a stranded preposition (`strandedAsked`).
 */
export interface DoerAsk {
  office: boolean;
}

/** The doer a who question asks (`DoerAsk`), or undefined where `doersOnlyAsked` leaves it alone. */
export function doerAskOf(question: string): DoerAsk | undefined {
  if (/\bor\b/i.test(question) || OBJECT_ASKED.test(question) || strandedAsked(question)) {
    return undefined;
  }
  return { office: OFFICE_ASKED.test(question) };
}

/**
 * Whether no sentence of `texts` (a who question's window) has a doer the question does not name:
 * a capitalised name the question lacks (`namesOther`, read on the subject or on the "by" phrase),
 * or an unnamed party ("civil-society attendees", "partner groups") the question does not name.
 * A subject that is a pronoun may stand for anyone before the window: it counts as a doer.
 */
export function doersOnlyAsked(
  ask: DoerAsk,
  texts: readonly string[],
  questionTerms: ReadonlySet<string>,
  analyzeText: (text: string) => string[],
  namesOther: (text: string) => boolean,
): boolean {
  if (texts.length === 0) return false;
  const unnamedParty = (text: string) =>
    [...text.matchAll(PARTY_NOUN)].some(
      (m) => !analyzeText(m[0]).some((t) => questionTerms.has(t)),
    );
  return texts.every((text) => {
    // An office's holder may be named anywhere: in a title ("ZTU Secretary-General Hamid Okafor")
    // or an apposition after an opening phrase the tagger does not close with a comma.
    if (ask.office && namesOther(text)) return false;
    const words = taggedWords(text).filter((w) => w.text !== "");
    const subject = subjectWords(words);
    if (subject.length === 1 && PRONOUN.test(subject[0]?.text ?? "")) return false;
    const places = [subject, ...byPhrases(words)].map(joined);
    return !places.some((place) => place !== "" && (namesOther(place) || unnamedParty(place)));
  });
}

/**
 * A sentence's words before its first verb, once any opening phrases ("At the September 2011 CWG
 * meeting,", "According to CDT's analysis, as quoted by Techdirt,") are cut off at their comma.
 */
function subjectWords(words: readonly TaggedWord[]): TaggedWord[] {
  let rest = [...words];
  for (;;) {
    const first = rest[0];
    if (first === undefined || !opensPhrase(first)) break;
    const comma = rest.findIndex((w) => (w.post ?? "").includes(","));
    if (comma < 0) break;
    rest = rest.slice(comma + 1);
  }
  // (A capitalised word the tagger reads as a verb is a name: "Access noted that…".)
  const verb = rest.findIndex((w) => w.tags.includes("Verb") && !/^\p{Lu}/u.test(w.text));
  if (verb < 0) return [];
  return headOnly(rest.slice(0, verb));
}

/**
 * A subject's head and what stands in apposition to it: the words after a preposition that follows
 * a noun are the head's complement ("Key choices about when governments…", "The sense of
 * Congress"), unless a comma opens an apposition after them ("The head of the US delegation,
 * Terry Kramer,").
 */
function headOnly(subject: readonly TaggedWord[]): TaggedWord[] {
  const nounAt = subject.findIndex((w) => w.tags.includes("Noun"));
  const cut = subject.findIndex(
    (w, n) => nounAt >= 0 && n > nounAt && w.tags.includes("Preposition"),
  );
  if (cut < 0) return [...subject];
  const comma = subject.findIndex((w, n) => n >= cut && (w.post ?? "").includes(","));
  return [...subject.slice(0, cut), ...(comma < 0 ? [] : subject.slice(comma + 1))];
}

/** A word opening a phrase before a sentence's subject: a preposition, "According", "Later". */
function opensPhrase(w: TaggedWord): boolean {
  return w.tags.includes("Preposition") || OPENER.test(w.text);
}
const OPENER = /^(?:according|after|before|during|separately|later|meanwhile|beforehand)$/i;

/** The words after each "by" following a past verb ("was drafted by Access, CDT…"). */
function byPhrases(words: readonly TaggedWord[]): TaggedWord[][] {
  return words.flatMap((w, n) =>
    /^by$/i.test(w.text) && (words[n - 1]?.tags.includes("PastTense") ?? false)
      ? [words.slice(n + 1, n + 1 + BY_REACH)]
      : [],
  );
}
const BY_REACH = 6;

/** Words written back as text, with the punctuation after each. */
function joined(words: readonly TaggedWord[]): string {
  return words.map((w) => `${w.text}${w.post ?? " "}`).join("");
}

/**
 * A who question asking the holder of an office or a chair ("Who was the ZTU's boss…", "who
 * chaired the conference…", "who headed the delegation…"): the answer is a name beside a title,
 * which need not stand where a doer does.
 */
// (The office words are `OFFICE_WORDS`, office-holders.ts, whole; "presided", "helm" and "gavel"
// ask a chair's holder by its act or its idiom.)
const OFFICE_ASKED = new RegExp(
  `\\b${alt([...OFFICE_WORDS, "presided", "helm", "gavel"])}\\b`,
  "i",
);

/**
 * Whether a who question asks the object of a preposition left at the end of its clause ("Whose
 * history … did critics lean on when…", "who was the letter sent to?"): the asked party is what
 * the act reaches, not its doer. The preposition must follow a verb that does not stand straight
 * after the who word ("who signed on, and when?" asks the doer), and not be "by" (which asks it).
 */
function strandedAsked(question: string): boolean {
  const words = taggedWords(question).filter((w) => w.text !== "");
  const who = words.findIndex((w) => /^who(?:m|se)?$/i.test(w.text));
  if (who < 0) return false;
  return words.some((w, n) => {
    if (n <= who + 1 || !STRANDABLE.test(w.text)) return false;
    const before = words[n - 1];
    if (before === undefined || !before.tags.includes("Verb") || n - 1 === who + 1) return false;
    const after = words[n + 1];
    return (
      /[?,.;!]/.test(w.post ?? "") ||
      after === undefined ||
      CLAUSE_OPENER.test(after.text) ||
      /^-+$/.test(after.text)
    );
  });
}
const STRANDABLE = /^(?:to|on|at|with|for|from|about|against|into|onto|upon|of|over|towards?)$/i;
const CLAUSE_OPENER = /^(?:when|after|before|while|because|and|but|since|as|if|once|until)$/i;

/**
 * A who question asking the act's object or whom it may include, not its doer: "who did CDT's
 * letter want brought in?", "who could take part in it?".
 */
const OBJECT_ASKED =
  /\bwho(?:m|se)?\s+(?:did|does|do|should|would|will|could|can|might|may|must)\b/i;
const PRONOUN = /^(?:he|she|they|it|this|these|those|which|who|we)$/i;
/** Nouns for an unnamed party that can do an act (`UNNAMED_PARTY_NOUNS`, asked-act-words.ts). */
const PARTY_NOUN = new RegExp(`\\b${alt(UNNAMED_PARTY_NOUNS)}\\b`, "gi");
