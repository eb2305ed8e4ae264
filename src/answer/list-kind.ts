// A list counting a kind over the whole record ("every leak our notes mention", "every petition,
// letter or statement"): whether a sentence names the kind, and the passages a search of the kind
// alone added to those retrieval ranked.
import type { PassageView, Sentence } from "./extractive-view.ts";
import { containsTerm, type KeyTerm } from "./terms.ts";

/**
 * Whether a sentence names a kind the list counts over the whole record (each word of one of
 * them): undefined where no kind is asked or fewer than `KIND_PASSAGES_TELLING` passages read
 * name one in a usable sentence (the list is then composed as before: "every cdt output", named
 * together in one sentence only, left no point at all and was refused). Where one does, its
 * points come first: each names it, itself or in the sentence it leans on, then the list fills
 * its room as before. Else "every leak our notes mention" took "Member-state proposals to the
 * conference itself were issued as Documents WCIT-12/1 onward" and "In May 2012 EFF urged Member
 * States to release the preparatory materials…" from the passages on the leaks, and left the leak
 * told in the note on security unsaid. Tuning half (3,678 q): 0.8454 -> 0.8457 (list 0.7536 ->
 * 0.7555; in-3956 0.40 -> 0.80, in-4225 0.50 -> 1.00, none worse), words 120 / 150 unchanged, no
 * trust figure moved; held to the kind throughout, in-3914 lost a point naming no figure.
 */
export function kindNamer(
  kind: readonly (readonly KeyTerm[])[] | undefined,
  read: readonly PassageView[],
): ((s: Sentence) => boolean) | undefined {
  if (kind === undefined || kind.length === 0) return undefined;
  const names = (s: Sentence) => kind.some((terms) => terms.every((k) => containsTerm(s.terms, k)));
  const telling = read.filter((v) => v.sentences.some((s) => s.usable && names(s)));
  return telling.length >= KIND_PASSAGES_TELLING ? names : undefined;
}

/** Passages read that must name a list's kind before its points are held to it. */
const KIND_PASSAGES_TELLING = 2;

/** A passage a search of the list's kind alone added (`withKindPassages`: scored 0). */
export function addedForKind(view: PassageView): boolean {
  return view.scored.score === 0;
}
