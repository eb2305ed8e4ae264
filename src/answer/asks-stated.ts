// An answer to a question asking two things or more, with each later ask's fact stated: read
// from the same passages as a follow-up of the other asks, and added where the answer lacks it.
import { analyzeQuestion, type QuestionAnalysis } from "../search/question.ts";
import type { ScoredPassage } from "../types.ts";
import { type CitedText, distinctTerms, withAskSentence, withLeadOf } from "./asks.ts";
import { type AnswerShape, composeExtractive } from "./extractive.ts";
import { isRequired } from "./key-term-roles.ts";
import type { QuestionTerms } from "./question-terms.ts";
import { withoutSenseWords } from "./term-alternatives.ts";
import { type Analyze, containsTerm, type KeyTerm } from "./terms.ts";

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
  const required = keyTerms.filter(isRequired);
  const namesRequired = meetsAny(required);
  const texts = passages.map(({ passage }) => passage.text);
  function meetsAny(terms: readonly KeyTerm[]) {
    return (sentence: string) => {
      const said = new Set(analyzeText(sentence));
      return terms.some((k) => containsTerm(said, k));
    };
  }
  let stated = answer;
  for (const [i, ask] of asks.entries()) {
    const own = distinct[i] ?? [];
    if (i === 0) continue;
    const context = asks.filter((_, j) => j !== i).join(" ");
    const { list: _, ...shape } = shapeOf(analyzeQuestion(ask), texts);
    const terms = keyTermsWithContext(askTerms[i] ?? [], context).map(withoutSenseWords);
    const reply = composeExtractive(passages, terms, readText, shape);
    if (!reply) continue;
    if (own.length === 0) {
      // (An ask naming nothing of its own: its sentence in a passage the answer cites.)
      const words = (askTerms[i] ?? []).filter((k) => !k.asked);
      stated = withAskSentence(stated, reply, (s) => words.filter((k) => meetsAny([k])(s)).length, {
        maxWords: MAX_ANSWER_WORDS,
        filler: (sentence) => !namesRequired(sentence),
      });
      continue;
    }
    stated = withLeadOf(stated, reply, {
      maxWords: MAX_ANSWER_WORDS,
      namesAsk: meetsAny(own),
      filler: (sentence) => !namesRequired(sentence),
    });
  }
  return stated;
}
