// An ask of a question asking two things or more, its own sentence in a passage the answer leaves
// unquoted (join43, on part42's reading): the sentence among the question's passages meeting most
// of the ask's words, where no sentence of the answer meets as many, added only where it tells the
// act asked (`tellsAskedAct`), not the ask's words in passing, and only with the sentence it leans
// on where it leans on one ("He also reported…", "That resolution asked…").
import { analyze } from "../search/analyze.ts";
import { analyzeQuestion } from "../search/question.ts";
import { splitSentences } from "../text.ts";
import type { ScoredPassage } from "../types.ts";
import { type AskContext, throughEachAsk } from "./ask-steps.ts";
import {
  ASK_SENTENCE_ANSWER_WORDS,
  answerMeets,
  type CitedText,
  type SentencePick,
  sentenceAdder,
  sentencesOf,
  stated,
} from "./asks.ts";
import type { AskTools } from "./asks-stated.ts";
import { pointingPhrase } from "./demonstrative-referent.ts";
import { composeExtractive } from "./extractive.ts";
import { type AskedAct, askedActOf, tellsAskedAct } from "./sentence-act.ts";
import { displaySentence, opensWithReferent } from "./sentences.ts";
import { withoutSenseWords } from "./term-alternatives.ts";
import { containsTerm } from "./terms.ts";

/**
 * How many of an ask's words one sentence must meet to be read as that ask's sentence (part42):
 * two are often a name and a common word in passing; three put the ask's act and its parties in
 * one sentence.
 */
export const OWN_MET_MIN = 3;

/** The most words the answer runs to with the sentence added. */
const MAX_ANSWER_WORDS = ASK_SENTENCE_ANSWER_WORDS;

/** A passage and how many of an ask's words its best sentence meets. */
interface BestPlace {
  scored: ScoredPassage;
  met: number;
}

/** How one ask is read: its words' count in a sentence, and the act it asks. */
interface AskReading {
  ask: string;
  context: string;
  act: AskedAct;
  questionTerms: ReadonlySet<string>;
}

/**
 * The passage whose sentence meets most of an ask's words (`meets`), `OWN_MET_MIN` at least; the
 * better ranked of passages meeting as many.
 */
export function placeMeetingMost(
  passages: readonly ScoredPassage[],
  meets: (sentence: string) => number,
): BestPlace | undefined {
  let best: BestPlace | undefined;
  for (const scored of passages) {
    const met = Math.max(0, ...splitSentences(scored.passage.text).map((s) => meets(s.text)));
    if (met >= OWN_MET_MIN && met > (best?.met ?? 0)) best = { scored, met };
  }
  return best;
}

/**
 * A question asking two things or more is answered from the place best covering it as a whole,
 * and an ask's own sentence may sit in another of the question's passages, unquoted. Each ask is
 * read again (`withOwnSentenceOf`). Run after coverage is decided: it never answers a refused
 * question nor changes coverage.
 */
export function withAsksOwnSentences(
  answer: CitedText,
  { question, asks, passages, tools }: AskContext,
): CitedText {
  return throughEachAsk(answer, asks, () => {
    const questionTerms = new Set(tools.analyzeText(question));
    return (stated, ask, i) => {
      const context = asks.filter((_, j) => j !== i).join(" ");
      const reading = { ask, context, act: askedActOf(ask), questionTerms };
      return withOwnSentenceOf(stated, reading, passages, tools);
    };
  });
}

/**
 * An ask's sentence added where the answer lacks it: among the sentences telling the asked act
 * that name a word of the ask the answer leaves unnamed, the passage whose sentence meets most of
 * the ask's words (`OWN_MET_MIN` at least) is read for the ask where no sentence of the answer
 * meets as many, and that reading's sentence meeting as many is added after the answer
 * (`pickOwnSentence`), within `MAX_ANSWER_WORDS`, no sentence giving way.
 */
function withOwnSentenceOf(
  answer: CitedText,
  reading: AskReading,
  passages: readonly ScoredPassage[],
  tools: AskTools,
): CitedText {
  const { keyTermsFor, keyTermsWithContext, shapeOf, analyzeText, readText } = tools;
  const saidIn = (text: string) => new Set(analyzeText(text));
  const askTerms = keyTermsFor(reading.ask);
  const words = askTerms.filter((k) => !k.asked);
  const saidNow = saidIn(answer.text);
  const unnamed = words.filter((k) => !containsTerm(saidNow, k));
  const meets = (s: string) => {
    const said = saidIn(s);
    return words.filter((k) => containsTerm(said, k)).length;
  };
  const named = { question: reading.questionTerms, ask: new Set(words.map((k) => k.term)) };
  const tells = (s: string) => tellsAskedAct(s, reading.act, named, analyzeText);
  const meetsOwn = (s: string) =>
    unnamed.some((k) => containsTerm(saidIn(s), k)) && tells(s) ? meets(s) : 0;
  const place = placeMeetingMost(passages, meetsOwn);
  if (place === undefined || answerMeets(answer, meets, place.met)) return answer;
  const terms = keyTermsWithContext(askTerms, reading.context).map(withoutSenseWords);
  const texts = passages.map(({ passage }) => passage.text);
  const { list: _, ...shape } = shapeOf(analyzeQuestion(reading.ask), texts);
  const read = composeExtractive([place.scored], terms, readText, shape);
  if (!read) return answer;
  const atFloor = (s: string) => (meetsOwn(s) >= place.met ? meetsOwn(s) : 0);
  const pick = pickOwnSentence(place.scored.passage.text);
  return sentenceAdder(pick)(answer, read, atFloor, NO_GIVING_WAY);
}

/** Within `MAX_ANSWER_WORDS`, no sentence of the answer giving way. */
const NO_GIVING_WAY = { maxWords: MAX_ANSWER_WORDS, filler: () => false };

/**
 * The reading's first sentence at the floor (`meets`), not already in the answer; one pointing
 * back at the sentence before it in its passage (`pointsBack`) only where the
 * answer quotes that sentence, or with it, put before it under the same markers, where that one
 * leans on nothing itself. Otherwise none: a "He also reported…" whose "he" the answer never
 * names tells nobody's act.
 */
function pickOwnSentence(passageText: string): SentencePick {
  return (kept, _to, from, meets) => {
    const has = new Set(kept.map(stated));
    const found = sentencesOf(from.text).find((s) => meets(stated(s)) > 0 && !has.has(stated(s)));
    if (found === undefined) return undefined;
    const own = stated(found);
    if (!pointsBack(own)) return found;
    const before = sentenceBefore(passageText, own);
    if (before === undefined) return undefined;
    if (has.has(before)) return found;
    if (pointsBack(before)) return undefined;
    const markers = /(?:\s*\[\d+\])+\s*$/u.exec(found)?.[0].trim() ?? "";
    return `${before} ${markers} ${found}`;
  };
}

/**
 * Whether a sentence points back at the one before for what it tells of: it opens with a pronoun or
 * a demonstrative ("He also reported…", "That resolution asked…"), or a "this X" stands in it
 * (the eval's orphan reading). A likening ("The Czech delegation likewise said…") names its own
 * subject and is read alone.
 */
const pointsBack = (s: string) => opensWithReferent(s) || pointingPhrase(s) !== undefined;

/** The sentence before `sentence` in its passage, as displayed; none where it opens it. */
function sentenceBefore(passageText: string, sentence: string): string | undefined {
  const shown = splitSentences(passageText).map((s) => displaySentence(s.text));
  const key = analyze(sentence).join(" ");
  const at = shown.findIndex((s) => analyze(s).join(" ") === key);
  return at > 0 ? shown[at - 1] : undefined;
}
