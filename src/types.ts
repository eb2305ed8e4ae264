// The domain types every layer shares. Surfaces render these; only src/answer builds an Answer.

/** A primary source that a briefing note cites with `[n]` (from its front matter `sources`). */
export interface SourceRef {
  n: number;
  title: string;
  url?: string;
}

export type DocumentKind = "pdf" | "markdown" | "html" | "text";

/** One file of the corpus, described by `corpus/sources.json` and read by a loader. */
export interface SourceDocument {
  id: string;
  title: string;
  author?: string;
  publisher?: string;
  /** ISO date (YYYY-MM-DD) or a year. */
  date?: string;
  /** Public link to the document; absent for our own briefing notes (their citations link the primary source). */
  url?: string;
  credit?: string;
  kind: DocumentKind;
  /** Path relative to the corpus folder, with forward slashes. */
  path: string;
  /** sha256 of the file's bytes; unchanged files are never re-read. */
  contentHash: string;
  /** Primary sources a briefing note rests on, numbered as in its `[n]` markers. */
  sources: SourceRef[];
  /** Page count for PDFs. */
  pages?: number;
  /** When this version of the file was indexed (ISO timestamp). */
  indexedAt: string;
}

/** A chunk of a document, the unit of retrieval and of citation. */
export interface Passage {
  /** Stable id: `${documentId}:${ordinal}`. */
  id: string;
  documentId: string;
  ordinal: number;
  /** 1-based PDF page; absent for other kinds. */
  page?: number;
  /** Heading path, outermost first (e.g. ["Security in the ITRs", "The compromise"]). */
  sectionPath: string[];
  /** Offsets into the document's normalized text: `normalized.slice(start, end) === text`. */
  start: number;
  end: number;
  text: string;
  /** `[n]` references this passage's text carries, resolved against the document's `sources`. */
  sourceRefs: number[];
  /** sha256 of the text; embeddings are keyed by it. */
  contentHash: string;
}

export interface ScoredPassage {
  passage: Passage;
  document: SourceDocument;
  score: number;
}

export interface Citation {
  /** Marker number as it appears in the answer text, `[n]`, numbered in order of first use. */
  n: number;
  passageId: string;
  documentId: string;
  title: string;
  /** Link to the source; PDFs carry `#page=N`. For a briefing note, the primary source its passage cites. */
  url?: string;
  page?: number;
  /** Heading path joined with " › ". */
  section?: string;
  /** The sentence (or verbatim quote) of the passage that supports the claim. */
  quote: string;
  /** Primary sources the cited passage itself rests on (briefing notes). */
  primarySources?: SourceRef[];
}

export type AnswerMode = "llm" | "extractive";
export type Coverage = "full" | "partial" | "none";

export interface TokenUsage {
  promptTokens: number;
  completionTokens: number;
  /** "api" when the server reported usage, "estimated" when counted locally. */
  source: "api" | "estimated";
}

/** A question word read as another: a misspelling as the corpus word it stands for. */
export interface SpellingCorrection {
  /** As the asker typed it. */
  from: string;
  /** As it was read. */
  to: string;
}

/**
 * How the corpus writes a word: inside its sentences (not opening one), how often and how often
 * capitalised; and its most frequent written form anywhere ("Touré", "ITRs"), absent when the
 * corpus lacks the word. Read it with `writesAsName` and `writesOnlyCommon` (search/spelling.ts).
 */
export interface WordCase {
  inSentence: number;
  capitalised: number;
  written?: string;
}

export interface Answer {
  question: string;
  /**
   * The standalone question retrieval used (differs from `question` for rewritten follow-ups and
   * for a question whose misspelt words were read as corpus words).
   */
  searchQuery: string;
  /** Misspelt question words read as corpus words ("cybersecuirty" → "cybersecurity"), if any. */
  corrections?: SpellingCorrection[];
  /** Answer text with `[n]` markers; for coverage "none", a short "not covered" statement. */
  text: string;
  mode: AnswerMode;
  coverage: Coverage;
  citations: Citation[];
  /** For coverage "none": the closest sources, so the reader knows where to look. */
  closestSources: { documentId: string; title: string; url?: string }[];
  /** Sentences the LLM wrote that survived / failed citation verification (0/0 when extractive). */
  verification: { kept: number; dropped: number };
  /** One line saying why an LLM answer fell back to extractive mode, if it did. */
  fallbackReason?: string;
  usage?: TokenUsage;
  /** The passages the answer was built from, best first (for "Show passages"). */
  passages: ScoredPassage[];
  latencyMs: number;
}

/** One earlier question and answer in a conversation (Slack thread, assistant panel). */
export interface Turn {
  question: string;
  answer: string;
}

export interface AnswerOptions {
  /** Earlier turns of the conversation, oldest first. */
  history?: Turn[];
  /** Use the embedded extractive summarizer even when an LLM is configured. */
  forceExtractive?: boolean;
  /** What a surface may show while an answer is being made (never unverified model text). */
  onProgress?: (progress: AnswerProgress) => void;
  signal?: AbortSignal;
}

/**
 * Progress of one answer, for a status line or a placeholder. Every field is safe to show: counts,
 * and answer text made only of sentences that already passed citation verification.
 */
export type AnswerProgress =
  /** Retrieval is done: the answer is being written from this many passages. */
  | { stage: "retrieved"; passages: number }
  /**
   * The verified part of an LLM answer so far: kept sentences with their `[n]` markers, numbered as
   * in the final answer's citations so far. The final Answer replaces it (it may differ: a fallback).
   */
  | { stage: "verified"; text: string; citations: Citation[] };

/** A passage search's results, and the misspelt terms it read as corpus words. */
export interface SearchResults {
  passages: ScoredPassage[];
  corrections: SpellingCorrection[];
}

/** What every surface (CLI, Slack, digest) asks questions through. */
export interface AnswerEngine {
  answer(question: string, options?: AnswerOptions): Promise<Answer>;
  /**
   * Ranked passages for `/wcit search` and `search`, the terms' slips read as corpus words as a
   * question's are (`corrections` says which; empty when none).
   */
  search(query: string, options?: { k?: number }): Promise<SearchResults>;
  /** Questions the corpus answers well, for suggested prompts. */
  suggestedQuestions(): string[];
  /** "llm" when a model is configured, else "extractive". */
  readonly mode: AnswerMode;
}

/** A `/wcit` subcommand that a surface other than src/slack provides (the digest), injected by main.ts. */
export interface CommandInvocation {
  /** The text after the subcommand word, trimmed. */
  args: string;
  teamId: string;
  channelId: string;
  userId: string;
}

export interface CommandReply {
  text: string;
  blocks?: unknown[];
  /** Ephemeral (default) shows it to the asker only. */
  responseType?: "ephemeral" | "in_channel";
}

export type SubcommandHandler = (invocation: CommandInvocation) => Promise<CommandReply>;

/**
 * Hybrid retrieval plugs in here: BM25 alone by default, fused with embeddings when configured.
 * `signal` ends any wait on a model server (the query's embedding): retrieval then answers from
 * what it has without one.
 */
export type Retrieve = (
  query: string,
  k: number,
  options?: { signal?: AbortSignal; perDocumentCap?: number },
) => Promise<ScoredPassage[]>;
