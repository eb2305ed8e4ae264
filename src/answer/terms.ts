// The key terms of a question, weighted by how informative they are in the corpus. The relevance
// floor and the extractive answer both measure "how much of the question does this text cover" with
// them, using the index's own analyzer so a question term is the same term the index counted.
import { analyze, STOP_WORDS, tokenize } from "../search/analyze.ts";
import type { Glossary } from "../search/glossary.ts";
import { QUESTION_FILLER } from "../search/question.ts";
import type { CorpusStore } from "../store/corpus.ts";
import type { Passage, SourceDocument } from "../types.ts";

/** Text → index terms (tokenized, stop words dropped, stemmed): the index's analyzer. */
export type Analyze = (text: string) => string[];

/** Inverse document frequency of an index term; undefined when the corpus does not have it. */
export type TermWeight = (term: string) => number | undefined;

export interface KeyTerm {
  /** The question's term, as the index analyzes it. */
  term: string;
  /** Other ways the corpus may say it (glossary expansions), each a sequence of index terms. */
  alternatives: string[][];
  weight: number;
}

const fillerWords = new Set(QUESTION_FILLER);

/**
 * The words of a question that carry its topic, as written (folded, not stemmed): the index's stop
 * words and the question filler (search/question.ts) dropped. For comparing questions with each other; matching
 * against the corpus uses `keyTermsOf`.
 */
export function questionWords(question: string): string[] {
  return tokenize(question).filter((w) => !STOP_WORDS.has(w) && !fillerWords.has(w));
}

let fillerTerms: Set<string> | undefined;
function isFiller(term: string, analyzeText: Analyze): boolean {
  fillerTerms ??= new Set(QUESTION_FILLER.flatMap((w) => analyzeText(w)));
  return fillerTerms.has(term);
}

/** Weight of a term the corpus has never seen: as informative as the rarest term can be. */
const UNSEEN_TERM_WEIGHT = 6;

/**
 * The informative terms of a question, deduplicated, each with its corpus weight. Expansions map
 * a term to alternative phrasings (e.g. "itr" → "international telecommunication regulations").
 */
export function keyTermsOf(
  question: string,
  options: {
    analyze?: Analyze;
    termWeight?: TermWeight;
    expansions?: (term: string) => string[][];
  } = {},
): KeyTerm[] {
  const analyzeText = options.analyze ?? analyze;
  // Acronyms written in capitals are never filler: "US" is the United States, not "us".
  const acronyms = new Set((question.match(/\b[A-Z]{2,}\b/g) ?? []).flatMap((w) => analyzeText(w)));
  const seen = new Set<string>();
  const out: KeyTerm[] = [];
  for (const term of analyzeText(question)) {
    if (seen.has(term)) continue;
    // A lone letter is what is left of a possessive ("Russia's") or an initial: no topic.
    if (/^\p{L}$/u.test(term)) continue;
    if (isFiller(term, analyzeText) && !acronyms.has(term)) continue;
    seen.add(term);
    const weight = options.termWeight?.(term) ?? UNSEEN_TERM_WEIGHT;
    const alternatives = [...(options.expansions?.(term) ?? []), ...agentNouns(term)];
    out.push({ term, alternatives, weight });
  }
  return out;
}

/**
 * The stemmer keeps agent nouns apart from their verbs ("founded" → found, "founders" → founder):
 * a question asking who founded something is answered by a text naming its founders.
 */
function agentNouns(term: string): string[][] {
  if (term.length < 4 || !/^\p{L}+$/u.test(term)) return [];
  return [[`${term}er`], [`${term}or`]];
}

/** Whether a text, given as its set of index terms, contains the key term or one of its alternatives. */
export function containsTerm(terms: ReadonlySet<string>, key: KeyTerm): boolean {
  if (terms.has(key.term)) return true;
  return key.alternatives.some((alt) => alt.length > 0 && alt.every((t) => terms.has(t)));
}

/** Weighted fraction (0..1) of the key terms a text contains. */
export function termCoverage(terms: ReadonlySet<string>, keys: readonly KeyTerm[]): number {
  let total = 0;
  let matched = 0;
  for (const key of keys) {
    total += key.weight;
    if (containsTerm(terms, key)) matched += key.weight;
  }
  return total === 0 ? 0 : matched / total;
}

/**
 * BM25's inverse document frequency over a set of texts (passages): what `termWeight` needs when
 * the search index does not expose its own statistics.
 */
export function idfFromTexts(texts: Iterable<string>, analyzeText: Analyze = analyze): TermWeight {
  const documentFrequency = new Map<string, number>();
  let count = 0;
  for (const text of texts) {
    count++;
    for (const term of new Set(analyzeText(text))) {
      documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
    }
  }
  return (term) => {
    const df = documentFrequency.get(term);
    if (df === undefined) return undefined;
    return Math.log(1 + (count - df + 0.5) / (df + 0.5));
  };
}

/**
 * Alternatives for the question's terms from the glossary: when the question names an entry in
 * one form ("ITRs"), each term of that form may also be found as any other form of the entry
 * ("International Telecommunication Regulations").
 */
export function glossaryAlternatives(
  questionTerms: readonly string[],
  glossary: Glossary,
): (term: string) => string[][] {
  const byTerm = new Map<string, string[][]>();
  for (const entry of glossary.entries) {
    const present = entry.variantTerms.filter((v) => containsRun(questionTerms, v));
    if (present.length === 0) continue;
    for (const variant of present) {
      const others = entry.variantTerms.filter((v) => v !== variant);
      for (const term of variant) byTerm.set(term, [...(byTerm.get(term) ?? []), ...others]);
    }
  }
  return (term) => byTerm.get(term) ?? [];
}

function containsRun(haystack: readonly string[], needle: readonly string[]): boolean {
  if (needle.length === 0) return false;
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/**
 * Term weights for the engine from the indexed passages (title, headings and text, as the
 * relevance floor reads them): wire as `termWeight: termWeightFromPassages(corpus.allPassages())`.
 */
export function termWeightFromPassages(
  entries: Iterable<{ passage: Passage; document: SourceDocument }>,
  analyzeText: Analyze = analyze,
): TermWeight {
  const texts = function* () {
    for (const { passage, document } of entries) {
      yield `${document.title}\n${passage.sectionPath.join("\n")}\n${passage.text}`;
    }
  };
  return idfFromTexts(texts(), analyzeText);
}

/**
 * Term weights that follow the corpus: recomputed after any document changed (a running Slack app
 * sees re-ingests). The version is checked at most every few seconds, not once per term, since it
 * hashes the document table. Wire as `termWeight: corpusTermWeight(corpusStore)`.
 */
export function corpusTermWeight(
  corpus: Pick<CorpusStore, "allPassages" | "corpusVersion">,
  analyzeText: Analyze = analyze,
  now: () => number = Date.now,
): TermWeight {
  const recheckMs = 5_000;
  let version: string | undefined;
  let checkedAt = Number.NEGATIVE_INFINITY;
  let weight: TermWeight = () => undefined;
  return (term) => {
    if (now() - checkedAt >= recheckMs) {
      checkedAt = now();
      const current = corpus.corpusVersion();
      if (current !== version) {
        weight = termWeightFromPassages(corpus.allPassages(), analyzeText);
        version = current;
      }
    }
    return weight(term);
  };
}
