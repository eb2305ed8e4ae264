// The extractive answer: a few sentences of the top passages, chosen to cover the question's key
// terms without repeating each other, each cited. It needs no model and keeps the corpus's wording.
import type { Citation, Coverage, ScoredPassage } from "../types.ts";
import { buildCitation } from "./citations.ts";
import { displaySentence, isFragment, splitSentences, stripTrailingMarkers } from "./sentences.ts";
import { type Analyze, containsTerm, type KeyTerm } from "./terms.ts";

export interface ExtractiveAnswer {
  /** Sentences, each followed by its citation marker `[n]`. */
  text: string;
  citations: Citation[];
  coverage: Exclude<Coverage, "none">;
  /** Weighted fraction (0..1) of the key terms the chosen sentences contain. */
  termCoverage: number;
  sentences: { text: string; passageId: string; n: number }[];
}

export const MIN_SENTENCES = 2;
export const MAX_SENTENCES = 5;
/** Only the best few passages are read: lower ones rarely add a better sentence than they cost. */
export const PASSAGES_READ = 5;
/**
 * Chosen sentences (read under their titles and headings) holding at least this weighted share of
 * the question's key terms make a "full" answer; less is "partial". A term-level measure, not a
 * judgment of meaning: on the eval set 29 of 31 answered in-scope questions come out "full".
 */
export const FULL_COVERAGE = 0.8;
const SAME_PASSAGE_BONUS = 0.1;
/** Past the first sentence, one holding less than this share of the key terms is left out. */
const MIN_RELEVANCE = 0.25;
const DANGLING_PRONOUN_PENALTY = 0.2;
/** A key term named only by a sentence's title or headings counts this much toward choosing it. */
const CONTEXT_SHARE = 0.5;
/** A sentence adding no new key term is still worth a third place if it holds this much of them. */
const STRONG_RELEVANCE = 0.6;
/** Two sentences sharing this much of their vocabulary (Jaccard) say the same thing. */
const NEAR_DUPLICATE = 0.6;

interface Candidate {
  rank: number;
  scored: ScoredPassage;
  start: number;
  /** The sentence as written minus its trailing note markers: a substring of the passage. */
  quote: string;
  display: string;
  terms: Set<string>;
  /** Indexes of the key terms the sentence contains. */
  keys: number[];
  /** Indexes of further key terms only its title or headings contain. */
  contextKeys: number[];
  /** Starts with "He", "It", "This", "However", "On the other hand"…: it leans on the sentence before. */
  opensWithPronoun: boolean;
  /** The next sentence of the same passage, if it is a candidate. */
  next?: Candidate;
}

// Sentences that lean on the one before: an opening pronoun ("It concluded…") or a connective
// that answers an earlier sentence ("On the other hand, …", "However, …").
const OPENING_PRONOUN =
  /^(?:he|she|it|its|they|their|them|this|these|those|his|her|however|moreover|furthermore|instead|rather|nevertheless|but|yet|thus|therefore|on the other hand|in addition|by contrast|even so)\b/i;

/** Chooses 2–5 sentences from the top passages and cites each; undefined when no sentence is relevant. */
export function composeExtractive(
  passages: readonly ScoredPassage[],
  keyTerms: readonly KeyTerm[],
  analyzeText: Analyze,
): ExtractiveAnswer | undefined {
  const top = passages.slice(0, PASSAGES_READ);
  const candidates = candidatesOf(top, keyTerms, analyzeText);
  const totalWeight = keyTerms.reduce((sum, k) => sum + k.weight, 0);
  if (totalWeight === 0) return undefined;
  const weightOf = (keys: Iterable<number>, only?: (i: number) => boolean) => {
    let sum = 0;
    for (const i of keys) if (!only || only(i)) sum += keyTerms[i]?.weight ?? 0;
    return sum / totalWeight;
  };
  const topScore = top[0]?.score ?? 0;
  // How much the question's passage ranking and the passage's own key terms (title and headings
  // included) vouch for a sentence: a stray key word in an off-topic passage should not win.
  const passageTerms = new Map(
    top.map((p) => [
      p,
      new Set(
        analyzeText(`${p.document.title}\n${p.passage.sectionPath.join("\n")}\n${p.passage.text}`),
      ),
    ]),
  );
  const passageCoverage = new Map(
    top.map((p) => {
      const terms = passageTerms.get(p) ?? new Set<string>();
      return [p, weightOf(keyTerms.flatMap((k, i) => (containsTerm(terms, k) ? [i] : [])))];
    }),
  );
  const prior = (c: Candidate) => {
    const rankPrior =
      topScore > 0 ? Math.max(0, c.scored.score / topScore) : 1 / (1 + 0.25 * c.rank);
    return 0.4 + 0.3 * rankPrior + 0.3 * (passageCoverage.get(c.scored) ?? 0);
  };

  const chosen: Candidate[] = [];
  const covered = new Set<number>();
  while (chosen.length < MAX_SENTENCES) {
    let best: { candidate: Candidate; value: number; gain: number; relevance: number } | undefined;
    for (const candidate of candidates) {
      if (chosen.includes(candidate) || candidate.keys.length === 0) continue;
      const redundancy = Math.max(0, ...chosen.map((c) => jaccard(c.terms, candidate.terms)));
      if (redundancy >= NEAR_DUPLICATE) continue;
      const uncovered = (i: number) => !covered.has(i);
      const relevance = weightOf(candidate.keys) + CONTEXT_SHARE * weightOf(candidate.contextKeys);
      const gain =
        weightOf(candidate.keys, uncovered) +
        CONTEXT_SHARE * weightOf(candidate.contextKeys, uncovered);
      // A sentence next to one already chosen reads as its context: prefer it among near equals.
      const coherence = chosen.some((c) => c.scored === candidate.scored) ? SAME_PASSAGE_BONUS : 0;
      // "He noted that…" means little without the sentence before it.
      const dangling =
        candidate.opensWithPronoun &&
        !chosen.some((c) => c.scored === candidate.scored && c.next === candidate)
          ? DANGLING_PRONOUN_PENALTY
          : 0;
      const value =
        prior(candidate) * (0.65 * gain + 0.35 * relevance) +
        coherence -
        dangling -
        0.3 * redundancy;
      if (!best || value > best.value) best = { candidate, value, gain, relevance };
    }
    if (!best) break;
    // Past the first sentence, one must add a key term and be on topic, or be strongly on topic.
    const worthAdding =
      chosen.length === 0 ||
      (best.gain > 0 && best.relevance >= MIN_RELEVANCE) ||
      (chosen.length < 3 && best.relevance >= STRONG_RELEVANCE && best.value > 0);
    if (!worthAdding) break;
    chosen.push(best.candidate);
    for (const i of [...best.candidate.keys, ...best.candidate.contextKeys]) covered.add(i);
  }
  if (chosen.length === 0) return undefined;
  // A chosen "It concluded that…" brings the sentence it leans on, while there is room.
  for (const c of [...chosen]) {
    if (!c.opensWithPronoun || chosen.length >= MAX_SENTENCES) continue;
    const antecedent = candidates.find((p) => p.next === c);
    if (antecedent && !chosen.includes(antecedent)) chosen.push(antecedent);
  }
  if (chosen.length < MIN_SENTENCES) {
    const neighbour = neighbourOf(chosen[0] as Candidate, candidates);
    if (neighbour) chosen.push(neighbour);
  }
  return assemble(chosen, weightOf([...covered]));
}

function candidatesOf(
  passages: readonly ScoredPassage[],
  keyTerms: readonly KeyTerm[],
  analyzeText: Analyze,
): Candidate[] {
  const out: Candidate[] = [];
  const seenDisplays = new Set<string>();
  passages.forEach((scored, rank) => {
    // A sentence is read under its document's title and headings ("The United States at WCIT-12 ›
    // Lines held in Dubai"): what they name counts as said, for coverage, not for display.
    const context = analyzeText(
      `${scored.document.title}\n${scored.passage.sectionPath.join("\n")}`,
    );
    let previous: Candidate | undefined;
    for (const span of splitSentences(scored.passage.text)) {
      if (isFragment(span.text)) continue;
      const quote = stripTrailingMarkers(span.text).text;
      const display = displaySentence(quote);
      const key = display.toLowerCase();
      // The same sentence in two passages (overlapping chunks, duplicated documents) is one candidate.
      if (seenDisplays.has(key)) {
        previous = undefined;
        continue;
      }
      seenDisplays.add(key);
      const terms = new Set(analyzeText(display));
      const inContext = new Set([...terms, ...context]);
      const keys: number[] = [];
      const contextKeys: number[] = [];
      keyTerms.forEach((k, i) => {
        if (containsTerm(terms, k)) keys.push(i);
        else if (containsTerm(inContext, k)) contextKeys.push(i);
      });
      const opensWithPronoun = OPENING_PRONOUN.test(display);
      const candidate: Candidate = {
        rank,
        scored,
        start: span.start,
        quote,
        display,
        terms,
        keys,
        contextKeys,
        opensWithPronoun,
      };
      if (previous) previous.next = candidate;
      previous = candidate;
      out.push(candidate);
    }
  });
  return out;
}

/** The sentence after (or else before) the chosen one in its passage: context for a lone hit. */
function neighbourOf(chosen: Candidate, candidates: readonly Candidate[]): Candidate | undefined {
  const samePassageOthers = candidates.filter(
    (c) =>
      c.scored === chosen.scored && c !== chosen && jaccard(c.terms, chosen.terms) < NEAR_DUPLICATE,
  );
  const after = samePassageOthers.filter((c) => c.start > chosen.start);
  const before = samePassageOthers.filter((c) => c.start < chosen.start);
  return after[0] ?? before[before.length - 1];
}

/**
 * Orders the sentences for reading: passages in the order their best sentence was chosen, a
 * passage's sentences in their original order; then numbers citations in order of first use.
 */
function assemble(chosen: Candidate[], termCoverage: number): ExtractiveAnswer {
  const passageOrder: ScoredPassage[] = [];
  for (const c of chosen) if (!passageOrder.includes(c.scored)) passageOrder.push(c.scored);
  const ordered = passageOrder.flatMap((p) =>
    chosen.filter((c) => c.scored === p).sort((a, b) => a.start - b.start),
  );
  const citations: Citation[] = [];
  const numberOf = new Map<ScoredPassage, number>();
  const sentences: ExtractiveAnswer["sentences"] = [];
  for (const c of ordered) {
    let n = numberOf.get(c.scored);
    if (n === undefined) {
      n = citations.length + 1;
      numberOf.set(c.scored, n);
      citations.push(buildCitation(c.scored, n, c.quote));
    }
    sentences.push({ text: c.display, passageId: c.scored.passage.id, n });
  }
  return {
    text: sentences.map((s) => `${s.text} [${s.n}]`).join(" "),
    citations,
    coverage: termCoverage >= FULL_COVERAGE ? "full" : "partial",
    termCoverage,
    sentences,
  };
}

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  for (const t of a) if (b.has(t)) shared++;
  return shared / (a.size + b.size - shared);
}
