// A follow-up often names its thread's topic by a figurative or general noun: "how did that whole
// SAGA end?", "and where did the FIGHT move to after that?", "that whole placards MESS", "the
// secrecy ROW around those papers". Such a noun stands for what the thread is about, as "it"
// does: no note calls the leaks a saga, and where a note uses the word it means something else
// ("the main ways of fighting spam" is no fight over spam). Its modifiers ("placards", "spam",
// "secrecy") are the follow-up's own words.

/**
 * Nouns of story, quarrel or muddle. Not the notes' own words for their topics ("dispute",
 * "debate", "controversy", "compromise"): a follow-up asking about "the dispute" names what a
 * note calls one.
 */
const STAND_IN_NOUNS = [
  "saga",
  "sagas",
  "fight",
  "fights",
  "mess",
  "drama",
  "row",
  "spat",
  "squabble",
  "brouhaha",
  "kerfuffle",
  "fuss",
  "furore",
  "furor",
  "affair",
  "episode",
  "thing",
  "stuff",
  "story",
  "battle",
  "tussle",
  "standoff",
  "stand-off",
  "showdown",
  "brawl",
  "fiasco",
  "circus",
  "rumpus",
  "debacle",
  "wrangle",
  "fracas",
  "bust-up",
  "dust-up",
  "palaver",
];

/**
 * A stand-in after a determiner pointing back ("the", "that", "this", "all that"), with "whole"
 * and up to two modifiers between: "the fight", "that whole saga", "the spam fight", "that whole
 * placards mess". ("a fight" introduces a new one.)
 */
const STAND_IN = new RegExp(
  String.raw`\b(the|that|this|all\s+that|all\s+this)\s+(?:whole\s+|entire\s+)?((?:[\p{L}\p{N}'’-]+\s+){0,2}?)(${STAND_IN_NOUNS.join("|")})\b(?![-'’])`,
  "giu",
);

/** The figurative nouns a follow-up names its thread's topic by ("fight", "saga"), as typed. */
export function topicStandIns(followUp: string): string[] {
  return [...followUp.matchAll(STAND_IN)].map((m) => m[3] as string);
}

/**
 * The follow-up with each stand-in taken out and its modifiers kept: "and where did the fight
 * move to after that?" → "and where did it move to after that?"; "where did the spam fight
 * move to" → "where did the spam move to".
 */
export function withoutStandIns(followUp: string): string {
  return followUp.replace(STAND_IN, (_whole, determiner: string, modifiers: string) => {
    const kept = modifiers.trim();
    return kept === "" ? "it" : `${determiner} ${kept}`;
  });
}
