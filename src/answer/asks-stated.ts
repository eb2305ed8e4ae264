// An answer to a question asking two things or more, with each later ask's fact stated: read
// from the same passages as a follow-up of the other asks, and added where the answer lacks it.
import { analyzeQuestion, type QuestionAnalysis } from "../search/question.ts";
import { splitSentences } from "../text.ts";
import type { ScoredPassage } from "../types.ts";
import { type AskContext, throughEachAsk } from "./ask-steps.ts";
import {
  answerMeets,
  type CitedText,
  distinctTerms,
  type LeadRule,
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
  { asks, passages, keyTerms, tools }: AskContext,
): CitedText {
  return throughEachAsk(answer, asks, () => {
    const reading = askReading(asks, passages, keyTerms, tools);
    return (stated, ask, i) => withAskStated(stated, askRead(i, ask, reading), reading);
  });
}

/** What every ask of a question is read with. */
interface AskReading {
  asks: readonly string[];
  passages: readonly ScoredPassage[];
  tools: AskTools;
  /** The passages' texts, to read an ask's answer shape from. */
  texts: string[];
  /** Each ask's key terms, and those it alone names (`distinctTerms`). */
  askTerms: KeyTerm[][];
  distinct: KeyTerm[][];
  /** The index terms a text says, to test key terms against. */
  saidIn: (text: string) => Set<string>;
  /** How a sentence is added: within the answer's length, room made by what the question does not require. */
  unmetRule: Omit<LeadRule, "namesAsk">;
}

/** One ask, as read for its fact. */
interface AskRead {
  ask: string;
  index: number;
  /** What it alone names. */
  own: KeyTerm[];
  shape: Omit<AnswerShape, "list">;
  /** Its key terms, the other asks' as context, sense words left out. */
  terms: KeyTerm[];
  /** Its own words, not what it asks. */
  words: KeyTerm[];
  /** How many of its words a sentence meets. */
  meets: (sentence: string) => number;
}

function askReading(
  asks: readonly string[],
  passages: readonly ScoredPassage[],
  keyTerms: readonly KeyTerm[],
  tools: AskTools,
): AskReading {
  const askTerms = asks.map(tools.keyTermsFor);
  const saidIn = (text: string) => new Set(tools.analyzeText(text));
  const namesRequired = meetsAny(saidIn, keyTerms.filter(isRequired));
  const notRequired = (sentence: string) => !namesRequired(sentence);
  return {
    asks,
    passages,
    tools,
    texts: passages.map(({ passage }) => passage.text),
    askTerms,
    distinct: distinctTerms(askTerms),
    saidIn,
    unmetRule: { maxWords: MAX_ANSWER_WORDS, filler: notRequired },
  };
}

/** The ask read as a sentence (a list shape read as one), with the other asks as context. */
function askRead(index: number, ask: string, reading: AskReading): AskRead {
  const { asks, askTerms, tools, saidIn } = reading;
  const context = asks.filter((_, j) => j !== index).join(" ");
  const { list: _, ...shape } = tools.shapeOf(analyzeQuestion(ask), reading.texts);
  const terms = tools.keyTermsWithContext(askTerms[index] ?? [], context).map(withoutSenseWords);
  const words = (askTerms[index] ?? []).filter((k) => !k.asked);
  const meets = (s: string) => {
    const said = saidIn(s);
    return words.filter((k) => containsTerm(said, k)).length;
  };
  return { ask, index, own: reading.distinct[index] ?? [], shape, terms, words, meets };
}

/** The answer with one ask's fact stated: a later ask's lead, its unnamed words, its kind of answer. */
function withAskStated(answer: CitedText, asked: AskRead, reading: AskReading): CitedText {
  let stated = asked.index === 0 ? answer : withLaterAskLead(answer, asked, reading);
  stated = withUnnamedAskSentence(stated, asked, reading);
  if (hasSpecificCue(asked.shape.expected)) stated = withTypedAskStated(stated, asked, reading);
  return stated;
}

/** A later ask answered from the same passages as a follow-up: its sentence, or its lead. */
function withLaterAskLead(answer: CitedText, asked: AskRead, reading: AskReading): CitedText {
  const { passages, tools, unmetRule } = reading;
  const reply = composeExtractive(passages, asked.terms, tools.readText, asked.shape);
  if (reply && asked.own.length === 0) {
    // (An ask naming nothing of its own: its sentence in a passage the answer cites.)
    return withAskSentence(answer, reply, asked.meets, unmetRule);
  }
  if (reply) {
    return withLeadOf(answer, reply, {
      ...unmetRule,
      namesAsk: meetsAny(reading.saidIn, asked.own),
    });
  }
  return answer;
}

/** The ask's sentence from the first passage naming what it alone names and the answer does not. */
function withUnnamedAskSentence(answer: CitedText, asked: AskRead, reading: AskReading): CitedText {
  const saidNow = reading.saidIn(answer.text);
  const unnamed = asked.own.filter((k) => !containsTerm(saidNow, k));
  const place = unnamed.length > 0 ? firstNaming(reading, unnamed) : undefined;
  const fromPlace =
    place && composeExtractive([place], asked.terms, reading.tools.readText, asked.shape);
  if (!fromPlace) return answer;
  return withUnmetAskSentence(answer, fromPlace, asked.meets, reading.unmetRule);
}

/**
 * The sentence giving the ask's kind of answer beside its words, read from the passage giving it
 * with most of them, where none of the answer's sentences does.
 */
function withTypedAskStated(answer: CitedText, asked: AskRead, reading: AskReading): CitedText {
  const { expected } = asked.shape;
  const typedMeets = (s: string) => (carriesAnswer(s, expected) ? asked.meets(s) : 0);
  const inClause = {
    carries: (c: string) => carriesAnswer(c, expected),
    meets: asked.meets,
    namesRequired: meetsEvery(reading.saidIn, asked.words.filter(isRequired)),
  };
  const tied = asksValueOfItsOwn(asked.ask, expected) ? inClause : undefined;
  const givingMeets = (s: string) => givingAskedMeets(s, typedMeets(s), tied);
  const giving =
    !answerMeets(answer, typedMeets, TYPED_ANSWERED_MIN_MET) &&
    placeGivingAsked(reading.passages, givingMeets);
  const alone = (reading.askTerms[asked.index] ?? []).map(withoutSenseWords);
  const ownReading =
    giving && composeExtractive([giving], alone, reading.tools.readText, asked.shape);
  if (!ownReading) return answer;
  return withTypedAskSentence(answer, ownReading, givingMeets, reading.unmetRule);
}

/** The first of the question's passages naming one of `terms`. */
function firstNaming(reading: AskReading, terms: readonly KeyTerm[]): ScoredPassage | undefined {
  return reading.passages.find(({ passage }) => meetsAny(reading.saidIn, terms)(passage.text));
}

function meetsEvery(saidIn: AskReading["saidIn"], terms: readonly KeyTerm[]) {
  return (sentence: string) => {
    const said = saidIn(sentence);
    return terms.every((k) => containsTerm(said, k));
  };
}

function meetsAny(saidIn: AskReading["saidIn"], terms: readonly KeyTerm[]) {
  return (sentence: string) => {
    const said = saidIn(sentence);
    return terms.some((k) => containsTerm(said, k));
  };
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
