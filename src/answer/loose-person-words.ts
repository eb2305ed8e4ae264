// Words an asker uses loosely for the person a question asks to be named ("which civil-society
// FIGURE balked…", "who was the industry VOICE saying…", "which two think-tank GUYS…", "which CDT
// STAFFER blogged…"). The notes never call anyone so: they name the person ("Parminder of IT for
// Change objected…", "Eli Dourado, a WCITLeaks co-founder…"). Read as a required word, the
// asker's noun was missing from the very paragraph that names the one asked for, and the question
// was refused (`askedThingsNamed`, the thresholds). It is now an everyday word there (`keyTermsOf`,
// terms.ts), and an unseen one ("guys") is no absent term (`absentTermsOf`, absent-terms.ts).
import { askedThing } from "./asked-thing.ts";

/** Loose words for a person, singular and plural, as typed. */
const LOOSE_PERSON_WORDS: ReadonlySet<string> = new Set([
  "figure",
  "figures",
  "voice",
  "voices",
  "guy",
  "guys",
  "staffer",
  "staffers",
]);

/**
 * The loose word for a person that a question asks to be named, if it asks so: the asked thing's
 * head noun is one of the words, not counted, after "which" ("which civil-society figure…"), or
 * the noun after "who was the" ("who was the industry voice saying…"). Not after "what": "what
 * 1988 figure did the ITU hold it up against?" asks for a number.
 */
export function loosePersonAsked(question: string): string | undefined {
  const thing = askedThing(question);
  if (thing !== undefined && !thing.counted && !thing.owned) {
    const word = thing.word.toLowerCase();
    if (LOOSE_PERSON_WORDS.has(word) && afterWhich(word).test(question)) return word;
  }
  const who = WHO_WAS_THE.exec(question)?.[1]?.toLowerCase();
  return who !== undefined && LOOSE_PERSON_WORDS.has(who) ? who : undefined;
}

/** "which" before the word, in the same clause ("which civil-society figure…"). */
const afterWhich = (word: string) => new RegExp(`\\bwhich\\b[^?,;.]*?\\b${word}\\b`, "i");

/** "who was the (industry) voice…", "who were the two guys…": the noun after "who was the" and up to three words. */
const WHO_WAS_THE =
  /\bwho\s+(?:was|were|is|are|'s)\s+(?:the|a|an|that|this|those|these)\s+(?:[\p{L}\d-]+\s+){0,3}?(figures?|voices?|guys?|staffers?)\b/iu;
