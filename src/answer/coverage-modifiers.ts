// "When does the NEW treaty enter into force?" is not answered by a passage on "the existing
// treaty": a question's modifier that a place contradicts means the place is about another thing
// of the kind asked. `readQuestionDemands` reads the qualified nouns once; `assessRelevance` sets
// aside the passages that name them only with the opposite modifier.

import { type Analyze, type KeyTerm, writtenWords } from "./terms.ts";

/**
 * Modifiers of plain English that set a thing against another of its kind: a question on "the
 * NEW treaty" is not answered by a place on "the existing treaty", nor one on "the FINAL text" by
 * "the draft text". Each group's two sides are opposites. "When does the new treaty enter into
 * force?" had been answered "full" with the Budapest Convention's date, from a paragraph headed
 * "The existing treaty." On the tuning half (765 q) no answer changed: no other question asks of
 * a new, final or current thing that a top passage names only with the opposite modifier.
 */
const OPPOSED_MODIFIERS: readonly (readonly [readonly string[], readonly string[]])[] = [
  [
    ["new", "revised", "amended", "updated"],
    ["old", "existing", "former", "previous", "earlier", "original", "prior"],
  ],
  [
    ["final", "adopted"],
    ["draft", "preliminary", "proposed", "initial"],
  ],
  [
    ["current", "present"],
    ["former", "previous", "past"],
  ],
];

/** A noun the question qualifies ("the NEW treaty"), and the modifiers that oppose its own. */
export interface QualifiedNoun {
  noun: KeyTerm;
  own: readonly string[];
  opposed: readonly string[];
  /** An ordinal's noun ("the FIRST meeting"): a window must name the noun itself. */
  ordinal?: boolean;
}

/** A text's words, lower case, hyphenated words whole. */
function wordsOf(text: string): string[] {
  return text.toLowerCase().split(/[^\p{L}\p{N}'-]+/u);
}

/**
 * The question's nouns written right after a modifier with an opposite ("the new treaty", "the
 * final text"). Not where the question uses an opposite too: "the new treaty vs the old one"
 * asks about both.
 */
export function qualifiedNouns(
  question: string,
  keyTerms: readonly KeyTerm[],
  analyzeText: Analyze,
): QualifiedNoun[] {
  const words = wordsOf(question);
  const used = new Set(words);
  const found: QualifiedNoun[] = [];
  for (const [a, b] of OPPOSED_MODIFIERS) {
    for (const [own, opposed] of [
      [a, b],
      [b, a],
    ] as const) {
      if (opposed.some((w) => used.has(w))) continue;
      words.forEach((word, i) => {
        if (!own.includes(word)) return;
        const next = new Set(analyzeText(words[i + 1] ?? ""));
        const noun = keyTerms.find((k) => !k.generic && !k.fromContext && next.has(k.term));
        if (noun) found.push({ noun, own, opposed });
      });
    }
  }
  // "Where did the group hold its FIRST meeting?": an ordinal before a noun names one of a
  // series, and a place naming that noun only after another ordinal ("A second meeting was held
  // in Geneva…") is about another of them (not where the question names two ordinals: "the
  // first and second meetings" asks about both).
  // (A noun, not an adverb's verb: "security FIRST came up"; nor one that only times the question:
  // "after their first prep meeting", "since the first version".)
  const ordinals = words.filter((w) => ORDINALS.includes(w));
  const at = ordinals.length === 1 ? words.indexOf(ordinals[0] as string) : -1;
  if (at >= 0 && !words.slice(Math.max(0, at - 3), at).some((w) => TIMING.includes(w))) {
    const next = new Set(analyzeText(words[at + 1] ?? ""));
    const noun = keyTerms.find(
      (k) => !k.generic && !k.fromContext && k.verb !== true && next.has(k.term),
    );
    if (noun) {
      found.push({
        noun,
        own: [ordinals[0] as string],
        opposed: ORDINALS.filter((o) => o !== ordinals[0]),
        ordinal: true,
      });
    }
  }
  // "When does the 2012 treaty enter into force?": a year before a noun names one thing of its
  // kind, and a place naming that noun only as an older thing ("The existing treaty.") is about
  // another. (Not another year: "the 2012 revision" is of "the 1988 ITRs".)
  words.forEach((word, i) => {
    if (!YEAR.test(word)) return;
    const next = new Set(analyzeText(words[i + 1] ?? ""));
    const noun = keyTerms.find((k) => !k.generic && !k.fromContext && next.has(k.term));
    if (!noun || words.some((w) => OLDER_THING.includes(w))) return;
    found.push({ noun, own: [word], opposed: OLDER_THING });
  });
  return found;
}

/** Words before an ordinal's noun that make it a time, not the thing asked ("after the first…"). */
const TIMING = ["after", "before", "since", "until", "following", "from", "till"];

/** Ordinals that pick out one of a series ("the first meeting", "its second session"). */
const ORDINALS = [
  "first",
  "second",
  "third",
  "fourth",
  "fifth",
  "sixth",
  "seventh",
  "eighth",
  "ninth",
  "tenth",
  "1st",
  "2nd",
  "3rd",
  "4th",
  "5th",
  "6th",
];

/** A year as a question writes it before a noun ("the 2012 treaty", "the 1988 ITRs"). */
const YEAR = /^(?:19|20)\d\d$/;
/** Modifiers that set an older thing of a kind apart from a dated one ("the existing treaty"). */
const OLDER_THING = ["old", "existing", "former", "previous", "earlier", "original", "prior"];

/**
 * Whether a text (a passage with its title and headings) names a qualified noun only after an
 * opposite modifier ("The existing treaty." over the Budapest Convention, for "When does the new
 * treaty enter into force?"): it is about another thing of that kind.
 */
export function namesOnlyAnotherOfKind(
  qualified: readonly QualifiedNoun[],
  text: string,
  analyzeText: Analyze,
): boolean {
  if (qualified.length === 0) return false;
  const words = wordsOf(text);
  return qualified.some(({ noun, opposed }) => {
    const before = words.flatMap((w, i) =>
      analyzeText(w).includes(noun.term) ? [words[i - 1] ?? ""] : [],
    );
    return before.length > 0 && before.every((w) => opposed.includes(w));
  });
}

/**
 * "Which ACTIVIST groups…", "which ITU-T STUDY groups…", "who were the VICE-chairs…": the plain
 * words right before the noun a which/what/list question asks for (or joined to it by a hyphen),
 * up to a name, a possessive or a word that carries no topic. They pick the asked things out from
 * others of their noun: a place naming a working group, or the conference's chair, names none of
 * the study groups or vice-chairs asked for. Not a name ("CEPT countries": names are required
 * terms of their own) nor a generic word ("other delegations", "main complaints").
 */
export function askedThingModifiers(
  question: string,
  keyTerms: readonly KeyTerm[],
  analyzeText: Analyze,
): AskedModifier[] {
  const words = writtenWords(question);
  const content = keyTerms.filter((k) => !k.generic && !k.fromContext);
  const termOf = (word: string) => {
    const terms = new Set(analyzeText(word));
    return content.find((k) => terms.has(k.term));
  };
  const found = new Map<KeyTerm, AskedModifier>();
  for (const k of keyTerms) {
    if (k.asked !== true) continue;
    words.forEach((word, i) => {
      const parts = word.split(/-/).filter((p) => p !== "");
      if (!analyzeText(parts.at(-1) ?? "").includes(k.term)) return;
      const before = [...words.slice(0, i), ...parts.slice(0, -1)];
      for (let j = before.length - 1; j >= 0; j--) {
        const w = before[j] as string;
        if (/['’]s?$/.test(w) || /\p{Lu}/u.test(w)) break;
        const modifier = termOf(w);
        if (modifier === undefined || modifier === k) break;
        found.set(modifier, { modifier, head: k });
      }
    });
  }
  return [...found.values()];
}

/** A plain word picking out the thing a question asks for ("ACTIVIST groups"), and that noun. */
export interface AskedModifier {
  modifier: KeyTerm;
  head: KeyTerm;
}
