// The other forms of a word that the stemmer keeps apart although they name the same thing: agent
// nouns, nouns made from verbs, verbs made with "-en", "-man" nouns and Latin stem changes
// ("resolution" and "resolved"). `keyTermsOf` (terms.ts) lets each meet a question's term.

/**
 * Porter stems that the stemmer keeps apart although they name the same thing: agent nouns
 * ("founded" → found, "founders" → founder), and nouns made from verbs ("defining" → defin,
 * "definition" → definit; "sign" and "signature"; "regulate" and "regulatory").
 */
const DERIVATION_SUFFIXES = ["er", "or", "it", "iti", "at", "atur", "ator", "atori", "ant", "ent"];

/** The ending of a verb made from a noun or adjective ("threaten", "strengthen", "weaken"). */
const VERB_FROM_BASE = "en";

/** Letters a verb's base needs to be read back from it (`derivedForms`). */
const VERB_BASE_BACK = 5;

export function derivedForms(term: string): string[][] {
  if (term.length < 3 || !/^\p{L}+$/u.test(term)) return [];
  // A word of three letters only takes "-ation" ("tax", taxation): beside "-it" or "-er" it opens
  // too many others ("cap", capital).
  if (term.length < 4) return [[`${term}at`]];
  const forms = DERIVATION_SUFFIXES.map((suffix) => term + suffix);
  for (const suffix of DERIVATION_SUFFIXES) {
    const base = term.slice(0, -suffix.length);
    if (term.endsWith(suffix) && base.length >= 4) forms.push(base);
  }
  // A verb made with "-en" meets the noun or adjective it is made of, and back: "a threat" is
  // what "could threaten", "strength" what "strengthening" gives, "weak" what "weaken" makes.
  // Back to the base only from five letters: "listen" is no "list", nor "fasten" "fast". On the
  // tuning half (1,352 questions): one wrong refusal fewer ("what threat did the digital-rights
  // groups see…", where the note says they "could threaten privacy…"), nothing else moved.
  forms.push(term + VERB_FROM_BASE);
  const made = term.endsWith(VERB_FROM_BASE) ? term.slice(0, -VERB_FROM_BASE.length) : "";
  if (made.length >= VERB_BASE_BACK) forms.push(made);
  // "the chairman" is "the Chair": a person noun in "-man" meets the office or body it is made of
  // (one way: "chair" does not ask for a chairman). On the tuning half (833 questions): wrong
  // refusals 41 -> 40 of 659, nugget recall 0.845 -> 0.847, out-of-scope refused 145 of 174 and
  // answered "full" 2 unchanged.
  const office = /^(\p{L}{4,})m[ae]n$/u.exec(term)?.[1];
  if (office !== undefined) forms.push(office);
  for (const [noun, verb] of LATINATE_ALTERNATIONS) {
    const stem = term.endsWith(noun) ? term.slice(0, -noun.length) : undefined;
    if (stem !== undefined && stem.length >= LATINATE_STEM) forms.push(stem + verb);
    const root = term.endsWith(verb) ? term.slice(0, -verb.length) : undefined;
    if (root !== undefined && root.length >= LATINATE_STEM) forms.push(root + noun);
  }
  return forms.map((f) => [f]);
}

/**
 * Latin verbs whose noun changes the stem's last letters, which no suffix above bridges:
 * "resolution" (resolut) and "resolved" (resolv), "decision" (decis) and "decided" (decid),
 * "provision" and "provide", "exclusion" and "excluded", "admission" (admiss) and "admit". Each
 * pair is (the noun's stem ending, the verb's), after at least `LATINATE_STEM` letters.
 */
const LATINATE_ALTERNATIONS: readonly (readonly [string, string])[] = [
  ["olut", "olv"],
  ["cis", "cid"],
  ["vis", "vid"],
  ["lus", "lud"],
  ["ens", "end"],
  ["ans", "and"],
  ["ons", "ond"],
  ["miss", "mit"],
];

const LATINATE_STEM = 2;
