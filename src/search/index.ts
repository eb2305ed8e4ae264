// The retriever the answer engine, the CLI and Slack use. Our own BM25F index (inverted.ts,
// ranker.ts), persisted through store/search-index.ts keyed by the corpus version; FTS5 (the same
// store) only finds the passages holding a quoted phrase, which are boosted. A query is read as a
// question (question.ts): its instructions are not content. Start-up loads the persisted index; it
// is rebuilt only when the corpus changed.
import type { Logger } from "../log.ts";
import type { CorpusStore } from "../store/corpus.ts";
import type { SearchIndexStore } from "../store/search-index.ts";
import type { ScoredPassage, WordCase } from "../types.ts";
import { analyze, normalizeText, termOf, tokenize, withoutClitics } from "./analyze.ts";
import { DEFAULT_RANKING, type RankingConfig } from "./bm25f.ts";
import { withClippedYearsRead } from "./clipped-years.ts";
import { readCompounds } from "./compounds.ts";
import { withCorpusCapitals } from "./corpus-capitals.ts";
import { buildVocabulary, type CorpusVocabulary, wordCaseIn } from "./corpus-vocabulary.ts";
import { commonestWordTerms, EVERYDAY_WORDS } from "./english.ts";
import { type Glossary, type GlossaryName, glossaryExpansions, glossaryNames } from "./glossary.ts";
import { idiomExpansions, idiomReadings } from "./idiom-readings.ts";
import { type IndexSources, type LoadedIndex, loadIndex } from "./index-load.ts";
import {
  askedOffices,
  askedOfficeWords,
  asksHeadOnly,
  officeHolderNames,
  officeTitles,
} from "./office-holders.ts";
import { questionContent } from "./question.ts";
import { CAVEAT_WORDS } from "./question-known.ts";
import type { CorpusWords, CorrectedQuestion } from "./question-rewrite.ts";
import type { Ranker, ScoreBoost, WeightedTerm } from "./ranker.ts";
import { correctSpelling } from "./spelling.ts";
import { admitStrongOverflow, PER_DOCUMENT_CAP } from "./top-k.ts";
import { corpusNameSpelledBy } from "./unseen-names.ts";
import { wordFamilyExpansions } from "./word-families.ts";

export { analyze } from "./analyze.ts";
export { type Glossary, loadGlossary } from "./glossary.ts";

interface SearchOptions {
  /** Passages returned: the caller says how many (answers, CLI and Slack name theirs in answer/limits.ts). */
  k: number;
  /**
   * Most passages from one document (default `PER_DOCUMENT_CAP`, 3), plus the best turned-away one
   * of a document when it scores at least twice the weakest kept passage (top-k.ts); ignored when
   * one document is all there is.
   */
  perDocumentCap?: number;
}

export interface SearchIndex {
  /** Best passages first, with their scores. */
  search(query: string, options: SearchOptions): ScoredPassage[];
  /**
   * The question with the words the index cannot read and that are misspellings of its words
   * read as those words (spelling.ts), and what was read so.
   */
  correctSpelling(question: string): CorrectedQuestion;
  /**
   * How the corpus writes a word (any case): read it with `writesAsName` or `writesOnlyCommon`
   * (spelling.ts).
   */
  wordCase(word: string): WordCase;
  /** Reloads (or rebuilds) when the corpus version changed since load; true if it did. */
  refresh(): boolean;
  readonly passageCount: number;
}

/** Glossary-expanded, stemmed terms of a query's content (unique, in order of first appearance). */
export function queryTerms(query: string, glossary?: Glossary): string[] {
  return [...new Set(weightedQueryTerms(query, glossary).map((t) => t.term))];
}

/**
 * The terms retrieval looks for, read from the question (question.ts): the asking sentence(s) of
 * its content at weight 1 per occurrence, the rest of the content (context sentences) at
 * `contextWeight`, instructions not at all; glossary and word-family expansions (word-families.ts) at `expansionWeight` times the
 * weight of the part that triggered them, so an expansion helps recall without outvoting what
 * the user typed.
 */
export function weightedQueryTerms(
  query: string,
  glossary?: Glossary,
  ranking: Pick<RankingConfig, "expansionWeight" | "contextWeight"> = DEFAULT_RANKING,
): WeightedTerm[] {
  return weightedContentTerms(questionContent(query), glossary, ranking);
}

/**
 * Whether an index term is one of the `EVERYDAY_WORDS` commonest English word forms (english.ts),
 * whose repeats in one part of a question count once. A natural question repeats the words of its
 * grammar ("how was the way the line got through different from how the resolution got
 * through?", "only so-so"), and each repeat added the word's weight again, so "got" and "through"
 * outweighed the topic. A topic word said twice still counts twice ("get a security article past
 * the delegations that wanted no security language"). Tuning half (1,040 in scope): passages in
 * the top 8 stating a nugget 0.9466 → 0.9496, acceptable document in the top 5 0.9788 → 0.9798,
 * nugget recall 0.8308 → 0.8316, wrong refusals 95 → 94, out-of-scope refused 295 of 362
 * unchanged, none `full`. Counting every repeated term once lifted nDCG@10 on all four benchmark
 * sets but lost two tuning answers whose topic word was said twice.
 */
export function isEverydayTerm(term: string): boolean {
  return commonestWordTerms(EVERYDAY_WORDS, analyze).has(term);
}

/** The index terms a query term the index lacks may be a clipped form of (see `clippedWordCompletions`). */
type Completions = (term: string) => readonly string[];

function weightedContentTerms(
  { content, focus, asksUnknown }: ReturnType<typeof questionContent>,
  glossary: Glossary | undefined,
  ranking: Pick<RankingConfig, "expansionWeight" | "contextWeight">,
  completions?: Completions,
): WeightedTerm[] {
  const weights = new Map<string, number>();
  const add = (text: string, weight: number) => {
    const own = analyze(withoutClitics(text));
    const expansions = glossary ? glossaryExpansions(own, glossary) : [];
    for (const t of wordFamilyExpansions(own)) if (!expansions.includes(t)) expansions.push(t);
    for (const t of idiomExpansions(text)) if (!expansions.includes(t)) expansions.push(t);
    if (completions) {
      for (const word of tokenize(withoutClitics(text))) {
        for (const t of completions(word)) if (!expansions.includes(t)) expansions.push(t);
      }
    }
    const counted = new Set<string>();
    for (const t of own) {
      // An everyday word said again in the same part is grammar, not more topic.
      if (counted.has(t) && isEverydayTerm(t)) continue;
      counted.add(t);
      weights.set(t, (weights.get(t) ?? 0) + weight);
    }
    const expansionWeight = ranking.expansionWeight * weight;
    // Expansions are never terms the question already has.
    for (const t of expansions) {
      if ((weights.get(t) ?? 0) < expansionWeight) weights.set(t, expansionWeight);
    }
    // An idiom saying only the writer's act ("had the gavel"): its words, at the question's own.
    for (const t of idiomReadings(text)) {
      if ((weights.get(t) ?? 0) < weight) weights.set(t, weight);
    }
  };
  add(focus, 1);
  if (focus !== content) add(contextOf(content, focus), ranking.contextWeight);
  // "What don't we know about X?": X's caveats ("X's page count could not be confirmed") answer.
  if (asksUnknown) {
    for (const t of analyze(CAVEAT_WORDS)) {
      if ((weights.get(t) ?? 0) < ranking.expansionWeight) weights.set(t, ranking.expansionWeight);
    }
  }
  const out: WeightedTerm[] = [];
  for (const [term, weight] of weights) out.push({ term, weight });
  return out;
}

/** Most passages read per organisation for the people holding its offices (office-holders.ts). */
const OFFICE_PASSAGES_READ = 200;

/** Shortest query term read as a clipped word ("prep", "info", "Euro"); shorter ones are too ambiguous. */
const CLIPPED_MIN_LENGTH = 4;
/** Most index terms a clipped word may stand for: more, and it says too little to pick one. */
const CLIPPED_MAX_COMPLETIONS = 3;

/**
 * The index terms a clipped query word stands for: a word of at least 4 letters whose term the
 * index does not hold ("prep", "info", "Euro") and that, as typed, starts at most 3 index terms
 * ("prepar", "preparatori"). Writers clip a word at its front, so the corpus's own vocabulary
 * says what the word was. The word as typed, not its stem: a full word's stem is itself a
 * clipping ("recipe" → "recip" would complete to "recipi", "elected" → "elect" to "election").
 * A word the index holds, a number, or a start shared by many terms is left alone. `sortedTerms`
 * is the index's vocabulary in code-unit order. Tuning half (604 q): wrong refusals 36 → 35 of
 * 485, nugget recall 0.834 unchanged, out-of-scope refused 98/119 unchanged, none "full";
 * nDCG@10 unchanged on SciFact, NFCorpus, WCIT and wcit-asked.
 */
export function clippedWordCompletions(
  word: string,
  sortedTerms: readonly string[],
  known: ReadonlyMap<string, number>,
): readonly string[] {
  if (word.length < CLIPPED_MIN_LENGTH || !/^\p{L}+$/u.test(word)) return [];
  const term = termOf(word);
  if (term === undefined || known.has(term)) return [];
  let lo = 0;
  let hi = sortedTerms.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sortedTerms[mid] as string) < word) lo = mid + 1;
    else hi = mid;
  }
  const out: string[] = [];
  for (let i = lo; i < sortedTerms.length && (sortedTerms[i] as string).startsWith(word); i++) {
    if (out.length === CLIPPED_MAX_COMPLETIONS) return [];
    out.push(sortedTerms[i] as string);
  }
  return out;
}

/** The content without its focus sentences (which are whole sentences of it, in order). */
function contextOf(content: string, focus: string): string {
  let rest = content;
  for (const sentence of focus.split(/(?<=\?)\s+/)) rest = rest.replace(sentence, " ");
  return rest;
}

/** An open index: what it reads, and the index loaded now (replaced when the corpus changes). */
interface OpenIndex {
  sources: IndexSources;
  glossary?: Glossary;
  current: LoadedIndex;
  /**
   * The glossary's names, for reading names typed in lower case ("saudi arabia", "riyadh"): one
   * array for the index's life (corpus-capitals.ts prepares it once).
   */
  knownNames: readonly GlossaryName[];
}

export function openSearchIndex(deps: {
  store: SearchIndexStore;
  corpus: CorpusStore;
  glossary?: Glossary;
  log?: Logger;
  ranking?: RankingConfig;
}): SearchIndex {
  const { store, corpus, glossary, log } = deps;
  const sources: IndexSources = { store, corpus, log, ranking: deps.ranking ?? DEFAULT_RANKING };
  const index: OpenIndex = {
    sources,
    glossary,
    current: loadIndex(sources),
    knownNames: glossary ? glossaryNames(glossary) : [],
  };
  return {
    search: (query, options) => search(index, query, options),
    correctSpelling: (question) => spellingCorrected(index, question),
    wordCase: (word) => wordCaseIn(vocabularyOf(index.current), normalizeText(word)),
    refresh() {
      if (corpus.corpusVersion() === index.current.version) return false;
      index.current = loadIndex(sources);
      return true;
    },
    get passageCount() {
      return index.current.passages.length;
    },
  };
}

/**
 * The passages holding each quoted phrase (FTS5 phrase match), each boosted by
 * (1 + phraseBoost) per phrase it holds; undefined when no passage holds any.
 */
function phraseBoost(index: OpenIndex, phrases: readonly string[]): ScoreBoost | undefined {
  const { store, ranking } = index.sources;
  if (phrases.length === 0 || ranking.phraseBoost <= 0) return undefined;
  const factorOf = new Map<number, number>();
  for (const phrase of phrases) {
    const words = tokenize(phrase);
    if (words.length === 0) continue;
    for (const id of store.passagesWithPhrase(words)) {
      const n = index.current.passageNumber.get(id);
      if (n !== undefined) factorOf.set(n, (factorOf.get(n) ?? 1) * (1 + ranking.phraseBoost));
    }
  }
  if (factorOf.size === 0) return undefined;
  return { docs: [...factorOf.keys()], factors: [...factorOf.values()] };
}

/**
 * The surnames of the people the corpus introduces as holding the office the question asks
 * about ("the FCC chair" → "genachowski", from "FCC Chairman Julius Genachowski"), read from
 * the passages holding the organisation's acronym (at most `OFFICE_PASSAGES_READ` each), at
 * weight 1: the office the user typed stands for the person. Tuning half: the passage holding
 * every nugget of a "FCC chair vs NTIA boss" question goes from outside the top 8 to first, a
 * "why was the FCC chair unhappy" one's to 4th (with the answer engine meeting the office
 * with its holder's name, answer/office-holder-terms.ts `withOfficeHolders`, both are
 * answered: recall 0.848 → 0.853, wrong refusals 26 → 24 of 485); nDCG@10 WCIT 0.8080 →
 * 0.8082, wcit-asked 0.8085 → 0.8087, SciFact and NFCorpus unchanged (0.6988, 0.3494).
 */
// (And for a word saying only that someone heads it, "the ITU's boss", the titles it is
// introduced with, "Secretary-General": `officeTitles`, paraphrase24.)
function officeHolderTerms({ current }: OpenIndex, question: string): string[] {
  const organisations = askedOffices(question);
  if (organisations.length === 0) return [];
  const headOnly = new Set(
    askedOfficeWords(question)
      .filter(({ office }) => asksHeadOnly(office))
      .map(({ organisation }) => organisation),
  );
  const { inverted, passages } = current;
  const out: string[] = [];
  for (const organisation of organisations) {
    const id = inverted.termIds.get(analyze(organisation)[0] ?? "");
    if (id === undefined) continue;
    const start = inverted.postingOffsets[id] as number;
    const end = Math.min(inverted.postingOffsets[id + 1] as number, start + OFFICE_PASSAGES_READ);
    for (let p = start; p < end; p++) {
      const passage = passages[inverted.postingDoc[p] as number];
      if (!passage) continue;
      for (const name of officeHolderNames(passage.text, [organisation])) {
        const surname = analyze(name).at(-1);
        if (surname && !out.includes(surname)) out.push(surname);
      }
      if (!headOnly.has(organisation)) continue;
      for (const title of officeTitles(passage.text, organisation)) {
        for (const t of analyze(title)) if (!out.includes(t)) out.push(t);
      }
    }
  }
  return out;
}

/**
 * The words of the names the corpus writes out whose initials the question types as an acronym
 * the corpus never uses ("the GMU researchers" → "george", "mason", "univers"; "the ITUC" →
 * "International Trade Union Confederation"), at weight 1: the acronym itself matches no passage,
 * so the passages naming the body in full were never found. Only an acronym in capitals, as the
 * question reads after its names are written as the corpus writes them (`spellingCorrected`),
 * and only where one name of the corpus has those initials (`corpusNameSpelledBy`). The answer
 * engine meets the acronym in the passages that spell it out (answer/coverage-namings.ts
 * `withSpelledOutAcronyms`).
 */
function spelledNameTerms({ current }: OpenIndex, question: string): string[] {
  const out: string[] = [];
  for (const acronym of question.match(TYPED_ACRONYM) ?? []) {
    if (current.inverted.termIds.has(termOf(acronym) ?? "")) continue;
    // (An acronym the notes write only in their sources' titles is theirs already: "the IRP
    // list" is cited so, and its passages were found without its name's words.)
    if (sourceTitleAcronyms(current).has(acronym)) continue;
    const name = corpusNameSpelledBy(vocabularyOf(current), acronym);
    for (const t of name === undefined ? [] : analyze(name)) if (!out.includes(t)) out.push(t);
  }
  return out;
}

const titleAcronymsByIndex = new WeakMap<LoadedIndex, ReadonlySet<string>>();
/** The acronyms (two to six capitals) the documents' titles and their sources' titles write. */
function sourceTitleAcronyms(loaded: LoadedIndex): ReadonlySet<string> {
  let found = titleAcronymsByIndex.get(loaded);
  if (found) return found;
  const titles = new Set<string>();
  for (const document of new Set(loaded.documents)) {
    titles.add(document.title);
    for (const source of document.sources ?? []) titles.add(source.title);
  }
  found = new Set([...titles].flatMap((title) => title.match(/\b\p{Lu}{2,6}\b/gu) ?? []));
  titleAcronymsByIndex.set(loaded, found);
  return found;
}

/** An acronym as typed: three to six capitals, a plural's or possessive's "s" aside ("GMU's"). */
const TYPED_ACRONYM = /\b\p{Lu}{3,6}(?=(?:['’]?s)?\b)/gu;

/**
 * The best `options.k` passages for a query: its weighted terms (`weightedContentTerms`, clipped
 * words completed, an office's holders added) ranked with feedback (`rankedFor`), then at most
 * `perDocumentCap` a document (`cappedPassages`).
 */
function search(index: OpenIndex, query: string, options: SearchOptions): ScoredPassage[] {
  const k = Math.max(0, Math.floor(options.k));
  const cap = Math.max(1, Math.floor(options.perDocumentCap ?? PER_DOCUMENT_CAP));
  if (k === 0 || index.current.passages.length === 0) return [];
  const ranked = rankedFor(index, questionContent(query), k, cap);
  if (!ranked) return [];
  // When every passage with the question's own terms is in one document, that document is all
  // there is for this question: no cap, so its passages beat feedback-only matches elsewhere.
  const capped = index.current.documentCount > 1 && cap < k && !ranked.oneGroup;
  return cappedPassages(index.current, ranked, k, capped ? cap : undefined);
}

type Ranked = ReturnType<Ranker["rankWithFeedback"]>;

/**
 * The question's passages ranked with feedback, enough of them that capping still leaves `k`
 * (without ranking everything); undefined where the question has no term to search.
 */
function rankedFor(
  index: OpenIndex,
  question: ReturnType<typeof questionContent>,
  k: number,
  cap: number,
): Ranked | undefined {
  const { ranking } = index.sources;
  const { sortedTerms, inverted } = index.current;
  const terms = weightedContentTerms(question, index.glossary, ranking, (term) =>
    clippedWordCompletions(term, sortedTerms, inverted.termIds),
  );
  if (terms.length === 0) return undefined;
  for (const term of officeHolderTerms(index, question.content)) {
    if (!terms.some((t) => t.term === term)) terms.push({ term, weight: 1 });
  }
  for (const term of spelledNameTerms(index, question.content)) {
    if (!terms.some((t) => t.term === term)) terms.push({ term, weight: 1 });
  }
  const boost = phraseBoost(index, question.quotedPhrases);
  const candidates =
    cap >= k ? k : Math.min(index.current.passages.length, Math.max(k * 4, k + 32));
  return index.current.ranker.rankWithFeedback(terms, candidates, ranking.feedback, boost);
}

/**
 * The first `k` ranked passages, at most `cap` a document where one is given, with the strong
 * turned-away ones admitted after (`admitStrongOverflow`).
 */
function cappedPassages(
  current: LoadedIndex,
  ranked: Ranked,
  k: number,
  cap: number | undefined,
): ScoredPassage[] {
  const { passages, documents, groupOf, perDocument } = current;
  const out: ScoredPassage[] = [];
  const overflow: ScoredPassage[] = [];
  for (let i = 0; i < ranked.docs.length && out.length < k; i++) {
    const d = ranked.docs[i] as number;
    const passage = passages[d];
    const document = documents[d];
    if (!passage || !document) continue;
    if (cap !== undefined) {
      const g = groupOf[d] as number;
      if ((perDocument[g] as number) >= cap) {
        overflow.push({ passage, document, score: ranked.scores[i] as number });
        continue;
      }
      perDocument[g] = (perDocument[g] as number) + 1;
    }
    out.push({ passage, document, score: ranked.scores[i] as number });
  }
  if (cap === undefined) return out;
  perDocument.fill(0);
  return admitStrongOverflow(out, overflow, k, (s) => s.document.id);
}

/** Whether the index reads a (folded) word: its term, a glossary entry or a clipped form. */
function isKnownWord({ current, glossary }: OpenIndex, word: string): boolean {
  const term = termOf(word);
  if (term === undefined || current.inverted.termIds.has(term)) return true;
  if (glossary && glossaryExpansions([term], glossary).length > 0) return true;
  return clippedWordCompletions(word, current.sortedTerms, current.inverted.termIds).length > 0;
}

function vocabularyOf(loaded: LoadedIndex): CorpusVocabulary {
  loaded.vocabulary ??= buildVocabulary(loaded.passages.map((p) => p.text));
  return loaded.vocabulary;
}

/**
 * The question as the corpus writes it: compounds as the corpus writes them ("cyber security" →
 * "cybersecurity", compounds.ts), names typed in lower case capitalised, slips read; one list of
 * what was read, for the answer to say. Compounds first: "inter" of "inter-governmental" is no
 * name, though the corpus writes "Inter-American". Years typed clipped ("the '88 regs") are
 * written out before anything (clipped-years.ts), so every reader of the question, the coverage
 * checks of its years included, reads the year the sources write, not a number 88.
 */
function spellingCorrected(index: OpenIndex, question: string): CorrectedQuestion {
  const loaded = index.current;
  const vocabulary = () => vocabularyOf(loaded);
  const corpus: CorpusWords = { vocabulary, isKnown: (word) => isKnownWord(index, word) };
  const compounds = readCompounds(withClippedYearsRead(question), corpus);
  const capitals = withCorpusCapitals(compounds.text, vocabulary, index.knownNames);
  const slips = correctSpelling(capitals, corpus);
  return { text: slips.text, corrections: [...compounds.corrections, ...slips.corrections] };
}
