// The next step of a story: a how answer ("How did X get restarted?", "How did civil society
// campaign?") is told as a sequence, one act a sentence, and a note's paragraph names the
// question's words in its first act and not in the later ones ("Resolution 146 … told the
// Secretary-General to reconvene the EG-ITR." then "Council 2023 set new terms of reference…").
// Such a later act needs no pronoun to belong to the same story: it opens by placing itself in
// time ("On 14 December…", "In 2016…", "Council 2023…", "Later…") or by saying how the story came
// out ("The compromise…", "In the end…").

/** Words opening a sentence that places its act after the one before it, or tells the outcome. */
const STEP_OPENING =
  /^(?:(?:later|then|eventually|finally|afterwards|subsequently|in the end|ultimately)\b|(?:on|in|by|from|after|before|until|during|around|at the end of) (?:(?:early|mid|late|the)[- ])?(?:\d{1,2}(?:[–-]\d{1,2})? )?(?:January|February|March|April|May|June|July|August|September|October|November|December|\d{4})\b|the (?:compromise|adopted|final|resulting|agreed|outcome|result)\b)/i;

/**
 * A body dated by its year and acting ("Council 2023 set…"); not a year naming a meeting ("The 2010
 * Plenipotentiary…") or a document's date ("TD-36 (June 2011) was…"), which open a new topic as
 * often as a next step.
 */
const YEAR_IN_OPENING = /^(?:\S+\s+)?(?:19|20)\d{2}\s+\p{Ll}/u;

/**
 * Whether a sentence opens as the next step of a story told in order: placed in time by its first
 * words, or telling how it came out.
 */
export function opensNextStep(sentence: string): boolean {
  const text = sentence.replace(/^[\s"“'‘(*_]+/, "");
  return STEP_OPENING.test(text) || YEAR_IN_OPENING.test(text);
}

/** "How did…", "how was…", "how were…", "how had…", "how'd…": a past act or process asked. */
const PAST_HOW = /\bhow(?:['’]d|\s+(?:did|was|were|had))\b/i;
/**
 * A how asking what someone thought of something ("How did CEPT view Articles 5A and 5B?", "how
 * did critics describe…"): answered by a view, not by a story's next act.
 */
const VIEW_ASKED =
  /\bhow\b[^?]*?\b(?:view(?:ed)?|see|saw|seen|regard(?:ed)?|feel|felt|think|thought|describe[ds]?|characteri[sz]e[ds]?|judge[ds]?|rate[ds]?|assess(?:ed)?|read|compare[ds]?|differ(?:ed)?|portray(?:ed)?|look(?:ed)? (?:at|on))\b/i;

/**
 * Whether a how question asks a past act or process ("How did the review get restarted?", "how
 * was it adopted?"), told as a story in steps, rather than a view or a present state.
 */
export function asksSteps(question: string): boolean {
  return PAST_HOW.test(question) && !VIEW_ASKED.test(question);
}
