// Nouns that only stand for what a list question asks to be named (issue #12, the thirtieth
// session's batch in-3458..in-3467): "which Internet-related ITEMS did CEPT say its members got
// taken out?", "which PARTS did each of them flag?". The asked thing's head noun names no kind:
// the items are whatever the answering sentence lists ("…removing the most controversial proposals
// on the Internet, routing, spam and cybersecurity"), and no note calls them items. Read as a
// required noun asked for, it was missing from the paragraph that answers, and the question was
// refused (`askedThingsNamed`, window-subjects.ts), which now does not ask the place to name it.
// It still counts where missing (the thresholds): read as an everyday word, as "things" is, a
// small corpus answered "which items on mobile roaming tariffs did CEPT get taken out?" from a
// roaming paragraph that never names CEPT.
import { askedThing } from "./asked-thing.ts";

/** Placeholder nouns for a list's members, singular and plural, as typed. */
const PLACEHOLDER_NOUNS: ReadonlySet<string> = new Set([
  "item",
  "items",
  "part",
  "parts",
  "bit",
  "bits",
  "piece",
  "pieces",
  "element",
  "elements",
]);

/**
 * The placeholder noun a "what/which" question asks for, if it does: the asked thing's head noun
 * is one of them, not counted ("how many items" asks for a number of something named) and not
 * owned by a possessive.
 */
export function placeholderAsked(question: string): string | undefined {
  const thing = askedThing(question);
  if (thing === undefined || thing.counted || thing.owned) return undefined;
  const word = thing.word.toLowerCase();
  return PLACEHOLDER_NOUNS.has(word) ? word : undefined;
}
