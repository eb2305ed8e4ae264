// A why ask answered with the facts around its act and no reason (why51): the answer holds no
// sentence giving grounds (`givesReasons`) that names two of the ask's words, while a passage of
// the question's top eight does. That sentence, the one meeting most of the ask's words, is added
// after the answer, with the sentence it leans on where it points back. The notes often tell the
// act in one paragraph and the grounds in another, or a sentence or two after it, and the answer
// quoted the act's paragraph cut to the sentences naming the question.
import { analyzeQuestion } from "../search/question.ts";
import { splitSentences } from "../text.ts";
import type { ScoredPassage } from "../types.ts";
import { type AskContext, throughEachAsk } from "./ask-steps.ts";
import {
  ASK_SENTENCE_ANSWER_WORDS,
  type CitedText,
  sentenceAdder,
  sentencesOf,
  stated,
} from "./asks.ts";
import { buildCitation } from "./citations.ts";
import { pointingPhrase } from "./demonstrative-referent.ts";
import { givesReasons } from "./evidence.ts";
import { displaySentence, opensWithReferent } from "./sentences.ts";
import { containsTerm } from "./terms.ts";

/** How many passages are read for an ask's grounds: the top eight the answer was built from. */
const READ_PASSAGES = 8;

/** How many of the ask's words the grounds' sentence must name: its act and a party, or two of either. */
const MIN_MET = 2;

/** A sentence pointing back at the one before it ("They noted…", "This last criterion…"). */
const pointsBack = (s: string) => opensWithReferent(s) || pointingPhrase(s) !== undefined;

/** A sentence found for an ask, with the sentence before it in its passage. */
interface Found {
  scored: ScoredPassage;
  sentence: string;
  before: string | undefined;
  met: number;
}

/**
 * Each why ask of a question (its own shape asking a reason) gets a sentence of grounds naming its
 * words where the answer has none. Run after coverage is decided: it never answers a refused
 * question nor changes coverage. A question of one ask is read too: its answer is cut to the act's
 * sentences as a joined one's is.
 */
export function withAsksOwnReasons(answer: CitedText, context: AskContext): CitedText {
  const { asks, passages, tools, question } = context;
  const texts = passages.map(({ passage }) => passage.text);
  return throughEachAsk(
    answer,
    asks,
    () => (said, ask) => {
      const shape = tools.shapeOf(analyzeQuestion(ask), texts);
      if (shape.expected !== "reason" || shape.list !== undefined) return said;
      // Only the reasons of a named doer: a reason with no one holding it is any sentence of grounds.
      const doer = shape.doer;
      if (doer === undefined || doer.length === 0) return said;
      return withReasonOf(said, ask, doer, question, passages.slice(0, READ_PASSAGES), context);
    },
    1,
  );
}

function withReasonOf(
  answer: CitedText,
  ask: string,
  doer: readonly string[],
  question: string,
  passages: readonly ScoredPassage[],
  { tools }: AskContext,
): CitedText {
  const { keyTermsFor, analyzeText } = tools;
  const words = keyTermsFor(ask).filter((k) => !k.asked);
  const meets = (s: string) => {
    const said = new Set(analyzeText(s));
    return words.filter((k) => containsTerm(said, k)).length;
  };
  const kept = sentencesOf(answer.text).map(stated);
  const namesDoer = (s: string) => {
    const said = new Set(analyzeText(s));
    return doer.every((t) => said.has(t));
  };
  const groundsMet = (s: string) => (givesReasons(s) && namesDoer(s) ? meets(s) : 0);
  const most = Math.max(0, ...kept.map(groundsMet));
  if (most >= MIN_MET) return answer;
  const found = groundsIn(passages, groundsMet, new Set(kept));
  if (found === undefined || found.met <= most) return answer;
  const text = found.before === undefined ? found.sentence : `${found.before} ${found.sentence}`;
  const from: CitedText = {
    text: `${text} [1]`,
    citations: [buildCitation(found.scored, 1, found.sentence)],
  };
  const questionWords = keyTermsFor(question).filter((k) => !k.asked);
  const namesQuestion = (s: string) => {
    const said = new Set(analyzeText(s));
    return questionWords.filter((k) => containsTerm(said, k)).length >= MIN_MET;
  };
  const add = sentenceAdder((_kept, _to, from) => sentencesOf(from.text).join(" "));
  return add(answer, from, meets, {
    maxWords: ASK_SENTENCE_ANSWER_WORDS,
    // A sentence naming fewer than two of the question's words and giving no grounds makes room.
    filler: (s) => !givesReasons(s) && !namesQuestion(s),
  });
}

/**
 * The sentence of grounds meeting most of the ask's words (`MIN_MET` at least) in the passages,
 * the better ranked of equals, not one the answer holds; one pointing back comes with the sentence
 * before it, where that one points back at nothing.
 */
function groundsIn(
  passages: readonly ScoredPassage[],
  groundsMet: (s: string) => number,
  held: ReadonlySet<string>,
): Found | undefined {
  let best: Found | undefined;
  for (const scored of passages) {
    const shown = splitSentences(scored.passage.text).map((s) => displaySentence(s.text));
    shown.forEach((sentence, i) => {
      if (held.has(sentence)) return;
      const met = groundsMet(sentence);
      if (met < MIN_MET || met <= (best?.met ?? 0)) return;
      if (!pointsBack(sentence)) {
        best = { scored, sentence, before: undefined, met };
        return;
      }
      const before = shown[i - 1];
      if (before === undefined || pointsBack(before)) return;
      best = { scored, sentence, before: held.has(before) ? undefined : before, met };
    });
  }
  return best;
}
