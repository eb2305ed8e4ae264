// A question asking two things, judged and answered ask by ask (join26): whether a later ask is
// met by nothing of the passage covering the whole question, and the answer built one ask at a
// time from the passages covering each (`byEachAsk`, coverage-otherwise.ts).
import { PERSON_PRONOUNS, pointingWords, THING_PRONOUNS } from "../search/pointing-words.ts";
import { analyzeQuestion } from "../search/question.ts";
import { setApartAsAsk } from "../search/question-ask-joins.ts";
import { splitAsks } from "../search/question-asks.ts";
import type { Passage, ScoredPassage } from "../types.ts";
import { subjectFirst } from "./answer-passages.ts";
import { type AskPart, partsWithinRoom } from "./ask-part-budget.ts";
import { distinctTerms, joinedAnswers, namesOfAsk, ownAsks } from "./asks.ts";
import type { AskTools } from "./asks-stated.ts";
import type { CoveredAsk } from "./coverage-otherwise.ts";
import { composeExtractive, type ExtractiveAnswer } from "./extractive.ts";
import { isRequired } from "./key-term-roles.ts";
import type { Relevance } from "./relevance.ts";
import { withoutSenseWords } from "./term-alternatives.ts";
import { containsTerm } from "./terms.ts";

/**
 * Whether a later ask of a question names something of its own (`distinctTerms`), a name among
 * it, of which the passage whose window covers the whole question meets nothing, under its
 * headings or in its text: "…, and how did India vote on it?" beside a paragraph on the vote's
 * result; or only the name, none of the ask's other required words (twopart28). (The passage,
 * not the window: "who at CDT flagged it to the IRP list?" is answered a sentence away from the
 * blog post's date. An alternative, "…, or was there a lag?", is no ask of its own: it words the
 * same yes/no the other way.)
 */
export function laterAskUnmet(
  question: string,
  assessed: Relevance,
  passages: readonly ScoredPassage[],
  tools: Pick<AskTools, "keyTermsFor" | "analyzeText" | "readText">,
): boolean {
  return asksUnmet(question, assessed, passages, tools).some((unmet, i) => i > 0 && unmet);
}

/**
 * Whether some ask of a question asking two or three things is met by nothing of the passage
 * whose window covers the whole question, read to answer it ask by ask, never to refuse it.
 * - The first ask, as `laterAskUnmet` reads a later one (join35): "who set up WCITLeaks, and what
 *   bit of the draft security clause did UNESCO take issue with?" beside UNESCO's objection; the
 *   place states a later ask, or neither, and the first ask's fact sits in a passage of its own.
 * - A later ask as `laterAskUnmet` reads it or, naming nothing of its own, none of whose own
 *   required words the passage meets (asks37): "numbers the US note says not to lean on: how big
 *   was the US delegation said to be, and what did the house's mid-Dubai vote come to" beside the
 *   paragraph on the delegation's size, which says nothing of a vote. `laterAskUnmet` leaves such
 *   an ask out, since it refuses: the asker's words for a thing ("…, or was there a lag?") may be
 *   what the place says otherwise. Answered ask by ask only where every ask is covered on its own
 *   passages (`askByAsk`), nothing is refused or newly answered by this reading.
 */
export function someAskUnmet(
  question: string,
  assessed: Relevance,
  passages: readonly ScoredPassage[],
  tools: Pick<AskTools, "keyTermsFor" | "analyzeText" | "readText">,
): boolean {
  return asksUnmet(question, assessed, passages, tools, true).some((unmet) => unmet);
}

/**
 * Each ask's reading by `laterAskUnmet`: met by nothing of the window's passage. (`unnamedLater`:
 * a later ask naming nothing of its own is read as the first ask is, by its required words.)
 */
function asksUnmet(
  question: string,
  assessed: Relevance,
  passages: readonly ScoredPassage[],
  tools: Pick<AskTools, "keyTermsFor" | "analyzeText" | "readText">,
  unnamedLater = false,
): boolean[] {
  const read = asksAndWindowPassage(question, assessed, passages);
  if (read === undefined) return [];
  const { asks, passage } = read;
  const said = new Set(tools.readText(`${passage.sectionPath.join("\n")}\n${passage.text}`));
  const names = asks.map((ask) => new Set(namesOfAsk(ask, tools.analyzeText)));
  return distinctTerms(asks.map(tools.keyTermsFor), names).map((own, i) => {
    const named = own.filter((k) => names[i]?.has(k.term));
    // (One of them a name: "…, or was there a LAG?" and "…when did the revised VERSION come
    // out" are the asker's words for what the passage says otherwise. The first ask may name
    // nothing, "who pushed for the spam definition in the first place, and what did Kramer say…":
    // none of its own required words met is enough, since it is then judged on its own passages
    // and answered so only where every ask is covered there.)
    if (named.length === 0) {
      const required = own.filter(isRequired);
      // (Not a later ask pointing back with a pronoun, "…, and what was HE worried the security
      // push would squash?": judged alone it has lost whom it asks of, and was covered by another
      // party's push.)
      const readByWords = i === 0 || (unnamedLater && !POINTS_BACK.test(asks[i] ?? ""));
      return readByWords && required.length > 0 && !required.some((k) => containsTerm(said, k));
    }
    if (!own.some((k) => containsTerm(said, k))) return true;
    // (Naming the party is not answering what is asked of it: "…? separately, what signature
    // tally did Reporters Without Borders give?" beside "CDT and Reporters Without Borders
    // criticised the procedure." The ask's other required words must be met too, one of them.
    // Not where the ask names two parties: "…did the Senate get it before or after CDT's letter
    // started doing the rounds?" relates the Senate's step, which the passage tells, to CDT's,
    // which another passage tells.)
    if (partiesOf(asks[i] ?? "").length > 1) return false;
    const rest = own.filter((k) => !names[i]?.has(k.term) && isRequired(k));
    return rest.length > 0 && !rest.some((k) => containsTerm(said, k));
  });
}

/**
 * A personal pronoun (pointing-words.ts): an ask holding one leans on what an earlier ask names.
 * Not a demonstrative: "that" and "those" in an ask mostly name a thing of its own ("that vote",
 * "those two") or join a clause.
 */
const POINTS_BACK = new RegExp(
  String.raw`\b${pointingWords([...THING_PRONOUNS, ...PERSON_PRONOUNS])}\b`,
  "i",
);

/**
 * A question's asks, each set apart as an ask, with the passage whose window covers the whole
 * question; undefined for a question asking one thing. (Only asks set apart by "and", "plus", a
 * dash or a question mark: "am I right that WTSA-12, the assembly that revised the spam
 * resolution, was held in Geneva?" is one claim, its place wrong.)
 */
export function asksAndWindowPassage(
  question: string,
  assessed: Relevance,
  passages: readonly ScoredPassage[],
): { asks: string[]; passage: Passage } | undefined {
  const pieces = splitAsks(question);
  const asks = ownAsks(question);
  if (asks.length < 2 || asks.length !== pieces.length) return undefined;
  if (pieces.some((piece, i) => i > 0 && !setApartAsAsk(piece))) return undefined;
  const found = passages.find(({ passage }) => passage.id === assessed.windowPassageId);
  return found === undefined ? undefined : { asks, passage: found.passage };
}

/**
 * The parties an ask names, each a run of capitalised words after its first ("Reporters Without
 * Borders", "the Senate", "CDT's"): how many, not which words, as `namesOfAsk` reads them.
 */
function partiesOf(ask: string): string[] {
  const words = ask.trim().split(/\s+/).slice(1).join(" ");
  return words.match(/\p{Lu}[\p{L}\p{N}'’-]*(?:\s+\p{Lu}[\p{L}\p{N}'’-]*)*/gu) ?? [];
}

/**
 * A question covered ask by ask (`byEachAsk`): each ask answered from the passages covering it,
 * with its own terms and the others' as context, the answers one after another. Undefined where
 * an ask has no answer: the question is then answered as a whole.
 */
export function composeEachAsk(
  asks: readonly CoveredAsk[],
  tools: Pick<AskTools, "shapeOf" | "readText">,
): ExtractiveAnswer | undefined {
  const parts: AskPart[] = [];
  for (const { ask, passages, keyTerms, windowPassageId } of asks) {
    // (Led by the passage whose window covers the ask: retrieval's first for "who chaired the
    // conference" named the Chair in a civil-society letter.)
    const led = subjectFirst(passages, windowPassageId);
    const texts = led.map(({ passage }) => passage.text);
    const { list: _, ...shape } = tools.shapeOf(analyzeQuestion(ask), texts);
    const reply = composeExtractive(led, keyTerms.map(withoutSenseWords), tools.readText, shape);
    if (!reply) return undefined;
    parts.push({ reply, expected: shape.expected, keyTerms });
  }
  // (Joined, the parts keep to one answer's room: each its sentences stating what it asks.)
  const { text, citations } = joinedAnswers(partsWithinRoom(parts, tools.readText));
  return {
    text,
    citations,
    termCoverage: 0,
    answersType: true,
    sentences: [],
    words: text.split(/\s+/).filter((w) => w !== "" && !/^\[\d+\]$/.test(w)).length,
  };
}
