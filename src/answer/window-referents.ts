// What a sentence of a window stands for beyond its own words: the earlier sentence it points
// back at ("He later argued…", "The 55 included…", "…outside the Convention"), and the terms of
// the headings over it.

import { mentionsNumber, numbersReferredTo, opensWithReferent } from "./sentences.ts";
import { type Analyze, containsTerm, isCommonWord, type KeyTerm } from "./terms.ts";

/**
 * The terms of a passage's title and headings that a sentence under them is about. A heading
 * joining topics ("Unity statement and Best Bits.") heads sentences about either: a sentence
 * naming one of its topics is about that one ("A short unity statement was drafted by…" is not
 * about Best Bits); one naming none, about all. (Only section headings: a title's "and" joins
 * the parts of one subject, "Human rights concerns and civil-society campaigning".) On the tuning
 * half: out-of-scope answered "full" 1 → 0 of 97, no in-scope label changed.
 */
export function headingsOver(
  title: string,
  sectionPath: readonly string[],
  sentence: readonly string[],
  analyzeText: Analyze,
): string[] {
  const own = new Set(sentence);
  return [
    ...analyzeText(title),
    ...sectionPath.flatMap((heading) => {
      const topics = heading.split(/\s+(?:and|&)\s+/).map((part) => analyzeText(part));
      const named = topics.filter((terms) => terms.some((t) => own.has(t)));
      return (named.length > 0 ? named : topics).flat();
    }),
  ];
}

/**
 * The earlier sentence of a passage that introduced the name sentence `at` refers to by its head
 * alone ("the Convention", "the Council", capitalised inside the sentence): the nearest one writing
 * that head inside a longer capitalised name ("the Budapest Convention", "Convention on
 * Cybercrime"). Undefined when the sentence refers to none, or no earlier sentence names it.
 */
export function namedEarlier(spans: readonly { text: string }[], at: number): number | undefined {
  const text = spans[at]?.text ?? "";
  for (const m of text.matchAll(HEAD_REFERENCE)) {
    const head = m[1] as string;
    const inName = new RegExp(
      `\\p{Lu}[\\p{L}'’-]*\\s+${head}\\b|\\b${head}\\s+(?:of|on|for)\\s+(?:the\\s+)?\\p{Lu}`,
      "u",
    );
    for (let k = at - 1; k >= 0; k--) if (inName.test(spans[k]?.text ?? "")) return k;
  }
  return undefined;
}
/** "the Convention" inside a sentence: a capitalised head after "the", no capitalised word after. */
const HEAD_REFERENCE = /(?<=\S\s+)the\s+(\p{Lu}\p{Ll}{3,})\b(?!\s+\p{Lu})/gu;

/**
 * Whether sentence `at` leans, through sentences opening with a referent ("He said…", "It
 * added…"), on an earlier one naming the term: "Richard Hill argued… He pointed out…".
 */
export function leansOn(
  spans: readonly { text: string }[],
  sentences: readonly string[][],
  at: number,
  key: KeyTerm,
): boolean {
  // "He" or "she" reaches past a sentence that names no one ("Richard Hill argued… He pointed
  // out… On that reading, the provision cannot justify censorship. He later argued…").
  const person = PERSONAL_PRONOUN.test(spans[at]?.text ?? "");
  for (let k = at; k > 0; k--) {
    const text = spans[k]?.text ?? "";
    if (!opensWithReferent(text) && !(person && k < at && !namesSomeone(text))) break;
    if (containsTerm(new Set(sentences[k - 1]), key)) return true;
  }
  return false;
}

/**
 * Whether the sentence at `at` refers with "the N" to an earlier sentence that gave the number N
 * and holds `key`: "The 55 included the US, UK…" is about "…so 55 did not sign".
 */
export function countedEarlier(
  spans: readonly { text: string }[],
  sentences: readonly string[][],
  at: number,
  key: KeyTerm,
): boolean {
  return numbersReferredTo(spans[at]?.text ?? "").some((n) => {
    for (let k = at - 1; k >= Math.max(0, at - NUMBER_REFERENCE_REACH); k--) {
      if (mentionsNumber(spans[k]?.text ?? "", n)) return containsTerm(new Set(sentences[k]), key);
    }
    return false;
  });
}

/** How many sentences back "the 55" looks for the sentence that gave the number. */
const NUMBER_REFERENCE_REACH = 3;

/** A sentence opening with a personal pronoun: it points back at a person. */
const PERSONAL_PRONOUN = /^[\s"“'‘(*_]*(?:he|she|his|her)\b/i;

/**
 * Whether a sentence names someone or something: a capitalised word after its first, or a first
 * word that is no common English word ("Kramer disagreed", not "On that reading").
 */
function namesSomeone(text: string): boolean {
  const words = text
    .trim()
    .replace(/^[\s"“'‘(*_]+/, "")
    .split(/\s+/);
  const first = (words[0] ?? "").replace(/[^\p{L}\p{M}'’-]/gu, "");
  return (
    (first !== "" && /^\p{Lu}/u.test(first) && !isCommonWord(first)) ||
    words.slice(1).some((w) => /^["“'‘(]?\p{Lu}/u.test(w))
  );
}
