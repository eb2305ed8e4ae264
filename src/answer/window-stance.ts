// A question asking a party's stance on a topic: "What was Brazil's POSITION on the security
// article?", "what's the EU's TAKE on…", "What VIEW did CDT take of…", "was India ON RECORD wanting
// a spam article?", "who was PUSHING FOR…", "where did Kramer STAND on spam?". The stance words
// name no thing a source must name: a note says what a party backed or opposed, seldom that it
// held a "position". Read as content, they refused such questions wherever the answering place
// did not happen to write the noun, and refused near misses only by that accident. Here they are
// wording (`stanceAsked` reads them; `readQuestionDemands` drops them from what the decision
// requires), and where one of them was required, the real test takes its place (`stanceStated`):
// a sentence of the window in which the asked party takes a stance (supports, opposes, proposes,
// objects, backs, says…) on the asked topic.

import { onlyListsName } from "./evidence.ts";
import { weightiest } from "./key-term-roles.ts";
import type { QuestionDemands } from "./question-demands.ts";
import { containsTerm } from "./terms.ts";
import type { Window, WindowReader } from "./window-reading.ts";
import { headingsOver, leansOn } from "./window-referents.ts";

/**
 * A sentence taking a stance: backing, opposing, proposing, objecting, saying, judging. The verbs
 * of a party's view or act toward a thing, not those reporting that it happened or where.
 */
const STANCE_VERB =
  /\b(?:support(?:s|ed|ing)?|oppos(?:e|es|ed|ing)|opposition|propos(?:e|es|ed|ing|al)|object(?:s|ed|ing|ion|ions)?|back(?:s|ed|ing)|say|says|said|argu(?:e|es|ed|ing)|urg(?:e|es|ed|ing)|want(?:s|ed|ing)?|call(?:s|ed|ing)?|reject(?:s|ed|ing|ion)?|insist(?:s|ed|ing)?|criticis(?:e|es|ed|ing)|criticiz(?:e|es|ed|ing)|criticism|favou?r(?:s|ed|ing)?|warn(?:s|ed|ing)?|accept(?:s|ed|ing)?|resist(?:s|ed|ing)?|den(?:y|ies|ied)|endors(?:e|es|ed|ing)|push(?:es|ed|ing)?|press(?:es|ed|ing)?\s+for|sought|seek(?:s|ing)?|aim(?:s|ed)?|concerned|feared|describ(?:e|es|ed|ing)|conclud(?:e|es|ed|ing)|saw|sees|regard(?:s|ed)?|view(?:s|ed)?|deem(?:s|ed)?|consider(?:s|ed)?|believ(?:e|es|ed)|welcom(?:e|es|ed)|condemn(?:s|ed|ing)?|complain(?:s|ed|ing)?|question(?:s|ed|ing)|declar(?:e|es|ed)|announc(?:e|es|ed)|wrote|writes|recommend(?:s|ed|ing)?|resolv(?:e|es|ed)|limit(?:s|ed)|stated|agree(?:s|d)?|disagree(?:s|d)?|refus(?:e|es|ed)|asked|demand(?:s|ed)?|defend(?:s|ed)?|champion(?:s|ed)?|dismiss(?:es|ed)?|set(?:s|ting)?\s+out|keep(?:ing)?|kept|avoid(?:s|ed|ing)?|position|stance|line|aim|goal)\b/i;

/**
 * Whether the window states the asked party's stance on the asked topic: a sentence with a stance
 * verb that names the party (not as one item of a list), or leans on the sentence naming it ("He
 * objected…"), and names the weightiest word of the topic itself or under a section heading
 * naming it. Not through the document's title: every section of a note on CDT's paper names CDT,
 * and "CDT and others have been warning of the risks…" in a post titled on cybersecurity does not
 * say which risks, so "What was CDT's position on the ITU cybersecurity proposals?" was answered
 * from the note's link and date. Nothing is asked of a question asking no stance.
 */
export function stanceStated(d: QuestionDemands, reader: WindowReader, w: Window): boolean {
  const { stance } = d;
  if (stance === undefined) return true;
  const { party, partyWord, topic } = stance;
  const { spans, sentences, sectionPath } = w.passage;
  const topicWord = weightiest(topic);
  return w.spans.some((s, j) => {
    const at = w.at + j;
    if (!STANCE_VERB.test(s.text)) return false;
    const own = new Set(sentences[at]);
    const partyNamed =
      party.every((k) => containsTerm(own, k) || leansOn(spans, sentences, at, k)) &&
      !(partyWord !== undefined && onlyListsName(s.text, partyWord));
    if (!partyNamed) return false;
    if (topicWord === undefined) return true;
    const read = new Set([...own, ...headingsOver("", sectionPath, [...own], reader.analyzeText)]);
    return containsTerm(read, topicWord);
  });
}
