// Sorting top-k candidates by one packed numeric key rather than by a comparator (top-k.ts): the
// candidates from the histogram's floor up are bucket-sorted, best bucket first, and each bucket
// sorted until the first k places are settled. The key is −(score bits · 2^22 + 2^22 − 1 −
// candidate): ascending keys put the better score first, and equal scores the lower number.
import { BUCKET_SHIFT, type ScoreHistogram } from "./score-histogram.ts";

// Sort keys pack the candidate number below the score bits, which needs numbers below 2^22.
export const KEY_DOC_LIMIT = 1 << 22;
// Buckets larger than this are sorted natively (a typed array's sort); smaller ones by insertion.
const SMALL_BUCKET = 16;

/** The keys of one selection's candidates, over the histogram that places them. */
export interface PackedKeys {
  readonly histogram: ScoreHistogram;
  readonly keys: Float64Array;
}

/** Keys for up to `size` candidates. */
export function createPackedKeys(histogram: ScoreHistogram, size: number): PackedKeys {
  return { histogram, keys: new Float64Array(size) };
}

/**
 * Writes the keys of the candidates `pick[0..m)` by bucket, best bucket first: the histogram's
 * counts from `top` down to `floor` become write cursors, each ending at its bucket's end.
 */
export function writeKeysByBucket(packed: PackedKeys, pick: Int32Array, m: number): void {
  const { keys, histogram } = packed;
  const { scoreBits, counts: hist } = histogram;
  let at = 0;
  for (let b = histogram.top; b >= histogram.floor; b--) {
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
}

/** Sorts the keys bucket by bucket, best first, until the first `selected` places are settled. */
export function sortKeyBuckets(packed: PackedKeys, selected: number): void {
  const { keys, histogram } = packed;
  const hist = histogram.counts;
  let start = 0;
  for (let b = histogram.top; b >= histogram.floor && start < selected; b--) {
    const end = hist[b] as number; // the cursor ended at the bucket's end
    if (end - start > SMALL_BUCKET) keys.subarray(start, end).sort();
    else insertionSort(keys, start, end);
    start = end;
  }
}

function insertionSort(keys: Float64Array, start: number, end: number): void {
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

/** The candidate number a key packs. */
export function candidateOfKey(packed: number): number {
  const key = -packed;
  // key mod 2^22 without fmod: division by a power of two is exact, floor is one instruction.
  return KEY_DOC_LIMIT - 1 - (key - Math.floor(key / KEY_DOC_LIMIT) * KEY_DOC_LIMIT);
}
