// People's names in a question: each given name of a person named in full with its surname
// (`givenNames`: "Hamadoun Touré"), and whether the tagger reads a word alone as a name
// (`isNameWord`).
import { type TaggedWord, taggedWords } from "./tagged-words.ts";

/** Tags of a word that is a place, a body or an acronym, never a person's given name. */
const NOT_GIVEN_NAME_TAGS = [
  "Place",
  "Country",
  "City",
  "Region",
  "Organization",
  "Acronym",
  "Demonym",
];
/** Tags of a capitalised word the tagger knows only as a name. */
const ONLY_A_NAME_TAGS = ["ProperNoun", "Noun", "Possessive"];

/**
 * A person named in full ("Hamadoun Touré", "Larry Strickling"): each given name, as written,
 * with the surname it goes with. A source names a person it has introduced by surname alone
 * ("Touré insisted…"), so a sentence naming the surname names the person. Read as a name: two to
 * four capitalised words in a row, not opening the question, the tagger reading every one as a
 * person or as nothing but a proper noun, and none as a place, a body or an acronym ("South
 * Africa", "Best Bits", "the Internet Democracy Project" are not people), and not after an
 * article ("the Arab States"). The caller also rules out a surname that is a common English word.
 */
export function givenNames(question: string): { given: string; surname: string }[] {
  const words = taggedWords(question);
  const out: { given: string; surname: string }[] = [];
  const personLike = (t: TaggedWord | undefined, i: number) =>
    t !== undefined &&
    i > 0 &&
    /^\p{Lu}\p{Ll}/u.test(t.text) &&
    // A person the tagger knows ("Larry", "Mohamed"), or a proper noun it knows nothing else of
    // ("Hamadoun", "Touré"; not "Bits", a plural, nor "Project", a common noun too).
    (t.tags.includes("Person") || t.tags.every((tag) => ONLY_A_NAME_TAGS.includes(tag))) &&
    !t.tags.some((tag) => NOT_GIVEN_NAME_TAGS.includes(tag));
  let i = 0;
  while (i < words.length) {
    let j = i;
    // A run of person-like words joined only by spaces ("Hamadoun Touré's": the last may be possessive).
    while (personLike(words[j], j) && (j === i || /^\s*$/.test(words[j - 1]?.post ?? " "))) j++;
    // (Not a body named with an article: "the Arab States", "the European Parliament".)
    const afterArticle = /^(?:the|a|an)$/i.test(words[i - 1]?.text ?? "");
    if (j - i >= 2 && j - i <= 4 && !afterArticle) {
      const surname = (words[j - 1] as TaggedWord).text.replace(/['’]s$/u, "");
      for (const t of words.slice(i, j - 1)) out.push({ given: t.text, surname });
    }
    i = Math.max(j, i + 1);
  }
  return out;
}

/** Tags that make a word, read alone, a name: a people, a place, a person, a body. */
const NAME_TAGS = ["ProperNoun", "Demonym", "Place", "Person", "Organization", "Acronym"];

/**
 * Whether the tagger, reading a word alone, takes it for a name ("Norwegian", "Basque") rather
 * than a plain adjective or noun ("English", "Swahili" are to it a language's adjective and noun).
 */
export function isNameWord(word: string): boolean {
  return taggedWords(word).some((t) => t.tags.some((tag) => NAME_TAGS.includes(tag)));
}

/** An office a body's member holds, written in a sentence: "the TRA's Director General". */
const OFFICE =
  "(?:[Dd]irector(?:[\\s-][Gg]eneral)?|[Cc]hair(?:man|woman|person)?|[Ss]ecretary(?:[\\s-][Gg]eneral)?|[Mm]inisters?|[Aa]mbassador|[Cc]ommissioner|CEO|[Pp]resident|[Hh]ead|[Ss]pokes(?:man|woman|person)|[Oo]fficials?|[Dd]elegates?|[Rr]epresentatives?|[Cc]oordinator|[Cc]o-?founders?|[Ff]ounders?|[Rr]esearchers?)";
const OFFICE_WORD = new RegExp(`^${OFFICE}$`);

/**
 * Whether a sentence names a person (a word the tagger knows as a person's, not an office's, or a
 * name in full: "Sherif Guinena") or an office held in the body asked of (`body`, as the question
 * writes it), written beside the body's name: "Russia's minister", "ICANN CEO", "the head of
 * CEPT" (`isCommon`: whether a word is a common English word). "Who at the FCC…" is not
 * answered by a sentence naming only the body ("Indonesia urged work towards…"), nor by one
 * naming an office of no tie to it ("…described delegates debating"). A title before a surname
 * names its holder ("Secretary-General Touré").
 */
export function namesMemberOf(
  text: string,
  body: string,
  isCommon: (word: string) => boolean,
): boolean {
  // (Not a title in quotes: "Everyone Loves Free Expression!" names no one.)
  const unquoted = text.replace(/["“][^"”]*["”]/gu, " ");
  const person = taggedWords(unquoted).some(
    (t) =>
      t.tags.includes("Person") &&
      !t.tags.includes("Honorific") &&
      !OFFICE_WORD.test(t.text.replace(/['’]s?$/u, "")),
  );
  // (A name in full whose surname is no common word: not "Member States".)
  const named = givenNames(`— ${unquoted}`).some(({ surname }) => !isCommon(surname));
  // (A surname after its holder's title: "Secretary-General Touré insisted…".)
  const titled = [
    ...unquoted.matchAll(new RegExp(`\\b${OFFICE}\\s+(\\p{Lu}[\\p{L}\\p{M}-]+)`, "gu")),
  ].some((m) => !isCommon(m[1] as string));
  if (person || named || titled) return true;
  // The body's names, each by its first four letters ("Russian" meets "Russia's").
  const stems = [...body.matchAll(/\p{Lu}[\p{L}\p{M}]*/gu)]
    .map((m) => m[0])
    .filter((w) => w !== "The")
    .map((w) => w.slice(0, Math.min(4, w.length)));
  return stems.some((stem) =>
    new RegExp(
      `\\b${stem}[\\p{L}\\p{M}.-]*(?:['’]s?)?\\s+(?:\\p{Lu}[\\p{L}\\p{M}]*\\s+)?${OFFICE}\\b|\\b${OFFICE}\\s+of\\s+(?:the\\s+)?${stem}`,
      "u",
    ).test(text),
  );
}
