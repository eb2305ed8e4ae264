// Citations: where a quoted sentence came from, in a form every surface can render. Shared by the
// extractive answer and the LLM answerer, so both cite a passage the same way.
import type { Citation, ScoredPassage, SourceDocument, SourceRef } from "../types.ts";
import { stripTrailingMarkers } from "./sentences.ts";

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

/**
 * The `[n]` markers of the paragraph that holds the quote: a note's paragraph cites its sources
 * once, after its last sentence, and a passage may hold paragraphs resting on different sources.
 * Empty when that paragraph cites nothing; undefined when the quote is not found verbatim or its
 * paragraph runs past the end of the passage (its markers may be in the next one).
 */
export function sourceRefsForQuote(passageText: string, quote: string): number[] | undefined {
  if (quote === "") return undefined;
  const at = passageText.indexOf(quote);
  if (at === -1) return undefined;
  const paragraphBreak = passageText.indexOf("\n\n", at + quote.length);
  const paragraph = passageText.slice(at, paragraphBreak === -1 ? undefined : paragraphBreak);
  const refs = [...paragraph.matchAll(/\[(\d{1,3})\]/g)].map((m) => Number(m[1]));
  if (refs.length === 0 && paragraphBreak === -1) return undefined;
  return refs;
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
