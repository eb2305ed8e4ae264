// An answer to a question asking two things or more, with each later ask's fact stated: read
// from the same passages as a follow-up of the other asks, and added where the answer lacks it.
import { analyzeQuestion, type QuestionAnalysis } from "../search/question.ts";
import { splitSentences } from "../text.ts";
import type { ScoredPassage } from "../types.ts";
import {
  answerMeets,
  type CitedText,
  distinctTerms,
  TYPED_ANSWERED_MIN_MET,
  TYPED_SENTENCE_MIN_MET,
  TYPED_TIED_MIN_MET,
  withAskSentence,
  withLeadOf,
  withTypedAskSentence,
  withUnmetAskSentence,
} from "./asks.ts";
import { carriesAnswer, hasSpecificCue } from "./evidence.ts";
import { type AnswerShape, composeExtractive } from "./extractive.ts";
import { isRequired } from "./key-term-roles.ts";
import type { QuestionTerms } from "./question-terms.ts";
import { withoutSenseWords } from "./term-alternatives.ts";
import { type Analyze, containsTerm, type KeyTerm } from "./terms.ts";
import { type AskInClause, asksValueOfItsOwn, givesAskInClause } from "./typed-clause.ts";

/**
 * The most words an answer adding the sentence that states a later ask's fact runs to: issue #12
 * aims at 60–150, and that one sentence may take it a little past.
 */
const MAX_ANSWER_WORDS = 160;

/** How the engine reads an ask: its key terms, its answer shape, its and the passages' words. */
export interface AskTools extends Pick<QuestionTerms, "keyTermsFor" | "keyTermsWithContext"> {
  shapeOf(analysis: QuestionAnalysis, texts: readonly string[]): AnswerShape;
  /** The question's own analyzer. */
  analyzeText: Analyze;
  /** Passages' analyzer (acronyms as written). */
  readText: Analyze;
}

/**
 * A question asking two things or more ("For the briefing: when did Russia file Document 27, and
 * which countries were listed on the bloc text that leaked later?") is answered from the place
 * best covering it as a whole, which often states only its first ask. Each later ask naming
 * something of its own (`distinctTerms`) is answered from the same passages as a follow-up of
 * the others (its own terms, theirs as context; a sentence, not a list), and what that answer
 * leads with is added where the answer lacks it (`withLeadOf`), within the answer's length.
 * Any ask, the first too, whose own words the answer then leaves one of unnamed is read again
 * from the first passage naming it, and that reading's sentence meeting most of the ask's words,
 * two at least, is added (`withUnmetAskSentence`). Any ask for a date, a count, a span or a doer
 * (`hasSpecificCue`) none of whose answer's sentences gives that kind of answer beside two of its
 * words is read, alone, from the passage whose sentence does so with most of them, and that
 * sentence is added (`withTypedAskSentence`): the answer named the ask's words only in passing.
 */
export function withEachAskStated(
  answer: CitedText,
  asks: readonly string[],
  passages: readonly ScoredPassage[],
  keyTerms: readonly KeyTerm[],
  tools: AskTools,
): CitedText {
  const { keyTermsFor, keyTermsWithContext, shapeOf, analyzeText, readText } = tools;
  if (asks.length < 2) return answer;
  const askTerms = asks.map(keyTermsFor);
  const distinct = distinctTerms(askTerms);
  /** The index terms a text says, to test key terms against. */
  const saidIn = (text: string) => new Set(analyzeText(text));
  const required = keyTerms.filter(isRequired);
  const namesRequired = meetsAny(required);
  const notRequired = (sentence: string) => !namesRequired(sentence);
  const texts = passages.map(({ passage }) => passage.text);
  function meetsEvery(terms: readonly KeyTerm[]) {
    return (sentence: string) => {
      const said = saidIn(sentence);
      return terms.every((k) => containsTerm(said, k));
    };
  }
  function meetsAny(terms: readonly KeyTerm[]) {
    return (sentence: string) => {
      const said = saidIn(sentence);
      return terms.some((k) => containsTerm(said, k));
    };
  }
  const unmetRule = { maxWords: MAX_ANSWER_WORDS, filler: notRequired };
  /** The first of the question's passages naming one of `terms`. */
  const firstNaming = (terms: readonly KeyTerm[]) =>
    passages.find(({ passage }) => meetsAny(terms)(passage.text));
  let stated = answer;
  for (const [i, ask] of asks.entries()) {
    const own = distinct[i] ?? [];
    const context = asks.filter((_, j) => j !== i).join(" ");
    const { list: _, ...shape } = shapeOf(analyzeQuestion(ask), texts);
    const terms = keyTermsWithContext(askTerms[i] ?? [], context).map(withoutSenseWords);
    const words = (askTerms[i] ?? []).filter((k) => !k.asked);
    const meets = (s: string) => {
      const said = saidIn(s);
      return words.filter((k) => containsTerm(said, k)).length;
    };
    const reply = i === 0 ? undefined : composeExtractive(passages, terms, readText, shape);
    if (reply && own.length === 0) {
      // (An ask naming nothing of its own: its sentence in a passage the answer cites.)
      stated = withAskSentence(stated, reply, meets, unmetRule);
    } else if (reply) {
      stated = withLeadOf(stated, reply, { ...unmetRule, namesAsk: meetsAny(own) });
    }
    const saidNow = saidIn(stated.text);
    const unnamed = own.filter((k) => !containsTerm(saidNow, k));
    const place = unnamed.length > 0 ? firstNaming(unnamed) : undefined;
    const fromPlace = place && composeExtractive([place], terms, readText, shape);
    if (fromPlace) stated = withUnmetAskSentence(stated, fromPlace, meets, unmetRule);
    if (hasSpecificCue(shape.expected)) {
      const typedMeets = (s: string) => (carriesAnswer(s, shape.expected) ? meets(s) : 0);
      const asked = {
        carries: (c: string) => carriesAnswer(c, shape.expected),
        meets,
        namesRequired: meetsEvery(words.filter(isRequired)),
      };
      const tied = asksValueOfItsOwn(ask, shape.expected) ? asked : undefined;
      const givingMeets = (s: string) => givingAskedMeets(s, typedMeets(s), tied);
      const giving =
        !answerMeets(stated, typedMeets, TYPED_ANSWERED_MIN_MET) &&
        placeGivingAsked(passages, givingMeets);
      const alone = (askTerms[i] ?? []).map(withoutSenseWords);
      const ownReading = giving && composeExtractive([giving], alone, readText, shape);
      if (ownReading) stated = withTypedAskSentence(stated, ownReading, givingMeets, unmetRule);
    }
  }
  return stated;
}

/**
 * How many of an ask's words a sentence giving its kind of answer meets (`met`), counted where
 * they are `TYPED_SENTENCE_MIN_MET` or more, or `TYPED_TIED_MIN_MET` or more tied to the answer
 * within one clause (`givesAskInClause`) for an ask read so (`ask`: `asksValueOfItsOwn`);
 * nothing otherwise.
 */
function givingAskedMeets(sentence: string, met: number, ask?: AskInClause): number {
  if (met >= TYPED_SENTENCE_MIN_MET) return met;
  // (The clause reading only where it can matter: most sentences meet fewer words than that.)
  if (met < TYPED_TIED_MIN_MET || ask === undefined) return 0;
  return givesAskInClause(sentence, ask, TYPED_TIED_MIN_MET) ? met : 0;
}

/**
 * The passage holding the sentence that meets most of an ask's words while giving its kind of
 * answer (`typedMeets`), `TYPED_TIED_MIN_MET` words at least; the better ranked of passages
 * meeting as many.
 */
function placeGivingAsked(
  passages: readonly ScoredPassage[],
  typedMeets: (sentence: string) => number,
): ScoredPassage | undefined {
  let best: ScoredPassage | undefined;
  let most = TYPED_TIED_MIN_MET - 1;
  for (const scored of passages) {
    const met = Math.max(0, ...splitSentences(scored.passage.text).map((s) => typedMeets(s.text)));
    if (met > most) [best, most] = [scored, met];
  }
  return best;
}
