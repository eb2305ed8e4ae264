// A sentence of a lower passage that says again what the answer already quotes from a better one.
// Notes paraphrase each other and their sources ("It sought to keep cybersecurity, cybercrime and
// national defence out of the treaty." in the US note, "The US proposal, as reported by ITWorld,
// likewise sought to keep cybersecurity, cybercrime and national defence out of the treaty." in
// the cybercrime note; "Article 1.1(a) now says the treaty does not address content-related
// aspects…" after the sentence telling how that line was added). Told twice, the point took the
// room of the grounds the question asks for: "How did Washington justify keeping cyber security
// out of the treaty?" repeated the US proposal and lost Genachowski's "He said a treaty is too
// broad, rigid and slow…". Near-duplicates (one sentence's vocabulary against another's) miss such
// a restatement, whose words are spread over the better passage's quoted sentences (the source,
// "ITWorld", named in the sentence before), so it is read against all of them together.
import { CAPITALISED_WORD } from "../search/question-names.ts";
import { countsIn } from "./evidence.ts";
import type { Sentence } from "./extractive-view.ts";

/** A word capitalised within a sentence (not opening it): part of a name. */
export const NAME_WORDS_WITHIN = new RegExp(`(?<=\\S\\s+)${CAPITALISED_WORD}`, "gu");

/**
 * The share of a sentence's words the better passage's quoted sentences must hold for it to say
 * nothing new. Tuning half (1,686 q): at 0.85 one answer 0.33 -> 1.00 and one more shorter by a
 * repeated sentence, none worse; at 0.75 two answers better but about twenty others lost a
 * sentence to a paraphrase that counted as a restatement ("…argued that putting cybersecurity into
 * the ITRs would be counterproductive" after "…both argued that cybersecurity should be kept
 * out…"), and the room went to another actor's reasons.
 */
const RESTATED_SHARE = 0.85;

/**
 * Whether `s` restates what the answer quotes from another, better passage: nearly all its words
 * are in that passage's quoted sentences, and it adds no name and no number they lack (a sentence
 * giving another source's count, "Digital Watch gives 122 … but the ITU says 112 … in Melbourne",
 * adds to the answer however many words it shares).
 */
export function restatesQuoted(s: Sentence, picked: Iterable<Sentence>): boolean {
  const byPassage = new Map<Sentence["view"], Sentence[]>();
  for (const p of picked) {
    if (p.view === s.view || p.view.order >= s.view.order) continue;
    byPassage.set(p.view, [...(byPassage.get(p.view) ?? []), p]);
  }
  const counts = countsIn(s.display);
  const names = s.display.match(NAME_WORDS_WITHIN) ?? [];
  for (const said of byPassage.values()) {
    const terms = new Set(said.flatMap((p) => [...p.terms]));
    let held = 0;
    for (const t of s.terms) if (terms.has(t)) held++;
    if (s.terms.size === 0 || held / s.terms.size < RESTATED_SHARE) continue;
    const text = said.map((p) => p.display.toLowerCase()).join(" ");
    const saidCounts = said.flatMap((p) => countsIn(p.display));
    if (
      counts.every((n) => saidCounts.includes(n)) &&
      names.every((n) => text.includes(n.toLowerCase()))
    ) {
      return true;
    }
  }
  return false;
}
