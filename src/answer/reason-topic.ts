// The topic of a party's reasons asked by a noun: "What was the FCC chief's REASONING ON the spam
// definition?", "what was Peru's thinking about…", "X's rationale for…", "X's logic behind…". The
// why reading of such a question takes the reason noun as wording and checks that the party's own
// sentence gives a reason (`ownersStand`), but nothing in it asked for the topic itself: a
// paragraph giving the FCC chief's grounds on cybersecurity answered his "reasoning on the spam
// definition" wherever the corpus is small enough that "spam" is in a third of its passages (a
// word of the corpus's own topic, which no window need say). "Why did the FCC chief object to the
// spam definition?" was refused there only by its verb. Here the topic's weightiest word is what
// the answering window must meet (`reasonTopicNamed`), however common it is in the corpus.

import type { QuestionDemands } from "./coverage-demands.ts";
import type { Analyze, KeyTerm } from "./terms.ts";
import type { TermMeeting } from "./window-terms.ts";

/**
 * Nouns asking for a party's reasons, as the why reading reads them after a possessor
 * (`WHY_LEAD`, question-leads.ts).
 */
const REASON_NOUN =
  "(?:reasons?|rationale|reasoning|motivations?|motives?|grounds|justifications?|thinking|logic)";

/** What the reasons are about: "on", "about", "for", "behind", "with", "over", "regarding"… */
const ON = "(?:on|about|for|behind|with|over|against|regarding|concerning|towards?|re)";

/**
 * "What was X's <reason noun> on Y", "what were the Czechs' grounds for Y", "his reasoning on
 * Y", "X's thinking behind Y": group `topic` is Y as written, up to the end of the ask (a question
 * mark, a comma, a semicolon or a dash). A grievance noun may be added to the nouns (`reasonTopic`).
 */
function reasonOn(nouns: string): RegExp {
  return new RegExp(
    String.raw`(?:^|[,:;.?!]\s+|\s[-–—]\s+)what(?:'s|’s|s|\s+(?:was|were|is|are))\s+(?:(?:the\s+)?[\w.&-]+(?:\s+[\w.&-]+){0,3}?(?:'s|’s|s'|s’|')|his|her|its|their)\s+(?:(?:main|real|big|biggest|stated|actual|own|official)\s+)?(?:${nouns})\s+${ON}\s+(?<topic>[^?,;:]+?)\s*(?:[?,;:]|\s[-–—]|$)`,
    "i",
  );
}

const REASON_ON = reasonOn(REASON_NOUN);

/** The topic a question asks a party's reasons on, as written; undefined when it asks none. */
export function reasonTopic(question: string, extraNouns?: string): string | undefined {
  const pattern = extraNouns !== undefined ? reasonOn(`${REASON_NOUN}|${extraNouns}`) : REASON_ON;
  const topic = pattern.exec(question)?.groups?.topic?.trim();
  return topic !== undefined && topic !== "" ? topic : undefined;
}

/**
 * The word of the topic the answering window must meet: its weightiest key term that is no
 * common or everyday word, no verb of the asker's ("handling", "putting") and not the party's
 * own word. The corpus's topic words are kept: in a corpus of six notes, "spam" is one.
 */
export function reasonTopicTerm(
  topic: string | undefined,
  keyTerms: readonly KeyTerm[],
  analyzeText: Analyze,
): KeyTerm | undefined {
  if (topic === undefined) return undefined;
  const words = new Set(analyzeText(topic));
  return keyTerms
    .filter(
      (k) =>
        words.has(k.term) &&
        !k.generic &&
        !k.everyday &&
        !k.fromContext &&
        k.verb !== true &&
        k.predicate !== true,
    )
    .reduce<KeyTerm | undefined>((a, k) => (!a || k.weight > a.weight ? k : a), undefined);
}

/**
 * Whether the window meets the topic of the reasons asked (`QuestionDemands.reasonTopic`), said or
 * met in any way a term is met (its title and headings included). Nothing is asked where the
 * question asks no party's reasons on a topic.
 */
export function reasonTopicNamed(d: QuestionDemands, met: TermMeeting): boolean {
  return d.reasonTopic === undefined || met.meetsTerm(d.reasonTopic);
}
