// An ask of a question asking two things or more, its sentence in a passage the answer leaves
// unquoted: the sentence among the question's passages meeting most of the ask's words, where no
// sentence of the answer meets as many.
import { analyzeQuestion } from "../search/question.ts";
import { splitSentences } from "../text.ts";
import type { ScoredPassage } from "../types.ts";
import { answerMeets, type CitedText, withUnmetAskSentence } from "./asks.ts";
import type { AskTools } from "./asks-stated.ts";
import { composeExtractive } from "./extractive.ts";
import { withoutSenseWords } from "./term-alternatives.ts";
import { containsTerm } from "./terms.ts";

/**
 * How many of an ask's words one sentence must meet to be read as that ask's sentence. Two are
 * often a name and a common word in passing (sel40 found about half of the sentences added on two
 * off the ask); three put the ask's act and its parties in one sentence.
 */
export const BEST_MET_MIN = 3;

/** The most words an answer adding an ask's sentence runs to (as `withEachAskStated`'s). */
const MAX_ANSWER_WORDS = 160;

/** A passage and how many of an ask's words its best sentence meets. */
interface BestPlace {
  scored: ScoredPassage;
  met: number;
}

/**
 * The passage whose sentence meets most of an ask's words (`meets`), `BEST_MET_MIN` at least; the
 * better ranked of passages meeting as many.
 */
export function placeMeetingMost(
  passages: readonly ScoredPassage[],
  meets: (sentence: string) => number,
): BestPlace | undefined {
  let best: BestPlace | undefined;
  for (const scored of passages) {
    const met = Math.max(0, ...splitSentences(scored.passage.text).map((s) => meets(s.text)));
    if (met >= BEST_MET_MIN && met > (best?.met ?? 0)) best = { scored, met };
  }
  return best;
}

/**
 * A question asking two things or more is answered from the place best covering it as a whole (or
 * ask by ask from each ask's covering window), and an ask's own sentence may sit in another of the
 * question's passages, unquoted: "the Czechs had a consistent line on content - why did they go
 * off the word 'security' in 5A, and why did they think bulk messaging was no job for a treaty"
 * answered with the "robustness" paragraph alone, while "The Czech delegation likewise said bulk
 * messaging is always about content…, and that governments should not regulate it through a
 * treaty" stood seventh. Each ask is read again (`withAskFromBestPlace`). It runs after coverage
 * is decided: it never answers a refused question nor changes coverage.
 */
export function withBestMetAsks(
  answer: CitedText,
  asks: readonly string[],
  passages: readonly ScoredPassage[],
  tools: AskTools,
): CitedText {
  if (asks.length < 2) return answer;
  let stated = answer;
  for (const [i, ask] of asks.entries()) {
    const context = asks.filter((_, j) => j !== i).join(" ");
    stated = withAskFromBestPlace(stated, { ask, context }, passages, tools);
  }
  return stated;
}

/**
 * An ask's sentence added where the answer lacks it: the passage whose sentence meets most of
 * the ask's words (`BEST_MET_MIN` at least), counting only sentences that name a word of the ask
 * the answer leaves unnamed, is read for the ask (its terms, the other asks as context) where no
 * sentence of the answer meets as many; that reading's sentence meeting as many, not already in
 * the answer, is added after it when the answer stays within `MAX_ANSWER_WORDS` (no sentence
 * gives way: one that did, on the whole tuning half, carried another ask's nugget).
 */
function withAskFromBestPlace(
  stated: CitedText,
  { ask, context }: { ask: string; context: string },
  passages: readonly ScoredPassage[],
  tools: AskTools,
): CitedText {
  const { keyTermsFor, keyTermsWithContext, shapeOf, analyzeText, readText } = tools;
  const saidIn = (text: string) => new Set(analyzeText(text));
  const askTerms = keyTermsFor(ask);
  const words = askTerms.filter((k) => !k.asked);
  const saidNow = saidIn(stated.text);
  const unnamed = words.filter((k) => !containsTerm(saidNow, k));
  const meets = (s: string) => {
    const said = saidIn(s);
    return words.filter((k) => containsTerm(said, k)).length;
  };
  const meetsNew = (s: string) => (unnamed.some((k) => containsTerm(saidIn(s), k)) ? meets(s) : 0);
  const place = placeMeetingMost(passages, meetsNew);
  if (place === undefined || answerMeets(stated, meets, place.met)) return stated;
  const terms = keyTermsWithContext(askTerms, context).map(withoutSenseWords);
  const texts = passages.map(({ passage }) => passage.text);
  const { list: _, ...shape } = shapeOf(analyzeQuestion(ask), texts);
  const reading = composeExtractive([place.scored], terms, readText, shape);
  if (!reading) return stated;
  const atFloor = (s: string) => (meetsNew(s) >= place.met ? meetsNew(s) : 0);
  return withUnmetAskSentence(stated, reading, atFloor, NO_GIVING_WAY);
}

/** Within `MAX_ANSWER_WORDS`, no sentence of the answer giving way. */
const NO_GIVING_WAY = { maxWords: MAX_ANSWER_WORDS, filler: () => false };
