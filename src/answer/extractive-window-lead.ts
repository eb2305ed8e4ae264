// The covering window's passage keeps the lead that a leading move took from it for a passage
// missing a term the question requires. The coverage decision (`relevance.ts`) finds the window
// that covers the question and names its passage (`Relevance.windowPassageId`); the composer
// orders passages by value, then by the `leadWith…` moves of `extractive.ts`, and a move could
// put a passage sharing many of the question's words ahead of the window's passage, valued best: "did the UK sign the Final Acts or not?" was
// led by the US refusal paragraph ("Delegations including the UK … declared they would not sign or
// reserved their position.") while the signature-count paragraph naming the UK among the countries
// that "firmly refused", the window judged, came second and was cut to its first sentence.
import type { PassageView } from "./extractive-view.ts";

/**
 * A leading move gives way only where it put first a passage valued below this share of the
 * window's passage: on the tuning half, yes/no answers whose settling paragraph a move put first
 * (valued 0.79 to 0.90 of the window's) lost their answer when the window's passage led again
 * ("…should endeavour…" behind the US objection to spam language); the one it mended had 0.69.
 */
const DISPLACED_VALUE = 0.75;

/** The key terms a passage names, in its usable sentences or its own headings. */
function namedIn(view: PassageView): Set<number> {
  const held = new Set(view.headingKeys);
  for (const s of view.sentences) {
    if (s.usable) for (const k of s.keys) held.add(k);
  }
  return held;
}

/**
 * Moves the covering window's passage back to the lead when it was the passage valued best
 * (`valuedFirstId`, before the leading moves), names every required term of the question
 * (`required`, key-term indexes) and the passage a move put first does not: that lead answers
 * about something else sharing the question's other words. Nothing moves when the window's
 * passage misses a required term too, when the lead's headings name a key term the window's
 * headings do not, when there is no window, or when the window's passage was
 * valued below the lead: a passage valued best keeps the lead it has by value (tried for every
 * window's passage, it took the lead from the passage answering in nine tuning answers, such as
 * a yes/no's settling sentence, for two it gave).
 */
export function leadWithCoveringWindow(
  ranked: PassageView[],
  windowPassageId: string | undefined,
  required: ReadonlySet<number>,
  valuedFirstId: string | undefined,
): void {
  if (windowPassageId === undefined || required.size === 0) return;
  if (windowPassageId !== valuedFirstId) return;
  const at = ranked.findIndex((v) => v.scored.passage.id === windowPassageId);
  const window = ranked[at];
  const lead = ranked[0];
  if (at <= 0 || window === undefined || lead === undefined) return;
  const meets = (v: PassageView) => {
    const held = namedIn(v);
    return [...required].every((k) => held.has(k));
  };
  if (lead.value >= DISPLACED_VALUE * window.value) return;
  // (A lead whose own heading names a question word the window's headings do not is the section
  // the question names, "**Arab States.**" for "How did the Arab States prepare…?": it stays.)
  if (lead.headingKeys.some((k) => !window.headingKeys.includes(k))) return;
  if (!meets(window) || meets(lead)) return;
  ranked.splice(at, 1);
  ranked.unshift(window);
}
