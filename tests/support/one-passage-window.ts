// A coverage window over one built passage, for the tests of a window check read sentence by
// sentence (`documentContentStated`, `eventOutcomeStated`): the passage holds `texts` as its
// sentences, and the window is sentence `at` with the one after it.

import type { Window } from "../../src/answer/window-reading.ts";
import { analyze } from "../../src/search/analyze.ts";

/** A one-passage window over `texts` from sentence `at`. */
export function windowOver(texts: string[], at: number, title = "Notes"): Window {
  const sentences = texts.map((t) => analyze(t));
  const terms = new Set([...(sentences[at] ?? []), ...(sentences[at + 1] ?? [])]);
  return {
    passage: {
      id: "p",
      further: false,
      title,
      sectionPath: [],
      context: [],
      contextTerms: new Set(),
      titledProposals: false,
      headingTerms: new Set(),
      written: texts.map((text) => ({ text })),
      spans: texts.map((text) => ({ text })),
      sentences,
      disclaimedYears: new Set(),
    },
    at,
    terms,
    spans: texts.slice(at, at + 2).map((text) => ({ text })),
  } as unknown as Window;
}
