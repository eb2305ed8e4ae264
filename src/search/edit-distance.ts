// How near two words are: the edit distance a slip is measured by (a swap of two adjacent letters
// is one edit), and the scan for the words near a typed one.

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

/**
 * Calls `visit` with each word of `byLength` within `max` edits of `word` and its distance: one
 * with the same first letter, or two adjacent letters swapped (only that, when `swapOnly`).
 */
export function forEachNear(
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
