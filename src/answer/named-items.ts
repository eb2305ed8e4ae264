// A list or drafting request that names its own items after a dash or a colon ("draft a jargon
// box - spell out roa, oa, td and cwg in a line each", "cheat sheet of the civil-society pushes -
// eff in may 2012, the unity statement, best bits, the petition - one line each"): no one place
// names every item, so the question as a whole is not covered, though the notes state each item
// somewhere, often in another note. Read item by item (`byItem`, coverage-otherwise.ts), each
// item is answered by the best sentence naming it, found in the item's own passages or the
// question's. Every item must be stated: one the corpus does not name leaves the whole request
// refused (a near miss naming an item the notes lack is not answered for the items they hold),
// and never "full", since no one place states the request.
import { ASKING_OPENING } from "../search/question-lead-ins.ts";
import { splitSentences, stripTrailingMarkers } from "../text.ts";
import type { ScoredPassage } from "../types.ts";
import { citationNumbering } from "./citations.ts";
import type { ExtractiveAnswer } from "./extractive-shape.ts";
import { wordCount } from "./extractive-view.ts";
import {
  displaySentence,
  isAboutTheCorpus,
  isFragment,
  isSectionLabel,
  leansOnPrevious,
} from "./sentences.ts";
import { type Analyze, containsTerm, type KeyTerm } from "./terms.ts";

/** Fewest items read one by one here (two are `itemAsks`' and `byEachAsk`'s). */
const MIN_ITEMS = 3;
/** Most items read one by one: more is a class, read as a list. */
const MAX_ITEMS = 6;
/** An item is a name or a short noun phrase ("eff in may 2012"), not a clause. */
const MAX_ITEM_WORDS = 4;

/** The pieces of a question set apart by a spaced dash or a colon. */
const PIECE_BREAK = /\s[-–—]\s|\s?[–—]\s|:\s/;
/** A remark on the answer's form after the items: "…, in a line each", "one line each on…". */
const FORM_REMARK =
  /(?:,\s*|\s+)(?:(?:in|with)\s+)?(?:a|one)\s+(?:line|bullet|sentence|date|point)\s+(?:each|for\s+each|on\s+each|apiece)\b.*$/i;
/** An instruction opening the items: "spell out roa, oa…", "define x, y and z". */
const ITEMS_VERB = /^(?:spell\s+out|define|expand|explain|cover|name|list)\s+/i;
/** "…in a line each", "one line each on what it did": the answer is asked item by item. */
const LINE_EACH = /\b(?:a|one)\s+(?:line|bullet|sentence)\s+(?:each|apiece)\b/i;

/**
 * Whether a question asks for a list: read so (`wantsList`, a list kind), or asking "a line each"
 * of what it names ("draft a jargon box - spell out roa, oa and td in a line each" is read as a
 * fact by its lead, yet wants one line an item).
 */
export function asksForList(question: string, analysis: { kind: string; wantsList: boolean }) {
  return analysis.kind === "list" || analysis.wantsList || LINE_EACH.test(question);
}

/**
 * The items a list or drafting request names after its lead, three to six, each a short noun
 * phrase, in the first piece after a dash or a colon that is a series ("1312, 171, 1379, 52, the
 * busan ones"), without a remark on the answer's form or an instruction verb before it. Empty for
 * any other question; the caller reads only list requests.
 */
export function namedListItems(question: string): string[] {
  const pieces = question
    .trim()
    .replace(/[?.!]+$/, "")
    .split(PIECE_BREAK);
  for (const piece of pieces.slice(1)) {
    const bare = piece.replace(FORM_REMARK, "").trim().replace(ITEMS_VERB, "");
    // A piece opening as an ask does (a question word or an auxiliary: "can you spell it out")
    // asks something; it names no items.
    if (ASKING_OPENING.test(bare)) continue;
    const items = bare
      .split(/,\s+(?:and\s+|or\s+)?|\s+(?:and|&)\s+/)
      .map((item) => item.trim())
      .filter((item) => item !== "");
    if (items.length < MIN_ITEMS || items.length > MAX_ITEMS) continue;
    if (items.some((item) => item.split(/\s+/).length > MAX_ITEM_WORDS)) continue;
    return items;
  }
  return [];
}

/** One item with the sentence stating it (and the one carrying it on, if any) and its passage. */
export interface StatedItem {
  item: string;
  scored: ScoredPassage;
  sentence: string;
  /** The next sentence where it leans on this one ("…adopted Resolution 171. It made the CWG…"). */
  carried?: string;
}

/**
 * The best sentence naming an item (every one of its terms, `terms`), from the first of
 * `passages` (best first) that has one: the sentence naming it in most of its forms ("recognized
 * operating agencies" (ROAs …) for "roa": the name and its long form say what it is), the earliest
 * of equals. Not a heading or fragment, nor a caveat about the corpus ("This corpus did not
 * verify…" names the item without stating anything of it). Undefined where no sentence names it.
 */
export function itemStated(
  item: string,
  terms: readonly KeyTerm[],
  passages: readonly ScoredPassage[],
  readText: Analyze,
): StatedItem | undefined {
  if (terms.length === 0) return undefined;
  for (const scored of passages) {
    let best: { sentence: string; forms: number; next?: string } | undefined;
    const spans = splitSentences(scored.passage.text);
    for (const [i, { text }] of spans.entries()) {
      if (isFragment(text) || isAboutTheCorpus(text)) continue;
      if (isSectionLabel(text, scored.passage.sectionPath)) continue;
      const said = new Set(readText(text));
      if (!terms.every((k) => containsTerm(said, k))) continue;
      const forms = terms.reduce(
        (n, k) =>
          n +
          (said.has(k.term) ? 1 : 0) +
          k.alternatives.filter((alt) => alt.length > 0 && alt.every((t) => said.has(t))).length,
        0,
      );
      const next = spans[i + 1]?.text;
      if (best === undefined || forms > best.forms)
        best = { sentence: text, forms, ...(next !== undefined ? { next } : {}) };
    }
    if (best === undefined) continue;
    // (What the named thing did is often told in the sentence after, opening on "It": "The 2010
    // Plenipotentiary in Guadalajara then adopted Resolution 171. It made the CWG the official
    // preparatory process…". A sentence leaning on the one naming the item carries it on.)
    const carried =
      best.next !== undefined && leansOnPrevious(best.next) && !isFragment(best.next)
        ? best.next
        : undefined;
    return { item, scored, sentence: best.sentence, ...(carried ? { carried } : {}) };
  }
  return undefined;
}

/**
 * The answer to a request read item by item: one bullet an item, its stating sentence cited, in
 * the order the items were named; a sentence stating two items ("ROAs … and … OAs") given once.
 */
export function composeNamedItems(stated: readonly StatedItem[]): ExtractiveAnswer {
  const { citations, numberFor } = citationNumbering();
  const sentences: ExtractiveAnswer["sentences"] = [];
  const seen = new Set<string>();
  for (const { scored, sentence, carried } of stated) {
    const quote = stripTrailingMarkers(
      `${sentence.trim()}${carried ? ` ${carried.trim()}` : ""}`,
    ).text;
    const display = displaySentence(quote);
    if (seen.has(display)) continue;
    seen.add(display);
    const n = numberFor(scored, quote);
    sentences.push({ text: display, passageId: scored.passage.id, n });
  }
  const text = sentences.map((s) => `- ${s.text} [${s.n}]`).join("\n");
  return {
    text,
    citations,
    termCoverage: 0,
    answersType: true,
    sentences,
    words: wordCount(sentences.map((s) => s.text).join(" ")),
  };
}
