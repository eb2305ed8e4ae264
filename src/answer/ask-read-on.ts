// An ask of a question asking two things or more, its sentence in the answer read on (join48): the
// answer quotes the sentence naming what the ask is about and leaves out the one beside it in the
// same passage that tells what the ask asks ("CEPT said its 48 members had succeeded…" quoted,
// "It added that … most CEPT members could not accept them." left out, for "why did CEPT say most
// of its members couldn't accept the final text"). That neighbour is added next to it, under the
// same markers, where it meets two of the ask's own words; room is made by the answer's last
// sentences that state nothing the question requires.
import { analyze } from "../search/analyze.ts";
import { splitSentences } from "../text.ts";
import type { ScoredPassage } from "../types.ts";
import { type AskContext, throughEachAsk } from "./ask-steps.ts";
import {
  ASK_SENTENCE_ANSWER_WORDS,
  type CitedText,
  sentencesOf,
  stated,
  statedWordCount,
} from "./asks.ts";
import { renumberCitations } from "./citations.ts";
import { isRequired } from "./key-term-roles.ts";
import { displaySentence, isRunInHeading, leansOnPrevious } from "./sentences.ts";
import { containsTerm } from "./terms.ts";

/**
 * How many of an ask's own words the sentence quoted for it, and its neighbour added, must each
 * meet: one is often the name the whole question turns on, which many sentences of a passage share.
 */
export const READ_ON_MIN_MET = 2;

/** The most words the answer runs to with the sentence added. */
const MAX_ANSWER_WORDS = ASK_SENTENCE_ANSWER_WORDS;

/** How many of one ask's own words a sentence meets. */
type AskMeets = (sentence: string) => number;

/** One sentence of a passage, as an answer shows it, and its key for comparing. */
interface PlaceSentence {
  shown: string;
  key: string;
}

/**
 * Each ask's sentence in the answer read on: for every ask (`asks`, two or more), the answer's
 * sentence meeting most of the ask's words (`READ_ON_MIN_MET` at least) is found in its cited
 * passage, and where the sentence after it there (or, failing that, the one before) is not in
 * the answer and meets `READ_ON_MIN_MET` of the ask's words too, it is put beside it under the
 * same markers. One sentence per ask, within `MAX_ANSWER_WORDS`; never where the answer cannot
 * make room. It changes no coverage and adds no source the answer does not cite.
 */
export function withAsksReadOn(
  answer: CitedText,
  { asks, passages, keyTerms, tools }: AskContext,
): CitedText {
  return throughEachAsk(answer, asks, () => {
    const saidIn = (text: string) => new Set(tools.analyzeText(text));
    const required = keyTerms.filter(isRequired);
    // (Every ask's count is made before the turns, not in its own: the filler, what may give way
    // to a sentence read on, reads them all.)
    const askMeets = asks.map((ask) => {
      const words = tools.keyTermsFor(ask).filter((k) => !k.asked);
      return (s: string) => {
        const said = saidIn(s);
        return words.filter((k) => containsTerm(said, k)).length;
      };
    });
    // (A sentence meeting two words of some ask is that ask's, however few required terms it
    // names.)
    const filler = (s: string) => {
      const said = saidIn(s);
      return (
        !required.some((k) => containsTerm(said, k)) &&
        askMeets.every((meets) => meets(s) < READ_ON_MIN_MET)
      );
    };
    return (read, _, i) => withAskReadOn(read, askMeets[i] as AskMeets, passages, filler);
  });
}

/** The answer with one ask's quoted sentence read on, or as it was. */
function withAskReadOn(
  answer: CitedText,
  meets: (sentence: string) => number,
  passages: readonly ScoredPassage[],
  filler: (sentence: string) => boolean,
): CitedText {
  const kept = sentencesOf(answer.text);
  const at = anchorOf(kept, meets);
  if (at === undefined) return answer;
  const anchor = kept[at] as string;
  const markers = /(?:\s*\[\d+\])+\s*$/u.exec(anchor)?.[0].trim() ?? "";
  const cited = new Set(
    [...markers.matchAll(/\[(\d+)\]/g)].map(
      (m) => answer.citations.find((c) => c.n === Number(m[1]))?.passageId,
    ),
  );
  const place = passages.find(({ passage }) => cited.has(passage.id));
  if (place === undefined) return answer;
  const quoted = new Set(kept.map((s) => keyOf(stated(s))));
  const neighbour = neighbourOf(place, keyOf(stated(anchor)), quoted, meets);
  if (neighbour === undefined) return answer;
  const added = `${neighbour.shown} ${markers}`;
  kept.splice(neighbour.after ? at + 1 : at, 0, added);
  return withinLength(kept, added, anchor, answer, filler);
}

/** The index of the answer's sentence meeting most of the ask's words, `READ_ON_MIN_MET` at least. */
function anchorOf(kept: readonly string[], meets: (sentence: string) => number) {
  let best: number | undefined;
  let most = READ_ON_MIN_MET - 1;
  for (const [i, s] of kept.entries()) {
    const met = meets(stated(s));
    if (met > most) [best, most] = [i, met];
  }
  return best;
}

/**
 * The sentence after the anchor in its passage, else the one before (where the anchor does not
 * lean on it: then the answer's own reading put it there), not quoted, not a run-in heading, and
 * meeting `READ_ON_MIN_MET` of the ask's words; one leaning on a sentence other than the anchor
 * never (its "it" would point at nothing the answer says).
 */
function neighbourOf(
  place: ScoredPassage,
  anchorKey: string,
  quoted: ReadonlySet<string>,
  meets: (sentence: string) => number,
): (PlaceSentence & { after: boolean }) | undefined {
  const { text, sectionPath } = place.passage;
  const sentences: PlaceSentence[] = splitSentences(text)
    .filter((s) => !isRunInHeading(s.text, sectionPath))
    .map((s) => {
      const shown = displaySentence(s.text);
      return { shown, key: keyOf(shown) };
    });
  const i = sentences.findIndex((s) => s.key === anchorKey);
  if (i < 0) return undefined;
  const fits = (s: PlaceSentence | undefined) =>
    s !== undefined && !quoted.has(s.key) && meets(s.shown) >= READ_ON_MIN_MET;
  const next = sentences[i + 1];
  if (fits(next)) return { ...(next as PlaceSentence), after: true };
  const before = sentences[i - 1];
  if (fits(before) && !leansOnPrevious(before?.shown ?? "")) {
    return { ...(before as PlaceSentence), after: false };
  }
  return undefined;
}

const keyOf = (sentence: string) => analyze(sentence).join(" ");

/**
 * The answer's sentences (`kept`, with `added`) within `MAX_ANSWER_WORDS`: its last sentences
 * stating nothing the question requires (`filler`) make room, never its first, the anchor, the
 * one added or one the next leans on; the answer as it was where that is not room enough.
 */
function withinLength(
  kept: string[],
  added: string,
  anchor: string,
  answer: CitedText,
  filler: (sentence: string) => boolean,
): CitedText {
  const total = () => statedWordCount(kept.join(" "));
  for (let i = kept.length - 1; i > 0 && total() > MAX_ANSWER_WORDS; i--) {
    const sentence = kept[i] as string;
    const leanedOn = i + 1 < kept.length && leansOnPrevious(stated(kept[i + 1] as string));
    if (sentence === added || sentence === anchor || leanedOn) continue;
    if (filler(stated(sentence))) kept.splice(i, 1);
  }
  if (total() > MAX_ANSWER_WORDS) return answer;
  return renumberCitations(kept.join(" "), answer.citations);
}
