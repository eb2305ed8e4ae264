// The field's own nouns for things an analyst names in everyday words. Telecom policy and treaty
// diplomacy have a few things that news, analysts and the documents themselves each call by
// another common noun: the company running a network is a "carrier" or a "telco" to the press,
// an "operator" to regulators and an "operating agency" to the ITU's treaty texts; what
// delegations hold are "talks" to a reporter and "negotiations" to a diplomat; what a member
// files with an intergovernmental body is a "paper" or a "submission" to an analyst, a
// "contribution" or a "document" (Document 27, contribution C59) to the body. WordNet's first
// sense gives none of these pairs (its first "carrier" is a porter, its first "paper" the
// material, its first "talk" a speech), and its rarer senses, tried whole, brought in other
// meanings ("position" as a military post). These families are that domain knowledge, written
// down once: the usual nouns of the field, not words taken from questions the engine refused.
//
// Like WordNet's words (thesaurus.ts), a family member meets an asked word for the coverage
// decision only (`KeyTerm.senseWords`): it never makes a place state the question for "full",
// never names a word the corpus lacks, and never stands for the thing a count is asked of.

/**
 * Families of nouns the field uses for one thing, as written (lower case, singular; a plural in
 * "s" is read as its singular). A word is left out when its everyday sense is mostly another
 * thing ("line" for a carrier, "charge" as an accusation, "figure" as a person, "talk" as a
 * speech: only the plural "talks" names negotiations), and no family holds a party to a treaty
 * (government, administration, Member State, country: where they were made to meet, near misses
 * about one were answered from a place on another).
 */
const DOMAIN_NOUN_FAMILIES: readonly (readonly string[])[] = [
  // The companies running telecom networks: the press's "carriers" and "telcos", the regulator's
  // "operators", the ITRs' "operating agencies".
  ["carrier", "telco", "operator", "operating agency"],
  // Delegates met together: the everyday "gathering" or "huddle", the field's "meeting" or
  // "conference".
  ["gathering", "huddle", "meeting", "conference"],
  // Diplomatic negotiation, as reported ("the talks") and as minuted ("the negotiations").
  ["talks", "negotiations"],
  // A member's written input to an intergovernmental body: an analyst's "paper" or "submission",
  // the body's "contribution" or numbered "document".
  ["paper", "submission", "contribution", "document"],
  // People writing about events they do not take part in.
  ["commentator", "observer", "analyst"],
  // A body asking the public for views: its "public consultation", the "public comment" it is
  // put out for, and the comments (and commenters) it draws. (Alone it moved no tuning answer;
  // with "junk mail" read as spam it keeps "why did somebody in the public consultation call the
  // treaty's junk-mail definition a non-starter?" answered, from "A public commenter told the ITU
  // the definition was unworkable".)
  ["consultation", "comment"],
  // What a party holds against a text or a process: an analyst's "gripe", "beef" or
  // "complaint", a source's "objection", "concern", "criticism" or "problem" ("It raised three
  // problems: public comments had no formal standing…").
  ["gripe", "beef", "complaint", "grievance", "objection", "concern", "criticism", "problem"],
];

/** The singular a written noun is read as: "carriers" → "carrier", "talks" stays a family key. */
function keysOf(word: string): string[] {
  const w = word.toLowerCase();
  return w.endsWith("s") && w.length > 3 ? [w, w.slice(0, -1)] : [w];
}

const familyByWord = new Map<string, readonly string[]>(
  DOMAIN_NOUN_FAMILIES.flatMap((family) => family.map((w) => [w, family] as const)),
);

/**
 * The other nouns of the field for what `word` names (as written; lower case), never `word`
 * itself nor its singular: "carriers" → "telco", "operator", "operating agency". Empty for a word
 * in no family.
 */
export function domainNounWords(word: string): readonly string[] {
  for (const key of keysOf(word)) {
    const family = familyByWord.get(key);
    if (family) return family.filter((w) => w !== key);
  }
  return [];
}

/** The families themselves (`DOMAIN_NOUN_FAMILIES`), for a reader matching them by index term. */
export function domainNounFamilies(): readonly (readonly string[])[] {
  return DOMAIN_NOUN_FAMILIES;
}
