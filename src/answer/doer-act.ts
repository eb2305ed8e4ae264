// A who question's act asked in the asker's own verb, one the corpus never uses ("who TRASHED
// the sender-pays tie-in", "who RECKONED 5B means…"), told in the window by the notes' verb with
// its doer (who49): "LIRNEasia called the link … incoherent", "Reporters Without Borders argued
// that governments cannot block this traffic…". Read only where the window answers the question
// otherwise (every other required word met, `verbsSaidOtherwise`, coverage-window.ts).
import { isCommonWord } from "./common-words.ts";
import type { QuestionDemands } from "./question-demands.ts";
import { taggedWords } from "./tagged-words.ts";
import { type Analyze, containsTerm, type KeyTerm } from "./terms.ts";

/** Adverbs that may stand between a doer and its verb ("Sweden and the United States pushed INSTEAD for…" has it after). */
const BETWEEN = new Set(["also", "then", "later", "still", "first", "instead", "jointly"]);

/**
 * Whether a sentence tells a doer the question does not name acting on what the question asks: a
 * capitalised name (not a common word, not the question's) right before a verb (one adverb
 * between at most), and half the weight of the question's other required words (those some
 * passage writes) written after the verb. Not a name
 * after "According to" with no verb of its own ("According to Brito, TD-62 … was among the first
 * important leaks": no one slipped it), nor a doer whose act is about something else ("the Chair
 * said it had not", after "Spain asked whether that had been a vote").
 */
export function doerActsOn(
  sentence: string,
  d: QuestionDemands,
  verb: KeyTerm,
  analyzeText: Analyze,
): boolean {
  const others = d.required.filter(
    (k) => k !== verb && !k.fromContext && !k.asked && !k.unseen && !k.generic,
  );
  if (others.length === 0) return false;
  const whole = others.reduce((sum, k) => sum + k.weight, 0);
  const words = taggedWords(sentence);
  return words.some((t, n) => {
    if (!/^\p{Lu}/u.test(t.text) || isCommonWord(t.text)) return false;
    if (analyzeText(t.text).some((term) => d.questionTerms.has(term))) return false;
    const next = BETWEEN.has(words[n + 1]?.text.toLowerCase() ?? "") ? n + 2 : n + 1;
    const act = words[next];
    if (act === undefined || !act.tags.includes("Verb")) return false;
    const rest = words
      .slice(next + 1)
      .map((w) => w.text)
      .join(" ");
    const said = new Set(analyzeText(rest));
    const met = others.filter((k) => containsTerm(said, k)).reduce((sum, k) => sum + k.weight, 0);
    return met * 2 >= whole;
  });
}
