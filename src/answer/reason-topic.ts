// The topic of a party's reasons asked by a noun: "What was the FCC chief's REASONING ON the spam
// definition?", "what was Peru's thinking about…", "X's rationale for…", "X's logic behind…". The
// why reading of such a question takes the reason noun as wording and checks that the party's own
// sentence gives a reason (`ownersStand`), but nothing in it asked for the topic itself: a
// paragraph giving the FCC chief's grounds on cybersecurity answered his "reasoning on the spam
// definition" wherever the corpus is small enough that "spam" is in a third of its passages (a
// word of the corpus's own topic, which no window need say). "Why did the FCC chief object to the
// spam definition?" was refused there only by its verb. Here the answering window must meet one of
// the topic's words (`reasonTopicNamed`), however common in the corpus. A grievance noun read as a
// why question ("X's beef with Y", `GRIEVANCE_ASKED`) is the asker's wording, as a stance noun is
// (`grievanceWording`): the topic takes its place.

import { GRIEVANCE_ASKED, GRIEVANCE_NOUNS } from "../search/question-leads.ts";
import type { QuestionDemands } from "./question-demands.ts";
import type { Analyze, KeyTerm } from "./terms.ts";
import type { TermMeeting } from "./window-terms.ts";

/**
 * Nouns asking for a party's reasons, as the why reading reads them after a possessor
 * (`WHY_LEAD`, question-leads.ts), and its grievances ("X's beef with Y", "knock on Y").
 */
const REASON_NOUN = `(?:reasons?|rationale|reasoning|motivations?|motives?|grounds|justifications?|thinking|logic|${GRIEVANCE_NOUNS})`;

/** What the reasons are about: "on", "about", "for", "behind", "with", "over", "regarding"… */
const ON = "(?:on|about|for|behind|with|over|against|regarding|concerning|towards?|re)";

/** Where the ask ends: a question mark, a comma, a semicolon, a colon or a dash. */
const ASK_END = String.raw`\s*(?:[?,;:]|\s[-–—]|$)`;

/**
 * "What was X's <reason noun> on Y", "what were the Czechs' grounds for Y", "his reasoning on
 * Y", "X's thinking behind Y", "what was Russia's beef with Y": group `topic` is Y as written, up
 * to the end of the ask.
 */
const REASON_ON = new RegExp(
  String.raw`(?:^|[,:;.?!]\s+|\s[-–—]\s+)what(?:'s|’s|s|\s+(?:was|were|is|are))\s+(?:(?:the\s+)?[\w.&-]+(?:\s+[\w.&-]+){0,3}?(?:'s|’s|s'|s’|')|his|her|its|their)\s+(?:(?:main|real|big|biggest|stated|actual|own|official)\s+)?(?<noun>${REASON_NOUN})\s+${ON}\s+(?<topic>[^?,;:]+?)${ASK_END}`,
  "i",
);

/**
 * "What was in it for X to Y", "what got X to Y", "what possessed X to Y": the act Y whose reasons
 * are asked, as written.
 */
const GAIN_TO = new RegExp(
  String.raw`(?:^|[,:;.?!]\s+|\s[-–—]\s+)what(?:(?:'s|’s|s|\s+(?:was|were|is|are))\s+in\s+it\s+for|\s+(?:got|possessed)(?!\s+[\w-]+ed\b))\s+(?:[\w.&'’-]+\s+){1,4}?to\s+(?<topic>[^?,;:]+?)${ASK_END}`,
  "i",
);

/**
 * A clause after the topic saying when or why ("…with the final regs ONCE Dubai wrapped up", "…on
 * spam AFTER the vote"): no part of what the reasons are on.
 */
const CLAUSE_AFTER = /\s+(?:once|when|after|before|since|during|while|until|because)\b.*$/i;

/**
 * The asker's verb opening the topic after the preposition ("on HANDLING bulk messaging", "on
 * PUTTING spam in the treaty"): what is said of the topic, which a source words its own way.
 */
const GERUND_FIRST = /^[\p{L}-]+ing\s+(?=\S)/iu;

/** A party's reasons asked on a topic: the topic as written, and the noun asking for them. */
export interface ReasonAsked {
  topic: string;
  /** "reasoning", "beef", "knock": the asker's wording, no content (none for "in it for X to…"). */
  noun?: string;
}

/** The reasons a question asks of a party on a topic; undefined when it asks none. */
export function reasonAsked(question: string): ReasonAsked | undefined {
  const m = REASON_ON.exec(question) ?? GAIN_TO.exec(question);
  const topic = m?.groups?.topic?.replace(CLAUSE_AFTER, "").replace(GERUND_FIRST, "").trim();
  if (topic === undefined || topic === "") return undefined;
  const noun = m?.groups?.noun;
  return noun !== undefined ? { topic, noun } : { topic };
}

/** A question's first ask: "…? need it for a memo" is read up to the mark. */
export function firstAsk(question: string): string {
  return question.split(/(?<=\?)/)[0] ?? question;
}

const GRIEVANCE_NOUN = new RegExp(`^(?:${GRIEVANCE_NOUNS})$`, "i");

/**
 * The grievance noun of a party's reasons asked ("what was CEPT's GRIPE with…", "X's KNOCK on…"),
 * where the question is read as a why question (`GRIEVANCE_ASKED`): the asker's wording, no thing
 * a source names.
 */
export function grievanceWording(question: string): string | undefined {
  const noun = reasonAsked(question)?.noun;
  return noun !== undefined && GRIEVANCE_NOUN.test(noun) && GRIEVANCE_ASKED.test(question)
    ? noun
    : undefined;
}

/** The topic a question asks a party's reasons on, as written; undefined when it asks none. */
export function reasonTopic(question: string): string | undefined {
  return reasonAsked(question)?.topic;
}

/**
 * The words of the topic a window may meet it by: its key terms that are no common or everyday
 * word, no verb or adjective of the asker's ("final") and no word the corpus never has ("regs":
 * the missing-term checks weigh those). The corpus's topic words are kept: in a corpus of six
 * notes, "spam" is one.
 */
export function reasonTopicTerms(
  topic: string | undefined,
  keyTerms: readonly KeyTerm[],
  analyzeText: Analyze,
): KeyTerm[] {
  if (topic === undefined) return [];
  const words = new Set(analyzeText(topic));
  return keyTerms.filter(
    (k) =>
      words.has(k.term) &&
      !k.generic &&
      !k.everyday &&
      !k.fromContext &&
      k.unseen !== true &&
      k.verb !== true &&
      k.predicate !== true,
  );
}

/**
 * Whether the window meets the topic of the reasons asked (`QuestionDemands.reasonTopic`) by one
 * of its words, said or met in any way a term is met (its title and headings included): a place
 * saying nothing of the topic gives the party's reasons on something else. ("UNESCO's problem with
 * the draft security clause" is met under a title on security by "draft 5A.4", which never says
 * "clause".) Nothing is asked where the question asks no party's reasons on a topic.
 */
export function reasonTopicNamed(d: QuestionDemands, met: TermMeeting): boolean {
  return d.reasonTopic.length === 0 || d.reasonTopic.some((k) => met.meetsTerm(k));
}
