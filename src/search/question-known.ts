// Questions about what is known: "do we know…", "has anyone confirmed…" (asking whether a source
// says it), "what don't we know…" (asking for the sources' caveats), and the caveat words retrieval
// looks for beside such a question's topic.

/**
 * "Do we know how many…", "does the corpus have the text of…", "is it confirmed that…", "has
 * anyone verified…", "can we confirm…": the question is about what is known (and what is not).
 * ("Did they say anything about…?" is about what was said: only the corpus has or says here.)
 */
export const KNOWN_LEAD =
  /^(?:(?:do|does|did) (?:we|you|anyone|anybody)(?: \w+)? (?:know|confirm|verify)\b|(?:do|does|did) (?:the|our|your) (?:corpus|notes?|sources?|briefings?)(?: \w+)? (?:know|have|hold|say|record|cover|confirm|verify|show|mention)\b|(?:is|was|has) (?:it|this|that|any of (?:this|that)) (?:been )?(?:known|clear|confirmed|verified|established|on record)\b|(?:has|have) (?:anyone|anybody|anything|it|this|that) (?:been )?(?:confirmed|verified|established)\b|can (?:we|you|anyone) (?:confirm|verify|tell|say)\b)/i;

/**
 * "What don't we actually know about…? Give me the gaps.", "list what we can't say for sure
 * about…, i.e. the open questions", "what's still unverified…": the question asks what is NOT
 * known, which the sources' own caveats ("…could not be confirmed") answer. (Not "unclear" or
 * "uncertain" alone: "which provisions were unclear?" asks what a source called unclear.) Such
 * a question asks for a list when it would otherwise be a fact question ("What don't we know
 * about X?"), and retrieval looks for the sources' caveats (`CAVEAT_WORDS`). On the tuning half
 * (550 questions): nugget recall 0.806 → 0.807 (asking what is known), → 0.809 (caveat words),
 * → 0.810 (a list); wrong refusals 25 and out-of-scope refused 93 of 109 unchanged, none "full".
 * The asker (or "what") is the one not knowing: "The 2012 rules don't say anything about X, do
 * they?" asks whether the rules say it.
 */
export const UNKNOWN_ASKED =
  /\b(?:(?:(?:we|you|i|what|which|that) (?:still )?(?:don't|do not|can't|cannot|can not|couldn't|could not) |(?:don't|do not|can't|cannot|can not|couldn't|could not) (?:we|you|i) )(?:actually |really |yet |still )?(?:know|say(?: for (?:sure|certain))?|confirm|verify|be sure)\b|(?:what|which)(?:'s| is| are| was| were| remains?)? (?:still )?(?:unknown|unverified|unconfirmed|not (?:yet )?(?:known|confirmed|verified|established))\b|open questions|(?:the|any|our|its|main|key) gaps\b|caveats)/i;

/**
 * The words sources use to say what they could not establish ("could not be confirmed", "did not
 * verify", "What remains uncertain"): a question asking what is not known (`UNKNOWN_ASKED`) looks
 * for them as well as for its topic.
 */
export const CAVEAT_WORDS = "confirmed verified established uncertain unverified";
