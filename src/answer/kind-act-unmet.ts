// A question asking for things of a kind tied to an act ("which COUNTRIES ABSTAINED?", "how many
// COUNTRIES had SIGNED the Budapest Convention…?", "which WRC last REVISED them?") is answered by a
// place that names that kind or tells that act. Found answered (nm35's "parties of the right kind
// for another act", kind37): a window that names neither the asked kind nor the asked act, only
// parties of some kind doing something else ("…it joined China, Tajikistan and Uzbekistan in
// asking the UN…" for a count of signers; "Iran requested a vote…" for which countries abstained;
// "…avoiding overlap with the Radio Regulations" for which WRC revised them). Such a window may
// hold names enough to look like an answer, but whatever it names does the act it tells, not the
// one asked, and says nothing of the kind asked either.
//
// The reading is of form only: the asked thing (`KeyTerm.asked`, the noun after "which" or "how
// many", not one owned: "which country's proposal" asks the proposal's owner) and the question's
// own verbs (not common, not from an earlier turn, not unseen in the corpus: an asker's verb the
// corpus never writes, "slam", may be told in another word). Neither stands in the best window,
// in the question's word or the glossary's other words for it (`containsTerm`), nor in the window's
// headings (`unmet`, coverage-window.ts). One verb met is enough: "how many governments joined the
// US in refusing" is answered where the refusal is told.

import { splitAsks } from "../search/question-asks.ts";
import { askedThing } from "./asked-thing.ts";
import type { QuestionDemands } from "./question-demands.ts";
import { withoutSenseWords } from "./term-alternatives.ts";
import { type Analyze, containsTerm, type KeyTerm } from "./terms.ts";

/** "which <kind>", "how many <kind>": the forms read; "what" asks too many other things. */
const KIND_ASKED = /\b(?:which|how\s+many)\b/i;

/** A dash or a colon between a lead-in naming the topic and the ask. */
const LEAD_IN_BREAK = /\s[-–—]\s|:\s/;

/** What of the best window the reading needs: the terms it lacks and its text. */
export interface WindowUnmet {
  unmet: readonly KeyTerm[];
  text: string;
}

/**
 * Whether a which/how-many question's best window names neither the kind asked nor any of the
 * asked act's verbs (see the file comment). False for a question of another form, one with no
 * verb of its own, or one whose asked thing is owned.
 */
export function kindAndActUnmet(
  d: QuestionDemands,
  best: WindowUnmet,
  analyzeText: Analyze,
): boolean {
  const { question } = d;
  if (question === undefined) return false;
  // (The ask that names the kind: "the radio regs CITEL didn't want the ITRs overlapping with -
  // which WRC last revised them" asks the revising, not the overlapping its lead-in tells.)
  const ask = splitAsks(question)
    .flatMap((a) => a.split(LEAD_IN_BREAK))
    .find((a) => KIND_ASKED.test(a));
  if (ask === undefined) return false;
  const thing = askedThing(ask);
  if (thing === undefined || thing.owned === true) return false;
  const kind = d.keyTerms.find((k) => k.asked === true && k.fromContext !== true);
  if (kind === undefined) return false;
  const asked = new Set(analyzeText(ask));
  const verbs = d.keyTerms.filter(
    (k) =>
      k !== kind &&
      k.verb === true &&
      k.fromContext !== true &&
      k.generic !== true &&
      containsTerm(asked, k),
  );
  if (verbs.length === 0) return false;
  const unmet = new Set(best.unmet.map((k) => k.term));
  const said = new Set(analyzeText(best.text));
  // (The verb in its own word or its forms, not a thesaurus's other verb: "joined China … in
  // asking the UN" does not tell a signing, though "join" is a sense of "sign on".)
  const absent = (k: KeyTerm, own: KeyTerm) => unmet.has(k.term) && !containsTerm(said, own);
  return absent(kind, kind) && verbs.every((k) => absent(k, withoutSenseWords(k)));
}
