// An analyst's informal or clipped noun for a kind of body or text ("outfits", "orgs", "recs"),
// written as the sources write it ("organisations", "recommendations"), where it is a word of the
// topic and not the kind the question asks for. Read as typed, no source holds the word, so a
// question naming "the industry outfits … that show up across our notes" or "the itu-t recs" lost
// the term it names and was refused (refuse42).

/** Informal and clipped nouns of chat, as the words sources use. General English of chat. */
const INFORMAL_NOUNS: Readonly<Record<string, string>> = {
  orgs: "organisations",
  outfit: "organisation",
  outfits: "organisations",
  recs: "recommendations",
};

/**
 * One of the nouns standing alone: not part of a longer word, a web address ("WCITLeaks.org",
 * "a@b.org"), a path or a hyphened compound.
 */
const INFORMAL_NOUN = new RegExp(
  `(?<![\\p{L}\\p{N}./@'’-])(?:${Object.keys(INFORMAL_NOUNS).join("|")})(?![\\p{L}\\p{N}/-]|\\.\\p{L})`,
  "giu",
);

/**
 * The noun names the kind asked for: after "which", "what" or "how many", with at most two words
 * between ("which orgs drafted…", "which industry outfits…", "how many orgs signed…"). There the
 * kind readers take it as typed (`kindOfName`, name-kinds.ts; the count readers, window-terms.ts),
 * and the answer is a name or a number, not the word: written out, "which organisation filed
 * C-109" must find "organisation" beside ETNO's filing, which says "operators' association".
 */
const ASKED_KIND_BEFORE = /\b(?:which|what|how many)\s+(?:[\p{L}\p{N}'’-]+\s+){0,2}$/iu;

/** The question with its informal nouns of a topic written out ("the itu-t recs" → "… recommendations"). */
export function withInformalNounsRead(question: string): string {
  return question.replace(INFORMAL_NOUN, (word: string, offset: number) => {
    if (ASKED_KIND_BEFORE.test(question.slice(0, offset))) return word;
    const full = INFORMAL_NOUNS[word.toLowerCase()] ?? word;
    return /^\p{Lu}/u.test(word) ? `${full.charAt(0).toUpperCase()}${full.slice(1)}` : full;
  });
}
