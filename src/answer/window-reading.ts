// How the coverage windows are read: the reader of the top passages (their analyzers, their
// vocabulary, the names of each asked kind), each passage as its windows see it (its title and
// headings, the sentences that may count), and one window of it. `coverage-window.ts` judges each
// window so read.

import { splitSentences, withoutNoteMarkers } from "../text.ts";
import type { ScoredPassage } from "../types.ts";
import { SECTION_SEPARATOR } from "./citations.ts";
import { isYearTerm, reportsProposal, saysNotCovered, saysNotEstablished } from "./evidence.ts";
import { type NameKind, namesKind, namesOfKindIn } from "./name-kinds.ts";
import type { QuestionDemands } from "./question-demands.ts";
import { asksAboutReuse, isAboutTheCorpus, isRightsNotice } from "./sentences.ts";
import { headedPassageText } from "./term-weights.ts";
import type { Analyze, KeyTerm } from "./terms.ts";

/** Sentences read together when judging coverage: a claim and the one that continues it. */
export const WINDOW_SENTENCES = 2;

/** How the windows are read: the analyzers, and what the top passages hold as a whole. */
export interface WindowReader {
  analyzeText: Analyze;
  /** The analyzer for passages: a camel-case name is read as its words too (`withNameParts`). */
  readPassage: Analyze;
  /** Every term of the top passages: what tells a compound ("cyber|security") from a longer word. */
  vocabulary: ReadonlySet<string>;
  /** Whether a sentence (its text and terms) names something of the kind a term asks for. */
  namesKindOf: (k: KeyTerm, text: string, terms: readonly string[] | undefined) => boolean;
}

/** The reader of the windows of `top`, the passages the floor is judged on. */
export function windowReader(
  top: readonly ScoredPassage[],
  demands: QuestionDemands,
  analyzeText: Analyze,
): WindowReader {
  // "the leak site" is WCITLeaks: the passages are read with the words of their camel-case names.
  const readPassage = withNameParts(analyzeText);
  const vocabulary = new Set<string>();
  for (const { passage, document } of top) {
    for (const t of readPassage(headedPassageText({ passage, document }))) {
      vocabulary.add(t);
    }
  }
  // Names of each asked kind as the tagger reads them anywhere in the top passages.
  const knownNames = new Map<NameKind, Set<string>>();
  for (const k of demands.keyTerms) {
    if (k.kind && !knownNames.has(k.kind)) {
      knownNames.set(
        k.kind,
        namesOfKindIn(
          top.map(({ passage }) => passage.text),
          k.kind,
        ),
      );
    }
  }
  const namesKindOf = (k: KeyTerm, text: string, terms: readonly string[] | undefined) =>
    namesKindIn(k, text, terms, demands.given, analyzeText, knownNames);
  return { analyzeText, readPassage, vocabulary, namesKindOf };
}

/** A passage as its windows are read: its title and headings, and its sentences that may count. */
export interface PassageReading {
  id: string;
  /** Whether it lies beyond the top passages (read only for what a question asks "about"). */
  further: boolean;
  title: string;
  sectionPath: readonly string[];
  /** The terms of its title and headings, which every window of it reads. */
  context: readonly string[];
  contextTerms: ReadonlySet<string>;
  /** Whether its title and headings report proposals ("Who proposed what: …"). */
  titledProposals: boolean;
  /** The terms of its headings alone. */
  headingTerms: ReadonlySet<string>;
  /** Its sentences as written, those about the corpus included ("…did not verify any X"). */
  written: readonly { text: string }[];
  /** Its sentences that may be evidence, and their terms. */
  spans: readonly { text: string }[];
  sentences: readonly string[][];
  /** The years whose events the passage says the corpus does not cover. */
  disclaimedYears: ReadonlySet<string>;
}

export function readPassageForCoverage(
  { passage, document }: ScoredPassage,
  further: boolean,
  demands: QuestionDemands,
  reader: WindowReader,
): PassageReading {
  const { analyzeText, readPassage } = reader;
  const context = readPassage(`${document.title}\n${passage.sectionPath.join(SECTION_SEPARATOR)}`);
  // "Who proposed what: regional and national positions", over "Arab States.": every sentence
  // under such a title and heading reports a proposal, of the one the heading names.
  const titledProposals = reportsProposal(`${document.title}\n${passage.sectionPath.join("\n")}`);
  // "Key provisions." over a paragraph: every sentence under it gives one, in its own words.
  const headingTerms = new Set(readPassage(passage.sectionPath.join(SECTION_SEPARATOR)));
  // "This corpus did not verify the list of signatories", "the page count could not be
  // confirmed": the answer is NOT here, unless the question asks whether it is known ("Do we
  // know how many have ratified?"), which such a sentence answers (as the extractive answer
  // reads it too).
  // A note's "[3]" points at a source: "…stayed outside the Convention. [3][4]" does not state
  // "Resolution 3".
  const allSpans = splitSentences(passage.text).map((s) => ({
    ...s,
    text: withoutNoteMarkers(s.text),
  }));
  // "This corpus does not cover what that 2026 conference decided": the years whose events the
  // passage says it does not cover.
  const disclaimedYears = new Set(
    allSpans
      .filter((s) => isAboutTheCorpus(s.text) && saysNotCovered(s.text))
      .flatMap((s) => analyzeText(s.text).filter(isYearTerm)),
  );
  // A page's rights notice ("The copyright © 2013 by the Center for Democracy & Technology") is
  // page furniture the answer never shows (`isRightsNotice`): it covers only a question about
  // reusing the page, and its year dates nothing the page reports. "In which month of 2013 did
  // CDT put out a sequel to its paper?" had been covered by it alone. Tuning half (1,484 q):
  // out-of-scope refused 312 → 313 of 388, no other answer changed.
  const reuseAsked = asksAboutReuse(demands.keyTerms.map((k) => k.term));
  const spans = allSpans.filter(
    (s) =>
      (saysNotEstablished(s.text) ? demands.asksIfKnown : !isAboutTheCorpus(s.text)) &&
      (reuseAsked || !isRightsNotice(s.text)),
  );
  const sentences = spans.map((s) =>
    withoutCommonHomographs(readPassage(s.text), s.text, demands.acronyms, analyzeText),
  );
  return {
    id: passage.id,
    further,
    title: document.title,
    sectionPath: passage.sectionPath,
    context,
    contextTerms: new Set(context),
    titledProposals,
    headingTerms,
    written: allSpans,
    spans,
    sentences,
    disclaimedYears,
  };
}

/**
 * A sentence's terms less the question's acronyms that it writes only as a common word: "Was X
 * on the US delegation?" is not met by "a draft … USED the word", whose stem is the acronym's.
 * An acronym is met where a word written with a capital reads as it, or where the sentence writes
 * the acronym itself in lower case ("the wcit-public list"). Such a meeting had answered a near
 * miss "full" from a paragraph naming the person and "used".
 */
export function withoutCommonHomographs(
  terms: string[],
  text: string,
  acronyms: ReadonlyMap<string, string>,
  analyzeText: Analyze,
): string[] {
  if (acronyms.size === 0) return terms;
  const words = text.split(/[^\p{L}\p{N}]+/u).filter((w) => w !== "");
  const written = (term: string, folded: string) =>
    words.some(
      (w) =>
        w.toLowerCase() === folded ||
        w.toLowerCase() === `${folded}s` ||
        (/\p{Lu}/u.test(w) && analyzeText(w).includes(term)),
    );
  return terms.filter((t) => {
    const folded = acronyms.get(t);
    return folded === undefined || written(t, folded);
  });
}

/** The windows a passage has: one from each sentence on (one, when it has none). */
export function windowCount(passage: PassageReading): number {
  return Math.max(1, passage.sentences.length);
}

/** One window: `WINDOW_SENTENCES` sentences of a passage from sentence `at`. */
export interface Window {
  passage: PassageReading;
  at: number;
  /** The terms of the passage's title and headings and of the window's sentences. */
  terms: ReadonlySet<string>;
  /** The window's own sentences. */
  spans: readonly { text: string }[];
}

/**
 * "Which country proposed…" is answered by "Tunisia proposed…": whether a sentence (its text and
 * index terms) names something of the kind a term asks for, as the tagger or the glossary knows it,
 * other than what the question names itself (`given`).
 */
function namesKindIn(
  key: KeyTerm,
  text: string,
  terms: readonly string[] | undefined,
  given: (terms: readonly string[]) => boolean,
  analyzeText: Analyze,
  known: ReadonlyMap<NameKind, ReadonlySet<string>>,
): boolean {
  if (key.kind === undefined) return false;
  const held = new Set(terms);
  return (
    (key.kindNames ?? []).some((name) => name.every((t) => held.has(t)) && !given(name)) ||
    namesKind(text, key.kind, (word) => given(analyzeText(word)), known.get(key.kind))
  );
}

/** Where a camel-case name joins two words: "WCIT|Leaks", "Open|Media" (not "ITRs", "NGOs"). */
const NAME_PART_JOIN = /(?<=\p{Ll})(?=\p{Lu})|(?<=\p{Lu})(?=\p{Lu}\p{Ll}{2,})/u;
/** A word written in camel case: a capital after a small letter, or before a run of small ones. */
const CAMEL_CASE_NAME = /\p{L}*(?:\p{Ll}\p{Lu}|\p{Lu}\p{Lu}\p{Ll}{2,})\p{L}*/gu;

/**
 * The analyzer, reading a name written in camel case ("WCITLeaks", "OpenMedia") as the words it
 * joins as well as the name: "the leak site" is WCITLeaks, as "the leak site WCIT" would be. (A
 * plural acronym, "ITRs", joins nothing.) On the tuning half (604 questions): nugget recall 0.854 →
 * 0.856, wrong refusals 24 → 23 of 485, out-of-scope refused 98 of 119 and answered "full" 0
 * unchanged.
 */
function withNameParts(analyzeText: Analyze): Analyze {
  return (text) => {
    const names = text.match(CAMEL_CASE_NAME);
    if (!names) return analyzeText(text);
    const parts = names.map((name) => name.split(NAME_PART_JOIN).join(" "));
    return [...analyzeText(text), ...analyzeText(parts.join(" "))];
  };
}
