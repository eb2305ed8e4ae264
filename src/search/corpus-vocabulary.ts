// The corpus's own vocabulary, as a question's words are compared with it: each word's count, how
// the corpus writes it (capitalised inside its sentences, its commonest form), the compounds and
// the names of several words it writes. Spelling correction, the compound reading and the
// corpus's capitals read a question against it.
import type { WordCase } from "../types.ts";
import { normalizeText } from "./analyze.ts";

/** The words of the corpus's passages, as a question's words are compared with them. */
export interface CorpusVocabulary {
  /** Occurrences of each word, folded (lower case, no diacritics). */
  readonly count: ReadonlyMap<string, number>;
  /** Of those, occurrences inside a sentence (not opening one), where a capital marks a name. */
  readonly inSentence: ReadonlyMap<string, number>;
  /** Of those, occurrences capitalised. */
  readonly capitalised: ReadonlyMap<string, number>;
  /**
   * Of those, occurrences capitalised with no capitalised word beside them: "Russia proposed",
   * "Kramer said", not "United States" or "Ambassador Terry Kramer".
   */
  readonly alone: ReadonlyMap<string, number>;
  /** The most frequent written form of each folded word ("Touré" for "toure"). */
  readonly form: ReadonlyMap<string, string>;
  /** Folded words by length, for the candidate scan. */
  readonly byLength: ReadonlyMap<number, readonly string[]>;
  /**
   * Occurrences of two words written as one open or hyphenated compound, folded and joined as
   * written: "non-binding", "walk out" (a hyphen, or spaces on one line, between them; not in a
   * link). What tells "nonbinding" from a word the corpus lacks (compounds.ts).
   */
  readonly pairs: ReadonlyMap<string, number>;
  /** Of `count`, occurrences in a link, an address or a file name: "atlarge" of "atlarge-lists". */
  readonly linked: ReadonlyMap<string, number>;
  /** Of `pairs`, those written with both words capitalised: "saudi arabia" as "Saudi Arabia". */
  readonly capitalisedPairs: ReadonlyMap<string, number>;
  /**
   * Names of more than one word as the corpus writes them, by their folded form (`phraseKey`):
   * each stretch from one capitalised word to another of a run of capitalised words joined by
   * spaces or hyphens, with "of", "the"… between them ("Saudi Arabia", "Council of Europe",
   * "Arab States" of "the Arab States regional meeting"), and each abbreviation written with dots
   * ("H. Con. Res" of "H. Con. Res. 127").
   */
  readonly names: ReadonlyMap<string, string>;
}

/**
 * Share of a corpus word's occurrences capitalised inside a sentence that makes it a name: nearly
 * all ("Dubai", "Kramer"); a word of a capitalised title is often written plain too ("the
 * International Telecommunication Regulations", "the regulations").
 */
export const NAME_SHARE = 0.9;

// A word of letters (with their marks); an apostrophe or a hyphen separates words.
export const WORD = /\p{L}[\p{L}\p{M}]*/gu;
// What may stand between a sentence's end and its first word: spaces, quotes, brackets.
const BEFORE_FIRST_WORD = /[\s"'\u2018\u201c([*_]/u;
const SENTENCE_END = /[.!?:;\n]/;

/** The maps `buildVocabulary` fills as it reads the passages (`forms`: each word's written forms). */
interface VocabularyCounts {
  count: Map<string, number>;
  inSentence: Map<string, number>;
  capitalised: Map<string, number>;
  alone: Map<string, number>;
  forms: Map<string, Map<string, number>>;
  pairs: Map<string, number>;
  linked: Map<string, number>;
  capitalisedPairs: Map<string, number>;
  names: Map<string, string>;
}

/** A word of a passage being read: the passage, its words, this one's place, as written and folded. */
interface WordAt {
  text: string;
  matches: readonly RegExpExecArray[];
  i: number;
  written: string;
  word: string;
  /** Whether the word is in a link, an address or a file name (`LINK_OR_FILE`). */
  inLink: boolean;
}

/** The run of capitalised words (and the connecting words inside it) being read. */
interface NameRun {
  tokens: NameToken[];
  connecting: NameToken[];
}

/**
 * The corpus's vocabulary from its passages' texts. A word opening a sentence is not counted as
 * capitalised, so that only names are marked as names.
 */
export function buildVocabulary(texts: Iterable<string>): CorpusVocabulary {
  const counts: VocabularyCounts = {
    count: new Map(),
    inSentence: new Map(),
    capitalised: new Map(),
    alone: new Map(),
    forms: new Map(),
    pairs: new Map(),
    linked: new Map(),
    capitalisedPairs: new Map(),
    names: new Map(),
  };
  for (const text of texts) {
    const linkAt = chunkTester(text, LINK_OR_FILE);
    countPassageWords(text, linkAt, counts);
    addDottedAbbreviations(text, linkAt, counts.names);
  }
  const { count, inSentence, capitalised, alone, pairs, linked, capitalisedPairs, names } = counts;
  return {
    count,
    inSentence,
    capitalised,
    alone,
    form: commonestForms(counts.forms),
    byLength: wordsByLength(count),
    pairs,
    linked,
    capitalisedPairs,
    names,
  };
}

/** Each word of a passage counted, in the maps of `counts`, and its names of several words read. */
function countPassageWords(
  text: string,
  linkAt: (at: number) => boolean,
  counts: VocabularyCounts,
): void {
  const matches = [...text.matchAll(WORD)];
  let previous: string | undefined;
  const run: NameRun = { tokens: [], connecting: [] };
  for (const [i, match] of matches.entries()) {
    const written = match[0];
    const word = normalizeText(written);
    counts.count.set(word, (counts.count.get(word) ?? 0) + 1);
    const inLink = linkAt(match.index);
    if (inLink) counts.linked.set(word, (counts.linked.get(word) ?? 0) + 1);
    const at: WordAt = { text, matches, i, written, word, inLink };
    const joiner = inLink || previous === undefined ? undefined : joinerBefore(at);
    if (joiner !== undefined) countPair(counts, at, `${previous}${joiner}${word}`);
    const opens = opensSentence(text, match.index);
    readIntoNameRun(run, counts.names, at, joiner, opens);
    previous = inLink ? undefined : word;
    if (!opens) countInSentence(counts, at);
    const byForm = counts.forms.get(word) ?? new Map<string, number>();
    counts.forms.set(word, byForm);
    byForm.set(written, (byForm.get(written) ?? 0) + 1);
  }
  endNameRun(run, counts.names);
}

/** How the word is joined to the word before it into a compound (`compoundJoiner`), if at all. */
function joinerBefore({ text, matches, i }: WordAt): "-" | " " | undefined {
  const before = matches[i - 1];
  const match = matches[i] as RegExpExecArray;
  return before === undefined
    ? undefined
    : compoundJoiner(text.slice(before.index + before[0].length, match.index));
}

/** A compound of the word before and this one counted, and as capitalised when both are. */
function countPair(counts: VocabularyCounts, { matches, i, written }: WordAt, key: string): void {
  counts.pairs.set(key, (counts.pairs.get(key) ?? 0) + 1);
  const before = matches[i - 1];
  if (isCapitalised(written) && before !== undefined && isCapitalised(before[0])) {
    counts.capitalisedPairs.set(key, (counts.capitalisedPairs.get(key) ?? 0) + 1);
  }
}

/**
 * The word read into the run of a name: a capitalised word extends it, with the connecting words
 * before it; a connecting word waits inside it; any other word, a link, a break between words or a
 * sentence's start ends it.
 */
function readIntoNameRun(
  run: NameRun,
  names: Map<string, string>,
  at: WordAt,
  joiner: "-" | " " | undefined,
  opens: boolean,
): void {
  const { written, word, inLink } = at;
  // (A word opening a sentence is capitalised whatever it is: it starts a name only right
  // before another capitalised word, "Costa Rica and Poland…", not "Ahead of the July…".)
  if (inLink || joiner === undefined || opens) endNameRun(run, names);
  if (!inLink && (!opens || capitalisedWordFollows(at)) && isCapitalised(written)) {
    run.tokens.push(...run.connecting, { written, word, joiner: joiner ?? " " });
    run.connecting = [];
  } else if (run.tokens.length > 0 && joiner === " " && NAME_CONNECTORS.has(word)) {
    run.connecting.push({ written, word, joiner });
  } else if (run.tokens.length > 0) {
    endNameRun(run, names);
  }
}

/** Whether a capitalised word follows this one, joined to it as a compound's words are. */
function capitalisedWordFollows({ text, matches, i, written }: WordAt): boolean {
  const match = matches[i] as RegExpExecArray;
  const after = matches[i + 1];
  return (
    after !== undefined &&
    isCapitalised(after[0]) &&
    compoundJoiner(text.slice(match.index + written.length, after.index)) !== undefined
  );
}

/** The names of a run kept (`addNameStretches`), and a new run begun. */
function endNameRun(run: NameRun, names: Map<string, string>): void {
  addNameStretches(run.tokens, names);
  run.tokens = [];
  run.connecting = [];
}

/** A word inside a sentence counted, and whether it is capitalised, and alone so. */
function countInSentence(counts: VocabularyCounts, at: WordAt): void {
  const { word, written } = at;
  counts.inSentence.set(word, (counts.inSentence.get(word) ?? 0) + 1);
  if (isCapitalised(written)) {
    counts.capitalised.set(word, (counts.capitalised.get(word) ?? 0) + 1);
    if (!capitalisedNeighbour(at)) counts.alone.set(word, (counts.alone.get(word) ?? 0) + 1);
  }
}

/** Whether a capitalised neighbour across a space makes the word part of a longer name. */
function capitalisedNeighbour({ text, matches, i, written }: WordAt): boolean {
  const match = matches[i] as RegExpExecArray;
  const before = matches[i - 1];
  const after = matches[i + 1];
  return (
    (before !== undefined &&
      isCapitalised(before[0]) &&
      /^\s+$/.test(text.slice(before.index + before[0].length, match.index))) ||
    (after !== undefined &&
      isCapitalised(after[0]) &&
      /^\s+$/.test(text.slice(match.index + written.length, after.index)))
  );
}

/** Each abbreviation written with dots ("H. Con. Res"), outside a link, as a name. */
function addDottedAbbreviations(
  text: string,
  linkAt: (at: number) => boolean,
  names: Map<string, string>,
): void {
  for (const m of text.matchAll(DOTTED_ABBREVIATION)) {
    const written = m[0].trim().replace(/\.$/, "");
    if (!linkAt(m.index)) names.set(phraseKey(written), written);
  }
}

/** Each word's most frequent written form (the first of those written as often). */
function commonestForms(
  forms: ReadonlyMap<string, ReadonlyMap<string, number>>,
): Map<string, string> {
  const form = new Map<string, string>();
  for (const [word, byForm] of forms) {
    let best = word;
    let most = 0;
    for (const [written, n] of byForm) if (n > most) [best, most] = [written, n];
    form.set(word, best);
  }
  return form;
}

/** The words, by their length. */
function wordsByLength(count: ReadonlyMap<string, number>): Map<number, string[]> {
  const byLength = new Map<number, string[]>();
  for (const word of count.keys()) {
    const list = byLength.get(word.length) ?? [];
    byLength.set(word.length, list);
    list.push(word);
  }
  return byLength;
}

/** A word of a name being read, with what joins it to the word before (" ", "-"). */
interface NameToken {
  written: string;
  word: string;
  joiner: string;
}
/** Small words inside a name: "Council of Europe", "Fight for the Future". */
export const NAME_CONNECTORS: ReadonlySet<string> = new Set([
  "of",
  "the",
  "for",
  "on",
  "and",
  "in",
  "de",
]);
/** The longest stretch of a run kept as a name, in words. */
export const MAX_NAME_WORDS = 6;
/**
 * Two or more short capitalised words each closed by a dot and a space, "H. Con. Res. 127" (not
 * "US." or "Dubai." ending a sentence: one capital and at most three small letters, twice).
 */
const DOTTED_ABBREVIATION = /(?<![\p{L}\p{M}.])(?:\p{Lu}[\p{Ll}\p{M}]{0,3}\.[ \t]+){2,}/gu;

/** Each stretch of a run from one capitalised word to another, two words or more, as a name. */
function addNameStretches(run: readonly NameToken[], names: Map<string, string>): void {
  for (let i = 0; i < run.length; i++) {
    if (NAME_CONNECTORS.has((run[i] as NameToken).word)) continue;
    let written = (run[i] as NameToken).written;
    for (let j = i + 1; j < run.length && j - i < MAX_NAME_WORDS; j++) {
      const token = run[j] as NameToken;
      written += `${token.joiner}${token.written}`;
      if (NAME_CONNECTORS.has(token.word)) continue;
      const key = phraseKey(written);
      if (!names.has(key)) names.set(key, written);
    }
  }
}

/**
 * A name's words folded, as a question's words are compared with it: "Saudi Arabia" and "saudi
 * arabia" are "saudi arabia", "H. Con. Res" is "h. con. res".
 */
export function phraseKey(text: string): string {
  return normalizeText(text)
    .replace(/\.\s+/g, ". ")
    .replace(/[ \t]+/g, " ");
}

/**
 * How the text between two words joins them into a compound: "-" for a hyphen (or a Unicode
 * hyphen), " " for spaces on one line; undefined for anything else (a comma, a line break, a
 * dash between spaces).
 */
export function compoundJoiner(between: string): "-" | " " | undefined {
  if (between === "-" || between === "\u2010" || between === "\u2011") return "-";
  return /^[ \t\u00a0]+$/.test(between) ? " " : undefined;
}
// A run of text that is a link, an address, a mention, code or a file name, or holds a number:
// its words are not prose (spelling correction and the compound reading leave them alone).
export const NOT_PROSE = /[/@<>_=\\|{}\d]|:\/\/|www\./;
// A run of text that is a link, an address or a file name ("Cybersecurity_ITU_WCIT_Proposals.pdf").
const LINK_OR_FILE = /[/@<>_\\]|:\/\/|www\.|\.\p{L}{2,4}[.,;:!?)\]]*$/u;

/** How the corpus writes a (folded) word: inside its sentences, and its most frequent form. */
export function wordCaseIn(vocabulary: CorpusVocabulary, word: string): WordCase {
  const written = vocabulary.form.get(word);
  return {
    inSentence: vocabulary.inSentence.get(word) ?? 0,
    capitalised: vocabulary.capitalised.get(word) ?? 0,
    ...(written !== undefined ? { written } : {}),
  };
}

/**
 * Whether the corpus writes a word as a name: capitalised nearly always inside its sentences
 * (`NAME_SHARE`), or, never seen inside one (only opening sentences or headings), written
 * capitalised.
 */
export function writesAsName(wordCase: WordCase): boolean {
  const { inSentence, capitalised, written } = wordCase;
  if (inSentence === 0) return written !== undefined && isCapitalised(written);
  return capitalised / inSentence >= NAME_SHARE;
}

/**
 * Whether the corpus writes a word only as a common word: inside its sentences, and never
 * capitalised there. A word the corpus lacks, or has only opening sentences and headings, is
 * neither this nor a name: its case tells nothing.
 */
export function writesOnlyCommon(wordCase: WordCase): boolean {
  return wordCase.inSentence > 0 && wordCase.capitalised === 0;
}

/** Whether the word at `at` opens a sentence: only spaces, quotes or brackets since the last one. */
export function opensSentence(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && BEFORE_FIRST_WORD.test(text[i] as string)) i--;
  return i < 0 || SENTENCE_END.test(text[i] as string);
}

export function isCapitalised(word: string): boolean {
  const first = word[0] as string;
  return first !== first.toLowerCase();
}

/** The word with its first letter capitalised. */
export function capitalise(word: string): string {
  return (word[0] as string).toUpperCase() + word.slice(1);
}

export function isAllCapitals(word: string): boolean {
  return word.length > 1 && word === word.toUpperCase() && word !== word.toLowerCase();
}

/**
 * Whether the whitespace-delimited run of text at each position, asked in increasing order, matches
 * `pattern`: each run is read once, so a text of one long run (a link, a chain of hyphened words)
 * costs no more than a short one.
 */
export function chunkTester(text: string, pattern: RegExp): (at: number) => boolean {
  const runs = text.matchAll(/\S+/g);
  let run: RegExpExecArray | undefined;
  let matches = false;
  return (at) => {
    while (run === undefined || run.index + run[0].length <= at) {
      const next = runs.next();
      if (next.done) return false;
      run = next.value;
      matches = pattern.test(run[0]);
    }
    return at >= run.index && matches;
  };
}

/** The whitespace-delimited run of text around a word. */
export function chunkAround(text: string, at: number, length: number): string {
  let start = at;
  while (start > 0 && !/\s/.test(text[start - 1] as string)) start--;
  let end = at + length;
  while (end < text.length && !/\s/.test(text[end] as string)) end++;
  return text.slice(start, end);
}
