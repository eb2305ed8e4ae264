// "Touré said in June he'd recommend opening up the drafts - when did the Council actually make
// the call?": a question whose asking sentence opens with what the asker already knows, stated
// up to a dash or a semicolon, then asks. Read whole, the window best matching every word is
// often the paragraph restating the lead-in (Touré's June remarks), not the one answering the
// ask (the Council's July decision). `statedLeadIn` reads the two parts; the engine judges the
// question a second time with the ask's terms required and the lead-in's as context
// (`keyTermsOfOpening`), and takes that reading where it is covered from another passage.
import { POINTING_WORDS, POSSESSIVES, pointingWords } from "../search/pointing-words.ts";
import { askedWithReferents } from "../search/question.ts";
import type { OpeningContext } from "../search/question-focus.ts";
import { AUXILIARY, QUESTION_WORD } from "../search/question-words.ts";
import type { ScoredPassage } from "../types.ts";
import type { Relevance } from "./relevance.ts";
import { type TaggedWord, taggedWords } from "./tagged-words.ts";
import type { Analyze, KeyTerm } from "./terms.ts";

/**
 * The words a stated lead-in may run to: longer, it is more than what the ask follows on from.
 */
const LEAD_IN_WORDS = 20;
/** The fewest: "CDT says no - why?" states too little to be read apart from its ask. */
const LEAD_IN_FEWEST = 4;

/** Two sides set against each other: "Parminder vs Access on how the final ITRs turned out". */
const SIDES = /\b(?:vs\.?|versus|v\.)\s/i;

/** A lower-case asking word opening the ask after the dash or semicolon. */
const ASK_AFTER = new RegExp(
  String.raw`^(?:so\s+|but\s+|then\s+|and\s+)?(?:${QUESTION_WORD}|${AUXILIARY})\b`,
  "i",
);

/** The lead-in and the ask: a statement, then " - ", " – ", " — " or "; ", then an asking word. */
const LEAD_THEN_ASK = /^([^?;:]+?)(?:\s[-\u2013\u2014]+\s|;\s)\s*(.+)$/s;

/**
 * An ask whose first words point back with a pronoun: "what was it", "why did they". Not a
 * possessive (pointing-words.ts): "what was ITS bottom line" names a thing of its own, and is
 * left to lead-in-context.ts to judge.
 */
const LEANS_BACK = new RegExp(
  String.raw`^(?:so\s+|but\s+|then\s+|and\s+)?\S+(?:\s+\S+)?\s+${pointingWords(POINTING_WORDS, POSSESSIVES)}\b(?!\s+(?:of|on|in|at|from|about)\b)`,
  "i",
);

/** A lead-in that is itself an ask or a request, not a statement: "what about…", "quick q". */
const NOT_A_STATEMENT =
  /^(?:what|which|who|whom|whose|when|where|why|how|did|does|do|is|are|was|were|can|could|should|would|will|quick|sorry|hey|hi|ok|okay|so|please|pls|need|give|tell|list|draft|for)\b/i;

/**
 * The asking sentence's stated lead-in and the ask after it, or undefined where it opens with
 * none: a statement of `LEAD_IN_FEWEST` to `LEAD_IN_WORDS` words, with no question mark, colon
 * or semicolon in it, and not opening on an asking word or a request, followed by a dash or
 * semicolon and an ask opening with an asking word.
 */
export function statedLeadIn(question: string): OpeningContext | undefined {
  const asked = askedWithReferents(question).trim();
  const m = LEAD_THEN_ASK.exec(asked);
  if (!m) return undefined;
  const context = (m[1] ?? "").trim();
  const ask = (m[2] ?? "").trim();
  if (NOT_A_STATEMENT.test(context) || !ASK_AFTER.test(ask)) return undefined;
  // Nor is a lead-in whose last sentence asks: in "ppl keep saying Iran's vote is where it fell
  // apart. why that moment exactly - what was bundled in?" the dash joins two asks.
  const lastSentence = context.split(/[.!]\s+/).at(-1) ?? context;
  if (lastSentence !== context && ASK_AFTER.test(lastSentence)) return undefined;
  // Nor one the ask points back to: in "Dourado had a number for them, and Kramer used one too -
  // what was it?" the lead-in holds what is asked.
  if (LEANS_BACK.test(ask)) return undefined;
  const words = context.split(/\s+/).length;
  if (words < LEAD_IN_FEWEST || words > LEAD_IN_WORDS) return undefined;
  // A statement has a verb of its own: "China vs the US on security going in - how did each
  // frame it?" opens with a topic, whose words the ask is about.
  if (SIDES.test(context) || !taggedWords(context).some(isFiniteVerb)) return undefined;
  return { context, ask: ask.replace(/^(?:so|but|then|and)\s+/i, "") };
}

/** A verb the tagger reads as finite: past, a copula, or present but not "-ing" nor bare. */
function isFiniteVerb(word: TaggedWord): boolean {
  const { tags } = word;
  return (
    tags.includes("PastTense") ||
    tags.includes("Copula") ||
    (tags.includes("PresentTense") && !tags.includes("Gerund") && !tags.includes("Infinitive"))
  );
}

/** How `readAfterStatedLead` reads a question and judges passages: as the engine does. */
export interface StatedLeadTools {
  /** The key terms of a text as it stands. */
  keyTermsOfText: (text: string) => KeyTerm[];
  /** The key terms of an ask, the lead-in's as context (at half weight, never required). */
  keyTermsOfOpening: (opening: OpeningContext) => KeyTerm[];
  /** The coverage decision on some passages for some key terms. */
  assess: (passages: readonly ScoredPassage[], keyTerms: KeyTerm[]) => Relevance;
  analyzeText: Analyze;
}

/** The question read after its stated lead-in: its key terms and the coverage decision. */
export interface StatedLeadReading {
  keyTerms: KeyTerm[];
  assessed: Relevance;
}

/**
 * A question covered whole (`whole`) and opening with a stated lead-in, read with the lead-in as
 * context, where that reading is covered by a window of another passage than the whole
 * reading's: first on the same passages; then, where the whole reading's window says most of
 * the lead-in (`restatesLeadIn`: it restates what the asker already knows), on the passages
 * without that window's. Undefined where the question has no stated lead-in or neither reading
 * is covered from another passage: the whole reading stands.
 */
export function readAfterStatedLead(
  question: string,
  whole: Relevance,
  passages: readonly ScoredPassage[],
  tools: StatedLeadTools,
): StatedLeadReading | undefined {
  const lead = statedLeadIn(question);
  if (!lead || !whole.covered || whole.windowPassageId === undefined) return undefined;
  const keyTerms = tools.keyTermsOfOpening(lead);
  const fromAnother = (assessed: Relevance) =>
    assessed.covered &&
    assessed.windowPassageId !== undefined &&
    assessed.windowPassageId !== whole.windowPassageId;
  const assessed = tools.assess(passages, keyTerms);
  if (fromAnother(assessed)) return { keyTerms, assessed };
  if (!restatesLeadIn(whole.window ?? "", lead.context, tools)) return undefined;
  const others = passages.filter(({ passage }) => passage.id !== whole.windowPassageId);
  const elsewhere = tools.assess(others, keyTerms);
  // (Only for a window saying more of the ask itself: "the ITU kept saying the internet
  // resolution was no big deal - what was their reasoning?" is answered by the paragraph that
  // restates it, and a window elsewhere saying as little of "reasoning" led the answer instead.)
  const own = new Set(tools.keyTermsOfText(lead.ask).map((k) => k.term));
  const asked = keyTerms.filter((k) => own.has(k.term));
  return fromAnother(elsewhere) &&
    weightSaid(elsewhere.window ?? "", asked, tools) > weightSaid(whole.window ?? "", asked, tools)
    ? { keyTerms, assessed: elsewhere }
    : undefined;
}

/** The weight of the key terms a window says, each as a term or an alternative. */
function weightSaid(window: string, terms: readonly KeyTerm[], tools: StatedLeadTools): number {
  const said = new Set(tools.analyzeText(window));
  return terms
    .filter(
      (k) =>
        said.has(k.term) ||
        k.alternatives.some((alt) => alt.length > 0 && alt.every((t) => said.has(t))),
    )
    .reduce((sum, k) => sum + k.weight, 0);
}

/**
 * The share of the lead-in's key terms' weight a window must say to restate it
 * (`restatesLeadIn`): the asker's own wording ("opening UP the drafts") need not all be there.
 */
const RESTATED_SHARE = 0.75;

/**
 * Whether a window says most of the lead-in: `RESTATED_SHARE` of the weight of its key terms
 * that are not generic words, each as a term or an alternative.
 */
function restatesLeadIn(window: string, lead: string, tools: StatedLeadTools): boolean {
  const terms = tools.keyTermsOfText(lead).filter((k) => !k.generic);
  const total = terms.reduce((sum, k) => sum + k.weight, 0);
  return total > 0 && weightSaid(window, terms, tools) >= RESTATED_SHARE * total;
}
