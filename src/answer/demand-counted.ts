// How many of what a count question asks: the thing counted, and the corpus's other nouns for its
// class ("89 Member States" counts governments). Read by the coverage decision
// (`coverage-demands.ts`) and by the how-many answer's lead (`extractive-count-lead.ts`).

import { domainNounFamilies } from "../search/domain-nouns.ts";
import { type Analyze, containsTerm, type KeyTerm } from "./terms.ts";

/**
 * The corpus's own names for a class an analyst counts by another noun (index stems): a count of
 * any counts the thing asked. The parties of a treaty conference are counted as "89 Member
 * States", "144 delegations", "144 eligible countries", "122 signatories" and headlined "89
 * Nations"; the groups of a campaign as "more than 120 organisations". So "how many governments
 * signed" or "how many NGOs signed" is answered by those counts, while a count of another thing
 * ("six regional groupings", "35,000 of its members") still answers nothing. One way only where a
 * word is wider than its class: "groups" may be organisations, but "organisations" are not every
 * group. The terms themselves must still be met as before; only the count's noun may differ.
 */
const STATES = ["countri", "state", "nation", "govern", "administr", "deleg", "signatori"];
const ORGANISATIONS = ["organ", "ngo"];
const COUNT_NOUN_CLASSES: ReadonlyMap<string, readonly string[]> = new Map([
  // "How many delegates…" (stemmed as "delegations") counts people: delegations only count.
  ...STATES.filter((t) => t !== "deleg").map((t) => [t, STATES.filter((o) => o !== t)] as const),
  ["organ", ["ngo"]],
  ["ngo", ["organ"]],
  ["group", ORGANISATIONS],
]);

/**
 * "How many GRIPES did civil society put in that letter?" where the note says "It raised three
 * problems": the field's own one-word nouns for the counted noun (domain-nouns.ts: "problem",
 * "objection" for "gripe"; "meeting" for "huddle"), as index stems. They count the thing asked
 * only as `COUNT_NOUN_CLASSES` do: in a sentence that gives the count and states every other
 * required word of the question (`countsAlike` in `window-terms.ts`). A family's noun is still
 * never the counted term's word of the same sense elsewhere (`keyTermsOf`): "How many carriers
 * does ETNO speak for?" is not met by a place that names operators without counting them.
 */
function fieldCountNouns(counted: KeyTerm, analyzeText: Analyze): string[] {
  const stem = (word: string) => {
    const terms = analyzeText(word);
    return terms.length === 1 ? terms[0] : undefined;
  };
  const out = new Set<string>();
  for (const family of domainNounFamilies()) {
    if (!family.some((w) => stem(w) === counted.term)) continue;
    for (const w of family) {
      const t = stem(w);
      if (t !== undefined && t !== counted.term) out.add(t);
    }
  }
  return [...out];
}

/**
 * "How many X…": the thing a count question counts (its `counted` term, unless an everyday noun:
 * "how many people signed" is answered by "35,000 of its members"), and whether a word names it,
 * itself or as the corpus's other noun for its class (`COUNT_NOUN_CLASSES`). Read by the coverage
 * decision and by the how-many answer's lead (`extractive-count-lead.ts`).
 */
export function countedThing(
  keyTerms: readonly KeyTerm[],
  analyzeText: Analyze,
):
  | {
      counted: KeyTerm;
      isCounted: (word: string) => boolean;
      countsAlike?: (word: string) => boolean;
    }
  | undefined {
  const counted = keyTerms.find((k) => k.counted && !k.everyday);
  if (!counted) return undefined;
  const countNouns = [
    ...(COUNT_NOUN_CLASSES.get(counted.term) ?? []),
    ...fieldCountNouns(counted, analyzeText),
  ];
  return {
    counted,
    isCounted: (word: string) => containsTerm(new Set(analyzeText(word)), counted),
    ...(countNouns.length > 0
      ? { countsAlike: (word: string) => analyzeText(word).some((t) => countNouns.includes(t)) }
      : {}),
  };
}
