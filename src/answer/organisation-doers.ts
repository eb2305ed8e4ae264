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
 * How a which-organisation question asks for the name (`organisationAsked`): as the doer of its
 * verb ("which ngos called out…", "which orgs drafted…": `"doer"`), or through a copula ("which
 * groups were in the coalition…", "which org was Parminder with": `"named"`, any organisation
 * the act's sentence names).
 */
export type OrganisationAsk = "doer" | "named";

/** Words that, after the asked noun, make it the object of another subject ("which outfits DID…"). */
const AUXILIARY_AFTER = /^(?:did|do|does|have|has|had|will|would|can|could|should|might|must)$/i;
const COPULA_AFTER = /^(?:was|were|is|are|'s)$/i;
/** Words between "which" and the noun that make it no asked thing ("what WERE civil-society groups after"). */
const NOT_MODIFIER =
  /^(?:the|a|an|their|its|his|her|our|was|were|is|are|did|do|does|had|have|has)$/i;

/**
 * Whether the question asks which organisation did something, and how (`OrganisationAsk`): its
 * asked thing is one of the nouns above, not counted ("how many groups…") and not owned ("which
 * org's petition…", which asks for the petition's facts), standing right after "which" or
 * "what" with at most three modifiers ("which civil society orgs"), and not the object of a
 * subject of its own ("which internet outfits did the US side's text say…", where the names need
 * not be any doer's). The question's form, not its topic.
 */
export function organisationAsked(question: string | undefined): OrganisationAsk | undefined {
  if (question === undefined) return undefined;
  const thing = askedThing(question);
  if (thing === undefined || thing.counted || thing.owned === true) return undefined;
  const noun = thing.word.toLowerCase();
  if (!ORGANISATION_NOUNS.has(noun)) return undefined;
  const words = question
    .toLowerCase()
    .split(/[^\p{L}\p{N}'’-]+/u)
    .filter((w) => w !== "");
  for (let n = 0; n < words.length; n++) {
    if (words[n] !== "which" && words[n] !== "what") continue;
    const at = words.indexOf(noun, n + 1);
    if (at < 0 || at - n > 4 || words.slice(n + 1, at).some((w) => NOT_MODIFIER.test(w))) continue;
    const next = words[at + 1] ?? "";
    if (AUXILIARY_AFTER.test(next)) return undefined;
    return COPULA_AFTER.test(next) ? "named" : "doer";
  }
  return undefined;
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
 * date the tagger reads; with `anywhere` ("which org was Parminder with"), a name anywhere in
 * the sentence. "Civil-society groups also sent a joint letter to the
 * Secretary-General…" names no doer: its one name stands after the verb, as the addressee.
 */
export function namesOrganisationDoer(
  sentence: string,
  given: (word: string) => boolean,
  capitalisedWithin: (word: string) => boolean,
  anywhere = false,
): boolean {
  const words = taggedWords(sentence);
  // (The first verb written in lower case, not a gerund: "a coalition including Avaaz, …,
  // Access, Fight for the Future… said", where the tagger reads "Access" and "Fight" as verbs;
  // a copula's complement names too: "These are CITEL (the Americas), CEPT…".)
  const verbAt = anywhere
    ? -1
    : words.findIndex(
        (t, n) =>
          n > 0 &&
          t.tags.includes("Verb") &&
          !t.tags.includes("Gerund") &&
          !t.tags.includes("Copula") &&
          !/^\p{Lu}/u.test(t.text),
      );
  const afterBy = (n: number) => words.slice(0, n).some((t) => /^by$/i.test(t.text));
  return words.some((t, n) => {
    if (!(verbAt < 0 || n < verbAt || afterBy(n))) return false;
    const text = t.text.replace(/[’']s$/u, "");
    const acronym = /^\p{Lu}{2,}/u.test(text);
    if (!/^\p{Lu}/u.test(text) || NOT_ORGANISATION.some((tag) => t.tags.includes(tag)))
      return false;
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
