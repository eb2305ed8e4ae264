// What opens a question and says nothing of its topic: greetings, apologies, the asker's hedge
// and doubt, labels ("Q:", "Context:"), a set-aside ("Apart from the articles,") and a top count
// ("Top 4 topics…"). Regular-expression sources, matched case-insensitively.

import { alt } from "./question-words.ts";

/** Greetings and politeness that open a question. */
/** Whom a greeting is to: "Hi team", "Morning all"; after "hi", a name before a comma ("Hey Maria,"). */
const GREETED_GROUP = " (?:there|all|team|everyone|everybody|folks|guys|y'all|you all)";
const GREETED = `(?:${GREETED_GROUP}| [\\w'-]+(?: [\\w'-]+)?(?=\\s*,))?`;
/**
 * "not 100% sure on this", "I'm not entirely sure", "not sure if this is covered": the asker's
 * doubt (see `OPENER`), with what it doubts when that is the asker's own memory or the notes.
 */
const NOT_SURE =
  "(?:(?:i'm|i am|im) )?not (?:(?:100 ?%|100 percent|a hundred percent|(?:a )?hundred per ?cent|entirely|totally|completely|fully|quite|too|super|that|so|really) )?(?:sure|certain|positive)" +
  "(?: (?:about|on|of) (?:this|that|it|this one|the (?:details|number|figures?|dates?))| here)?" +
  "(?: (?:if|whether) (?:this|that|it)(?:'s| is) (?:covered|in (?:the|our|your) (?:notes|corpus|sources|docs|files))(?: (?:or not|at all))?)?" +
  "(?: (?:if|whether) (?:i'm|i am|im) (?:remembering|recalling) (?:this|that|it) (?:right|correctly))?";
/** "I'm not an expert on this", "I'm no specialist here": the asker's hedge (see `OPENER`). */
const NOT_EXPERT =
  "(?:i'm|i am|im) (?:not|no|hardly) (?:an? )?(?:expert|specialist)(?: (?:on|in) (?:this|that|these|any of this|the (?:topic|subject|area|field|details))(?: (?:area|stuff|topic))?| here)?";
/** A greeting and whom it greets: "Hi team", "Hey Maria,". */
export const GREETING = `(?:hi|hiya|hello|hey)${GREETED}`;
/**
 * A greeting by the time of day: "Good morning all", "Morning," (a bare "Morning" greets only
 * before whom it greets or a stop: "Morning session, what…?" asks).
 */
export const TIME_GREETING = `(?:good (?:morning|afternoon|evening)(?:${GREETED_GROUP})?|(?:morning|afternoon|evening)(?:${GREETED_GROUP}|(?=\\s*[,!.])))`;
/** "Sorry if this is obvious, but…", "sorry to bug you": the asker's apology, not the question's. */
export const APOLOGY =
  "sorry(?: (?:to (?:bug|bother|pester) you|if this is (?:an? )?(?:obvious|dumb|silly|basic|naive|stupid)(?: (?:one|question))?|for the (?:dumb|silly|basic|naive) question))?(?:,? but)?";
/**
 * The asker's hedge on their own knowledge: "I'm not an expert on this, but", "Hedging a bit
 * because I'm no specialist here, but" (read as content, "Hedging" opened the question as a name
 * the corpus lacks, and the question was refused).
 */
export const NOT_EXPERT_HEDGE = `(?:(?:hedging|caveat(?:ing)?)(?: (?:a bit|a little|here|up front))?,? (?:because|since|as) )?${NOT_EXPERT}(?:,? but)?`;
/** Thanks: "thanks so much", "thx in advance". */
export const THANKS = "(?:thanks?(?: you)?|thx)(?: so much| in advance| a lot)?";
export const OPENER = alt([
  GREETING,
  TIME_GREETING,
  APOLOGY,
  "(?:dumb|silly|basic|naive|stupid) (?:question|q)(?:,? but)?",
  // A label over what follows: "Context: we're briefing the board. Why…?", "Slack aside: …".
  "(?:context|background|q|fyi|side note|(?:slack |side |quick )?aside)(?=\\s*:)",
  NOT_EXPERT_HEDGE,
  "(?:hedging|caveat(?:ing)?) (?:a bit|a little|here|up front)(?:,? but)?",
  // The asker's doubt about their own memory or about what the notes hold: "not 100% sure on
  // this but", "I'm not entirely sure, but", "not sure if this is covered, but", "off the top of
  // your head,". Read as content, "100" was a number no source gives (the question refused as
  // absent) and "head" or "covered" words no answering place holds.
  `${NOT_SURE}(?:,? but)?`,
  "off the top of (?:your|my|ur) head",
  THANKS,
  // "quick sanity check -", "quick fact check:": the asker's check, opening the claim.
  "quick (?:(?:sanity|fact|reality)[ -]?check|question|check|q|one|yes(?: or |/| ?- ?)no(?: (?:question|check|q))?)(?: for (?:you|u|the bot))?",
  "sanity check",
  "one more (?:thing|question)",
  "another (?:one|question)",
  "please",
  "pls",
  "kindly",
  // Words that open a question only when punctuation follows ("Right, …" but "Right to know …").
  "(?:ok(?:ay)?|right|now|next|then|well|question|follow-up|followup)(?=\\s*[,:!.])",
]);
/** What the question sets aside: "Apart from the articles, which resolutions…" is not about articles. */
export const SET_ASIDE = "(?:(?:apart|aside) from|besides|except for|other than) [^,?;:]+(?=,)";
/** "Top 4 topics the Commission…": a count of the best items, not a topic. */
export const TOP_COUNT = "(?:the )?top (?:\\d{1,2}|three|four|five|six|seven|eight|nine|ten)(?= )";
