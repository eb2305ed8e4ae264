// A how-many question counting parties of a kind for an act ("how many COUNTRIES had SIGNED the
// Budapest Convention by the time Dubai came around?") is not answered by a window that names
// neither the kind counted nor the act, only parties doing something else: "…Russia refused to
// join, … and in September 2011 it joined China, Tajikistan and Uzbekistan in asking the UN…" (a
// near miss answered `partial`; nm35's "parties of the right kind for another act", kind37).
// `listsCounted` (window-terms.ts) already refuses such a series as the count; the window passed on
// the other readings of a count, with "join" met as a sense of "sign on".
//
// The reading is of form only: a "how many" ask (the piece of the question holding it, after any
// lead-in cut off by a dash or colon) whose counted thing is a kind of name (`countedKind`:
// countries, governments, delegations, organisations; not "people"), and the ask's own verbs (not
// common, not from an earlier turn, written somewhere in the corpus: an asker's verb the corpus
// never writes may be told in another word). Neither the counted noun (in its word or the
// glossary's) nor any of those verbs (in its word or its forms, not a thesaurus's other verb)
// stands in the best window, its headings included (`unmet`, coverage-window.ts). One verb said is
// enough.
//
// Kept to counts. Read for "which <kind>" too, it refused 34 in-scope answers on the tuning half
// for 5 near misses: "which country pushed for free-speech language" is answered by "Tunisia
// proposed…", the same form as "which governments threatened to quit" answered by "Iran requested
// a vote": names of the kind with a verb only meaning tells apart.

import { splitAsks } from "../search/question-asks.ts";
import type { QuestionDemands } from "./question-demands.ts";
import { withoutSenseWords } from "./term-alternatives.ts";
import { type Analyze, containsTerm, type KeyTerm } from "./terms.ts";

/** "how many": the form read. */
const COUNT_ASKED = /\bhow\s+many\b/i;

/** A dash or a colon between a lead-in naming the topic and the ask. */
const LEAD_IN_BREAK = /\s[-–—]\s|:\s/;

/** What of the best window the reading needs: the terms it lacks and its text. */
export interface WindowUnmet {
  unmet: readonly KeyTerm[];
  text: string;
}

/**
 * Whether a how-many question counting a kind of name meets a best window naming neither the kind
 * nor any of the counting ask's verbs (see the file comment). False for a question of another
 * form, a count of another thing, or an ask with no verb of its own the corpus writes.
 */
export function kindAndActUnmet(
  d: QuestionDemands,
  best: WindowUnmet,
  analyzeText: Analyze,
): boolean {
  const { question, counted } = d;
  if (question === undefined || counted === undefined || d.countedKind === undefined) return false;
  // (The ask that counts: "the Budapest Convention - how many countries had signed on to it"
  // asks the signing, not what the lead-in names.)
  const ask = splitAsks(question)
    .flatMap((a) => a.split(LEAD_IN_BREAK))
    .find((a) => COUNT_ASKED.test(a));
  if (ask === undefined) return false;
  const asked = new Set(analyzeText(ask));
  const verbs = d.keyTerms.filter(
    (k) =>
      k !== counted &&
      k.verb === true &&
      k.fromContext !== true &&
      k.generic !== true &&
      k.unseen !== true &&
      containsTerm(asked, k),
  );
  if (verbs.length === 0) return false;
  const unmet = new Set(best.unmet.map((k) => k.term));
  const said = new Set(analyzeText(best.text));
  // (The verb in its own word or its forms, not a thesaurus's other verb: "joined China … in
  // asking the UN" does not tell a signing, though "join" is a sense of "sign on".)
  const absent = (k: KeyTerm, own: KeyTerm) => unmet.has(k.term) && !containsTerm(said, own);
  return absent(counted, counted) && verbs.every((k) => absent(k, withoutSenseWords(k)));
}
