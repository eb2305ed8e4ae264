// Alternatives for a question's terms from the glossary: the other names of an entry the question
// names, the names a word may be short for or stand inside, the names of a kind, and the analyzer
// that keeps an acronym as written.

import { analyze } from "../search/analyze.ts";
import type { Glossary } from "../search/glossary.ts";
import type { NameKind } from "./name-kinds.ts";
import type { Analyze } from "./terms.ts";

/** A word in capitals ("US"): an acronym, not the lower-case word it spells ("us"). */
const ACRONYM = /^\p{Lu}{2,}$/u;

const ACRONYMS = /\b\p{Lu}{2,}\b/gu;

/**
 * The analyzer, with each acronym of the text also kept as written ("US"): index terms are lower
 * case, so an alternative written in capitals meets only a text that writes it in capitals, never
 * "tell us". For reading passages; a question's own terms come from the plain analyzer.
 */
export function withAcronyms(analyzeText: Analyze): Analyze {
  return (text) => {
    const acronyms = text.match(ACRONYMS);
    return acronyms ? [...analyzeText(text), ...acronyms] : analyzeText(text);
  };
}

/**
 * The names a word may be short for: the variants of every glossary entry that has a name of two
 * words or more ending with it ("New Delhi", a demonym of India, for "Delhi"). `keyTermsOf` asks
 * only for a name the corpus never has: "States", which it has, is not short for "United States".
 * On the tuning half (604 questions): nugget recall 0.862 → 0.864, wrong refusals 19 → 18 of 485
 * (fact 0.89 → 0.91), out-of-scope refused 98 of 119 and answered "full" 0 unchanged.
 */
export function glossaryShortenedNames(glossary: Glossary): (term: string) => string[][] {
  return (term) =>
    glossary.entries.flatMap((entry) =>
      [...entry.variantTerms, ...entry.demonymTerms].some(
        (name) => name.length >= 2 && name.at(-1) === term,
      )
        ? entry.variantTerms
        : [],
    );
}

/**
 * The names a word of a long form stands inside: for each index term of an acronym's long form
 * ("telecommun" of "International Telecommunication Regulations"), the variants of that entry
 * ("ITRs", "ITR", …). A window writing the short name says what the long one says: "the ITRs"
 * are telecommunication regulations. `keyTermsOf` asks it only for a question word's same-sense
 * words (the thesaurus: "telecom" → "telecommunication"), never for the word as typed: a word that
 * merely appears in a long form ("common", "world", "national") names no entry.
 */
export function glossaryLongFormNames(glossary: Glossary): (term: string) => string[][] {
  const byTerm = new Map<string, string[][]>();
  for (const entry of glossary.entries) {
    if (!entry.variants.some((v) => ACRONYM_NAME.test(v))) continue;
    const longForms = entry.variantTerms.filter((v) => v.length >= 2);
    for (const t of new Set(longForms.flat())) {
      byTerm.set(t, [...(byTerm.get(t) ?? []), ...entry.variantTerms]);
    }
  }
  return (term) => byTerm.get(term) ?? [];
}

/** A name written as an acronym ("ITU", "WCIT-12", "EG-ITRs"). */
const ACRONYM_NAME = /^[\p{Lu}\d-]{2,}s?$/u;

/**
 * Alternatives for the question's terms from the glossary: when the question names an entry in
 * one form ("ITRs"), each term of that form may also be found as any other form of the entry
 * ("International Telecommunication Regulations").
 */
export function glossaryAlternatives(
  questionTerms: readonly string[],
  glossary: Glossary,
  question = "",
): (term: string) => string[][] {
  const byTerm: Alternatives = new Map();
  const named = new Set<string>();
  const written = new Set(question.match(ACRONYMS) ?? []);
  for (const entry of glossary.entries) {
    addEntryAlternatives(byTerm, entry, questionTerms, written, named);
  }
  addHeadNounAlternatives(byTerm, glossary, questionTerms, named);
  return (term) => byTerm.get(term) ?? [];
}

type GlossaryEntry = Glossary["entries"][number];

/** Each term's alternatives, in the order they were added. */
type Alternatives = Map<string, string[][]>;

function addAlternatives(
  byTerm: Alternatives,
  terms: readonly string[],
  alternatives: string[][],
): void {
  for (const term of terms) byTerm.set(term, [...(byTerm.get(term) ?? []), ...alternatives]);
}

/**
 * The alternatives one entry gives the question's terms: an acronym it only finds, written in
 * capitals; a variant, a demonym or an everyday word the question names. The terms of the
 * variants named are added to `named`.
 */
function addEntryAlternatives(
  byTerm: Alternatives,
  entry: GlossaryEntry,
  questionTerms: readonly string[],
  written: ReadonlySet<string>,
  named: Set<string>,
): void {
  const alsoFinds = alsoFindsTerms(entry);
  addWrittenAcronyms(byTerm, entry, written);
  for (const variant of entry.variantTerms.filter((v) => containsRun(questionTerms, v))) {
    for (const t of variant) named.add(t);
    addAlternatives(byTerm, variant, [
      ...entry.variantTerms.filter((v) => v !== variant),
      ...alsoFinds,
    ]);
  }
  addDemonymAlternatives(byTerm, entry, questionTerms, alsoFinds);
  // "Kramer's team" is answered by a text on the US delegation: an everyday word for the
  // entry meets its names, one way, as a demonym does.
  for (const word of entry.everydayTerms.filter((d) => containsRun(questionTerms, d))) {
    addAlternatives(byTerm, word, entry.variantTerms);
  }
}

/**
 * "What did Washington want?" is answered by "the US wanted…": the names an entry also finds
 * ("US", which would fire on "tell us") meet it too, an acronym only as written.
 */
function alsoFindsTerms(entry: GlossaryEntry): string[][] {
  return entry.alsoFinds.map((name) => (ACRONYM.test(name) ? [name] : analyze(name)));
}

/**
 * "Did the US sign?" is answered by "Kramer announced that the United States could not sign":
 * an acronym the entry only finds (it is no variant: "us" is also a pronoun) names the entry
 * when the question writes it in capitals, and then meets the entry's names as a variant does.
 */
function addWrittenAcronyms(
  byTerm: Alternatives,
  entry: GlossaryEntry,
  written: ReadonlySet<string>,
): void {
  for (const name of entry.alsoFinds.filter((n) => ACRONYM.test(n) && written.has(n))) {
    addAlternatives(
      byTerm,
      analyze(name),
      entry.variantTerms.filter((v) => v.some((t) => t.length > 1)),
    );
  }
}

/**
 * "the Russian proposal" is answered by a text about Russia: a demonym meets every name of
 * its entry (one way: a question naming Russia does not ask about "Russian" things only).
 * A capital standing for its government meets the entry's other demonyms too: "Prague's
 * line" is "the Czech delegation said…" (not "Americans" for "Latin America": a people's
 * word names no place).
 */
function addDemonymAlternatives(
  byTerm: Alternatives,
  entry: GlossaryEntry,
  questionTerms: readonly string[],
  alsoFinds: string[][],
): void {
  for (const demonym of entry.demonymTerms.filter((d) => containsRun(questionTerms, d))) {
    const capital = entry.capitalTerms.some((c) => c.join(" ") === demonym.join(" "));
    addAlternatives(byTerm, demonym, [
      ...entry.variantTerms,
      ...alsoFinds,
      ...(capital ? entry.demonymTerms.filter((d) => d !== demonym) : []),
    ]);
  }
}

/**
 * "Did they walk out of the conference?" is answered by a text about WCIT: a question's noun
 * that heads the long form of a named body or event ("conference" of "World Conference on
 * International Telecommunications", "union", "forum") meets any name of it, unless the
 * question names an entry with that word itself ("the Melbourne conference").
 * So does a plain word the glossary gives as the same as that noun ("rules" for "regulations"):
 * "the new rules" are the ITRs as "the new regulations" are.
 */
function addHeadNounAlternatives(
  byTerm: Alternatives,
  glossary: Glossary,
  questionTerms: readonly string[],
  named: ReadonlySet<string>,
): void {
  const plainSynonyms = plainSynonymsOf(glossary);
  // (Named only as one of those plain words, a word names no body of its own.)
  const namedAsName = new Set(
    [...named].filter((t) => !plainSynonyms.has(t) || namedElsewhere(t, glossary, questionTerms)),
  );
  for (const entry of glossary.entries) {
    if (!entry.variants.some((v) => /^[\p{Lu}\d-]{2,}$/u.test(v))) continue;
    for (const variant of entry.variants) {
      const head = headNoun(variant);
      if (!head || namedAsName.has(head)) continue;
      const asked = (plainSynonyms.get(head) ?? [head]).filter(
        (w) => questionTerms.includes(w) && !namedAsName.has(w),
      );
      for (const w of asked) addAlternatives(byTerm, [w], entry.variantTerms);
    }
  }
}

/**
 * The plain words the glossary gives as the same: each one-word variant of an entry whose
 * variants are all one word and that has no demonyms, with all of that entry's words.
 */
function plainSynonymsOf(glossary: Glossary): Map<string, string[]> {
  const plainSynonyms = new Map<string, string[]>();
  for (const entry of glossary.entries) {
    const words = entry.variantTerms.filter((v) => v.length === 1).map((v) => v[0] as string);
    if (words.length !== entry.variantTerms.length || entry.demonymTerms.length > 0) continue;
    for (const w of words) plainSynonyms.set(w, words);
  }
  return plainSynonyms;
}

/**
 * The glossary's names of a kind, as index terms: every name of an entry with demonyms (a country
 * or region: "UAE", "United Arab Emirates") for a country; none for other kinds.
 */
export function glossaryNamesOfKind(glossary: Glossary): (kind: NameKind) => string[][] {
  const countries = glossary.entries
    .filter((e) => e.demonymTerms.length > 0)
    .flatMap((e) => e.variantTerms);
  return (kind) => (kind.tags.includes("Country") ? countries : []);
}

/** Whether a variant of several words that the question names holds the term: "Melbourne conference". */
function namedElsewhere(
  term: string,
  glossary: Glossary,
  questionTerms: readonly string[],
): boolean {
  return glossary.entries.some((entry) =>
    entry.variantTerms.some(
      (v) => v.length > 1 && v.includes(term) && containsRun(questionTerms, v),
    ),
  );
}

const LINKING_WORDS = new Set(["of", "on", "for", "to", "in", "at", "without", "and", "&"]);

/** The head noun of a name of several words, as an index term: the word before "of", "on"…, else the last. */
function headNoun(name: string): string | undefined {
  const words = name.split(/\s+/);
  if (words.length < 2) return undefined;
  const end = words.findIndex((w) => LINKING_WORDS.has(w.toLowerCase()));
  const head = words[(end > 0 ? end : words.length) - 1] as string;
  return analyze(head)[0];
}

function containsRun(haystack: readonly string[], needle: readonly string[]): boolean {
  if (needle.length === 0) return false;
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}
