// The per-ask steps a covered question's extractive answer goes through, in this order
// (engine.ts, `extractiveRest`): each later ask's fact stated (`withEachAskStated`,
// asks-stated.ts), each ask's own sentence (`withAsksOwnSentences`, ask-own-sentence.ts), a who
// ask's proposer (`withProposerSentences`, proposer-sentence.ts), and each ask's quoted sentence
// read on (`withAsksReadOn`, ask-read-on.ts). Each is an `AskStep`: it takes the answer and what
// the question gives every step (`AskContext`), and goes over the asks in one way
// (`throughEachAsk`). Run after coverage is decided, none answers a refused question or changes
// coverage.
import type { ScoredPassage } from "../types.ts";
import type { CitedText } from "./asks.ts";
import type { AskTools } from "./asks-stated.ts";
import type { KeyTerm } from "./terms.ts";

/** What every per-ask step reads a question's asks with. */
export interface AskContext {
  /** The question as retrieval read it (spelling and compounds corrected). */
  question: string;
  /** Its asks (`ownAsks`), in the question's order. */
  asks: readonly string[];
  /** The passages the answer is composed from. */
  passages: readonly ScoredPassage[];
  /** The whole question's key terms. */
  keyTerms: readonly KeyTerm[];
  tools: AskTools;
}

/** A per-ask step: the answer with what it finds for the question's asks, or as it was. */
export type AskStep = (answer: CitedText, context: AskContext) => CitedText;

/** One ask's turn of a step: the answer as the turns before left it, the ask, and its index. */
export type AskTurn = (answer: CitedText, ask: string, index: number) => CitedText;

/**
 * The answer passed through each ask's turn in the question's order, every turn given the answer
 * as the turns before it left it. A question with fewer asks than `minAsks` is left as it was:
 * two by default, since a question asking one thing is answered from the place covering it as a
 * whole. `turnOf` makes the turn, once, and only where there are asks enough, so what every ask
 * is read with is made only where it is needed.
 */
export function throughEachAsk(
  answer: CitedText,
  asks: readonly string[],
  turnOf: () => AskTurn,
  minAsks = 2,
): CitedText {
  if (asks.length < minAsks) return answer;
  const turn = turnOf();
  let stated = answer;
  for (const [index, ask] of asks.entries()) stated = turn(stated, ask, index);
  return stated;
}
