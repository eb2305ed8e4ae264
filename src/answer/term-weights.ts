// Term weights from the corpus: BM25's inverse document frequency over the indexed passages (read
// under their document's title and headings), recomputed when the corpus changes.

import { analyze } from "../search/analyze.ts";
import type { CorpusStore } from "../store/corpus.ts";
import type { Passage, SourceDocument } from "../types.ts";
import type { Analyze, TermWeight } from "./terms.ts";

/**
 * BM25's inverse document frequency over a set of texts (passages): what `termWeight` needs when
 * the search index does not expose its own statistics.
 */
export function idfFromTexts(texts: Iterable<string>, analyzeText: Analyze = analyze): TermWeight {
  const documentFrequency = new Map<string, number>();
  let count = 0;
  for (const text of texts) {
    count++;
    for (const term of new Set(analyzeText(text))) {
      documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
    }
  }
  return (term) => {
    const df = documentFrequency.get(term);
    if (df === undefined) return undefined;
    return Math.log(1 + (count - df + 0.5) / (df + 0.5));
  };
}

/**
 * A passage's text under its document's title and its headings, one a line: the whole the
 * coverage decision reads a passage as, and the term weights are counted over.
 */
export function headedPassageText({
  passage,
  document,
}: {
  passage: Pick<Passage, "sectionPath" | "text">;
  document: Pick<SourceDocument, "title">;
}): string {
  return `${document.title}\n${passage.sectionPath.join("\n")}\n${passage.text}`;
}

/**
 * Term weights for the engine from the indexed passages (title, headings and text, as the
 * relevance floor reads them): wire as `termWeight: termWeightFromPassages(corpus.allPassages())`.
 */
function termWeightFromPassages(
  entries: Iterable<{ passage: Passage; document: SourceDocument }>,
  analyzeText: Analyze = analyze,
): TermWeight {
  const titles = new Set<string>();
  const texts = function* () {
    for (const { passage, document } of entries) {
      for (const t of analyzeText(document.title)) titles.add(t);
      yield headedPassageText({ passage, document });
    }
  };
  const weight: TermWeight = idfFromTexts(texts(), analyzeText);
  weight.titled = (term) => titles.has(term);
  return weight;
}

/**
 * Term weights that follow the corpus: recomputed after any document changed (a running Slack app
 * sees re-ingests). The version is checked at most every few seconds, not once per term, since it
 * hashes the document table. Wire as `termWeight: corpusTermWeight(corpusStore)`.
 */
export function corpusTermWeight(
  corpus: Pick<CorpusStore, "allPassages" | "corpusVersion">,
  analyzeText: Analyze = analyze,
  now: () => number = Date.now,
): TermWeight {
  const recheckMs = 5_000;
  let version: string | undefined;
  let checkedAt = Number.NEGATIVE_INFINITY;
  let weight: TermWeight = () => undefined;
  const refreshed = () => {
    if (now() - checkedAt >= recheckMs) {
      checkedAt = now();
      const current = corpus.corpusVersion();
      if (current !== version) {
        weight = termWeightFromPassages(corpus.allPassages(), analyzeText);
        version = current;
      }
    }
    return weight;
  };
  const following: TermWeight = (term) => refreshed()(term);
  following.titled = (term) => refreshed().titled?.(term) ?? true;
  return following;
}
