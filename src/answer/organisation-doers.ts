// Which organisation did an act ("which ngos called out the placard count", "which industry
// group told Busan…"): the asker's word for the kind (`organisationAsked`), and whether a
// sentence names an organisation as the one doing its act (`namesOrganisationDoer`).
import { askedThing } from "./asked-thing.ts";
import { isCommonWord } from "./common-words.ts";
import { taggedWords } from "./tagged-words.ts";

/**
 * The asker's nouns for an organisation, whose answer is its name: "which orgs", "which
 * outfit", "which industry groups". (Not "body" or "bloc": "which body" is answered by "the
 * Council" or "the plenary", "which bloc" by a region.)
 */
const ORGANISATION_NOUNS = new Set(
  `org orgs organisation organisations organization organizations ngo ngos outfit outfits group
  groups association associations`.split(/\s+/),
);

/**
 * Whether the question asks which organisation did something: its asked thing is one of the
 * nouns above, not counted ("how many groups…") and not owned ("which org's petition…", which
 * asks for the petition's facts). The question's form, not its topic.
 */
export function organisationAsked(question: string | undefined): boolean {
  if (question === undefined) return false;
  const thing = askedThing(question);
  return (
    thing !== undefined &&
    !thing.counted &&
    thing.owned !== true &&
    ORGANISATION_NOUNS.has(thing.word.toLowerCase())
  );
}

/** Tags of a capitalised word that is no organisation's name: a person, a place, a people, a date. */
const NOT_ORGANISATION = ["Person", "Place", "Country", "City", "Demonym", "Date", "Month"];

/**
 * Whether `sentence` names an organisation where its doer stands: before its first verb ("In May
 * 2012 EFF urged…", "Parminder of IT for Change argued…", "a coalition including Avaaz, …,
 * said…") or after a "by" ("was drafted by Access, CDT…"). A name is a capitalised word within
 * the sentence, or an acronym anywhere; one opening the sentence ("Access said…") counts where
 * the passage writes it capitalised within a sentence too (`capitalisedWithin`), or where it is
 * no common word. Not a name the question gives itself (`given`), nor a person, place, people or
 * date the tagger reads. "Civil-society groups also sent a joint letter to the
 * Secretary-General…" names no doer: its one name stands after the verb, as the addressee.
 */
export function namesOrganisationDoer(
  sentence: string,
  given: (word: string) => boolean,
  capitalisedWithin: (word: string) => boolean,
): boolean {
  const words = taggedWords(sentence);
  const verbAt = words.findIndex((t, n) => n > 0 && t.tags.includes("Verb"));
  const afterBy = (n: number) => words.slice(0, n).some((t) => /^by$/i.test(t.text));
  return words.some((t, n) => {
    if (!(verbAt < 0 || n < verbAt || afterBy(n))) return false;
    const text = t.text.replace(/[’']s$/u, "");
    const acronym = /^\p{Lu}{2,}/u.test(text);
    if (!/^\p{Lu}/u.test(text) || NOT_ORGANISATION.some((tag) => t.tags.includes(tag))) return false;
    if (n === 0 && !acronym && isCommonWord(text) && !capitalisedWithin(text)) return false;
    return !given(text);
  });
}

/**
 * The capitalised words a passage writes within its sentences (not as a sentence's first word),
 * lower-cased: "Access" in "…drafted by Access, CDT…" makes "Access said…" a name too.
 */
export function capitalisedWithinSentences(texts: readonly string[]): Set<string> {
  const found = new Set<string>();
  for (const text of texts) {
    const words = text.split(/\s+/).filter((w) => w !== "");
    for (const word of words.slice(1)) {
      const bare = word.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, "");
      if (/^\p{Lu}/u.test(bare)) found.add(bare.toLowerCase());
    }
  }
  return found;
}
