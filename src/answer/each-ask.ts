// A question asking two things, judged and answered ask by ask (join26): whether a later ask is
// met by nothing of the passage covering the whole question, and the answer built one ask at a
// time from the passages covering each (`byEachAsk`, coverage-otherwise.ts).
import { analyzeQuestion } from "../search/question.ts";
import { splitAsks } from "../search/question-asks.ts";
import type { ScoredPassage } from "../types.ts";
import { subjectFirst } from "./answer-passages.ts";
import { type CitedText, distinctTerms, joinedAnswers, namesOfAsk, ownAsks } from "./asks.ts";
import type { AskTools } from "./asks-stated.ts";
import type { CoveredAsk } from "./coverage-otherwise.ts";
import { composeExtractive, type ExtractiveAnswer } from "./extractive.ts";
import type { Relevance } from "./relevance.ts";
import { withoutSenseWords } from "./term-alternatives.ts";
import { containsTerm } from "./terms.ts";

/**
 * Whether a later ask of a question names something of its own (`distinctTerms`), a name among
 * it, of which the passage whose window covers the whole question meets nothing, under its
 * headings or in its text: "…, and how did India vote on it?" beside a paragraph on the vote's
 * result. (The passage, not the window: "who at CDT flagged it to the IRP list?" is answered a
 * sentence away from the blog post's date. An alternative, "…, or was there a lag?", is no ask
 * of its own: it words the same yes/no the other way.)
 */
export function laterAskUnmet(
  question: string,
  assessed: Relevance,
  passages: readonly ScoredPassage[],
  tools: Pick<AskTools, "keyTermsFor" | "analyzeText" | "readText">,
): boolean {
  const pieces = splitAsks(question);
  const asks = ownAsks(question);
  if (asks.length < 2 || asks.length !== pieces.length) return false;
  // (Only asks set apart by "and" or a question mark: "am I right that WTSA-12, the assembly
  // that revised the spam resolution, was held in Geneva?" is one claim, its place wrong.)
  const apart = (piece: string) => /^\s*\?|^[\s,;]*(?:and|also|plus)\b/i.test(piece);
  if (pieces.some((piece, i) => i > 0 && !apart(piece))) return false;
  const found = passages.find(({ passage }) => passage.id === assessed.windowPassageId);
  if (found === undefined) return false;
  const { passage } = found;
  const said = new Set(tools.readText(`${passage.sectionPath.join("\n")}\n${passage.text}`));
  return distinctTerms(asks.map(tools.keyTermsFor)).some((own, i) => {
    if (i === 0 || own.some((k) => containsTerm(said, k))) return false;
    // (One of them a name: "…, or was there a LAG?" and "…when did the revised VERSION come
    // out" are the asker's words for what the passage says otherwise.)
    const named = new Set(namesOfAsk(asks[i] as string, tools.analyzeText));
    return own.some((k) => named.has(k.term));
  });
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
  const parts: CitedText[] = [];
  for (const { ask, passages, keyTerms, windowPassageId } of asks) {
    // (Led by the passage whose window covers the ask: retrieval's first for "who chaired the
    // conference" named the Chair in a civil-society letter.)
    const led = subjectFirst(passages, windowPassageId);
    const texts = led.map(({ passage }) => passage.text);
    const { list: _, ...shape } = tools.shapeOf(analyzeQuestion(ask), texts);
    const reply = composeExtractive(led, keyTerms.map(withoutSenseWords), tools.readText, shape);
    if (!reply) return undefined;
    parts.push(reply);
  }
  const { text, citations } = joinedAnswers(parts);
  return {
    text,
    citations,
    termCoverage: 0,
    answersType: true,
    sentences: [],
    words: text.split(/\s+/).filter((w) => w !== "" && !/^\[\d+\]$/.test(w)).length,
  };
}
