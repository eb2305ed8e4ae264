// Spelling correction of a question's words against the corpus's own vocabulary. Analysts type
// fast: "cybersecuirty", "reguations", "Dubia" are terms the index has never seen, so retrieval
// loses them and the coverage decision refuses the question or answers the rest of it. A word is
// read as a corpus word only where that reading is nearly certain; a word that may be another
// word or another name is left as typed, so a question about something the corpus lacks is never
// turned into one about something it has.
import nlp from "compromise/two";
import type { SpellingCorrection, WordCase } from "../types.ts";
import { normalizeText, STOP_WORDS, termOf } from "./analyze.ts";
import { englishWordFrequencies } from "./english.ts";
import { agentNameAt } from "./name-positions.ts";
import { isInstructionWord } from "./question-instructions.ts";

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

/** A question with its misspelt words replaced, and what was replaced. */
export interface CorrectedQuestion {
  text: string;
  corrections: SpellingCorrection[];
}

/** Shortest word read as a misspelling of a content word: shorter ones are other words too often. */
const MIN_LENGTH = 5;
/** Shortest word read with two edits ("recomendatons"); below it two edits reach too many words. */
const TWO_EDITS_LENGTH = 9;
/**
 * Shortest word read as a swapped pair of letters ("teh" → "the", "spma" → "spam"): a swap of a
 * short word is nearly always a slip, while any other edit of one reaches a different word.
 */
const MIN_SWAP_LENGTH = 3;
/** Fewest occurrences of a corpus word a misspelling is read as: a word seen once may itself be a slip. */
const MIN_CANDIDATE_COUNT = 2;
/**
 * Occurrences in SUBTLEX-US (about 51 million words) that make an English word common, about one
 * in a million words: common enough to be what a slip meant ("period" for "priod", "argue" for
 * "argee"), while rarer forms near a slip are mostly names and the subtitles' own slips ("Eth"
 * beside "teh", "dubba" beside "dubia").
 */
const COMMON_ENGLISH_COUNT = 50;
/**
 * Share of a corpus word's occurrences capitalised inside a sentence that makes it a name: nearly
 * all ("Dubai", "Kramer"); a word of a capitalised title is often written plain too ("the
 * International Telecommunication Regulations", "the regulations").
 */
const NAME_SHARE = 0.9;

// A word of letters (with their marks); an apostrophe or a hyphen separates words.
const WORD = /\p{L}[\p{L}\p{M}]*/gu;
// A negated auxiliary's stem, cut off by the word pattern at its apostrophe ("hadn" of "hadn't",
// "mustn" of "mustn’t"): a word, not a slip of "hand" or "must".
const NEGATION_AFTER = /^['\u2019]t\b/iu;
// What may stand between a sentence's end and its first word: spaces, quotes, brackets.
const BEFORE_FIRST_WORD = /[\s"'\u2018\u201c([*_]/u;
const SENTENCE_END = /[.!?:;\n]/;
// A run of text that is a link, an address, a mention or code, whose words are not prose.
const NOT_PROSE = /[/@<>_=\\|{}\d]|:\/\/|www\./;

/**
 * The corpus's vocabulary from its passages' texts. A word opening a sentence is not counted as
 * capitalised, so that only names are marked as names.
 */
export function buildVocabulary(texts: Iterable<string>): CorpusVocabulary {
  const count = new Map<string, number>();
  const inSentence = new Map<string, number>();
  const capitalised = new Map<string, number>();
  const alone = new Map<string, number>();
  const forms = new Map<string, Map<string, number>>();
  const pairs = new Map<string, number>();
  const linked = new Map<string, number>();
  const capitalisedPairs = new Map<string, number>();
  const names = new Map<string, string>();
  for (const text of texts) {
    const matches = [...text.matchAll(WORD)];
    const linkAt = chunkTester(text, LINK_OR_FILE);
    let previous: string | undefined;
    // The run of capitalised words (and the connecting words inside it) being read.
    let run: NameToken[] = [];
    let connecting: NameToken[] = [];
    const endRun = () => {
      addNameStretches(run, names);
      run = [];
      connecting = [];
    };
    for (const [i, match] of matches.entries()) {
      const written = match[0];
      const word = normalizeText(written);
      count.set(word, (count.get(word) ?? 0) + 1);
      const inLink = linkAt(match.index);
      if (inLink) linked.set(word, (linked.get(word) ?? 0) + 1);
      const before = matches[i - 1];
      const joiner =
        before === undefined || inLink || previous === undefined
          ? undefined
          : compoundJoiner(text.slice(before.index + before[0].length, match.index));
      if (joiner !== undefined) {
        const key = `${previous}${joiner}${word}`;
        pairs.set(key, (pairs.get(key) ?? 0) + 1);
        if (isCapitalised(written) && before !== undefined && isCapitalised(before[0])) {
          capitalisedPairs.set(key, (capitalisedPairs.get(key) ?? 0) + 1);
        }
      }
      // (A word opening a sentence is capitalised whatever it is: it starts a name only right
      // before another capitalised word, "Costa Rica and Poland…", not "Ahead of the July…".)
      const opens = opensSentence(text, match.index);
      if (inLink || joiner === undefined || opens) endRun();
      const after = matches[i + 1];
      const startsName =
        !opens ||
        (after !== undefined &&
          isCapitalised(after[0]) &&
          compoundJoiner(text.slice(match.index + written.length, after.index)) !== undefined);
      if (!inLink && startsName && isCapitalised(written)) {
        run.push(...connecting, { written, word, joiner: joiner ?? " " });
        connecting = [];
      } else if (run.length > 0 && joiner === " " && NAME_CONNECTORS.has(word)) {
        connecting.push({ written, word, joiner });
      } else if (run.length > 0) {
        endRun();
      }
      previous = inLink ? undefined : word;
      if (!opensSentence(text, match.index)) {
        inSentence.set(word, (inSentence.get(word) ?? 0) + 1);
        if (isCapitalised(written)) {
          capitalised.set(word, (capitalised.get(word) ?? 0) + 1);
          // (A capitalised neighbour across a space makes it part of a longer name.)
          const before = matches[i - 1];
          const after = matches[i + 1];
          const joined =
            (before !== undefined &&
              isCapitalised(before[0]) &&
              /^\s+$/.test(text.slice(before.index + before[0].length, match.index))) ||
            (after !== undefined &&
              isCapitalised(after[0]) &&
              /^\s+$/.test(text.slice(match.index + written.length, after.index)));
          if (!joined) alone.set(word, (alone.get(word) ?? 0) + 1);
        }
      }
      const byForm = forms.get(word) ?? new Map<string, number>();
      forms.set(word, byForm);
      byForm.set(written, (byForm.get(written) ?? 0) + 1);
    }
    endRun();
    for (const m of text.matchAll(DOTTED_ABBREVIATION)) {
      const written = m[0].trim().replace(/\.$/, "");
      if (!linkAt(m.index)) names.set(phraseKey(written), written);
    }
  }
  const form = new Map<string, string>();
  for (const [word, byForm] of forms) {
    let best = word;
    let most = 0;
    for (const [written, n] of byForm) if (n > most) [best, most] = [written, n];
    form.set(word, best);
  }
  const byLength = new Map<number, string[]>();
  for (const word of count.keys()) {
    const list = byLength.get(word.length) ?? [];
    byLength.set(word.length, list);
    list.push(word);
  }
  return {
    count,
    inSentence,
    capitalised,
    alone,
    form,
    byLength,
    pairs,
    linked,
    capitalisedPairs,
    names,
  };
}

/** A word of a name being read, with what joins it to the word before (" ", "-"). */
interface NameToken {
  written: string;
  word: string;
  joiner: string;
}
/** Small words inside a name: "Council of Europe", "Fight for the Future". */
const NAME_CONNECTORS: ReadonlySet<string> = new Set(["of", "the", "for", "on", "and", "in", "de"]);
/** The longest stretch of a run kept as a name, in words. */
const MAX_NAME_WORDS = 6;
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

function isCapitalised(word: string): boolean {
  const first = word[0] as string;
  return first !== first.toLowerCase();
}

function isAllCapitals(word: string): boolean {
  return word.length > 1 && word === word.toUpperCase() && word !== word.toLowerCase();
}

/**
 * Optimal-string-alignment distance (Damerau-Levenshtein where a swap of two adjacent letters is
 * one edit, and no substring is edited twice), or `max + 1` once it is certain to exceed `max`.
 * Libraries measured for this: fastest-levenshtein counts a swap as two edits; damerau-levenshtein
 * builds a full matrix per call and has no types; cmpstr's Damerau metric took about 14 µs a pair
 * against fastest-levenshtein's 0.3 µs, and a question's word is compared with thousands of
 * corpus words. Three rolling rows, stopped as soon as a whole row exceeds `max`.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (a === b) return 0;
  const n = b.length;
  let beforePrevious = new Array<number>(n + 1).fill(0);
  let previous = Array.from({ length: n + 1 }, (_, j) => j);
  let current = new Array<number>(n + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= n; j++) {
      const cb = b.charCodeAt(j - 1);
      const cost = ca === cb ? 0 : 1;
      let d = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + cost,
      );
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb) {
        d = Math.min(d, (beforePrevious[j - 2] as number) + 1);
      }
      current[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return max + 1;
    [beforePrevious, previous, current] = [previous, current, beforePrevious];
  }
  return Math.min(previous[n] as number, max + 1);
}

/** Whether `b` is `a` with two adjacent letters swapped ("dubia" / "dubai"). */
function isSwap(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return (
    i < a.length - 1 && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2)
  );
}

/** English as people write it, for telling a slip from a word meant as typed. */
interface EnglishLexicon {
  words: ReadonlySet<string>;
  /** The common words (`COMMON_ENGLISH_COUNT`), folded. */
  common: ReadonlySet<string>;
  /** The common words, by length. */
  byLength: ReadonlyMap<number, readonly string[]>;
  /** Words English writes mostly capitalised, as names ("Russia", "Congress", "United"), folded. */
  names: ReadonlySet<string>;
  /**
   * Of those, the ones written with one capital, as written ("vienna" → "Vienna"); not acronyms
   * ("OK", "TV").
   */
  titled: ReadonlyMap<string, string>;
}
let english: EnglishLexicon | undefined;
/** English word forms (`englishWordFrequencies`), names included ("Paris", "brawl", "football"). */
function englishLexicon(): EnglishLexicon {
  if (!english) {
    const entries = englishWordFrequencies();
    const words = new Set<string>();
    const common = new Set<string>();
    const names = new Set<string>();
    const titled = new Map<string, string>();
    const byLength = new Map<number, string[]>();
    for (const e of entries) {
      const word = normalizeText(e.word);
      words.add(word);
      if (word.length > 1 && e.word !== e.word.toLowerCase()) names.add(word);
      if (/^\p{Lu}[\p{Ll}\p{M}]+$/u.test(e.word)) titled.set(word, e.word);
      if (e.count < COMMON_ENGLISH_COUNT) continue;
      common.add(word);
      const list = byLength.get(word.length) ?? [];
      byLength.set(word.length, list);
      list.push(word);
    }
    english = { words, common, byLength, names, titled };
  }
  return english;
}

/**
 * Whether a word is English: such a word is never corrected, however close it is to a corpus
 * word: the asker may mean it, and reading it as the corpus word would answer another question.
 */
function isEnglishWord(word: string): boolean {
  return englishLexicon().words.has(word);
}

/**
 * Calls `visit` with each word of `byLength` within `max` edits of `word` and its distance: one
 * with the same first letter, or two adjacent letters swapped (only that, when `swapOnly`).
 */
function forEachNear(
  word: string,
  byLength: ReadonlyMap<number, readonly string[]>,
  max: number,
  swapOnly: boolean,
  visit: (candidate: string, distance: number, swap: boolean) => void,
): void {
  for (let length = word.length - max; length <= word.length + max; length++) {
    for (const candidate of byLength.get(length) ?? []) {
      const swap = isSwap(word, candidate);
      if (!swap && (swapOnly || candidate[0] !== word[0])) continue;
      const distance = swap ? 1 : editDistance(word, candidate, max);
      if (distance <= max) visit(candidate, distance, swap);
    }
  }
}

/**
 * The corpus word a misspelt question word stands for, or undefined when there is none or more
 * than one reading. The rules, each keeping a word that may be meant as typed:
 * - a word of 5 letters or more is read within one edit (a swap of two adjacent letters is one),
 *   one of 9 or more within two; a shorter word only as a swap ("teh" → "the");
 * - the first letter stays (slips rarely hit it), except in a swap of the first two;
 * - a name on either side, the word capitalised inside the question or the corpus word written
 *   capitalised (a name), is read only as a swap: names one letter apart are other people and
 *   places ("Kraemer" is not "Kramer", "Rutkowska" not "Rutkowski"), while "Dubia" is "Dubai";
 * - the corpus word must occur at least twice, and be the only reading: every corpus word at the
 *   least distance must be one index term ("delegates" and "delegate" are one reading), and no
 *   English word as near may be another word, else the word is left alone.
 */
function correctionOf(
  word: string,
  typedAsName: boolean,
  vocabulary: CorpusVocabulary,
): string | undefined {
  const swapOnly = word.length < MIN_LENGTH || typedAsName;
  const max = swapOnly ? 1 : word.length >= TWO_EDITS_LENGTH ? 2 : 1;
  let bestDistance = max + 1;
  let nearest: string[] = [];
  forEachNear(word, vocabulary.byLength, max, swapOnly, (candidate, distance, swap) => {
    if (distance > bestDistance) return;
    if (!swap && writesAsName(wordCaseIn(vocabulary, candidate))) return;
    if (distance < bestDistance) [bestDistance, nearest] = [distance, []];
    nearest.push(candidate);
  });
  // Every nearest word counts against ambiguity, a word seen once too; only a word seen more
  // often is a reading.
  const readings = new Set(nearest.map((w) => termOf(w) ?? w));
  if (readings.size !== 1) return undefined;
  // An English word as near that is another word may be what was meant: "priod" is "period" as
  // likely as the corpus's "prior", "strted" "started" as likely as "stated".
  let meantOtherwise = false;
  forEachNear(word, englishLexicon().byLength, bestDistance, swapOnly, (candidate) => {
    if (!readings.has(termOf(candidate) ?? candidate)) meantOtherwise = true;
  });
  if (meantOtherwise) return undefined;
  const countOf = (w: string) => vocabulary.count.get(w) ?? 0;
  const best = nearest.reduce((a, b) => (countOf(b) > countOf(a) ? b : a));
  return countOf(best) >= MIN_CANDIDATE_COUNT ? best : undefined;
}

/**
 * The question with each misspelt word read as the corpus word it stands for (see
 * `correctionOf`), and the list of what was read so, for the answer to say. A word is a candidate
 * only when `isKnown` says the index cannot read it (not its term, a glossary entry or a clipped
 * form of its words), it is not a stop or instruction word, not English (`isEnglishWord`), not in
 * capitals (an acronym) and not in a link, an address or a mention. The corrected word keeps the
 * asker's capital, or takes the corpus's for a name ("dubia" → "Dubai"). `vocabularyOf` is called
 * only for a word that is a candidate, so most questions never need the vocabulary made.
 */
export function correctSpelling(
  question: string,
  vocabularyOf: () => CorpusVocabulary,
  isKnown: (word: string) => boolean,
): CorrectedQuestion {
  const corrections: SpellingCorrection[] = [];
  const read = new Map<string, string | undefined>();
  let text = "";
  let last = 0;
  for (const match of question.matchAll(WORD)) {
    const typed = match[0];
    const at = match.index;
    const word = normalizeText(typed);
    if (
      word.length < MIN_SWAP_LENGTH ||
      STOP_WORDS.has(word) ||
      isInstructionWord(word) ||
      isAllCapitals(typed) ||
      NOT_PROSE.test(chunkAround(question, at, typed.length)) ||
      isKnown(word) ||
      isEnglishWord(word) ||
      NEGATION_AFTER.test(question.slice(at + typed.length))
    ) {
      continue;
    }
    const typedAsName = isCapitalised(typed) && !opensSentence(question, at);
    const vocabulary = vocabularyOf();
    // A word typed again is read as it was the first time, without scanning the corpus again.
    const key = `${typedAsName ? "N" : "w"}${word}`;
    if (!read.has(key)) read.set(key, correctionOf(word, typedAsName, vocabulary));
    const found = read.get(key);
    if (!found) continue;
    // A name as the corpus writes it; another word as the asker would have ("Regulations" in a
    // title is "regulations" in a question).
    const wordCase = wordCaseIn(vocabulary, found);
    const written = wordCase.written ?? found;
    const plain = isCapitalised(written) ? found : written;
    const to = writesAsName(wordCase) ? written : isCapitalised(typed) ? capitalise(plain) : plain;
    text += question.slice(last, at) + to;
    last = at + typed.length;
    if (!corrections.some((c) => c.from === typed)) corrections.push({ from: typed, to });
  }
  if (corrections.length === 0) return { text: question, corrections };
  return { text: text + question.slice(last), corrections };
}

/**
 * The names a question may mean besides the corpus's own words: the glossary's, as written
 * (`glossaryNames`), with whether each names a place with people of its own (a country, a region,
 * a union).
 */
export interface KnownName {
  written: string;
  place: boolean;
}

/** Known names prepared for reading a question: by folded form (`phraseKey`). */
interface PreparedNames {
  /** Names of two words or more whose every word but "of", "the"… is capitalised. */
  phrases: ReadonlyMap<string, string>;
  /** Names of one word written capitalised ("Riyadh", "Brits"). */
  words: ReadonlyMap<string, string>;
  /** Every name of a place, one word or more ("uk", "new zealand", "russian"). */
  places: ReadonlySet<string>;
}
const preparedNames = new WeakMap<readonly KnownName[], PreparedNames>();

function prepareNames(known: readonly KnownName[]): PreparedNames {
  let p = preparedNames.get(known);
  if (p) return p;
  const phrases = new Map<string, string>();
  const words = new Map<string, string>();
  const places = new Set<string>();
  for (const { written, place } of known) {
    const parts = written.match(WORD) ?? [];
    // (Letters only: "WCIT-12", "PP-14" and "U.S.A." are read word by word.)
    if (parts.join("").length !== written.replace(/[\s-]/g, "").length) continue;
    const key = phraseKey(written);
    if (place) places.add(key);
    const content = parts.filter((w) => !NAME_CONNECTORS.has(w.toLowerCase()));
    if (!content.every(isCapitalised)) continue;
    if (parts.length > 1) phrases.set(key, written);
    else words.set(key, written);
  }
  p = { phrases, words, places };
  preparedNames.set(known, p);
  return p;
}

/** What joins two words of a name typed in a question: a space, a hyphen, a dot and a space. */
const NAME_JOINER = /^(?: |-|\.[ \t]+)$/;
/** What joins the items of a list of countries: "us, uk", "us/eu", "us & uk"… */
const LIST_MARK = /^\s*[,/&+]\s*$/;
/** Words after which "us" is the pronoun, whatever follows: "tell us", "for us". */
const TAKES_US: ReadonlySet<string> = new Set([
  "tell",
  "give",
  "show",
  "help",
  "let",
  "send",
  "brief",
  "remind",
  "for",
  "to",
  "with",
]);
/** …or "us and uk", "russia vs us", "uk or us". */
const LIST_WORDS: ReadonlySet<string> = new Set(["and", "or", "vs", "versus"]);

/**
 * The question with the names it types in lower case written as the corpus writes them: "what did
 * kramer say about the itrs" reads as "what did Kramer say about the ITRs". Analysts type fast in
 * Slack, and much of the reading of a question goes by its capitals (a name is required, an
 * acronym meets only itself, a lead-in naming someone is kept). A word is read as a name only
 * where both sources agree: the corpus writes it as a name (`writesAsName`), and English does not
 * write it in lower case as a common word ("best" of "Best Bits", "watch", "house" stay as typed;
 * "russia", "dubai", "cept" do not). Words in links, addresses and mentions are left alone.
 *
 * Names of several words are read whole first (lowercase24): a run of lower-case words that is a
 * name of the glossary ("saudi arabia", "new zealand", "the arab states", "the united states",
 * "reporters without borders"), an abbreviation the corpus writes with dots ("h. con. res. 127",
 * which the sentence splitter otherwise cut at each dot), or a name of the corpus (`names`) that
 * the corpus writes capitalised nearly always and of which one word reads as a name on its own
 * ("costa rica"; not "best bits", "free press", "member states", every word of which English
 * writes plain). A one-word name of the glossary is read as the corpus's are, where the corpus
 * does not write it plain ("riyadh", "tehran"). "us" is the pronoun unless "the" comes before it
 * ("the us delegation") or it is an item of a list of places ("us, uk", "russia vs us", "sweden
 * and us").
 */
export function withCorpusCapitals(
  question: string,
  vocabularyOf: () => CorpusVocabulary,
  known: readonly KnownName[] = [],
): string {
  const names = prepareNames(known);
  const words = [...question.matchAll(WORD)];
  const typedLower = (i: number) => {
    const typed = (words[i] as RegExpMatchArray)[0];
    return typed === typed.toLowerCase();
  };
  const between = (i: number) => {
    const a = words[i] as RegExpMatchArray;
    const b = words[i + 1] as RegExpMatchArray;
    return question.slice((a.index as number) + a[0].length, b.index);
  };
  const slice = (i: number, j: number) => {
    const a = words[i] as RegExpMatchArray;
    const b = words[j] as RegExpMatchArray;
    return question.slice(a.index, (b.index as number) + b[0].length);
  };
  const linkLike = (i: number) => {
    const m = words[i] as RegExpMatchArray;
    return LINK_LIKE.test(chunkAround(question, m.index as number, m[0].length));
  };
  let text = "";
  let last = 0;
  const write = (i: number, j: number, written: string) => {
    const a = words[i] as RegExpMatchArray;
    const b = words[j] as RegExpMatchArray;
    text += question.slice(last, a.index) + written;
    last = (b.index as number) + b[0].length;
  };
  for (let i = 0; i < words.length; i++) {
    if (!typedLower(i) || linkLike(i)) continue;
    const phrase = phraseAt(i);
    if (phrase) {
      if (phrase.written !== slice(i, phrase.end)) write(i, phrase.end, phrase.written);
      i = phrase.end;
      continue;
    }
    const written =
      wordAt(i) ??
      agentNameAt(question, words, i, vocabularyOf(), (w) => englishLexicon().titled.get(w));
    if (written !== undefined) write(i, i, written);
  }
  return last === 0 ? question : text + question.slice(last);

  /** The longest name of several words starting at word `i`, all typed in lower case. */
  function phraseAt(i: number): { end: number; written: string } | undefined {
    let end = i;
    while (
      end + 1 < words.length &&
      end + 1 - i < MAX_NAME_WORDS &&
      typedLower(end + 1) &&
      NAME_JOINER.test(between(end))
    ) {
      end++;
    }
    for (let j = end; j > i; j--) {
      const key = phraseKey(slice(i, j));
      const written = names.phrases.get(key) ?? corpusName(key, i, j);
      if (written !== undefined) return { end: j, written };
    }
    return undefined;
  }

  /** A name of the corpus, where its case and English both say that it is one. */
  function corpusName(key: string, i: number, j: number): string | undefined {
    const vocabulary = vocabularyOf();
    const written = vocabulary.names.get(key);
    if (written === undefined) return undefined;
    if (key.includes(". ")) return written;
    const folded = words.slice(i, j + 1).map((m) => normalizeText(m[0]));
    // Written so nearly always: each two words side by side capitalised together.
    for (let k = i; k < j; k++) {
      const joinsWords =
        !NAME_CONNECTORS.has(folded[k - i] as string) &&
        !NAME_CONNECTORS.has(folded[k - i + 1] as string);
      if (joinsWords && (between(k) === " " || between(k) === "-")) {
        const pair = `${folded[k - i]}${between(k)}${folded[k - i + 1]}`;
        const all = vocabulary.pairs.get(pair) ?? 0;
        if ((vocabulary.capitalisedPairs.get(pair) ?? 0) < all * NAME_SHARE) return undefined;
      }
    }
    const { common, names: englishNames } = englishLexicon();
    // (And one that would be read as a name alone: "saudi", "rica", "czech"; not "new zealand",
    // "best bits", whose words English also writes as common words.)
    const readsAsName = (w: string) =>
      !NAME_CONNECTORS.has(w) &&
      !STOP_WORDS.has(w) &&
      (!common.has(w) || (englishNames.has(w) && (vocabulary.alone.get(w) ?? 0) > 0));
    // (Every word one the corpus writes as a name and English capitalises or does not know: not
    // "EU Member State", "ITU Council", whose "member state" and "council" English writes plain,
    // nor "ITU Cybersecurity" of a title, whose "cybersecurity" the corpus writes plain.)
    const writtenPlain = (w: string) =>
      !NAME_CONNECTORS.has(w) &&
      ((common.has(w) && !englishNames.has(w)) || !writesAsName(wordCaseIn(vocabulary, w)));
    if (folded.some(writtenPlain)) return undefined;
    return folded.some(readsAsName) ? written : undefined;
  }

  /** Word `i` as the corpus or the glossary writes it, where it is a name. */
  function wordAt(i: number): string | undefined {
    const m = words[i] as RegExpMatchArray;
    const typed = m[0];
    const at = m.index as number;
    const word = normalizeText(typed);
    const vocabulary = vocabularyOf();
    const wordCase = wordCaseIn(vocabulary, word);
    const fromCorpus = wordCase.written !== undefined && writesAsName(wordCase);
    if (word === "us") {
      const acronym = fromCorpus ? wordCase.written : names.words.get(word);
      return acronym === "US" && usAt(i) ? acronym : undefined;
    }
    const fromGlossary =
      !fromCorpus && (wordCase.inSentence === 0 || writesAsName(wordCase))
        ? names.words.get(word)
        : undefined;
    const unseen = fromCorpus || fromGlossary !== undefined ? undefined : unseenName(word);
    const written = fromCorpus ? wordCase.written : (fromGlossary ?? unseen);
    if (!written || written === typed) return undefined;
    // (A short word with one capital is as often an abbreviation: "Res." of "H. Con. Res. 127".)
    if (written.length < 4 && !/\p{Lu}.*\p{Lu}/u.test(written)) return undefined;
    // A common English word is what its lower case means, except an acronym after "the", and a
    // word English itself writes as a name ("Russia", "Congress") that the corpus writes as one
    // on its own ("Russia proposed"; not "United" of "United States") or the glossary names.
    const afterThe = /\bthe\s+$/i.test(question.slice(Math.max(0, at - 5), at));
    const { common, names: englishNames } = englishLexicon();
    const aName =
      englishNames.has(word) &&
      (fromGlossary !== undefined || unseen !== undefined || (vocabulary.alone.get(word) ?? 0) > 0);
    if (common.has(word) && !(afterThe && isAllCapitals(written)) && !aName) return undefined;
    return written;
  }

  /**
   * A name the corpus never writes, nor the glossary (lowercase25): a word English writes only
   * with a capital ("vienna", "vietnam", "bangkok"), or, where English lacks the word, the
   * initials of one name of the corpus ("ituc" of "International Trade Union Confederation").
   * Typed with its capital, such a name is read as a name the corpus lacks (a place the question
   * guesses, an absent name); typed in lower case it was a word missing from every passage.
   */
  function unseenName(word: string): string | undefined {
    if ((vocabularyOf().count.get(word) ?? 0) > 0 || STOP_WORDS.has(word)) return undefined;
    const { titled, words: english } = englishLexicon();
    const name = titled.get(word);
    if (name !== undefined) {
      return word.length >= UNSEEN_NAME_LEAST && namesPlace(word) ? name : undefined;
    }
    if (english.has(word) || !/^\p{Ll}+$/u.test(word)) return undefined;
    return initialsOf(vocabularyOf()).get(word);
  }

  /** Whether "us" at word `i` is the United States: after "the", or beside a place in a list. */
  function usAt(i: number): boolean {
    const m = words[i] as RegExpMatchArray;
    const at = m.index as number;
    if (/\bthe\s+$/i.test(question.slice(Math.max(0, at - 5), at))) return true;
    const isPlace = (from: number, to: number) =>
      from >= 0 && to < words.length && names.places.has(phraseKey(slice(from, to)));
    // The nearest word of the next item: past a comma, a slash, "and", "vs"…
    const itemAt = (step: 1 | -1): number | undefined => {
      const gap = (k: number) => between(step === 1 ? k - 1 : k);
      let k = i + step;
      if (k < 0 || k >= words.length) return undefined;
      if (LIST_MARK.test(gap(k))) return k;
      if (
        !/^\s+$/.test(gap(k)) ||
        !LIST_WORDS.has(normalizeText((words[k] as RegExpMatchArray)[0]))
      ) {
        return undefined;
      }
      k += step;
      return k >= 0 && k < words.length && /^\s+$/.test(gap(k)) ? k : undefined;
    };
    const before = itemAt(-1);
    // (Not the object of a verb or a preposition: "can you tell us and russia apart", "for us".)
    const previous = words[i - 1]?.[0];
    const next =
      previous !== undefined && TAKES_US.has(normalizeText(previous)) ? undefined : itemAt(1);
    for (let n = 0; n < 3; n++) {
      if (next !== undefined && isPlace(next, next + n)) return true;
      if (before !== undefined && isPlace(before - n, before)) return true;
    }
    return false;
  }
}
const placeWords = new Map<string, boolean>();
/**
 * Whether English's tagger knows a word as a place, a country or a city ("vienna", "vietnam";
 * not "tally", "okay", "shut" or "plus", which the subtitles behind `titled` mostly write with
 * a capital, opening a line).
 */
function namesPlace(word: string): boolean {
  let known = placeWords.get(word);
  if (known === undefined) {
    known = nlp(word).has("#Place");
    placeWords.set(word, known);
  }
  return known;
}

/** The shortest word read as a name the corpus lacks ("Vienna"; not "Dec", "Jan", "Ok"). */
const UNSEEN_NAME_LEAST = 4;
/** The fewest and most letters of initials read as a corpus name's acronym ("ITUC"). */
const INITIALS_LEAST = 3;
const INITIALS_MOST = 6;
const initialsByVocabulary = new WeakMap<CorpusVocabulary, ReadonlyMap<string, string>>();
/**
 * The corpus's names of three words or more by their initials, connectors left out ("ituc" →
 * "ITUC" for "International Trade Union Confederation"), where only one name has them and the
 * corpus never writes them as a word.
 */
function initialsOf(vocabulary: CorpusVocabulary): ReadonlyMap<string, string> {
  let map = initialsByVocabulary.get(vocabulary);
  if (map) return map;
  const found = new Map<string, string | null>();
  for (const [key, written] of vocabulary.names) {
    if (key.includes(".")) continue;
    const parts = (written.match(WORD) ?? []).filter((w) => !NAME_CONNECTORS.has(w.toLowerCase()));
    if (parts.length < INITIALS_LEAST || parts.length > INITIALS_MOST) continue;
    const initials = normalizeText(parts.map((w) => w[0] as string).join(""));
    if ((vocabulary.count.get(initials) ?? 0) > 0) continue;
    const before = found.get(initials);
    found.set(initials, before === undefined || before === key ? key : null);
  }
  const built = new Map<string, string>();
  for (const [initials, key] of found)
    if (key !== null) built.set(initials, initials.toUpperCase());
  initialsByVocabulary.set(vocabulary, built);
  map = built;
  return map;
}

// A run of text that is a link, an address or a mention: its letters are not a question's words.
const LINK_LIKE = /[@<>]|:\/\/|www\./;

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
function chunkAround(text: string, at: number, length: number): string {
  let start = at;
  while (start > 0 && !/\s/.test(text[start - 1] as string)) start--;
  let end = at + length;
  while (end < text.length && !/\s/.test(text[end] as string)) end++;
  return text.slice(start, end);
}

function capitalise(word: string): string {
  return (word[0] as string).toUpperCase() + word.slice(1);
}
