// A question's asks: where a second ask starts ("When did X leak, and what did he promise?"),
// which piece asks on its own, and the first ask. The one home of the rule for where an ask starts;
// the answer layer reads each ask through `splitAsks`.

import { JOIN_CUT, JOIN_WORDS, JOINS_BEFORE_ASK, pointsAtOnly } from "./question-ask-joins.ts";
import { AUXILIARY, QUESTION_WORD } from "./question-words.ts";

/**
 * "When Kramer walked away from the text, what did he accuse…?", "After the vote, who…?": a
 * clause of time or condition before the question says when, not what is asked; the question
 * after its comma has the kind. ("When, exactly, did…" and "When was it held, and where?" keep
 * theirs: no question word follows the comma.) On the tuning half: one wrong refusal fewer (18 →
 * 17 of 389), out-of-scope figures unchanged.
 */
export const TIME_CLAUSE =
  /^(?:when|while|after|before|once|as soon as|since|if|now that|by the time)\s+[^,?]+,\s*(?=(?:what|which|who|whom|whose|when|where|why|how|did|does|do|was|were|is|are|has|have|had|can|could)\b)/i;

// What opens an ask: a question word (`QUESTION_WORD`), an auxiliary opening a yes/no, a
// preposition ("on what…").

/** The auxiliaries of `AUXILIARY` (question-words.ts), and "am" ("…, and am I right that…"). */
const ASK_AUXILIARY = `(?:${AUXILIARY}|am)`;

const ASK_PREPOSITION = String.raw`(?:on|upon|for|to|in|by|from|out\s+of|of)`;

/**
 * A word after "and" or "but" that says a second ask follows: "…and ALSO why did the engineers
 * prefer that word?", "…, and THEN who…", "but ALSO…".
 */
const ALSO = String.raw`(?:(?:also|then|separately|secondly|additionally)\s+)`;

/**
 * Where a question's later asks may start, each a candidate cut that `splitAsks` keeps or drops:
 * - after a comma or semicolon (with "and", "but", "or", "also" or none), before a question word
 *   ("…, and what did he promise?", "…; why?"), a preposition with one ("…, and on what
 *   grounds?", "…, and from how many nations?", "…, out of how many?") or an auxiliary opening a
 *   yes/no ("…, and did any EU state sign?", "…, or did the numbering change?");
 * - after "and" or "but" with no comma, before a question word only ("what does it do and when
 *   did it enter into force?"): without a comma, "and" before an auxiliary joins two verbs of one
 *   ask ("which states signed and have ratified…");
 * - after a question mark with more text behind it ("…? which ones?", "…? bullets please").
 * Groups 1 and 2 hold the joining word ("and", "but"…), group 3 the question mark: each says the
 * text before is an ask coordinated with what follows, not a phrase set before the question.
 */
const ASK_CUT = new RegExp(
  String.raw`[,;]\s*(?:(and|but|or|also)\s+${ALSO}?)?(?=${QUESTION_WORD}\b|${ASK_PREPOSITION}\s+(?:how|what|which)\b|${ASK_AUXILIARY}\s)` +
    String.raw`|\s+(and|but)\s+${ALSO}?(?=${QUESTION_WORD}\b)` +
    String.raw`|(\?)\s+(?=\S)` +
    // (A dash, "plus" or "+" joining a later ask, groups 4 and 5: question-ask-joins.ts.)
    `|${JOIN_CUT}`,
  "gi",
);

/**
 * Text that asks on its own: it opens with a question word or an auxiliary, or has a question word
 * after a preposition ("On which day…", "…: on what grounds…"), an adverb ("Roughly how many…")
 * or a colon or dash ("In a sentence or two: why…"). A question word after a noun opens a relative
 * clause ("According to someone WHO saw the draft, …"), which asks nothing.
 */
const ASKS_ON_ITS_OWN = new RegExp(
  String.raw`^[^\p{L}]*(?:${JOINS_BEFORE_ASK})?(?:${ASK_AUXILIARY}|${QUESTION_WORD})\b|(?::\s*|\s[-–—]\s+|\b(?:${ASK_PREPOSITION}|\w+ly)\s+)${QUESTION_WORD}\b`,
  "iu",
);

/** Words that say only that something is asked: a piece of nothing else ("When and where…"). */
const ASK_WORDS = new RegExp(
  String.raw`\b(?:${QUESTION_WORD}|${ASK_AUXILIARY}|${JOIN_WORDS})\b|[^\p{L}\p{N}]+`,
  "giu",
);

/** Whether a piece of a question names something besides its question words ("Who won" does). */
function asksOfSomething(piece: string): boolean {
  return piece.replace(ASK_WORDS, "") !== "";
}

/**
 * Whether a piece of a question (one of `splitAsks`) asks something on its own: "…, and did any
 * EU state sign?" does; a remark after the question ("…? bullets please") or a phrase set before
 * it ("Apart from the articles") does not.
 */
export function asksOnItsOwn(piece: string): boolean {
  return asksOfSomething(piece) && ASKS_ON_ITS_OWN.test(piece);
}

/**
 * The asks of a question, in order: consecutive pieces of it, which join to the whole. "When did
 * X leak, and what did he promise?" → ["When did X leak", ", and what did he promise?"]. One
 * piece when it asks one thing. The one home of the rule for where a second ask starts (`ASK_CUT`);
 * a cut is kept only where the text before it is an ask of its own:
 * - it names something besides question words ("When and where was it held?" is one ask), and
 *   so does what follows a cut made by "and" alone ("When was it held and where?" is one too);
 * - and it is joined to what follows by "and"/"but"/"or"/"also" or a question mark, or asks on its
 *   own (`ASKS_ON_ITS_OWN`): a phrase set before the question ("Apart from the articles, which…",
 *   "In Dubai, did…") asks nothing, and the question is what follows it;
 * - a clause of time before the question (`TIME_CLAUSE`: "When Kramer walked out, who…") is no ask
 *   either, nor what stands before "but" without asking ("Sorry if this is obvious, but…").
 * What follows a question mark is a piece even when it asks nothing ("…? bullets"): it is no part
 * of the first ask.
 */
export function splitAsks(question: string): string[] {
  const time = TIME_CLAUSE.exec(question);
  const start = time ? time[0].length : 0;
  const pieces: string[] = [];
  let from = 0;
  for (const cut of question.slice(start).matchAll(ASK_CUT)) {
    const at = start + cut.index;
    const before = question.slice(from, at);
    const joined = [1, 2, 3, 4, 5].some((group) => cut[group] !== undefined);
    // Without a comma, "and" joins question words of one ask ("When was it held and where?", as
    // "When and where…") or two sides of a comparison ("between the 1988 text and what Russia
    // wanted"): an ask follows only where the words after it name something of their own.
    // ("plus" without a comma likewise: "…in the ITRs plus what about NTIA's Larry Strickling".)
    const plain = cut[2] !== undefined || cut[5] !== undefined;
    const next = question.slice(at + cut[0].length).split(/[,;?]/, 1)[0] as string;
    if (plain && (!asksOfSomething(next) || /\bbetween\b/i.test(before))) continue;
    if (!asksOfSomething(before) || !(joined || ASKS_ON_ITS_OWN.test(before))) continue;
    // "+ what about the European Parliament, what did it resolve?": a pointer at a party and the
    // ask made of it are one ask.
    if (pointsAtOnly(before)) continue;
    // "Sorry if this is obvious, but how many…", "I know it came up, but who…": what stands before
    // "but" and asks nothing is the asker's concession, said before the one question.
    const concedes = /^but$/i.test(cut[1] ?? cut[2] ?? "") && !ASKS_ON_ITS_OWN.test(before);
    if (concedes) continue;
    pieces.push(before);
    from = at;
  }
  pieces.push(question.slice(from));
  return pieces;
}

/** The clause of a question that asks its first question (`splitAsks`): the whole when it asks one. */
export function firstAsk(question: string): string {
  return splitAsks(question)[0] as string;
}

/**
 * "the Canadian delegation that wouldn't sign - who headed it", "the WTPF in Geneva, May 2013 -
 * who chaired it": a topic named first, asking nothing, then a who ask after a spaced dash, a colon
 * or a semicolon. Returns the topic and the ask, or undefined where the text before the mark asks
 * on its own (a question word or an auxiliary opening it: "when did X meet - and who chaired it" is
 * two asks, `splitAsks`'s) or no "who" opens the text after it.
 */
export function whoAfterTopic(piece: string): { topic: string; ask: string } | undefined {
  const m = WHO_AFTER_TOPIC.exec(piece);
  if (m === null) return undefined;
  const topic = (m[1] as string).trim();
  if (ASKS_ON_ITS_OWN.test(topic) || !asksOfSomething(topic)) return undefined;
  return { topic, ask: (m[2] as string).trim() };
}
const WHO_AFTER_TOPIC = /^(.*?\S)(?:\s+[-–—]+|[:;])\s+(?:(?:so|and|but|ok|okay)\s+)?(who\b.*)$/iu;
