// A histogram of candidates' scores on their float32 bit patterns, for top-k selection
// (top-k.ts): logarithmic buckets, so no pass for the maximum is needed, and the bucket the k-th
// best falls in is found by counting down from the best. The counts are all zeros between
// selections; each selection clears the span it dirtied.

// Histogram buckets are a positive float32's bits above this shift (exponent and 4 mantissa bits:
// each bucket spans about 6% of score).
export const BUCKET_SHIFT = 19;
const BUCKETS = 1 << (31 - BUCKET_SHIFT);

/** The counts by bucket, and what one selection read from them. */
export interface ScoreHistogram {
  /** The scores as bits: positive float32s order like their bit patterns. */
  readonly scoreBits: Uint32Array;
  /** Candidates by bucket (bucket 0 holds zero scores). */
  readonly counts: Int32Array;
  /** The highest bucket counted (0: only zero scores). */
  top: number;
  /** The lowest bucket counted. */
  low: number;
  /** The lowest bucket the best k can fall in (set by `findFloor`). */
  floor: number;
  /** How many candidates there are from `floor` up. */
  fromFloor: number;
  /** How many candidates there are from the bucket the last `walkDown` stopped at up. */
  walked: number;
}

export function createScoreHistogram(scoreBits: Uint32Array): ScoreHistogram {
  const counts = new Int32Array(BUCKETS);
  return { scoreBits, counts, top: 0, low: BUCKETS - 1, floor: 1, fromFloor: 0, walked: 0 };
}

/** Counts the candidates `src[0..n)` by the bucket of their score, and sets `top` and `low`. */
export function countBuckets(histogram: ScoreHistogram, src: Int32Array, n: number): void {
  const { scoreBits, counts: hist } = histogram;
  let top = 0;
  let low = BUCKETS - 1;
  for (let i = 0; i < n; i++) {
    const b = (scoreBits[src[i] as number] as number) >>> BUCKET_SHIFT;
    hist[b] = (hist[b] as number) + 1;
    top = Math.max(top, b);
    low = Math.min(low, b);
  }
  histogram.top = top;
  histogram.low = low;
}

/**
 * Sets `floor`: buckets from it up hold at least k candidates (or all there are), each scoring at
 * least as high as any candidate in a lower bucket, so the top k are among them. Bucket 0 holds
 * zeros.
 */
export function findFloor(histogram: ScoreHistogram, k: number): void {
  const top = histogram.top;
  const floor = walkDown(histogram, top, histogram.counts[top] as number, k);
  histogram.floor = Math.max(floor, 1);
  histogram.fromFloor = histogram.walked;
}

/**
 * The bits of a lower bound on the boundK-th best score, or -1 when there are fewer than boundK
 * candidates. That score lies in the bucket where the count from the top reaches boundK: that
 * bucket's lower edge bounds it from below.
 */
export function boundBits(histogram: ScoreHistogram, boundK: number): number {
  const bucket = walkDown(histogram, histogram.floor, histogram.fromFloor, boundK);
  return histogram.walked >= boundK ? bucket << BUCKET_SHIFT : -1;
}

/**
 * The bucket where the count from the top reaches `target`, walking down from bucket `from`
 * (with `count` candidates from it up), or the lowest one filled; sets `walked` to the count
 * there. Below `low` every bucket is empty: no walk through them when there are fewer.
 */
function walkDown(histogram: ScoreHistogram, from: number, count: number, target: number): number {
  const hist = histogram.counts;
  const bottom = Math.max(histogram.low, 1);
  let b = from;
  let c = count;
  while (c < target && b > bottom) {
    b--;
    c += hist[b] as number;
  }
  histogram.walked = c;
  return b;
}

/** Back to all zeros after a selection, which dirtied [min(low, floor), top] and bucket 0. */
export function clearHistogram(histogram: ScoreHistogram): void {
  histogram.counts.fill(0, Math.min(histogram.low, histogram.floor), histogram.top + 1);
  histogram.counts[0] = 0;
}
