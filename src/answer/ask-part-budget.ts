// A question answered ask by ask (`composeEachAsk`) gets a whole extractive answer for each ask,
// each with its own room, so two or three asks ran to 160–240 words. Where the parts joined run
// past the joined answer's room, each part keeps the sentences stating what its ask asks (the
// date, count, doer or reason it wants, beside a word of the ask; for any other kind the part's
// lead) with the sentence each leans on, and its other sentences come back while there is room.

import { type CitedText, joinedAnswers, sentencesOf, stated, statedWordCount } from "./asks.ts";
import { carriesAnswer, type ExpectedAnswer } from "./evidence.ts";
import { isRequired } from "./key-term-roles.ts";
import { leansOnPrevious } from "./sentences.ts";
import { type Analyze, containsTerm, type KeyTerm } from "./terms.ts";

/**
 * The most words an answer given ask by ask runs to: issue #12's upper bound (60–150 words unless
 * a list is asked), and the room a comparison's two sides share (`COMPARISON_WORDS`), which a
 * question of two or three asks is like. One ask's answer aims at 125 words (`ANSWER_WORDS`), so
 * two whole answers joined could not fit; each ask's stated detail with its lean-on sentence is
 * one or two sentences, 20–60 words, so three of them fit.
 */
export const JOINED_ANSWER_WORDS = 150;

/** One ask's answer, with what the ask asks for. */
export interface AskPart {
  reply: CitedText;
  /** The kind of answer the ask expects (its shape's). */
  expected: ExpectedAnswer;
  /** The ask's own key terms. */
  keyTerms: readonly KeyTerm[];
}

/** The sentences of one part, each marked as stating the ask or not. */
interface PartSentences {
  sentences: string[];
  kept: boolean[];
}

/**
 * The parts' answers within `room` words joined (`joinedAnswers`): unchanged where they fit;
 * else each part keeps its lead and the sentences stating an ask (`statesAsk`), with those they
 * lean on, and the others are given back in reading order, the parts in turn, while the whole
 * fits (a sentence too long for the room left is passed over for a later one). The stating
 * sentences are never dropped: where they alone run past the room, the answer does too.
 */
export function partsWithinRoom(
  parts: readonly AskPart[],
  readText: Analyze,
  room = JOINED_ANSWER_WORDS,
): CitedText[] {
  if (wordsOf(joinedAnswers(parts.map((p) => p.reply))) <= room) {
    return parts.map((p) => p.reply);
  }
  const read = parts.map((p) => statingSentences(p, parts, readText));
  const cited = () => read.map((r, i) => keptReply(r, parts[i]?.reply as CitedText));
  // (Turn about: each part's first sentence left out, then each one's second…)
  const rest = read
    .flatMap((r, i) => r.sentences.map((_, j) => [i, j] as const))
    .sort((a, b) => a[1] - b[1] || a[0] - b[0]);
  for (const [i, j] of rest) {
    const r = read[i] as PartSentences;
    if (r.kept[j]) continue;
    const before = [...r.kept];
    keepWithLeans(r, j);
    if (wordsOf(joinedAnswers(cited())) > room) r.kept = before;
  }
  return cited();
}

/**
 * A part's sentences, those stating an ask (`statesAsk`: its own or another's, whose sentence an
 * earlier part may quote) marked kept with the ones they lean on, and its lead in any case. A
 * part asking no date, count, span or doer is kept whole: a reason or an account runs over
 * sentences that name none of the ask's words ("His concern was that…", "Key choices … are
 * outside the ITU's expertise").
 */
function statingSentences(
  part: AskPart,
  parts: readonly AskPart[],
  readText: Analyze,
): PartSentences {
  const sentences = sentencesOf(part.reply.text);
  const whole = !FACT_ASKED.has(part.expected);
  const read: PartSentences = { sentences, kept: sentences.map(() => whole) };
  sentences.forEach((s, j) => {
    const said = new Set(readText(stated(s)));
    if (j === 0 || parts.some((p) => statesAsk(stated(s), said, p))) keepWithLeans(read, j);
  });
  return read;
}

/** The kinds of answer a sentence states in passing: a date, a count, a span, a doer. */
const FACT_ASKED: ReadonlySet<ExpectedAnswer> = new Set(["date", "number", "duration", "agent"]);

/**
 * Whether a sentence states what an ask asks: for a date, a count, a span or a doer, that kind of
 * answer beside one of the ask's required words; for any other kind (whose own part is kept
 * whole), one of those words, so that a fact part keeps what it quotes of the other ask: "Key
 * choices … are outside the ITU's expertise" in the part naming who coordinated the African
 * proposals, for "…and why did CDT think the African data-retention idea was out of the ITU's
 * lane" (in-3580; read by half the ask's words, it was dropped).
 */
function statesAsk(sentence: string, said: ReadonlySet<string>, part: AskPart): boolean {
  const own = part.keyTerms.filter((k) => isRequired(k) && !k.fromContext);
  const met = own.filter((k) => containsTerm(said, k)).length;
  if (FACT_ASKED.has(part.expected)) {
    return carriesAnswer(sentence, part.expected) && (own.length === 0 || met > 0);
  }
  return own.length > 0 && met >= 1;
}

/** Marks a sentence kept, with the run of sentences before it that it leans on. */
function keepWithLeans(read: PartSentences, at: number): void {
  for (let j = at; j >= 0 && j < read.sentences.length; j--) {
    read.kept[j] = true;
    if (!leansOnPrevious(stated(read.sentences[j] ?? ""))) break;
  }
}

/** The part's kept sentences as a cited text (unused citations go at `joinedAnswers`). */
function keptReply(read: PartSentences, reply: CitedText): CitedText {
  const text = read.sentences.filter((_, j) => read.kept[j]).join(" ");
  return { text, citations: reply.citations };
}

/** The words of a cited text, markers not counted. */
function wordsOf(answer: CitedText): number {
  return statedWordCount(answer.text);
}
