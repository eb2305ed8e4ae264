// A question asking two or three things of which the corpus covers some, not all (multiask31):
// "who fronted the US delegation in Dubai, plus what dates did the Arab States hold their Cairo
// prep meeting". Each ask the passages cover is answered on its own, with its citations, and the
// answer says in plain words which ask the notes found do not answer; the coverage is never
// "full". Where no ask is covered, or an ask only restates context, the question is refused as
// before.
import { setApartAsAsk } from "../search/question-ask-joins.ts";
import { asksOnItsOwn, splitAsks } from "../search/question-asks.ts";
import { distinctTerms, namesOfAsk, ownAsks } from "./asks.ts";
import { askCovered, type CoverageReader, type CoveredAsk } from "./coverage-otherwise.ts";
import type { ExtractiveAnswer } from "./extractive.ts";

/** The most asks a question is read as asking one by one (as `byEachAsk`): more are a list's. */
const MAX_ASKS = 3;

/**
 * A question of two or three asks that neither its whole window, its first ask (`byAsk`) nor
 * each of its asks (`byEachAsk`) covers is covered in part where at least one ask is covered on
 * its own (`askCovered`, on its own passages or the whole question's) and at least one is not.
 * Every ask must ask on its own (`asksOnItsOwn`: "the US team was reportedly 123 people - how
 * many did London bring" opens on a remark, not an ask), every later ask must be set apart as an
 * ask ("and", "also", "plus", a question mark: `setApartAsAsk`; not an apposition after a comma),
 * and every ask must name something of its own (`distinctTerms`), so that an ask restating the
 * other's context is never what is counted as covered, and a left-out ask is a real one. Not a
 * follow-up, nor where the notes say they did not verify what is asked (`unverifiedAsked`).
 */
export const byAsksInPart: CoverageReader = {
  by: "byAsksInPart",
  reads: ({ assessed, followUp }) => !assessed.covered && !followUp,
  async covers({ question, assessed, passages, search }, tools) {
    if (assessed.unverifiedAsked === true) return undefined;
    const pieces = splitAsks(question);
    const asks = ownAsks(question);
    if (asks.length < 2 || asks.length > MAX_ASKS || asks.length !== pieces.length)
      return undefined;
    if (!asksOnItsOwn(pieces[0] as string)) return undefined;
    if (pieces.some((piece, i) => i > 0 && !setApartAsAsk(piece))) return undefined;
    // (Each ask must stand alone: "…, and how did India vote on IT?" judged alone has lost its
    // referent, and may be refused for that, not for the corpus lacking it; and "whose pay model
    // did THEY oppose?" alone was covered by a paragraph on someone else's model.)
    if (asks.some(leansOnAnotherAsk)) return undefined;
    const own = asks.map(tools.keyTermsFor);
    const names = asks.map((ask) => new Set(namesOfAsk(ask, tools.analyzeText)));
    if (distinctTerms(own, names).some((terms) => terms.length === 0)) return undefined;
    const covered: CoveredAsk[] = [];
    const leftOut: string[] = [];
    for (const [i, ask] of asks.entries()) {
      const found = await askCovered(ask, own[i] ?? [], passages, search, tools);
      if (found) covered.push(found);
      else leftOut.push(ask);
    }
    if (covered.length === 0 || leftOut.length === 0) return undefined;
    return { by: "byAsksInPart", asks: covered, leftOut };
  },
};

/**
 * Whether an ask leans on another for what it is about: a pronoun standing for a party or thing
 * ("how did India vote on it", "what did he say they'd resist", "which one deals with…"), a
 * possessive before any name of its own ("what role did its group play"; "the Arab States …
 * their Cairo meeting" names its own), or a time set by the other ask ("at that point", "by
 * then").
 */
export function leansOnAnotherAsk(ask: string): boolean {
  if (STANDS_FOR.test(ask)) return true;
  const possessive = POSSESSIVE.exec(ask);
  if (possessive === null) return false;
  const before = ask.slice(0, possessive.index).trim().split(/\s+/).slice(1).join(" ");
  return !/\p{Lu}|\p{N}/u.test(before);
}
const STANDS_FOR =
  /\b(?:it|itself|they|them|themselves|he|him|she)\b|\b(?:which|the|that) one\b|\b(?:at|by|of|on|in|from|about|after|before|since|until)\s+(?:that|this|those|these)\b|\b(?:by|until|before|since)\s+then\b/i;
const POSSESSIVE = /\b(?:its|their|his|her)\b/i;

/**
 * An answer to the covered asks, ending on a plain line naming each ask the notes found do not
 * answer: `Not answered here (no passage found states it): "which Indian ministry drafted it".` (Said of
 * the answer and the passages found, not of the corpus: a "the sources don't say" line was once
 * wrong, multiask19, and an ask judged uncovered may be told in words retrieval did not reach.)
 */
export function withLeftOutAsks(
  answer: ExtractiveAnswer | undefined,
  leftOut: readonly string[],
): ExtractiveAnswer | undefined {
  if (answer === undefined || leftOut.length === 0) return answer;
  const quoted = leftOut.map((ask) => `"${ask.replace(/[\s?.!]+$/u, "")}"`);
  const line = `Not answered here (no passage found states it): ${quoted.join("; ")}.`;
  const text = `${answer.text} ${line}`;
  return { ...answer, text, words: answer.words + line.split(/\s+/).length };
}
