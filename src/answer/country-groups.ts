// A kind of group qualified by a country: "which Taiwanese groups signed CDT's letter", "did any
// Indian NGOs push back", "what did Brazilian civil society say". The glossary reads the demonym as
// its country, so a passage naming the country answers it: but where the notes name the country
// only as one item of a list of countries (the letter's signatories' countries, the delegations
// that did not sign) or as its government ("Brazil stayed outside the Convention"), they say
// nothing of any group of that kind from there (places45's probe: "Taiwanese groups" answered with
// the letter's countries). Such a question is covered only where a sentence of its answer's
// passages ties a group to the country: the country qualifying a group's noun ("Indian civil
// society"), a group's noun from or in it ("groups from India"), an organisation written with it
// ("CIS India"), or the country named outside any list in a sentence naming a group or an
// organisation ("India … backed a spam article, which the Internet Democracy Project saw as…").
// A delegation or a government is no such kind: it is the country itself.

import type { Glossary } from "../search/glossary.ts";
import { type NounSynset, nounSynsetAt, nounSynsetsOf } from "../search/thesaurus.ts";
import { splitSentences } from "../text.ts";
import type { ScoredPassage } from "../types.ts";
import { withoutListedItems } from "./side-listed.ts";

/**
 * Nouns for a kind of group or people that is no government: what "X NGOs", "X civil society",
 * "X operators" ask about. ("civil" and "tank" stand for "civil society" and "think tank", one
 * word each as the words are read; "press" is left out, also a verb: "what did Washington press
 * Beijing on".)
 */
const GROUP_NOUNS = new Set(
  (
    "ngo ngos group groups civil activist activists academic academics company companies firm " +
    "firms operator operators carrier carriers telco telcos isp isps industry business " +
    "businesses organisation organisations organization organizations org orgs outfit outfits " +
    "nonprofit nonprofits charity charities advocate advocates advocacy campaigner campaigners " +
    "researcher researchers scholar scholars user users netizens blogger bloggers journalist " +
    "journalists media newspaper newspapers startup startups tank tanks"
  ).split(" "),
);

/**
 * Nouns an organisation's own name is written with ("the Internet Democracy Project", "the
 * Benton Foundation"): in a passage, a sentence naming one names a group.
 */
const ORGANISATION_NOUNS = new Set(
  "project foundation institute centre center association coalition alliance society".split(" "),
);

/** The words that put a group in a country: "groups from India", "civil society in Brazil". */
const IN_COUNTRY = new Set(["from", "in", "based"]);

/** A word as read here: lower case, and as written (an acronym is met only in capitals). */
interface Word {
  lower: string;
  raw: string;
}

/** Words as read here: letters and digits, a possessive "'s" as its own word. */
function wordsOf(text: string): Word[] {
  return (text.match(/[\p{L}\p{N}]+(?:['’]s\b)?/gu) ?? []).flatMap((w) => {
    const bare = /['’]s$/.test(w) ? w.slice(0, -2) : w;
    const word = { lower: bare.toLowerCase(), raw: bare };
    return bare === w ? [word] : [word, { lower: "'s", raw: "'s" }];
  });
}

/** A name as words: an acronym ("UK", "US") is met only as written. */
interface Name {
  words: string[];
  acronym: boolean;
}

/** A country of the glossary, with its names (variants and people's words). */
export interface CountryNames {
  id: string;
  names: Name[];
}

/** The glossary's countries, and every place it knows with its initials ("UK", "EU"). */
interface Countries {
  countries: CountryNames[];
  /** Every entry with demonyms (regions too), with its names. */
  places: CountryNames[];
  initials: Set<string>;
}

const countriesByGlossary = new WeakMap<Glossary, Countries>();

const ACRONYM = /^\p{Lu}{2,}$/u;

/**
 * The glossary's countries: the entries with demonyms one of whose names WordNet has as a
 * country ("India", "Taiwan"; not "Europe", a continent, "EU", an organisation, or "Arab States").
 * Their names: the variants, the acronyms the entry also finds ("US"), and the demonyms that are
 * no capital (a capital stands for the government: "Delhi's line").
 */
function countriesOf(glossary: Glossary): Countries {
  const known = countriesByGlossary.get(glossary);
  if (known) return known;
  const places = glossary.entries.filter((e) => e.demonyms.length > 0);
  const named = places.map((e) => ({ entry: e, names: namesOf(e) }));
  const countries = named
    .filter(({ entry }) => entry.variants.some(namesACountry))
    .map(({ entry, names }) => ({ id: entry.id, names }));
  const initials = new Set(
    places.flatMap((e) => [...e.variants, ...e.alsoFinds].filter((n) => ACRONYM.test(n))),
  );
  const read = {
    countries,
    places: named.map(({ entry, names }) => ({ id: entry.id, names })),
    initials,
  };
  countriesByGlossary.set(glossary, read);
  return read;
}

type GlossaryEntry = Glossary["entries"][number];

/** An entry's names as words: its variants, the acronyms it also finds, its demonyms not capitals. */
function namesOf(e: GlossaryEntry): Name[] {
  const capitals = new Set(e.capitalTerms.map((c) => c.join(" ")));
  const demonyms = e.demonyms.filter((_, i) => !capitals.has((e.demonymTerms[i] ?? []).join(" ")));
  const acronyms = e.alsoFinds.filter((n) => ACRONYM.test(n));
  return [...e.variants, ...acronyms, ...demonyms]
    .map((n) => ({
      words: wordsOf(n)
        .map((w) => (ACRONYM.test(n) ? w.raw : w.lower))
        .filter((w) => w !== "'s"),
      acronym: ACRONYM.test(n),
    }))
    .filter((n) => n.words.length > 0);
}

/** Whether a name's place sense in WordNet is a country ("country" among its hypernyms). */
function namesACountry(name: string): boolean {
  return nounSynsetsOf(name).some((s) => s.lexFile === PLACE_FILE && isCountry(s, 0));
}
const PLACE_FILE = 15;
function isCountry(synset: NounSynset, depth: number): boolean {
  if (synset.words.some((w) => w.toLowerCase() === "country")) return true;
  if (depth >= 4) return false;
  return synset.pointers.some((p) => {
    if (p.symbol !== "@" && p.symbol !== "@i") return false;
    const up = nounSynsetAt(p.offset);
    return up !== undefined && isCountry(up, depth + 1);
  });
}

/**
 * Where the country is named among the words: each of its names' spans, but a span inside another
 * place's longer name ("American" in "Latin American").
 */
function countrySpans(
  words: readonly Word[],
  country: CountryNames,
  places: readonly CountryNames[],
): [number, number][] {
  const own = spansOf(words, country);
  if (own.length === 0) return own;
  const longer = places.filter((p) => p.id !== country.id).flatMap((p) => spansOf(words, p));
  return own.filter(([s, e]) => !longer.some(([s2, e2]) => s2 <= s && e2 >= e && e2 - s2 > e - s));
}

/** Where each of a place's names is written among the words: [start, end) word spans. */
function spansOf(words: readonly Word[], country: CountryNames): [number, number][] {
  const spans: [number, number][] = [];
  for (const name of country.names) {
    for (let i = 0; i + name.words.length <= words.length; i++) {
      const at = (j: number) => words[i + j] as Word;
      if (name.words.every((w, j) => (name.acronym ? at(j).raw : at(j).lower) === w))
        spans.push([i, i + name.words.length]);
    }
  }
  return spans;
}

/**
 * Whether a group's noun is written in the three words after the name (past a possessive), with no
 * word between that ends the phrase or makes the country its leader or backer: "Polish digital
 * rights groups", not "the Russia-led group" (a bloc of governments) or "India's draft on groups".
 */
function groupAfter(words: readonly Word[], end: number, nouns: ReadonlySet<string>): boolean {
  const after = words.slice(end, end + 4).filter((w) => w.lower !== "'s");
  for (const w of after.slice(0, 3)) {
    if (nouns.has(w.lower)) return true;
    if (PHRASE_END.has(w.lower)) return false;
  }
  return false;
}
const PHRASE_END = new Set(
  (
    "led backed sponsored aligned allied run dominated of on in for to and or with by from the a " +
    "an that which who whose is was were are did do does said say says had has have"
  ).split(" "),
);

/** Whether a group's noun stands up to two words before "from", "in" or "based in" the name. */
function groupBefore(words: readonly Word[], start: number, nouns: ReadonlySet<string>): boolean {
  const at = (i: number) => words[i]?.lower ?? "";
  let i = start - 1;
  if (at(i) === "the") i--;
  if (at(i) === "in" && at(i - 1) === "based") i--;
  if (!IN_COUNTRY.has(at(i))) return false;
  return words.slice(Math.max(0, i - 2), i).some((w) => nouns.has(w.lower));
}

/**
 * The countries a question qualifies a kind of group by: "which Taiwanese groups", "Indian
 * NGOs", "India's think tanks", "groups from Argentina". Not "the Indian delegation", "Brazil's
 * government": a delegation is the country itself.
 */
export function groupCountriesAsked(question: string, glossary: Glossary): CountryNames[] {
  const words = wordsOf(question);
  const { countries, places } = countriesOf(glossary);
  return countries.filter((country) =>
    countrySpans(words, country, places).some(
      ([start, end]) =>
        groupAfter(words, end, GROUP_NOUNS) || groupBefore(words, start, GROUP_NOUNS),
    ),
  );
}

/** Every group noun and organisation noun. */
const ANY_GROUP = new Set([...GROUP_NOUNS, ...ORGANISATION_NOUNS]);

/**
 * Whether a sentence ties a group to the country: the country qualifying a group's noun ("Indian
 * civil society and industry"), a group's noun from or in it, an organisation's acronym written
 * right before it ("CIS India"), or the country named outside a series of names in a sentence that
 * names a group or an organisation. A country named only as an item of a series of names
 * ("countries including Argentina, Brazil, …", "translated into Spanish, Thai, Urdu…") is tied to
 * nothing. `places`: every place the glossary knows; `initials`: theirs, no organisation's ("UK").
 */
export function sentenceTiesGroup(
  sentence: string,
  country: CountryNames,
  { places, initials }: Pick<Countries, "places" | "initials">,
): boolean {
  const words = wordsOf(sentence);
  const spans = countrySpans(words, country, places);
  if (spans.length === 0) return false;
  const tied = spans.some(
    ([s, e]) =>
      groupAfter(words, e, ANY_GROUP) ||
      groupBefore(words, s, ANY_GROUP) ||
      (ACRONYM.test(words[s - 1]?.raw ?? "") && !initials.has(words[s - 1]?.raw ?? "")),
  );
  if (tied) return true;
  const unlisted = wordsOf(withoutListedItems(sentence));
  return (
    countrySpans(unlisted, country, places).length > 0 &&
    unlisted.some((w) => ANY_GROUP.has(w.lower))
  );
}

/**
 * The first country a question qualifies a kind of group by that no sentence of its answer's
 * passages ties a group to (its glossary id); undefined where each is tied or the question asks of
 * no such group.
 */
export function groupCountryUntied(
  question: string,
  passages: readonly ScoredPassage[],
  glossary: Glossary,
): string | undefined {
  const asked = groupCountriesAsked(question, glossary);
  if (asked.length === 0) return undefined;
  const read = countriesOf(glossary);
  const sentences = passages.flatMap(({ passage }) =>
    splitSentences(passage.text).map((s) => s.text),
  );
  return asked.find((country) => !sentences.some((s) => sentenceTiesGroup(s, country, read)))?.id;
}
