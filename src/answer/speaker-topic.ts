// A named party asked for its word on a topic: "did res 127 say anything about spam", "rutkowski's
// take on article 5a", "where did the americas' doc 10 come down on spam", "what did parminder make
// of the spam article". The party and the topic are both what is asked: a place naming the party
// on another topic, or the topic with other parties, does not tell the party's word on it. The
// other checks weigh the question's terms together, so a place meeting the party's rare name, or
// the topic's, and lacking every word of the other could still cover it (blind44's out-1656,
// blind45's out-1684). Read here (`speakerTopicAsked`), with the key terms of each side
// (`speakerTopicDemand`); `speakerTopicMet` asks the window to meet a word of each.

import { type Analyze, containsTerm, type KeyTerm } from "./terms.ts";

/** The party and the topic a question asks the party's word on, as written. */
export interface SpeakerTopicAsked {
  party: string;
  topic: string;
}

/** The key terms of each side (`SpeakerTopicAsked`), those a place must name: see `sideTerms`. */
export interface SpeakerTopicDemand {
  party: KeyTerm[];
  topic: KeyTerm[];
}

/** What a word is said on. */
const ON = "(?:about|on|of|regarding|concerning|towards?)";

/** Words before "about" that only say a word was said: "say ANYTHING about". */
const ANY = String.raw`(?:(?:anything|something|much|a\s+word|at\s+all|publicly|specifically)\s+)?`;

/**
 * The readings, each on one clause of the question: the party between the auxiliary and the verb,
 * or before a possessive stance noun; the topic after the word it is said on.
 */
const READINGS: readonly RegExp[] = [
  // "did res 127 say anything about spam", "did mueller have anything to say about…"
  new RegExp(
    String.raw`\b(?:did|does|do|has|have|had)\s+(?<party>.+?)\s+(?:(?:ever|actually|even|really|also)\s+)?(?:say|said|write|wrote|mention|have\s+(?:anything|something|much|a\s+word)\s+to\s+say|weigh\s+in)\s+${ANY}${ON}\s+(?<topic>.+)`,
    "i",
  ),
  // "what did x say about y", "what did x make of y", "what did x think of y"
  new RegExp(
    String.raw`\bwhat\s+(?:did|does|do|has|have|had|would)\s+(?<party>.+?)\s+(?:say|said|think|thought|write|wrote|argue|argued|make|made|conclude|concluded)\s+${ON}\s+(?<topic>.+)`,
    "i",
  ),
  // "where did x come down on y", "where does x stand on y"
  new RegExp(
    String.raw`\bwhere\s+(?:did|does|do)\s+(?<party>.+?)\s+(?:stand|come\s+down|land)\s+${ON}\s+(?<topic>.+)`,
    "i",
  ),
  // "what position did x take on y"
  new RegExp(
    String.raw`\bwhat\s+(?:position|stance|view|line)\s+did\s+(?<party>.+?)\s+(?:take|adopt|hold)\s+${ON}\s+(?<topic>.+)`,
    "i",
  ),
  // "rutkowski's take on y", "what was the ituc's line on y"
  new RegExp(
    String.raw`(?<party>(?:[\p{L}\d.&-]+\s+){0,4}[\p{L}\d.&-]+)(?:'s|’s|s'|s’)\s+(?:(?:own|overall|official|public|early|initial|formal)\s+)?(?:take|view|views|line|stance|position|verdict|read|opinion|assessment)\s+${ON}\s+(?<topic>.+)`,
    "iu",
  ),
];

/** Where one clause of a question ends: a spaced dash, a question mark, a semicolon or colon. */
const CLAUSE_END = /\s[-–—]+\s|[?;:]\s*/;

/**
 * What ends the topic: a second ask joined after it ("…, and what did…", "… and how many…"), a
 * comma, or the other side of a comparison ("… differ from Access's", "… vs the US line").
 */
const TOPIC_END =
  /,?\s+(?:and|but|plus|or)\s+(?:what|how|who|whom|whose|why|when|where|which|did|does|do|was|were|is|are|has|had)\b.*$|,.*$|\s+(?:differ|differed|compare|compared|vs\.?|versus|against)\b.*$/i;

/**
 * A comparison of two parties' words ("how did X's take on Y compare with Z's"): each side may be
 * told in a place of its own, judged by the comparison's readers.
 */
const COMPARED = /\b(?:compar\w*|differ\w*|vs\.?|versus|contrast\w*|same\s+as|similar\w*|each)\b/i;

/**
 * A topic that is a clause of its own ("X's take on WHY so many governments would not sign",
 * "what did X say about HOW the text was put together"): a reason or a manner asked, which a place
 * tells in its own words ("attributed most refusals to…"), not a thing it must name.
 */
const CLAUSE_TOPIC = /^(?:why|how|what|who|whom|whose|whether|which|when|where|if)\b/i;

/** An earlier ask or a question's lead ending inside the party: the party is what follows it. */
const PARTY_LEAD = /^.*\b(?:what|how|did|does|do|was|were|is|are)\s+/i;

/**
 * The party and the topic a question asks the party's word on, read from the first clause that
 * asks it; undefined where none does.
 */
export function speakerTopicAsked(question: string): SpeakerTopicAsked | undefined {
  if (COMPARED.test(question)) return undefined;
  for (const clause of question.split(CLAUSE_END)) {
    for (const reading of READINGS) {
      const m = reading.exec(clause);
      const party = m?.groups?.party?.replace(PARTY_LEAD, "").trim();
      const topic = m?.groups?.topic
        ?.replace(TOPIC_END, "")
        .replace(/[.!]+$/, "")
        .trim();
      if (party && topic && !CLAUSE_TOPIC.test(topic)) return { party, topic };
    }
  }
  return undefined;
}

/**
 * The key terms of one side that a place must name to name it: the question's own words (not a
 * common word, not an earlier turn's, not the corpus's topic nor a word near it, "treaty"), and
 * no everyday word nor one the corpus never has that names nothing ("junk-mail"). A predicate
 * counts: the tagger reads "spam" in "say anything about spam or bulk messaging" as a verb. A
 * side with none ("it", "they", "the treaty") asks nothing here.
 */
export function sideTerms(
  text: string,
  keyTerms: readonly KeyTerm[],
  analyzeText: Analyze,
): KeyTerm[] {
  const words = new Set(analyzeText(text));
  return keyTerms.filter(
    (k) =>
      !k.generic &&
      !k.fromContext &&
      !k.unknown &&
      !k.everyday &&
      !k.classAsked &&
      k.weight >= Math.log(3) &&
      containsTerm(words, k),
  );
}

/**
 * The party's and the topic's key terms (`SpeakerTopicDemand`) where the question asks a named
 * party's word on a topic and each side has a term a place must name; undefined otherwise.
 */
export function speakerTopicDemand(
  question: string | undefined,
  keyTerms: readonly KeyTerm[],
  analyzeText: Analyze,
): SpeakerTopicDemand | undefined {
  const asked = question === undefined ? undefined : speakerTopicAsked(question);
  if (asked === undefined) return undefined;
  const topic = sideTerms(asked.topic, keyTerms, analyzeText);
  const partyTerms = sideTerms(asked.party, keyTerms, analyzeText);
  // (A word on both sides, "the us … the us proposal", names neither apart.)
  const party = partyTerms.filter((k) => !topic.includes(k));
  if (party.length === 0 || topic.length === 0) return undefined;
  return { party, topic };
}

/**
 * Whether the window meets a word of the party and a word of the topic asked, where a party's
 * word on a topic is asked: "did the harbour board say anything about dredging" is not told by a
 * place on the board that never names dredging, nor by one on dredging that never names the board.
 * The topic's word must be written in the passage itself, its sentences or headings (`ownTermsOf`, read only when the party is met),
 * not only in its document's title: "Critics …, citing a history of the ITU's security work by
 * Anthony Rutkowski, …" in a note titled on "the Article 5A compromise" says nothing of his on
 * Article 5A (blind48's out-1772). The topic may be named in the paragraph's other sentences:
 * in-1880's window on the Americas' proposals names "mobile roaming prices" in the next one.
 */
export function speakerTopicMet(
  demand: SpeakerTopicDemand | undefined,
  meetsTerm: (k: KeyTerm) => boolean,
  ownTermsOf: () => ReadonlySet<string>,
): boolean {
  if (demand === undefined) return true;
  if (!demand.party.some(meetsTerm)) return false;
  const ownTerms = ownTermsOf();
  return demand.topic.some((k) => meetsTerm(k) && containsTerm(ownTerms, k));
}
