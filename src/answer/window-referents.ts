// What a sentence of a window stands for beyond its own words: the earlier sentence it points
// back at ("He later argued…", "The 55 included…", "…outside the Convention"), and the terms of
// the headings over it.

import { isCommonWord } from "./common-words.ts";
import {
  isRunInHeading,
  mentionsNumber,
  numbersReferredTo,
  opensWithReferent,
} from "./sentences.ts";
import { type Analyze, containsTerm, type KeyTerm } from "./terms.ts";

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
 * The things a section heading names in a series or joined by "and" ("Unity statement and Best
 * Bits", "Next venues: WTPF-13 and PP-14"), as the terms of each, common words left out unless
 * written as a name ("Best"); what precedes a colon is the class, not one of them. Fewer than
 * two: the heading names one thing.
 */
export function headingTopics(heading: string, analyzeText: Analyze): string[][] {
  const series = heading.replace(/^[^:]*:\s*/, "").replace(/[.:]\s*$/, "");
  const topics = series
    .split(/\s*[,;]\s*(?:and\s+|&\s+)?|\s+(?:and|&)\s+/)
    .map((part, p) =>
      analyzeText(
        part
          .split(/\s+/)
          .filter((word, n) => {
            const bare = word.replace(/[^\p{L}\p{N}'’-]/gu, "");
            return !isCommonWord(bare) || (p + n > 0 && /^\p{Lu}/u.test(bare));
          })
          .join(" "),
      ),
    )
    .filter((terms) => terms.length > 0);
  return topics.length >= 2 ? topics : [];
}

/**
 * Whether a sentence under a heading naming several things (`headingTopics`), one of which the
 * question asks about, fails to name that one itself or in the sentence it points back at ("It
 * asked Member States…"). A heading joining things does not by itself put a sentence's count,
 * date or name with one of them: under "Unity statement and Best Bits." the unity statement's
 * "more than 120 organisations … had signed it" says nothing of how many took part at Best Bits,
 * and under "Next venues: WTPF-13 and PP-14." a sentence on "the WTPF" says nothing of PP-14.
 * (A question naming all of them, or none, is not asked of one.)
 */
export function missesAskedTopic(
  sectionPath: readonly string[],
  spans: readonly { text: string }[],
  sentences: readonly string[][],
  at: number,
  keyTerms: readonly KeyTerm[],
  analyzeText: Analyze,
): boolean {
  const asked = new Map(keyTerms.map((k) => [k.term, k]));
  // The sentence with the ones it points back at.
  const own = new Set(sentences[at]);
  for (let k = at; k > 0 && opensWithReferent(spans[k]?.text ?? ""); k--) {
    for (const t of sentences[k - 1] ?? []) own.add(t);
  }
  const said = (t: string) => {
    const k = asked.get(t);
    return own.has(t) || (k !== undefined && containsTerm(own, k));
  };
  return sectionPath.some((heading) => {
    // A name's number may go unsaid: "the WTPF" names "WTPF-13".
    const topics = headingTopics(heading, analyzeText).map((terms) => {
      const words = terms.filter((t) => !/\p{N}/u.test(t));
      return words.length > 0 ? words : terms;
    });
    const askedTopics = topics.filter((terms) => terms.every((t) => asked.has(t)));
    if (askedTopics.length === 0 || askedTopics.length === topics.length) return false;
    return !askedTopics.some((terms) => terms.every(said));
  });
}

/**
 * Whether a window's span is a run-in heading naming several things ("Unity statement and Best
 * Bits."): a label over the paragraph, not a claim; it gives no date, count or name of any of them.
 */
export function isSeriesHeading(
  text: string,
  sectionPath: readonly string[],
  analyzeText: Analyze,
): boolean {
  return sectionPath.some(
    (heading) => isRunInHeading(text, [heading]) && headingTopics(heading, analyzeText).length >= 2,
  );
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
  return leanedOnWhere(spans, at, (k) => containsTerm(new Set(sentences[k]), key)) !== undefined;
}

/**
 * The earlier sentence that sentence `at` leans on, through sentences opening with a referent,
 * which is the first such to pass `test`; undefined where none does.
 */
export function leanedOnWhere(
  spans: readonly { text: string }[],
  at: number,
  test: (k: number) => boolean,
): number | undefined {
  // "He" or "she" reaches past a sentence that names no one ("Richard Hill argued… He pointed
  // out… On that reading, the provision cannot justify censorship. He later argued…").
  const person = opensWithPersonalPronoun(spans[at]?.text ?? "");
  for (let k = at; k > 0; k--) {
    const text = spans[k]?.text ?? "";
    if (!opensWithReferent(text) && !(person && k < at && !namesSomeone(text))) break;
    if (test(k - 1)) return k - 1;
  }
  return undefined;
}

/** Whether a sentence opens with "he", "she", "his" or "her": it points back at a person. */
export function opensWithPersonalPronoun(text: string): boolean {
  return PERSONAL_PRONOUN.test(text);
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
