// How someone checking a claim frames it ("Fact check:", "I read that …", "… — right?"): the
// framing names no topic; the claim is what the question is about.

import { alt } from "./question-words.ts";

/**
 * How someone checking a claim frames it, around the claim itself: "Fact check: …", "Confirm:
 * …", "Someone told me …", "I read that …", "a colleague says …". The claim is what the question
 * is about; the framing names no topic (a source never says "fact check" or "someone told me").
 * ("Is it true that …" is left to the yes/no reading, where "true" is evaluative filler.) With
 * `CONFIRMATION_TAG`, on the tuning half (754 questions, with the fact-check batch in-870..893):
 * nugget recall 0.848 → 0.854, wrong refusals 35 → 32 of 601, no other answer changed but one
 * near miss ("Fact check: <a sponsor of the leaked text> signed…"), answered as its plain question
 * is until `checksClaim` made the relevance rule ask for the claim's verb.
 */
export const CLAIM_LEAD = alt([
  // "Fact check:", "fact-check this:", "reality check -": only as a lead-in before punctuation.
  "(?:fact|reality|sanity)[ -]?check(?:ing)?(?: (?:this|that|for me|please))?(?: (?:claim|statement|line|quote))?(?=\\s*[:,—–-])",
  // "Just to confirm,", "to double-check:", "just checking -"
  "(?:just )?(?:to (?:confirm|double[ -]?check|check|verify)|checking)(?=\\s*[:,—–-])",
  // "Am I right that", "am I correct in thinking", "is it accurate to say", "would it be fair to say"
  "(?:am i|are we) (?:right|correct|wrong) (?:that|in (?:saying|thinking|assuming)(?: that)?)",
  "(?:is|would) it (?:be )?(?:accurate|fair|correct|right|true|safe) to (?:say|claim|assume|conclude)(?: that)?",
  // "Any evidence (that) …", "is there proof …", "any truth to the claim that …", "can we say …",
  // "do the sources say …": whether the sources bear a claim out, which is the claim to check.
  "(?:(?:is|was) there |do (?:we|you) have |have (?:we|you) got )?(?:any |some |real |hard )?(?:evidence|proof|indication)(?: at all)?(?: (?:that|for the (?:claim|idea|story|report) that))?",
  "(?:(?:is|was) there )?any truth (?:to|in) (?:the (?:claim|idea|story|report|rumou?r|line) )?(?:that)?",
  // "Any chance Poland signed…?", "is there any possibility that…": whether the claim holds.
  "(?:(?:is|was) there )?(?:any|some|a|much) (?:chance|possibility|likelihood)(?: at all)?(?: that)?",
  "(?:can|could) (?:we|i|you) (?:safely |fairly )?(?:say|claim|assume|conclude)(?: that)?",
  "do (?:the|our|your) sources (?:say|show|confirm|back up|support)(?: that)?",
  // "my understanding is that", "as I understand it,", "I think that", "correct me if I'm wrong, but"
  "(?:my|our) (?:understanding|impression|recollection) (?:is|was) that",
  "as (?:i|we) (?:understand|remember|recall) it",
  "(?:i|we) (?:think|thought|believe|believed|assume|assumed|recall|remember)(?: that)?",
  "(?:i|we) (?:was|were) under the impression(?: that)?",
  "if (?:i|we) (?:remember|recall)(?: (?:correctly|right))?",
  "correct me if (?:i'm|i am) wrong(?:,? but)?",
  // "Confirm:", "please verify that", "double-check for me whether", "confirm for the deck:"
  "(?:please )?(?:confirm|verify|double[ -]?check|check)(?: (?:for|to) (?:me|us))?(?: for (?:the|a|an|my|our) [\\w-]+)?(?: (?:that|whether|if)|(?=\\s*[:—–-]))",
  // "want to double check -", "just need to confirm:", "wanted to check whether": the asker's
  // check in the first person (read as content, "double" was a word no source holds).
  "(?:(?:i|we) )?(?:just )?(?:want(?:ed)?|need(?:ed)?|wanna) to (?:double[ -]?check|check|confirm|verify)(?: (?:something|one thing|this|that|a fact|a detail))?(?: (?:that|whether|if)|(?=\\s*[:,—–-]))",
  // "someone told me", "a colleague swears", "someone on the team says that"
  "(?:someone|somebody|a colleague|colleagues|a friend|people|my boss|a journalist|a reporter)(?: (?:on|in|at|from) (?:the|my|our) [\\w-]+)? (?:told me|tells me|told us|says|said|claims|claimed|insists|insisted|swears|swore|keeps saying|mentioned|thinks)(?: (?:that|to me that))?",
  // "I read that", "I heard", "I was told that", "I've read somewhere that"
  "(?:i|we)(?: (?:have|'ve|had|'d))? (?:read|heard|seen|saw|was told|were told|been told)(?: (?:somewhere|online|recently|earlier|today))?(?: that)?",
]);
/**
 * The tag that asks whether the claim before it holds ("… in 2001. Correct?", "… — right?", "…,
 * is that true?", "true or false?"): it asks about the sentence it follows, which is the content.
 */
export const CONFIRMATION_TAG = alt([
  "(?:is|was) (?:that|this|it) (?:right|true|correct|accurate|so|the case|wrong)",
  "(?:am|are) (?:i|we) (?:right|wrong|correct|mistaken|misremembering)",
  "(?:or )?(?:is that|am i) (?:wrong|off|mistaken|misremembering|mixing (?:this|it|things) up)",
  "(?:right|correct|true|accurate|yes|no|really)(?: or (?:not|wrong|false|no))?",
  "(?:true|right|correct) or (?:false|wrong|not)",
  "yes(?: or |/| ?- ?)no",
  "or not",
  // "…, or is that just rumour?": the claim may be hearsay, which is what is checked.
  "or (?:is|was) (?:that|this|it) (?:just |only |all |simply )?(?:a |an )?(?:rumou?rs?|myths?|spin|speculation|hearsay|gossip|exaggerat(?:ed|ion)|overstated|made up|urban legend)",
]);
/** An instruction that frames a claim to check (see `CLAIM_LEAD`, `CONFIRMATION_TAG`). */
export const CLAIM_FRAME = new RegExp(`^(?:${CLAIM_LEAD}|${CONFIRMATION_TAG})[\\s?:]*$`, "i");
/** "Is it true that…", "is it right that…": a yes/no question whose clause is a claim to check. */
export const CLAIM_ASKED =
  /^(?:is|was) (?:it|this|that) (?:really )?(?:true|right|correct|accurate|the case)\b/i;
