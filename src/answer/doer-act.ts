// A who question's act asked in the asker's own verb, one the corpus never uses ("which country
// DISOWNED the bloc text", "which groups LAMBASTED the procedure"), told in the window by the
// notes' verb with its doer ("Egypt publicly denied ever supporting it"). First tried in who49 on
// any verb after a doer, which answered who questions whose act the corpus never records ("who
// ELECTED Kramer…" by "Obama chose Kramer…", "who PERSUADED the working group…" by "Russia asked
// the working group…"); so the told verb must say the asked act in one of its senses
// (`verbsShareSense`, thesaurus.ts) (who50). Read only where the window answers the question
// otherwise (every other required word met, `verbsSaidOtherwise`, coverage-window.ts).
import nlp from "compromise/two";
import { verbsShareSense } from "../search/thesaurus.ts";
import { isCommonWord } from "./common-words.ts";
import type { QuestionDemands } from "./question-demands.ts";
import { type TaggedWord, wordsOf } from "./tagged-words.ts";
import { type Analyze, containsTerm, type KeyTerm } from "./terms.ts";

/** Adverbs that may stand between a doer and its verb ("Sweden and the United States pushed INSTEAD for…" has it after). */
const BETWEEN = new Set(["also", "then", "later", "still", "first", "instead", "jointly"]);

/** A text's words as the tagger reads them, with each verb's bare form ("denied" → "deny"). */
function rootedWords(text: string): TaggedWord[] {
  const doc = nlp(text);
  doc.compute("root");
  return wordsOf(doc);
}

/** A word's forms to look up: as written and its bare form, lower case. */
function formsOf(word: TaggedWord): string[] {
  return [...new Set([word.text, word.root ?? word.text].map((w) => w.toLowerCase()))];
}

/** Whether `word` may stand between a doer and its verb: a listed adverb, or one in "-ly" ("Egypt PUBLICLY denied…"). */
function standsBetween(word: TaggedWord | undefined): boolean {
  if (word === undefined) return false;
  const text = word.text.toLowerCase();
  return BETWEEN.has(text) || (word.tags.includes("Adverb") && text.endsWith("ly"));
}

/**
 * Whether a sentence tells a doer the question does not name doing the act asked: a capitalised
 * name (not a common word, not the question's) right before a verb (one adverb between at most)
 * that says the asked verb in one of its senses (`verbsShareSense`), and half the weight of the
 * question's other required words (those some passage writes) written after the verb. Not a name
 * after "According to" with no verb of its own ("According to Brito, TD-62 … was among the first
 * important leaks": no one slipped it), nor a doer whose act is another ("the Chair said it had
 * not", after "Spain asked whether that had been a vote"; "Russia asked the working group…" for
 * "who persuaded the working group…").
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
  if (others.length === 0 || d.question === undefined) return false;
  const asked = rootedWords(d.question)
    .filter((w) => analyzeText(w.text).includes(verb.term))
    .flatMap(formsOf);
  if (asked.length === 0) return false;
  const whole = others.reduce((sum, k) => sum + k.weight, 0);
  const words = rootedWords(sentence);
  return words.some((t, n) => {
    if (!/^\p{Lu}/u.test(t.text) || isCommonWord(t.text)) return false;
    if (analyzeText(t.text).some((term) => d.questionTerms.has(term))) return false;
    const next = standsBetween(words[n + 1]) ? n + 2 : n + 1;
    const act = words[next];
    if (act === undefined || !act.tags.includes("Verb")) return false;
    const told = formsOf(act);
    if (!asked.some((a) => told.some((w) => verbsShareSense(a, w)))) return false;
    const rest = words
      .slice(next + 1)
      .map((w) => w.text)
      .join(" ");
    const said = new Set(analyzeText(rest));
    const met = others.filter((k) => containsTerm(said, k)).reduce((sum, k) => sum + k.weight, 0);
    return met * 2 >= whole;
  });
}
