// A cited source's own content asked: "that X piece on … - what was its bottom line", "what did
// X's write-up predict", "the X post - which governments did it single out". The question names
// a source (a piece, post, write-up, op-ed, paper, report, letter…) by its outlet or author and
// asks what that source said. The notes cite most of their sources only by a reference marker
// or in their front matter; a paragraph that never names the source (by its outlet, its author
// or its own noun) does not tell what it said, however well the rest of the question's words
// meet it. Read in `answerTypeGiven` (window-answer-type.ts) beside `askedFocus`.

import { isFamiliarTerm, isGeneric } from "./common-words.ts";
import type { Analyze } from "./terms.ts";

/** The source a question asks the content of: the words naming it, as the question writes them. */
export interface SourceAsked {
  /** The outlet or author before the source's noun ("ccdcoe", "it news africa", "llanso"). */
  names: string;
  /** The source's own noun ("piece", "write-up", "post"). */
  noun: string;
  /** The rest of the question, the source's names cut out ("… on what dubai would mean for the net in africa"). */
  rest: string;
}

/**
 * The nouns of a written source (not "article", which the notes use for the treaty's numbered
 * articles, nor "statement" or "proposal", texts whose content is their own act).
 */
const SOURCE_NOUN =
  "piece|blog(?:\\s+post)?|post|write-?up|op-?ed|story|column|newsletter|editorial|report|paper|letter|analysis|memo|dispatch|chapter";

/** A word of a name: letters, digits and the marks names carry ("24/7", "edri-gram", "it's"). */
const WORD = "[\\p{L}\\p{N}&./-]+";

/**
 * A source named: by a possessive ("llanso's post", "techdirt's sept '12 write-up", up to three
 * words between), or by a determiner and up to four words before the noun ("that ccdcoe piece",
 * "the it news africa piece").
 */
const SOURCE_NAMED = `(?:(?<poss>${WORD}(?:\\s+${WORD}){0,2})['’]s\\s+(?:[\\p{L}\\p{N}'’./-]+\\s+){0,3}?|\\b(?:the|that|this|those)\\s+(?<mods>${WORD}(?:\\s+${WORD}){0,3}?)\\s+)(?<noun>${SOURCE_NOUN})s?\\b`;

/** A verb asking what a source said, after "what did / does … it". */
const CONTENT_VERB =
  "predict|conclude|argue|say|recommend|single\\s+out|claim|find|warn|suggest|forecast|expect|call\\s+for|flag|highlight|make\\s+of";

/** A noun asking what a source said, after "what was its / their". */
const CONTENT_NOUN =
  "bottom\\s+line|verdict|conclusion|takeaway|main\\s+point|thesis|prediction|forecast|argument|recommendation|gist";

/**
 * The shapes: the source as the subject of the ask ("what did X's write-up predict", "which
 * governments did X's post single out"), or named in a lead-in and pointed back to by "it" /
 * "its" / "they" / "the piece"
 * ("the X piece - what was its bottom line", "… - what did it actually predict", "… - which
 * governments did it single out").
 */
const ASKED_DIRECT = new RegExp(
  `\\b(?:what|which\\s+${WORD}(?:\\s+${WORD})?)\\s+(?:did|does|do|has)\\s+${SOURCE_NAMED}\\s+(?:\\S+\\s+){0,2}?(?:${CONTENT_VERB})\\b`,
  "iu",
);
const ASKED_BACK = new RegExp(
  `${SOURCE_NAMED}[^?]*?\\b(?:what\\s+(?:did|does|do)\\s+(?:it|they|the\\s+(?:${SOURCE_NOUN}))\\s+(?:\\S+\\s+){0,2}?(?:${CONTENT_VERB})|what\\s+(?:was|is|were|are)\\s+(?:its|their)\\s+(?:\\S+\\s+)?(?:${CONTENT_NOUN})|which\\s+[^?]*?\\b(?:did|does)\\s+(?:it|they)\\s+(?:\\S+\\s+){0,2}?(?:${CONTENT_VERB}|name|list|cite))\\b`,
  "iu",
);

/** The source whose own content a question asks, or undefined. */
export function askedSource(question: string): SourceAsked | undefined {
  const m = ASKED_DIRECT.exec(question) ?? ASKED_BACK.exec(question);
  const g = m?.groups;
  if (g === undefined) return undefined;
  const names = (g.poss ?? g.mods ?? "").trim();
  return { names, noun: g.noun ?? "", rest: question.replace(names, " ") };
}

/**
 * The index terms naming a source: its outlet's or author's words, not those of everyday English
 * ("research" in "abi research") where a rarer word of the name remains, nor a word the question
 * also asks about ("africa" in "the it news africa piece on … the net in africa": a paragraph on
 * Africa meets it whatever its source); and its noun, without the stop words of a hyphened noun
 * ("up" of "write-up").
 */
function sourceTerms(asked: SourceAsked, analyzeText: Analyze): Set<string> {
  const topic = new Set(analyzeText(asked.rest));
  const nameTerms = analyzeText(asked.names).filter(
    (t) => !isGeneric(t, analyzeText) && !topic.has(t),
  );
  const rare = nameTerms.filter((t) => !isFamiliarTerm(t, analyzeText));
  const nounTerms = analyzeText(asked.noun.replace(/^blog\s+/i, "")).filter(
    (t) => !isGeneric(t, analyzeText),
  );
  return new Set([...(rare.length > 0 ? rare : nameTerms), ...nounTerms]);
}

/**
 * Whether a paragraph names the source asked: a sentence holding one of the terms naming it
 * (`sourceTerms`) or its own noun ("the blog post gives…" for "llanso's post"). A source the
 * paragraph never names it cites at most by a marker, which tells nothing of what the source
 * said.
 */
export function sourceNamedIn(
  asked: SourceAsked,
  paragraph: readonly string[],
  analyzeText: Analyze,
): boolean {
  const terms = sourceTerms(asked, analyzeText);
  if (terms.size === 0) return true;
  return paragraph.some((sentence) => analyzeText(sentence).some((t) => terms.has(t)));
}

/**
 * A named source's author asked after it ("techdirt's write-up of the paper - who wrote it", "that
 * X piece - whose byline was on it"): the question names the outlet itself, so the writer asked
 * is a person beyond it. Not "who wrote it up" (a report of something, whose answer is the outlet)
 * nor "who wrote in / back / that…" (a sender or a speaker).
 */
const AUTHOR_ASKED = new RegExp(
  `${SOURCE_NAMED}[^?]*?\\b(?:who\\s+(?:wrote|authored|penned)\\s+(?:it|them|that|this)(?!\\s+(?:up|in|back|out)\\b)|whose\\s+byline|who\\s+(?:was|were)\\s+(?:its|their|the)\\s+(?:author|writer|byline)s?)\\b`,
  "iu",
);

/** The source whose author a question asks after naming it, or undefined. */
export function askedSourceAuthor(question: string): SourceAsked | undefined {
  const g = AUTHOR_ASKED.exec(question)?.groups;
  if (g === undefined) return undefined;
  const names = (g.poss ?? g.mods ?? "").trim();
  return { names, noun: g.noun ?? "", rest: question.replace(names, " ") };
}

/** A writer told: "wrote", "written by", "authored", "author(s)", "penned", "byline", "writer". */
const AUTHOR_TOLD = /\b(?:wrote|written|authored|authors?|penned|bylines?|writers?)\b/iu;

/** "by" before a capitalised word: a name given as a text's maker ("is by Emma Llansó"). */
const BY_NAME = /\bby\s+(\p{Lu}[\p{L}'’-]*)/gu;

/**
 * Whether a paragraph tells a writer: a sentence with a word of writing (`AUTHOR_TOLD`), or "by"
 * before a name that is not the source's own outlet ("as quoted by Techdirt" names the outlet
 * the question gave, not its writer).
 */
export function authorToldIn(
  asked: SourceAsked,
  paragraph: readonly string[],
  analyzeText: Analyze,
): boolean {
  const own = new Set(analyzeText(asked.names));
  return paragraph.some(
    (sentence) =>
      AUTHOR_TOLD.test(sentence) ||
      [...sentence.matchAll(BY_NAME)].some((m) => analyzeText(m[1] ?? "").some((t) => !own.has(t))),
  );
}
