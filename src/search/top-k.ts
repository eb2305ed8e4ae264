// Top-k selection over a score array: the best k candidates, best first, equal scores by lower
// number (so rankings are deterministic). A histogram on the scores' float32 bit patterns
// (logarithmic buckets, no pass for the maximum) finds the bucket the k-th best falls in; only the
// candidates from that bucket up (k and a few more) are bucket-sorted. Scratch memory is allocated
// once per score array; a selection allocates nothing.

// Histogram buckets are a positive float32's bits above this shift (exponent and 4 mantissa bits:
// each bucket spans about 6% of score).
const BUCKET_SHIFT = 19;
const BUCKETS = 1 << (31 - BUCKET_SHIFT);
// Sort keys pack the candidate number below the score bits, which needs numbers below 2^22.
const KEY_DOC_LIMIT = 1 << 22;
// Buckets larger than this are sorted natively (a typed array's sort); smaller ones by insertion.
const SMALL_BUCKET = 16;

export interface TopKSelector {
  /**
   * Selects the best `k` of the candidates `from[0..count)` whose score is above 0 (scores
   * below 7.4e-40, denormals that BM25 never produces, count as 0) into `docs`/`scores`, and
   * returns how many there are (at most
   * k). With `boundK > 0` it also sets `bound`: a lower bound on the boundK-th best score, or 0
   * when there are fewer than boundK candidates. Candidates must be distinct.
   */
  select(k: number, from: Int32Array, count: number, boundK?: number): number;
  /** The selected candidates, best first (valid up to the last select's count). */
  readonly docs: Int32Array;
  /** Their scores. */
  readonly scores: Float32Array;
  /** Set by select with boundK: the lower bound on the boundK-th best score (0: none). */
  bound: number;
}

export interface TopKOptions {
  /**
   * Sort by one packed numeric key (score bits and candidate number) rather than by a comparator.
   * Default: whenever candidate numbers fit below 2^22, which is much faster; tests turn it off to
   * check the comparator path that larger arrays use.
   */
  packedKeys?: boolean;
}

/**
 * A selector over `scores` (non-negative float32s, indexed by candidate number). The array is read
 * at each select, so the caller may change its contents between selections.
 */
export function createTopKSelector(scores: Float32Array, options: TopKOptions = {}): TopKSelector {
  const size = scores.length;
  // The same memory as bits: positive float32s order like their bit patterns.
  const scoreBits = new Uint32Array(scores.buffer, scores.byteOffset, size);
  const packedKeys = options.packedKeys ?? size <= KEY_DOC_LIMIT;
  // Candidates that survive the histogram cut.
  const pick = new Int32Array(size);
  const hist = new Int32Array(BUCKETS);
  const keys = new Float64Array(packedKeys ? size : 0);
  const byScore = (a: number, b: number) => (scores[b] as number) - (scores[a] as number) || a - b;
  const bitsToFloat = new Uint32Array(1);
  const bitsAsFloat = new Float32Array(bitsToFloat.buffer);

  const selector: TopKSelector = {
    docs: new Int32Array(size),
    scores: new Float32Array(size),
    bound: 0,
    select,
  };
  const topDocs = selector.docs;
  const topScores = selector.scores;

  function setBound(bits: number): void {
    bitsToFloat[0] = bits;
    selector.bound = bitsAsFloat[0] as number;
  }

  function select(k: number, src: Int32Array, n: number, boundK = 0): number {
    selector.bound = 0;
    if (k <= 0 || n === 0) return 0;

    // hist is all zeros between calls; this call dirties [min(low, floor), top] and bucket 0.
    let top = 0;
    let low = BUCKETS - 1;
    for (let i = 0; i < n; i++) {
      const b = (scoreBits[src[i] as number] as number) >>> BUCKET_SHIFT;
      hist[b] = (hist[b] as number) + 1;
      top = Math.max(top, b);
      low = Math.min(low, b);
    }
    if (top === 0) {
      // Only zero scores: nothing to select, and no bound.
      hist[0] = 0;
      return 0;
    }
    // Buckets from `floor` up hold at least k candidates (or all there are), each scoring at least
    // as high as any candidate in a lower bucket: the top k are among them. Bucket 0 holds zeros.
    // Below `low` every bucket is empty: no walk through them when there are fewer than k.
    const bottom = Math.max(low, 1);
    let floor = top;
    let c = hist[floor] as number;
    while (c < k && floor > bottom) {
      floor--;
      c += hist[floor] as number;
    }
    if (floor < 1) floor = 1;
    if (boundK > 0) {
      // The boundK-th best score lies in the bucket where the count from the top reaches boundK:
      // that bucket's lower edge bounds it from below.
      let bf = floor;
      let bc = c;
      while (bc < boundK && bf > bottom) {
        bf--;
        bc += hist[bf] as number;
      }
      if (bc >= boundK) setBound(bf << BUCKET_SHIFT);
    }
    let m = 0;
    for (let i = 0; i < n; i++) {
      const d = src[i] as number;
      pick[m] = d;
      m += +((scoreBits[d] as number) >>> BUCKET_SHIFT >= floor);
    }
    const selected = Math.min(k, m);
    if (!packedKeys) {
      const sorted = pick.subarray(0, m).sort(byScore);
      for (let i = 0; i < selected; i++) {
        const d = sorted[i] as number;
        topDocs[i] = d;
        topScores[i] = scores[d] as number;
      }
      hist.fill(0, Math.min(low, floor), top + 1);
      hist[0] = 0;
      return selected;
    }
    // Bucket sort, best bucket first (the histogram turned into write cursors), then each bucket
    // sorted until the first k places are settled. The key is −(score bits · 2^22 + 2^22 − 1 −
    // candidate): ascending keys put the better score first, and equal scores the lower number.
    let at = 0;
    for (let b = top; b >= floor; b--) {
      const count = hist[b] as number;
      hist[b] = at;
      at += count;
    }
    for (let i = 0; i < m; i++) {
      const d = pick[i] as number;
      const bits = scoreBits[d] as number;
      const b = bits >>> BUCKET_SHIFT;
      const slot = hist[b] as number;
      hist[b] = slot + 1;
      keys[slot] = -(bits * KEY_DOC_LIMIT + (KEY_DOC_LIMIT - 1 - d));
    }
    let start = 0;
    for (let b = top; b >= floor && start < selected; b--) {
      const end = hist[b] as number; // the cursor ended at the bucket's end
      if (end - start > SMALL_BUCKET) keys.subarray(start, end).sort();
      else {
        for (let i = start + 1; i < end; i++) {
          const key = keys[i] as number;
          let j = i - 1;
          while (j >= start && (keys[j] as number) > key) {
            keys[j + 1] = keys[j] as number;
            j--;
          }
          keys[j + 1] = key;
        }
      }
      start = end;
    }
    for (let i = 0; i < selected; i++) {
      const key = -(keys[i] as number);
      // key mod 2^22 without fmod: division by a power of two is exact, floor is one instruction.
      const d = KEY_DOC_LIMIT - 1 - (key - Math.floor(key / KEY_DOC_LIMIT) * KEY_DOC_LIMIT);
      topDocs[i] = d;
      topScores[i] = scores[d] as number;
    }
    hist.fill(0, Math.min(low, floor), top + 1);
    hist[0] = 0;
    return selected;
  }

  return selector;
}

// ── The per-document cap ─────────────────────────────────────────────────────────────────────────
// A result list keeps at most `PER_DOCUMENT_CAP` passages of one document, so that one long
// document does not fill every place an answer reads. The cap is soft: of the passages it turned
// away, the best one per document still takes a place when it scores at least
// `OVERFLOW_SCORE_RATIO` times the weakest passage the cap kept. A question whose answer sits in the
// fourth section of the one document about it ("How did the review get restarted?" against a note
// whose first three sections name the review more often) otherwise loses it to passages of other
// documents that match far worse. Chosen on the tuning half of bench/wcit/eval.json: ratio 2 and one
// extra passage lifted the share of nuggets the top 8 passages state from 0.951 to 0.968 without
// changing any answer's recall; ratio 1.5 or 1.75, or two extra passages, pushed a second
// document's passage out of the top five often enough to cost answers (recall 0.808 → 0.796–0.806).

/** Most passages of one document in a result list, before the overflow rule. */
export const PER_DOCUMENT_CAP = 3;
/** A turned-away passage returns when it scores at least this multiple of the weakest kept one. */
export const OVERFLOW_SCORE_RATIO = 2;

/**
 * The final list from the passages the cap kept (`kept`, best first, at most k) and those it turned
 * away before the k-th kept one (`overflow`, best first): the best overflow passage of each
 * document that scores at least `OVERFLOW_SCORE_RATIO` times the weakest kept passage joins, and
 * the best k of them all remain, best first (a stable sort: equal scores keep kept-first order).
 */
export function admitStrongOverflow<T extends { score: number }>(
  kept: T[],
  overflow: readonly T[],
  k: number,
  documentOf: (item: T) => string | number,
): T[] {
  const weakest = kept[kept.length - 1];
  if (overflow.length === 0 || kept.length < k || !weakest) return kept;
  const floor = OVERFLOW_SCORE_RATIO * weakest.score;
  const seen = new Set<string | number>();
  const strong: T[] = [];
  for (const item of overflow) {
    if (item.score < floor) break;
    const document = documentOf(item);
    if (seen.has(document)) continue;
    seen.add(document);
    strong.push(item);
  }
  if (strong.length === 0) return kept;
  return [...kept, ...strong].sort((a, b) => b.score - a.score).slice(0, k);
}

/**
 * Best first, at most `cap` (default `PER_DOCUMENT_CAP`) per document plus the overflow rule; no
 * cap for one document.
 */
export function capPerDocument<T extends { score: number }>(
  items: readonly T[],
  k: number,
  documentOf: (item: T) => string | number,
  cap: number = PER_DOCUMENT_CAP,
): T[] {
  const documents = new Set(items.map(documentOf));
  if (documents.size <= 1) return items.slice(0, k);
  const perDocument = new Map<string | number, number>();
  const kept: T[] = [];
  const overflow: T[] = [];
  for (const item of items) {
    if (kept.length === k) break;
    const document = documentOf(item);
    const n = perDocument.get(document) ?? 0;
    if (n >= cap) {
      overflow.push(item);
      continue;
    }
    perDocument.set(document, n + 1);
    kept.push(item);
  }
  return admitStrongOverflow(kept, overflow, k, documentOf);
}
