// An inverted index with BM25F scoring, in flat typed arrays. Pure: no database here. The forward
// index (per passage: term ids and per-field counts) is what gets persisted; postings and impacts
// are derived from it at load, which is linear and much cheaper than re-tokenizing the corpus.
// The scoring formula and its parameters are stated in bm25f.ts.
import { WcitError } from "../errors.ts";
import { forEachToken, termOf } from "./analyze.ts";
import { bm25Idf, fieldNormalizer, type RankingParams, saturate } from "./bm25f.ts";

/** Fields of a passage, in this order everywhere: title of its document, heading path, body. */
export const FIELD_COUNT = 3;
export type FieldTexts = readonly [title: string, section: string, body: string];

export interface ForwardIndex {
  /** Term strings by term id. */
  terms: string[];
  /** Passage keys (ids) by passage number. */
  keys: string[];
  /** Passage n's entries are docOffsets[n] .. docOffsets[n+1]. */
  docOffsets: Int32Array;
  /** Term id per entry. */
  entryTerm: Int32Array;
  /** Counts per entry and field: entryTf[e * FIELD_COUNT + f]. */
  entryTf: Uint16Array;
}

/** The searchable form: postings with precomputed BM25F impacts. */
export interface InvertedIndex {
  forward: ForwardIndex;
  params: RankingParams;
  termIds: Map<string, number>;
  docCount: number;
  /** Term t's postings are postingOffsets[t] .. postingOffsets[t+1]. */
  postingOffsets: Int32Array;
  postingDoc: Int32Array;
  /** impact(t,d) = tf'/(k1 + tf') per posting (bm25f.ts), idf not applied. */
  postingImpact: Float32Array;
  idf: Float32Array;
  /** Total weighted length per passage (all fields), for feedback term distributions. */
  docLength: Float32Array;
  /** Field-weighted count per forward entry (Σ weight·tf), for feedback term distributions. */
  entryWeightedTf: Float32Array;
}

const MAX_TF = 0xffff;

/** Tokenizes every passage once and records its term counts per field. */
export function buildForwardIndex(
  docs: Iterable<{ key: string; fields: FieldTexts }>,
): ForwardIndex {
  const { terms, idOfWord } = termIdReader();
  const keys: string[] = [];
  const offsets: number[] = [0];
  let entryTerm = new Int32Array(1 << 16);
  let entryTf = new Uint16Array((1 << 16) * FIELD_COUNT);
  let entries = 0;
  // slotOf[term] = entry number of that term in the current passage, valid when stamp matches.
  let slotOf = new Int32Array(1 << 14);
  let stamp = new Int32Array(1 << 14);

  let docNo = 0;
  for (const { key, fields } of docs) {
    keys.push(key);
    const mark = docNo + 1;
    for (let f = 0; f < FIELD_COUNT; f++) {
      const text = fields[f];
      if (!text) continue;
      forEachToken(text, (word) => {
        const id = idOfWord(word);
        if (id < 0) return;
        if (id >= stamp.length) {
          stamp = grow(stamp, id + 1);
          slotOf = grow(slotOf, id + 1);
        }
        let slot: number;
        if (stamp[id] === mark) {
          slot = slotOf[id] as number;
        } else {
          if (entries >= entryTerm.length) {
            entryTerm = grow(entryTerm, entries + 1);
            entryTf = grow(entryTf, (entries + 1) * FIELD_COUNT);
          }
          slot = entries++;
          stamp[id] = mark;
          slotOf[id] = slot;
          entryTerm[slot] = id;
        }
        const at = slot * FIELD_COUNT + f;
        if ((entryTf[at] as number) < MAX_TF) entryTf[at] = (entryTf[at] as number) + 1;
      });
    }
    offsets.push(entries);
    docNo++;
  }
  return {
    terms,
    keys,
    docOffsets: Int32Array.from(offsets),
    entryTerm: entryTerm.slice(0, entries),
    entryTf: entryTf.slice(0, entries * FIELD_COUNT),
  };
}

/**
 * The terms read so far, in the order first met, and the reader of a word's term id: -1 for a
 * word that makes no term (a stop word). Word → term id directly, so the stop-word check and
 * stemming happen once per distinct word.
 */
function termIdReader(): { terms: string[]; idOfWord: (word: string) => number } {
  const termIds = new Map<string, number>();
  const wordIds = new Map<string, number>();
  const terms: string[] = [];
  const idOfWord = (word: string): number => {
    let id = wordIds.get(word);
    if (id !== undefined) return id;
    const term = termOf(word);
    if (term === undefined) {
      wordIds.set(word, -1);
      return -1;
    }
    id = termIds.get(term);
    if (id === undefined) {
      id = terms.length;
      termIds.set(term, id);
      terms.push(term);
    }
    wordIds.set(word, id);
    return id;
  };
  return { terms, idOfWord };
}

function grow<T extends Int32Array | Uint16Array>(array: T, atLeast: number): T {
  let size = array.length * 2;
  while (size < atLeast) size *= 2;
  const bigger = new (array.constructor as new (n: number) => T)(size);
  bigger.set(array);
  return bigger;
}

/** Transposes the forward index into postings and precomputes BM25F saturation per posting. */
export function invertIndex(forward: ForwardIndex, params: RankingParams): InvertedIndex {
  const { terms } = forward;
  const docCount = forward.keys.length;
  const termCount = terms.length;
  const lengths = fieldLengths(forward);
  const { df, postingOffsets } = termOffsets(forward);
  const postings = postingsOf(forward, params, lengths, postingOffsets);

  const idf = new Float32Array(termCount);
  for (let t = 0; t < termCount; t++) idf[t] = bm25Idf(df[t] as number, docCount);
  const termIds = new Map<string, number>();
  for (let t = 0; t < termCount; t++) termIds.set(terms[t] as string, t);
  return {
    forward,
    params,
    termIds,
    docCount,
    postingOffsets,
    postingDoc: postings.postingDoc,
    postingImpact: postings.postingImpact,
    idf,
    docLength: postings.docLength,
    entryWeightedTf: postings.entryWeightedTf,
  };
}

/** Field lengths per passage (`fieldLen[d * FIELD_COUNT + f]`) and their averages. */
interface FieldLengths {
  fieldLen: Float64Array;
  avgLen: number[];
}

function fieldLengths(forward: ForwardIndex): FieldLengths {
  const { docOffsets, entryTf } = forward;
  const docCount = forward.keys.length;
  const fieldLen = new Float64Array(docCount * FIELD_COUNT);
  const totalLen = new Float64Array(FIELD_COUNT);
  for (let d = 0; d < docCount; d++) {
    const end = docOffsets[d + 1] as number;
    for (let f = 0; f < FIELD_COUNT; f++) {
      let len = 0;
      for (let e = docOffsets[d] as number; e < end; e++)
        len += entryTf[e * FIELD_COUNT + f] as number;
      fieldLen[d * FIELD_COUNT + f] = len;
      totalLen[f] = (totalLen[f] as number) + len;
    }
  }
  const avgLen = Array.from(totalLen, (t) => (docCount > 0 && t > 0 ? t / docCount : 1));
  return { fieldLen, avgLen };
}

/**
 * The passages holding each term (`df`) and where each term's postings start: the counts of a
 * counting sort by term, so that document order inside each term's postings is preserved.
 */
function termOffsets(forward: ForwardIndex): { df: Int32Array; postingOffsets: Int32Array } {
  const { entryTerm } = forward;
  const termCount = forward.terms.length;
  const df = new Int32Array(termCount);
  for (let e = 0; e < entryTerm.length; e++) {
    const t = entryTerm[e] as number;
    df[t] = (df[t] as number) + 1;
  }
  const postingOffsets = new Int32Array(termCount + 1);
  for (let t = 0; t < termCount; t++) {
    postingOffsets[t + 1] = (postingOffsets[t] as number) + (df[t] as number);
  }
  return { df, postingOffsets };
}

type Postings = Pick<
  InvertedIndex,
  "postingDoc" | "postingImpact" | "docLength" | "entryWeightedTf"
>;

/** Each passage's entries posted under their terms, in passage order, with their impacts. */
function postingsOf(
  forward: ForwardIndex,
  params: RankingParams,
  lengths: FieldLengths,
  postingOffsets: Int32Array,
): Postings {
  const { docOffsets, entryTerm, entryTf } = forward;
  const docCount = forward.keys.length;
  const entryCount = entryTerm.length;
  const cursor = postingOffsets.slice(0, forward.terms.length);
  const postings: Postings = {
    postingDoc: new Int32Array(entryCount),
    postingImpact: new Float32Array(entryCount),
    docLength: new Float32Array(docCount),
    entryWeightedTf: new Float32Array(entryCount),
  };
  const { k1, weights } = params;
  const norm = new Float64Array(FIELD_COUNT);
  for (let d = 0; d < docCount; d++) {
    postings.docLength[d] = normalizeFields(params, lengths, d, norm);
    const end = docOffsets[d + 1] as number;
    for (let e = docOffsets[d] as number; e < end; e++) {
      let tf = 0;
      let weighted = 0;
      for (let f = 0; f < FIELD_COUNT; f++) {
        const count = entryTf[e * FIELD_COUNT + f] as number;
        tf += count * (norm[f] as number);
        weighted += count * (weights[f] as number);
      }
      postings.entryWeightedTf[e] = weighted;
      const t = entryTerm[e] as number;
      const at = cursor[t] as number;
      cursor[t] = at + 1;
      postings.postingDoc[at] = d;
      postings.postingImpact[at] = saturate(tf, k1);
    }
  }
  return postings;
}

/** Fills `norm` with passage d's field normalizers; returns its length, each field weighted. */
function normalizeFields(
  params: RankingParams,
  { fieldLen, avgLen }: FieldLengths,
  d: number,
  norm: Float64Array,
): number {
  const { b, weights } = params;
  let weightedLen = 0;
  for (let f = 0; f < FIELD_COUNT; f++) {
    const len = fieldLen[d * FIELD_COUNT + f] as number;
    norm[f] = fieldNormalizer(weights[f] as number, b[f] as number, len, avgLen[f] as number);
    weightedLen += (weights[f] as number) * len;
  }
  return weightedLen;
}

// ---- persistence -------------------------------------------------------------------------------

const MAGIC = "wcit-bm25f";
/** 2: British "-ise" forms stemmed as their "-ize" ones (`analyze.ts`). */
export const FORWARD_FORMAT = 2;

/** One buffer: a JSON header (format, terms, keys, array lengths) and the arrays, 4-byte aligned. */
export function serializeForwardIndex(forward: ForwardIndex): Buffer {
  const header = Buffer.from(
    JSON.stringify({
      magic: MAGIC,
      format: FORWARD_FORMAT,
      terms: forward.terms,
      keys: forward.keys,
      docs: forward.keys.length,
      entries: forward.entryTerm.length,
    }),
    "utf8",
  );
  const headerLen = align4(header.length);
  const parts = [
    new Uint8Array(
      forward.docOffsets.buffer,
      forward.docOffsets.byteOffset,
      forward.docOffsets.byteLength,
    ),
    new Uint8Array(
      forward.entryTerm.buffer,
      forward.entryTerm.byteOffset,
      forward.entryTerm.byteLength,
    ),
    new Uint8Array(forward.entryTf.buffer, forward.entryTf.byteOffset, forward.entryTf.byteLength),
  ];
  const out = Buffer.alloc(4 + headerLen + parts.reduce((n, p) => n + p.byteLength, 0));
  out.writeUInt32LE(header.length, 0);
  header.copy(out, 4);
  let at = 4 + headerLen;
  for (const p of parts) {
    out.set(p, at);
    at += p.byteLength;
  }
  return out;
}

export class IndexFormatError extends WcitError {
  constructor(message: string) {
    super("search_index_unreadable", message);
  }
}

export function deserializeForwardIndex(data: Uint8Array): ForwardIndex {
  const buf = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  if (buf.length < 4) throw new IndexFormatError("Persisted search index is truncated");
  const headerLen = buf.readUInt32LE(0);
  let header: {
    magic?: string;
    format?: number;
    terms: string[];
    keys: string[];
    docs: number;
    entries: number;
  };
  try {
    header = JSON.parse(buf.subarray(4, 4 + headerLen).toString("utf8"));
  } catch {
    throw new IndexFormatError("Persisted search index has an unreadable header");
  }
  if (header.magic !== MAGIC || header.format !== FORWARD_FORMAT) {
    throw new IndexFormatError(
      `Persisted search index has format ${header.format}, expected ${FORWARD_FORMAT}`,
    );
  }
  let at = 4 + align4(headerLen);
  const expected =
    at + (header.docs + 1) * 4 + header.entries * 4 + header.entries * FIELD_COUNT * 2;
  if (buf.length < expected) throw new IndexFormatError("Persisted search index is truncated");
  // Copy into fresh, aligned buffers: the blob's own memory belongs to SQLite's result row.
  const docOffsets = new Int32Array(header.docs + 1);
  new Uint8Array(docOffsets.buffer).set(buf.subarray(at, at + docOffsets.byteLength));
  at += docOffsets.byteLength;
  const entryTerm = new Int32Array(header.entries);
  new Uint8Array(entryTerm.buffer).set(buf.subarray(at, at + entryTerm.byteLength));
  at += entryTerm.byteLength;
  const entryTf = new Uint16Array(header.entries * FIELD_COUNT);
  new Uint8Array(entryTf.buffer).set(buf.subarray(at, at + entryTf.byteLength));
  return { terms: header.terms, keys: header.keys, docOffsets, entryTerm, entryTf };
}

function align4(n: number): number {
  return (n + 3) & ~3;
}
