// Citations: where a quoted sentence came from, in a form every surface can render. Shared by the
// extractive answer and the LLM answerer, so both cite a passage the same way.

import { stripTrailingMarkers } from "../text.ts";
import type { Citation, ScoredPassage, SourceDocument, SourceRef } from "../types.ts";

/**
 * Numbers an answer's citations in order of first use: one per passage and set of primary sources
 * its quote rests on, so sentences of one paragraph citing the same sources share a number.
 * `numberFor` gives a quote's number, adding its citation the first time; `citations` holds them.
 */
export function citationNumbering(): {
  citations: Citation[];
  numberFor: (scored: ScoredPassage, quote: string) => number;
} {
  const citations: Citation[] = [];
  const numberOf = new Map<string, number>();
  const numberFor = (scored: ScoredPassage, quote: string): number => {
    const { passage } = scored;
    const refs = sourceRefsForQuote(passage.text, quote) ?? passage.sourceRefs;
    const key = `${passage.id}\u0000${refs.join(",")}`;
    let n = numberOf.get(key);
    if (n === undefined) {
      n = citations.length + 1;
      numberOf.set(key, n);
      citations.push(buildCitation(scored, n, quote));
    }
    return n;
  };
  return { citations, numberFor };
}

/** Joins a heading path for display ("Security in the ITRs › The compromise"). */
export const SECTION_SEPARATOR = " › ";

/**
 * The citation numbered `n` for a quote from a scored passage: title, page or section, link and
 * (for briefing notes) the primary sources the quoted paragraph rests on.
 */
export function buildCitation(scored: ScoredPassage, n: number, quote: string): Citation {
  const { passage, document } = scored;
  const cleanQuote = stripTrailingMarkers(quote.trim()).text;
  const citation: Citation = {
    n,
    passageId: passage.id,
    documentId: document.id,
    title: document.title,
    quote: cleanQuote,
  };
  if (passage.page !== undefined) citation.page = passage.page;
  if (passage.sectionPath.length > 0)
    citation.section = passage.sectionPath.join(SECTION_SEPARATOR);

  const primarySources = resolveSources(
    document,
    sourceRefsForQuote(passage.text, cleanQuote) ?? passage.sourceRefs,
  );
  if (primarySources.length > 0) citation.primarySources = primarySources;

  const url = document.url
    ? pageUrl(document.url, passage.page, document.kind)
    : primarySources.find((s) => s.url)?.url;
  if (url) citation.url = url;
  return citation;
}

/** A PDF link opens at the cited page (`#page=N`, understood by browsers' PDF viewers). */
export function pageUrl(
  url: string,
  page: number | undefined,
  kind: SourceDocument["kind"],
): string {
  if (kind !== "pdf" || page === undefined) return url;
  const hash = url.indexOf("#");
  return `${hash === -1 ? url : url.slice(0, hash)}#page=${page}`;
}

function resolveSources(document: SourceDocument, refs: readonly number[]): SourceRef[] {
  const out: SourceRef[] = [];
  for (const n of new Set(refs)) {
    const source = document.sources.find((s) => s.n === n);
    if (source) out.push(source);
  }
  return out;
}

const MARKER = /\[(\d{1,3})\]/g;
/** Markers right after a sentence, before or after its closing punctuation: "… Dubai. [2][3]". */
const MARKERS_AFTER = /^[\s.!?;:)\]"”’*_]*?((?:\s*\[\d{1,3}\])+)/;

const markersIn = (text: string) => [...text.matchAll(MARKER)].map((m) => Number(m[1]));

/**
 * The `[n]` markers a quoted sentence rests on. Its own markers first: those inside it or right
 * after it ("…in Dubai [2]." or "…in Dubai. [2][3]"). A sentence without markers of its own inherits
 * its paragraph's (a note's paragraph often cites its sources once, after its last sentence).
 * Empty when the paragraph cites nothing; undefined when the quote is not found verbatim.
 */
export function sourceRefsForQuote(passageText: string, quote: string): number[] | undefined {
  if (quote === "") return undefined;
  const at = passageText.indexOf(quote);
  if (at === -1) return undefined;
  const after = at + quote.length;
  const own = [
    ...markersIn(quote),
    ...markersIn(MARKERS_AFTER.exec(passageText.slice(after))?.[1] ?? ""),
  ];
  if (own.length > 0) return [...new Set(own)];
  const paragraphStart = passageText.lastIndexOf("\n\n", at);
  const paragraphBreak = passageText.indexOf("\n\n", after);
  const paragraph = passageText.slice(
    paragraphStart === -1 ? 0 : paragraphStart,
    paragraphBreak === -1 ? undefined : paragraphBreak,
  );
  // A paragraph without markers rests on none, even at the passage's end: guessing from the
  // passage's other paragraphs linked an argument to its author's home page.
  return [...new Set(markersIn(paragraph))];
}

/** Two citations of the same passage with the same quote are one source for the reader. */
const sameSource = (c: Citation) => `${c.passageId}\u0000${c.quote}`;

/**
 * Renumbers the `[n]` markers of a text in order of first use, keeping only the citations the text
 * uses and merging citations of the same passage and quote under one number. A marker with no
 * citation is left as it is. The one renumbering every edit of an answer's text goes through
 * (cutting it short, appending another answer's sentences).
 */
export function renumberCitations(
  text: string,
  citations: readonly Citation[],
): { text: string; citations: Citation[] } {
  const byN = new Map(citations.map((c) => [c.n, c]));
  const numberOf = new Map<string, number>();
  const out: Citation[] = [];
  const renumbered = text.replace(/\[(\d+)\]/g, (marker, n: string) => {
    const c = byN.get(Number(n));
    if (!c) return marker;
    const key = sameSource(c);
    let fresh = numberOf.get(key);
    if (fresh === undefined) {
      fresh = out.length + 1;
      numberOf.set(key, fresh);
      out.push({ ...c, n: fresh });
    }
    return `[${fresh}]`;
  });
  return { text: renumbered, citations: out };
}
