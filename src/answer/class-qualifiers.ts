// The words a question picks its asked class out by ("which AFRICAN states", "which SMALL ISLAND
// states", "the CEPT states"), and whether a source's own writing of the class restates them
// (issue #12, nearmiss27). Read by `classSetOut` (window-class-items.ts): "an African Member States
// proposal" or "African and Arab states strongly supported…" names the class the question asks
// about, not any of its members.

import { isCommonWord } from "./common-words.ts";
import { taggedWords } from "./tagged-words.ts";
import type { Analyze, KeyTerm } from "./terms.ts";

/** Words that end a class's qualifiers, reading back from its noun. */
const NOT_QUALIFIER =
  /^(?:which|what|whose|the|a|an|these|those|all|any|every|each|list|name|of|in|on|at|by|for|to|from|and|or|other|some|many|most|few|several)$/i;

/**
 * The index terms of the up to two words written right before the asked class's noun in the
 * question, capitalised or not, where each is neither a possessive nor a common word: "which
 * African states" → ["african"]; "which small island states" → ["island"] ("small" is common);
 * "which states" → [].
 */
export function classQualifiers(
  question: string,
  askedClass: KeyTerm,
  analyzeText: Analyze,
): string[] {
  const words = question.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
  const found: string[] = [];
  words.forEach((word, i) => {
    if (!analyzeText(word).includes(askedClass.term)) return;
    for (let j = i - 1; j >= Math.max(0, i - 2); j--) {
      const w = words[j] as string;
      if (NOT_QUALIFIER.test(w) || /['’]s?$/.test(w)) break;
      if (isCommonWord(w)) continue;
      for (const t of analyzeText(w)) if (t !== askedClass.term) found.push(t);
    }
  });
  return found;
}

/**
 * Whether the words of a clause right before a writing of the class (`before`, the sentence up to
 * it) hold one of the question's qualifiers within three words: "…an African Member", "…African and
 * Arab", "…landlocked developing countries and small island". Such a writing restates the asked
 * class itself; a name or items written there are the class's own wording or a sibling class.
 */
export function restatesQualifiedClass(
  before: string,
  qualifiers: readonly string[],
  analyzeText: Analyze,
): boolean {
  if (qualifiers.length === 0) return false;
  const clause = before.split(/[.;:,()]/).at(-1) ?? "";
  const near = (clause.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? []).slice(-3);
  return near.some((w) => analyzeText(w).some((t) => qualifiers.includes(t)));
}

/**
 * The names a question picks its asked states out by ("which AFRICAN states", "the CEPT states"),
 * as index terms: its class is "states" and a qualifier of it is capitalised in the question. Such a
 * class is answered by countries' names. ("States" alone is no kind of name: "which states…"
 * often asks for something else, and a country noun there lost in-scope answers, nearmiss26c.)
 */
export function statesNamedBy(
  question: string,
  askedClass: KeyTerm,
  analyzeText: Analyze,
): string[] {
  if (!analyzeText("states").includes(askedClass.term)) return [];
  const capitalised = (question.match(/\p{Lu}[\p{L}\p{N}'’-]*/gu) ?? []).flatMap((w) =>
    /['’]s?$/.test(w) ? [] : analyzeText(w),
  );
  return classQualifiers(question, askedClass, analyzeText).filter((t) => capitalised.includes(t));
}

/**
 * Whether the words before a restated class name its members as its subject: "Kenya, Ghana and
 * Senegal were the African states behind…", "…with Egypt as the African state…". A name the
 * question does not give (`given`), before a copula or "as" that leads to the class.
 */
export function membersBeforeClass(before: string, given: (word: string) => boolean): boolean {
  const m = MEMBERS_BEFORE.exec(before);
  if (!m) return false;
  const names = m[1]?.match(/\p{Lu}[\p{L}\p{M}'’-]*/gu) ?? [];
  return names.some((name) => !given(name));
}
const MEMBERS_BEFORE =
  /^(.*?)\s(?:were|are|was|is|as|became|being)\s+(?:(?:the|all|both|among|two|three|four|five)\s+)*(?:[\p{L}-]+\s+){0,3}$/iu;

/**
 * "Bullet the SECTION headings of CDT's paper": the common noun a list request writes right before
 * the plural it asks for, which picks the items out ("section headings", not any heading) though
 * the stop-word list makes it no required term. Read as the asker's own word for "full" only
 * (`ownTerms`, coverage-demands.ts): a place giving a newsletter item's heading ("an item headed…")
 * does not state the paper's section headings. Not an adjective ("main points", "other
 * delegations").
 */
export function listedClassNouns(
  question: string,
  listedClass: KeyTerm,
  keyTerms: readonly KeyTerm[],
  analyzeText: Analyze,
): KeyTerm[] {
  const words = taggedWords(question);
  const found: KeyTerm[] = [];
  words.forEach((w, i) => {
    if (i === 0 || !analyzeText(w.text).includes(listedClass.term)) return;
    const before = words[i - 1] as (typeof words)[number];
    if (!before.tags.includes("Noun") || before.tags.includes("Adjective")) return;
    if (/\p{Lu}/u.test(before.text) || /['’]s?$/.test(before.text)) return;
    const terms = analyzeText(before.text);
    const k = keyTerms.find((t) => t.generic === true && terms.includes(t.term));
    if (k !== undefined && k !== listedClass && !found.includes(k)) found.push(k);
  });
  return found;
}

/**
 * Whether the top passages write a list's picking noun (`listedClassNouns`) only in sentences
 * saying what could not be confirmed ("The following could not be confirmed: the paper's page
 * count and section structure"): the corpus owns up to not knowing the items asked for ("Bullet the
 * section headings of CDT's paper"), and a place the noun is missing from answers something else.
 */
export function listedNounUnverified(
  noun: KeyTerm,
  sentences: readonly string[],
  analyzeText: Analyze,
  notEstablished: (sentence: string) => boolean,
): boolean {
  const writing = sentences.filter((s) => analyzeText(s).includes(noun.term));
  return writing.length > 0 && writing.every(notEstablished);
}
