// An attendance count asked ("how many member states showed up", "how many delegates did X
// send", "how big was X's delegation", "what was the turnout at…"), and whether a sentence tells
// one. The role asked is that of the attendees of a meeting or the members of a delegation: a
// passage naming the meeting, its dates or its outcome without a count of those present does not
// say how many came.

import { carriesAnswer } from "./evidence.ts";

/** A verb of attending, as a question asks who came: "attended", "showed up", "sent people". */
const ATTENDING = String.raw`(?:attend(?:ed|s|ing)?|show(?:ed|s)?\s+up|turn(?:ed|s)?\s+(?:up|out)|t(?:ook|ake)\s+part|(?:were|was)\s+present|sen[dt]\s+(?:(?:its|their|a|any|in|over)\s+)?(?:people|delegates?|delegations?|reps?|representatives|officials|observers|staff|teams?)|(?:were|was)\s+(?:on|in)\s+(?:\S+\s+){0,3}?(?:delegation|team))`;

/**
 * The shapes asking an attendance count:
 * - a count of those who came: "how many X attended / showed up / turned up / took part / sent
 *   people / were on the Y delegation" (the verb in the count's own clause), "how many
 *   delegates / people did X send / bring";
 * - a delegation's size: "how big / how large was X's delegation / team";
 * - a turnout: "what was the turnout at / for…", "what turnout…".
 * Not a signing or a vote counted ("how many signed", "the signing turnout"): a count of another
 * act, which the notes tell without any word of attending.
 */
export const ATTENDANCE_ASKED = new RegExp(
  [
    String.raw`\bhow\s+many\b[^?.;,]*?\b${ATTENDING}\b`,
    String.raw`\bhow\s+many\s+(?:people|delegates|delegations|officials|reps|representatives|staff)\s+(?:did|does|do|would)\b[^?.;,]*?\b(?:send|bring|field)\b`,
    String.raw`\bhow\s+(?:big|large)\s+(?:was|were|is|are)\b[^?.;,]*?\b(?:delegation|team)s?\b`,
    String.raw`\bwhat\s+(?:was\s+|were\s+)?(?:the\s+)?turnout\b(?!\s+(?:numbers?|figures?)\b)`,
  ].join("|"),
  "iu",
);

/**
 * Attendance told: a word of attending or of a delegation ("attended", "attendees", "present",
 * "delegations", "delegates", "participants", "took part", "turnout").
 */
const ATTENDANCE_TOLD =
  /\b(?:attend\w*|present|delegations?|delegates|participants?|t(?:ook|aking)\s+part|turn(?:ed)?\s+(?:up|out)|show(?:ed)?\s+up|turnout|headcount)\b/giu;

/** The clause of a sentence holding a span: from the comma, colon or bracket before it to the next. */
function clauseAround(sentence: string, start: number, end: number): string {
  const before =
    sentence
      .slice(0, start)
      .split(/[,;:()]/)
      .at(-1) ?? "";
  const after = sentence.slice(end).split(/[,;:()]/)[0] ?? "";
  return `${before}${sentence.slice(start, end)}${after}`;
}

/**
 * Where a sentence tells an attendance count: a word of attending with a count in the same
 * clause ("151 ITU Member States attended", "144 delegations were present", "the US delegation at
 * 123 members"), or -1. A meeting dated ("delegates met in Geneva on 13–15 September 2017"), a
 * group "open to Member States", or a vote's tally before ", and several Western delegations
 * saw…" counts no one present. (The whole clause, not a few words either side: a date cut in
 * half, "on 13–15", would read as a count.)
 */
export function attendanceToldAt(sentence: string): number {
  for (const m of sentence.matchAll(ATTENDANCE_TOLD)) {
    const clause = clauseAround(sentence, m.index, m.index + m[0].length);
    if (carriesAnswer(clause, "number")) return m.index;
  }
  return -1;
}
