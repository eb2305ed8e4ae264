// Answers, passages and documents built by hand for renderer and listener tests.
import type { Answer, Citation, ScoredPassage, SourceDocument } from "../../src/types.ts";

export function makeDocument(over: Partial<SourceDocument> = {}): SourceDocument {
  return {
    id: "itr-2012",
    title: "Final Acts of WCIT-12",
    kind: "pdf",
    path: "itu/final-acts.pdf",
    contentHash: "h",
    sources: [],
    pages: 30,
    url: "https://www.itu.int/en/wcit-12/Documents/final-acts-wcit-12.pdf",
    indexedAt: "2026-11-01T00:00:00.000Z",
    ...over,
  };
}

export function makePassage(
  text: string,
  over: { page?: number; doc?: Partial<SourceDocument> } = {},
): ScoredPassage {
  const document = makeDocument(over.doc);
  return {
    document,
    score: 1,
    passage: {
      id: `${document.id}:0`,
      documentId: document.id,
      ordinal: 0,
      page: over.page ?? 4,
      sectionPath: [],
      start: 0,
      end: text.length,
      text,
      sourceRefs: [],
      contentHash: "p",
    },
  };
}

export function makeCitation(n: number, over: Partial<Citation> = {}): Citation {
  return {
    n,
    passageId: `itr-2012:${n}`,
    documentId: "itr-2012",
    title: "Final Acts of WCIT-12",
    url: `https://www.itu.int/final-acts.pdf#page=${n + 3}`,
    page: n + 3,
    quote: "Member States should endeavour to take necessary measures.",
    ...over,
  };
}

export function makeAnswer(over: Partial<Answer> = {}): Answer {
  return {
    question: "What does Article 5B say about spam?",
    searchQuery: "Article 5B spam",
    text: "Article 5B asks Member States to take measures against unsolicited bulk electronic communications [1]. It does not mention content [2].",
    mode: "extractive",
    coverage: "full",
    citations: [makeCitation(1), makeCitation(2)],
    closestSources: [],
    verification: { kept: 0, dropped: 0 },
    passages: [
      makePassage(
        "Member States should endeavour to take necessary measures to prevent the propagation of unsolicited bulk electronic communications.",
      ),
    ],
    latencyMs: 12,
    ...over,
  };
}
