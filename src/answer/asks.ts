// A question asking two things or more ("When did Russia file Document 27, and who drafted it?"):
// its asks as `splitAsks` reads them, the words each names that the others do not, which kind of
// ask is the question's point, and the line saying which part the sources do not cover.
import { type AnswerType, analyzeQuestion, asksOnItsOwn, splitAsks } from "../search/question.ts";
import { isRequired, type KeyTerm } from "./terms.ts";

/**
 * The asks of a question that each ask something (`asksOnItsOwn`), in order, without the joining
 * words or punctuation before them: "When did X leak, and what did he promise? bullets pls" →
 * ["When did X leak", "what did he promise?"]. A remark after the question ("? bullets") is no ask.
 * Fewer than two: the question asks one thing.
 */
export function ownAsks(question: string): string[] {
  const pieces = splitAsks(question);
  const asks = pieces.filter((piece, i) => i === 0 || asksOnItsOwn(piece));
  return asks.map((ask) => ask.replace(LEADING_JOIN, "").trim()).filter((ask) => ask !== "");
}
const LEADING_JOIN = /^[\s,;:?!.]*(?:(?:and|but|or|also)\s+)?/i;

/**
 * The words of each ask that no other ask of the question names: what that ask alone is about
 * ("ministry" of "who at the Russian ministry drafted it?" beside "When did Russia file Document
 * 27": "Russian" is Russia, which the other names). Its required nouns, names and numbers, and its
 * nouns the corpus never has ("ministry"); not its verbs or adjectives (a source words them its own
 * way), the corpus's topic words, everyday nouns used loosely, or the thing it asks for. None
 * where they weigh less than `DISTINCT_WEIGHT`: an ask whose own words are all but topic words
 * ("…accredited to sign the treaty") names nothing a place could be checked for.
 */
export function distinctTerms(asks: readonly KeyTerm[][]): KeyTerm[][] {
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
    return weight >= DISTINCT_WEIGHT ? distinct : [];
  });
}
/** Twice a topic word's weight: a word in under a seventh of the passages, or two topic words. */
const DISTINCT_WEIGHT = 2;

/**
 * Whether an ask's own words (`distinctTerms`) include a noun the corpus never has: "ministry" of
 * "who at the Russian ministry drafted it?". Where the place best covering that ask meets none of
 * its own words, the ask is after something the sources never mention. Its other own words unmet
 * alone do not say so: the notes word things their own way ("revised it" for "the revised
 * VERSION", "contribution C-109" for "the doc number"), and on the tuning half such asks were
 * answered.
 */
export function namesUnseenThing(distinct: readonly KeyTerm[]): boolean {
  return distinct.some((k) => k.unknown === true && !k.familiar);
}

/**
 * Answers that pin one fact down: a name, a date, a count, a length of time. An ask for one of
 * these that the sources leave open, about a thing they do describe ("…, and who at the ministry
 * drafted it?", "How many delegates did Iran bring…, and why did it ask for the vote?"), is the
 * question's point: the rest is the setting the asker gives for it, and an answer giving only the
 * setting reads as if it answered (a date or a name beside the one asked). Such a question is
 * refused as a whole. An open ask (a reason, a description, how it happened, yes or no) left open
 * is one part of a wider question: the other asks are answered and the answer says which part the
 * sources leave open.
 */
const PRECISE_ANSWERS: ReadonlySet<AnswerType> = new Set(["agent", "date", "number", "duration"]);

/** Whether an ask the sources leave open makes the whole question unanswered (see above). */
export function isPointOfQuestion(ask: string): boolean {
  return PRECISE_ANSWERS.has(analyzeQuestion(ask).answerType);
}

/**
 * One short line saying which part of the question the sources do not cover, from the ask's own
 * words: "The sources don't say who at the ministry drafted it." An ask whose question word is its
 * subject reads as typed; one with an auxiliary in its first words ("why did it…", "which venue
 * was it…") or asking yes or no is quoted, as a statement would need its verb's tense.
 */
export function unsaidLine(ask: string): string {
  const bare = ask
    .replace(/[\s?!.]+$/u, "")
    .replace(/^\p{Lu}/u, (c) => c.toLowerCase())
    .trim();
  const inverted = INVERTED.test(bare) || YES_NO.test(bare);
  return inverted
    ? `The sources don't answer this part of the question: “${bare}?”`
    : `The sources don't say ${bare}.`;
}
const INVERTED =
  /^(?:what|which|who|whom|whose|where|why|how|when)(?:\s+[\w'-]+){0,3}?\s+(?:did|does|do|is|are|was|were|has|have|had|can|could|should|would|will)\b/i;
const YES_NO = /^(?:did|does|do|is|are|was|were|has|have|had|can|could|should|would|will|am)\b/i;
