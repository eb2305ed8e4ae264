// What a list's candidate point would add: the words it says that no point already taken says.
// A list's further passages give one point a round, their sentence naming most of the question;
// where two name it alike, the earlier was taken, however little it added ("The review was later
// revived." over "Resolution 146 (Rev. Bucharest, 2022) told the Secretary-General to reconvene
// the EG-ITR."). Such a tie goes to the sentence clearly adding more that the list has not said.
import type { Sentence } from "./extractive-view.ts";

/** The sentence's terms that no sentence already picked holds. */
export function newTermsOf(s: Sentence, picked: ReadonlySet<Sentence>): number {
  let count = 0;
  for (const term of s.terms) {
    let said = false;
    for (const p of picked) {
      if (p.terms.has(term)) {
        said = true;
        break;
      }
    }
    if (!said) count++;
  }
  return count;
}

/** One candidate says clearly more that is new than another when it adds this many terms more. */
export const CLEARLY_MORE_NEW = 3;

/**
 * Of sentences ranked best first, the first one, or where the sentences tied with it
 * (`tiedWithFirst`, contiguous after it) hold one adding clearly more new terms than it
 * (`CLEARLY_MORE_NEW`), the one adding most (the earliest of equals).
 */
export function clearlyNewerOf(
  ranked: readonly Sentence[],
  tiedWithFirst: (s: Sentence) => boolean,
  picked: ReadonlySet<Sentence>,
): Sentence | undefined {
  const first = ranked[0];
  if (first === undefined) return undefined;
  const firstNew = newTermsOf(first, picked);
  let best = first;
  let bestNew = firstNew;
  for (const s of ranked.slice(1)) {
    if (!tiedWithFirst(s)) break;
    const added = newTermsOf(s, picked);
    if (added > bestNew) {
      best = s;
      bestNew = added;
    }
  }
  return bestNew - firstNew >= CLEARLY_MORE_NEW ? best : first;
}
