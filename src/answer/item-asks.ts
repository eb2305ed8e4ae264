// A question that names two or three items first and asks the same of each at its end ("TD-64 and
// DT/1 – what exactly was each one?", "C59 and Document 21: when did each land?"): one ask per
// item, each judged and answered on its own passages (`byEachAsk`, coverage-otherwise.ts), and
// whether the place covering the whole question leaves an item unstated (`itemUnstated`).

import type { ScoredPassage } from "../types.ts";
import { datedPair } from "./dated-pair-asks.ts";
import { distributedAsks } from "./distributed-asks.ts";
import { gappedAsks } from "./gapped-asks.ts";
import { kindQuestion, leadInAsksBesideEvents } from "./lead-in-asks.ts";
import { ITEM_BREAK, MAX_ITEM_WORDS, MAX_ITEMS, namesOnly } from "./naming-lead.ts";
import type { Relevance } from "./relevance.ts";
import type { Analyze, KeyTerm } from "./terms.ts";

/** The failed check of a question whose covering place does not cover one of its items. */
export const ITEM_UNSTATED = "itemUnstated";

/**
 * The items, then a colon, semicolon, comma or dash, then an ask opening on a question word that
 * asks of "each", "each one", "each of them" or "both" ("…: which delegation was behind each?").
 * Not "each other", nor "each of the three blocs" (a class: each28's `EACH_THEN_SERIES`), nor a
 * remark ("…, one line each"), which opens on no question word.
 */
const NAMED_THEN_EACH =
  /^\s*([^:;?!]+?)\s*(?::|;|,|\s[-–—]\s|\s?[–—]\s?)\s*((?:what|which|who|whom|whose|when|where|why|how|did|does|do|was|were|is|are|has|have|had)\b[^:;?!]*?)\s*[?.!]*\s*$/i;
const EACH_WORD =
  /\b(?:each(?:\s+one|\s+of\s+(?:them|those|these|the\s+two))?(?!\s+other)(?!\s+of\b)|both(?:\s+of\s+them)?)\b/i;
/** A lead that asks on its own ("which resolution set up the CWG and …") names no items. */
const ASKING_LEAD =
  /^\s*(?:what|which|who|whom|whose|when|where|why|how|did|does|do|was|were|is|are|has|have|had|can|could)\b/i;
/** Where the words after the last item frame every item: "lirneasia and CEPT ON etno's pitch". */
const SHARED_FRAME = /\s+((?:on|about|over|regarding|in\s+the)\s+.+)$/i;

/** The items a question names first, the ask it puts to each, and the frame they share. */
interface NamedItems {
  items: string[];
  ask: string;
  frame: string;
}

/**
 * An ask made only of the kind of answer wanted and "for each" or "for both", after the items
 * ("eu parliament's resolution and kramer's refusal: dates for each pls", "the house vote vs
 * iran's vote - tallies for both"): it opens on no question word, so it is written as the
 * question the kind word stands for (`kindQuestion`: "when was each", "how many is each") before
 * the items are read. Only a kind word `leadInAsks` knows; any other ending is left as typed.
 */
const KIND_FOR_EACH =
  /(\s?(?::|;|,|\s[-–—])\s*)(\p{L}+)\s+for\s+(each(?:\s+one)?|both)(?:\s+(?:pls|please|thx|thanks))?\s*[?.!]*\s*$/iu;

function withKindAsked(question: string): string {
  const m = KIND_FOR_EACH.exec(question);
  const asked = m && kindQuestion(m[2] as string);
  if (!m || asked === undefined) return question;
  return `${question.slice(0, m.index)}${m[1]}${asked} ${m[3]}?`;
}

/**
 * Two things set side by side with "vs" and asked a date, a count or a name each ("etno's c-109
 * vs china's c59 - when did each one go in", "the house vote vs iran's vote - tallies for both"):
 * two facts, each told in its own place, asked of each on its own. The "vs" alone parts them (an
 * "and" is inside a side: "the abi analyst on governments and security"). An ask of what each
 * thought or how each saw it is a comparison of stances, `bySide`'s (coverage-otherwise.ts), and
 * not read here.
 */
const SIDE_BREAK = /\s+(?:vs\.?|versus)\s+/i;
const FACT_ASK = /^\s*(?:when|how\s+many|how\s+much|who|whom)\b/i;

/** The items of a lead: parted at a "vs" where the ask is of a fact, else as before. */
function leadItems(lead: string, ask: string): string[] {
  const sides = lead.split(SIDE_BREAK);
  return sides.length === 2 && FACT_ASK.test(ask) ? sides : lead.split(ITEM_BREAK);
}

function namedItems(question: string): NamedItems | undefined {
  const m = NAMED_THEN_EACH.exec(withKindAsked(question));
  if (!m) return undefined;
  const lead = m[1] as string;
  const ask = m[2] as string;
  if (ASKING_LEAD.test(lead) || !EACH_WORD.test(ask) || !namesOnly(lead)) return undefined;
  const items = leadItems(lead, ask);
  if (items.length < 2 || items.length > MAX_ITEMS) return undefined;
  const last = items[items.length - 1] as string;
  const frame = SHARED_FRAME.exec(last);
  if (frame) items[items.length - 1] = last.slice(0, frame.index);
  const trimmed = items.map((item) => item.trim());
  if (trimmed.some((item) => item === "" || item.split(/\s+/).length > MAX_ITEM_WORDS))
    return undefined;
  return { items: trimmed, ask, frame: frame ? ` ${frame[1]}` : "" };
}

/**
 * The asks of a question naming items first and asking of each at the end, one per item, with
 * "each" put as the item and any frame the items share after them: "lirneasia and CEPT on
 * etno's pitch – what did each make of it?" → ["what did lirneasia make of it on etno's
 * pitch?", "what did CEPT make of it on etno's pitch?"]. Empty for any other question.
 */
export function itemAsks(question: string): string[] {
  // (Two things whose dates are set side by side, "which came first, A or B", "A and B - same
  // month or not", "when did X vs when Y": one when question each, dated-pair-asks.ts.)
  const pair = datedPair(question);
  if (pair !== undefined) return pair.asks;
  const named = namedItems(question);
  // (Or one ask written once for all the parts, by its detail, not by "each": distributed-asks.ts.)
  if (named === undefined) return distributedAsks(question)?.asks ?? [];
  return named.items.map((item) => `${named.ask.replace(EACH_WORD, item)}${named.frame}?`);
}

/** The items themselves, in the order of `itemAsks` ("lirneasia", "CEPT"); empty likewise. */
export function askedItems(question: string): string[] {
  const pair = datedPair(question);
  if (pair !== undefined) return pair.items;
  return namedItems(question)?.items ?? distributedAsks(question)?.items ?? [];
}

/**
 * Whether the place covering the whole question (its window's passage) fails to cover one of its
 * items, each judged alone there by `coveredThere` (`askCovered`, coverage-otherwise.ts): "Digital
 * Watch gives 122 signatories for 1988, but the ITU says 112 countries signed on the spot in
 * Melbourne" counts the 1988 signing, not the 2012 one, though it writes "2012"; and "China. At
 * the September 2011 CWG meeting…" dates C59, not India's Document 21. The question is then
 * judged item by item (`byEachAsk`), never as one. So too the asks of a question whose later ask
 * leaves out the first's question and verb (`gappedAsks`): "when did the Harbour Union file K-12,
 * and Ostria its own proposal?" is not covered by a place dating K-12 and naming Ostria. And the
 * noun-phrase asks after a lead-in naming the kind wanted (`leadInAsks`): "two numbers for the
 * box: the preamble vote tally, and the count of later ratifications" is not covered by the
 * vote's paragraph.
 */
export async function itemUnstated(
  question: string,
  assessed: Relevance,
  passages: readonly ScoredPassage[],
  coveredThere: (ask: string, found: readonly ScoredPassage[]) => Promise<boolean>,
  keyTermsFor: (text: string) => readonly KeyTerm[],
): Promise<boolean> {
  const items = itemAsks(question);
  const gapped = items.length >= 2 ? [] : gappedAsks(question);
  const asks =
    items.length >= 2
      ? items
      : gapped.length >= 2
        ? gapped
        : leadInAsksBesideEvents(question, keyTermsFor);
  if (asks.length < 2) return false;
  const found = passages.find(({ passage }) => passage.id === assessed.windowPassageId);
  if (found === undefined) return false;
  for (const ask of asks) if (!(await coveredThere(ask, [found]))) return true;
  return false;
}

/**
 * Each item's words, as `distinctTerms` takes an ask's names: an item is what its ask is about,
 * checkable however common its words are ("the Accra accord" in a corpus that says it often).
 */
export function itemNames(question: string, analyzeText: Analyze): Set<string>[] {
  return askedItems(question).map((item) => new Set(analyzeText(item)));
}
