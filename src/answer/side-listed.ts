// A comparison's side the passages only list: "Australia vs the US: same or different reasons for
// refusing to sign?" is answered where the notes name Australia only as one item of a series of
// refusers ("countries that firmly refused (the US, UK, Canada, Australia and others)"). The US
// side is stated, Australia's never is, and the answer set the US alone out as a comparison.

import { splitSentences } from "../text.ts";
import type { ScoredPassage } from "../types.ts";
import { seriesItems } from "./sentences.ts";
import { type Analyze, containsTerm, type KeyTerm } from "./terms.ts";

/** A series item this short is a bare name ("UK", "the US"), not a clause saying something of it. */
const LISTED_ITEM_WORDS = 3;

/** The fewest bare names that make a series a list of them. */
const LISTED_ITEMS = 3;

/** The text of a sentence without its short series items, in it or in its parentheses. */
export function withoutListedItems(sentence: string): string {
  const series = [sentence, ...[...sentence.matchAll(/\(([^()]*)\)/g)].map((m) => m[1] as string)];
  let text = sentence;
  for (const written of series) {
    // (Three bare names running on at least: in "Eli Dourado, a WCITLeaks co-founder who…, wrote
    // that the draft included naming-and-numbering, security and spam text" the name opening the
    // sentence is no item of the series closing it.)
    let run: string[] = [];
    const cut = () => {
      if (run.length >= LISTED_ITEMS) for (const item of run) text = text.replace(item, " ");
      run = [];
    };
    for (const item of seriesItems(written)) {
      const bare = item.replace(/^\s*(?:and|or)\s+/i, "").trim();
      if (bare.split(/\s+/).length <= LISTED_ITEM_WORDS) run.push(bare);
      else cut();
    }
    cut();
  }
  return text;
}

/**
 * The first side of a comparison that the answer's passages name only as a short item of a
 * series (three items or more, in the sentence or in its parentheses), never in a heading, a title
 * or a sentence of their own; undefined where each side is named outright. A side none of the
 * passages names is not this check's (the coverage decision reads it).
 */
export function sideOnlyListed(
  passages: readonly ScoredPassage[],
  sides: readonly (readonly KeyTerm[])[],
  analyzeText: Analyze,
): number | undefined {
  const names = (text: string, side: readonly KeyTerm[]) => {
    const terms = new Set(analyzeText(text));
    return side.length > 0 && side.every((k) => containsTerm(terms, k));
  };
  for (let i = 0; i < sides.length; i++) {
    const side = sides[i] ?? [];
    let listed = false;
    let outright = false;
    for (const { passage, document } of passages) {
      if (names(`${document.title}\n${passage.sectionPath.join("\n")}`, side)) outright = true;
      for (const sentence of splitSentences(passage.text)) {
        if (!names(sentence.text, side)) continue;
        // (A side saying more than the listed name, "Dourado's count of countries that stayed out
        // alongside the US", is named outright where a word of it stands outside the series.)
        const unlisted = new Set(analyzeText(withoutListedItems(sentence.text)));
        if (side.some((k) => containsTerm(unlisted, k))) outright = true;
        else listed = true;
      }
      if (outright) break;
    }
    if (listed && !outright) return i;
  }
  return undefined;
}
