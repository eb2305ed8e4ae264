// A small known corpus of scored passages for the answer tests, and a term-overlap retriever over it.

import type { RelevanceOptions } from "../../src/answer/coverage-reading.ts";
import { createAnswerEngine } from "../../src/answer/engine.ts";
import { type AnswerShape, composeExtractive, DESCRIBE } from "../../src/answer/extractive.ts";
import type { Retrieve } from "../../src/answer/llm-contract.ts";
import { assessRelevance } from "../../src/answer/relevance.ts";
import { idfFromTexts } from "../../src/answer/term-weights.ts";
import { keyTermsOf, type TermWeight } from "../../src/answer/terms.ts";
import { analyze } from "../../src/search/analyze.ts";
import type { AnswerEngine, Passage, ScoredPassage, SourceDocument } from "../../src/types.ts";

export function makeDocument(overrides: Partial<SourceDocument> & { id: string }): SourceDocument {
  return {
    title: `Title of ${overrides.id}`,
    kind: "markdown",
    path: `${overrides.id}.md`,
    contentHash: "hash",
    sources: [],
    indexedAt: "2026-11-29T00:00:00.000Z",
    ...overrides,
  };
}

export function makePassage(
  document: SourceDocument,
  ordinal: number,
  text: string,
  overrides: Partial<Passage> = {},
): Passage {
  return {
    id: `${document.id}:${ordinal}`,
    documentId: document.id,
    ordinal,
    sectionPath: [],
    start: 0,
    end: text.length,
    text,
    sourceRefs: [...text.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1])),
    contentHash: `h${ordinal}`,
    ...overrides,
  };
}

/** A passage of `doc` under one heading, as retrieval scored it. */
export function sectionOf(
  doc: SourceDocument,
  index: number,
  heading: string,
  text: string,
  score: number,
): ScoredPassage {
  return {
    passage: makePassage(doc, index, text, { sectionPath: [heading] }),
    document: doc,
    score,
  };
}

/** A labelled paragraph as the Markdown loader leaves it: the bold lead is its first sentence. */
export function labelledPassage(
  document: SourceDocument,
  ordinal: number,
  label: string,
  body: string,
  score = 1,
): ScoredPassage {
  return {
    passage: makePassage(document, ordinal, `${label}. ${body}`, { sectionPath: [label] }),
    document,
    score,
  };
}

export const paperPdf = makeDocument({
  id: "cdt-paper",
  title: "Cybersecurity and ITU WCIT Proposals",
  kind: "pdf",
  path: "remote/paper.pdf",
  url: "https://example.org/files/paper.pdf",
  pages: 3,
});

export const securityNote = makeDocument({
  id: "note-security",
  title: "Security in the ITRs",
  sources: [
    { n: 1, title: "Primary source one", url: "https://one.example/a" },
    { n: 2, title: "Primary source two", url: "https://two.example/b" },
    { n: 3, title: "Primary source three" },
  ],
});

export const outcomeArticle = makeDocument({
  id: "outcome-article",
  title: "The Dubai outcome",
  kind: "html",
  url: "https://news.example/outcome",
});

export const passages = {
  paperPage2: makePassage(
    paperPdf,
    0,
    "Cybersecurity requires agility. Given the pace of technological change, governmental bodies are not likely to be the source of effective technical solutions. Those solutions will emerge from multi-stakeholder efforts involving companies, technologists and civil society.",
    { page: 2 },
  ),
  paperPage3: makePassage(
    paperPdf,
    1,
    "The cybersecurity issue leads straight into questions of human rights: surveillance, privacy and free expression. The ITU has no expertise in balancing these rights against security demands.",
    { page: 3 },
  ),
  noteCompromise: makePassage(
    securityNote,
    0,
    "**The compromise.** The United Kingdom suggested the more technical word robustness for the resilience of networks. The adopted Article 5A says Member States shall endeavour to ensure the security and robustness of international telecommunication networks. [1][2]\n\n**Why some still objected.** CEPT said Article 5A was unclear enough to be misread as licensing more government control over networks. [3]",
    { sectionPath: ["Security in the ITRs", "The compromise"] },
  ),
  outcomeSignatures: makePassage(
    outcomeArticle,
    0,
    "On the last day of the conference 89 Member States signed the Final Acts in Dubai. Fifty-five delegations that were accredited to sign did not sign on the spot.",
    { sectionPath: ["Signatures"] },
  ),
};

export const allScored: ScoredPassage[] = [
  { passage: passages.paperPage2, document: paperPdf, score: 1 },
  { passage: passages.paperPage3, document: paperPdf, score: 1 },
  { passage: passages.noteCompromise, document: securityNote, score: 1 },
  { passage: passages.outcomeSignatures, document: outcomeArticle, score: 1 },
];

/** Ranks the fixture passages by how many of the query's terms they contain (title and text). */
export function overlapRetrieve(corpus: ScoredPassage[] = allScored): Retrieve {
  return async (query, k) => {
    const queryTerms = new Set(analyze(query));
    return corpus
      .map((s) => {
        const terms = new Set(analyze(`${s.document.title} ${s.passage.text}`));
        let score = 0;
        for (const t of queryTerms) if (terms.has(t)) score++;
        return { ...s, score };
      })
      .filter((s) => s.score > 0)
      .sort((a, b) => b.score - a.score)
      .slice(0, k);
  };
}

/**
 * The answer engine as the app builds it (`createAnswerEngine`), retrieving `scored` as they are,
 * best first, for every question, with `termWeight` where given.
 */
export function engineOver(scored: ScoredPassage[], termWeight?: TermWeight): AnswerEngine {
  return createAnswerEngine({
    retrieve: async () => scored,
    ...(termWeight !== undefined ? { termWeight } : {}),
  });
}

/**
 * Passages of `doc` from texts, best first, and a judge of questions on them: as asked
 * (`judge`), with the question's wording (`judgeWorded`), or as the engine judges them, with the
 * kind of answer expected and the question's wording (`judgeAs`); and the engine over them
 * (`engine`, `engineOver`). `fillers`: how many filler passages stand beside them (more make a
 * word of one passage rarer, as in a large corpus).
 */
export function smallCorpusOf(doc: SourceDocument, texts: readonly string[], fillers = 6) {
  const scored: ScoredPassage[] = texts.map((text, i) => ({
    passage: makePassage(doc, i, text),
    document: doc,
    score: texts.length - i,
  }));
  // Filler passages make the texts' words rarer than the corpus's topic, as in a real corpus.
  const termWeight = idfFromTexts([
    ...texts,
    ...Array.from({ length: fillers }, (_, i) => `Filler ${i}.`),
  ]);
  return {
    scored,
    termWeight,
    judge: (question: string, on: readonly ScoredPassage[] = scored) =>
      assessRelevance(on, keyTermsOf(question, { analyze, termWeight }), analyze),
    judgeWorded: (question: string) =>
      assessRelevance(scored, keyTermsOf(question, { analyze, termWeight }), analyze, {
        question,
      }),
    judgeAs: (question: string, expected: RelevanceOptions["expected"]) =>
      assessRelevance(scored, keyTermsOf(question, { analyze, termWeight }), analyze, {
        expected,
        question,
      }),
    engine: () => engineOver(scored, termWeight),
  };
}

/** The extractive answer to `question` over `passages` (key terms read from the question alone). */
export function composeFrom(
  question: string,
  passages: ScoredPassage[],
  shape: AnswerShape = DESCRIBE,
) {
  const answer = composeExtractive(passages, keyTermsOf(question), analyze, shape);
  if (!answer) throw new Error("no extractive answer");
  return answer;
}

/** The sentences the extractive answer to `question` shows, in order. */
export function sentencesShown(
  question: string,
  passages: ScoredPassage[],
  shape: AnswerShape = DESCRIBE,
): string[] {
  return composeFrom(question, passages, shape).sentences.map((s) => s.text);
}

/** How many words the texts hold together. */
export function wordsIn(texts: readonly string[]): number {
  return texts.join(" ").split(/\s+/).length;
}
