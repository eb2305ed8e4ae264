// How a yes-no answer is led: by the passage stating the question's proposition (or denying it),
// read here with how much a sentence states or denies it; within the answer, the sentences that
// settle it, a source correcting a figure or a name the question gets wrong among them, open it
// (`decidingSentences`, yes-no-opening.ts). Split out of `extractive.ts`, which calls both.
// What kind of claim the question makes (of a whole class, one party alone, a count, a text) and
// the sentences denying each are read in `yes-no-claims.ts`.
import type { AnswerShape } from "./extractive-shape.ts";
import {
  correctionOpening,
  dependencyChain,
  moveToLead,
  type PassageView,
  type Sentence,
} from "./extractive-view.ts";
import { isRequired } from "./key-term-roles.ts";
import { type CleftGuess, namesAnotherDoer } from "./premise-guess.ts";
import { negatedWords } from "./sentences.ts";
import { type Analyze, containsTerm, type KeyTerm } from "./terms.ts";
import {
  type ClaimReading,
  deniesCount,
  deniesUniversal,
  partyView,
  statesText,
} from "./yes-no-claims.ts";

/**
 * What a question asserts or asks to be counted: its required terms, and its verbs and adjectives
 * that are not common words, context, or words the corpus never uses ("threaten", "sign").
 */
export function propositionTerms(keyTerms: readonly KeyTerm[]): number[] {
  return keyTerms.flatMap((k, i) =>
    isRequired(k) ||
    (k.predicate === true &&
      !k.generic &&
      !k.everyday &&
      !k.fromContext &&
      !k.unknown &&
      !k.unseen &&
      k.weight >= 1)
      ? [i]
      : [],
  );
}

/** The sentence, with what it leans on and its headings, names every one of `terms`. */
export function statesAll(s: Sentence, terms: readonly number[]): boolean {
  const held = new Set([...dependencyChain(s).flatMap((c) => c.keys), ...s.view.headingKeys]);
  return terms.length > 0 && terms.every((i) => held.has(i));
}

/**
 * A passage stating the proposition leads a yes-no answer when retrieval scored it at least this
 * share of the top passage: lower than for the other lead rules (`FURTHER_PASSAGE_SCORE`), since a
 * question worded unlike the corpus ("is the treaty binding on countries that did not sign it?")
 * ranks the paragraph saying so ("…remain bound by the 1988 ITRs") below the ones sharing its
 * nouns. Tuning half (484 q): recall 0.824 → 0.827, yes-no 0.81 → 0.82, no other figure moved;
 * 0.4, 0.45 and 0.55 gave the same, 0.7 lost (yes-no 0.79).
 */
const PROPOSITION_LEAD_SCORE = 0.5;

/** A share of the proposition's weight from which a sentence states (or denies) it. */
export const STATES_PROPOSITION = 0.5;

/** A sentence denying a term of the proposition ("non-binding", "contain no X") answers it. */
const DENIES_PROPOSITION = 0.25;

/** A sentence ending in a question mark, before any closing quote or bracket. */
const ASKS = /\?["'’”)\]]*$/;

/**
 * A yes-no question is answered by the sentence stating its proposition or its negation, and the
 * proposition lies in its verb as much as in its nouns ("did they threaten to walk out?"). The
 * passage with the sentence holding most of that (its required terms, and its verbs and adjectives
 * that are not common words, context, or words the corpus never uses; at least half), among those
 * retrieval scored at least half as well (`PROPOSITION_LEAD_SCORE`), leads: "…denied press reports that the US had threatened to
 * walk out" for "did they threaten to storm out of the conference?", and "The US did not sign the
 * treaty" rather than a best passage merely naming the US and the treaty. Tuned on the tuning
 * half: counting those verbs in every passage's value instead (`statesTogether`) won that question
 * and lost one stated in other words ("non-binding" / "no treaty status"); moving the lead only
 * when the best passage held less than half of the proposition scored the same as this.
 */
export function leadWithProposition(
  ranked: PassageView[],
  keyTerms: readonly KeyTerm[],
  topScore: number,
  universal = false,
  sole?: readonly string[],
  claim: ClaimReading = {},
): void {
  const proposition = propositionTerms(keyTerms);
  const weight = proposition.reduce((sum, i) => sum + (keyTerms[i]?.weight ?? 0), 0);
  if (weight === 0) return;
  const statedBy = (s: Sentence) =>
    propositionStated(s, proposition, keyTerms, weight, universal, sole, claim);
  const stated = (v: PassageView) => Math.max(0, ...v.sentences.map(statedBy));
  const best = ranked[0];
  if (!best) return;
  const decider = claimDecider(proposition, keyTerms, weight, claim);
  if (decider) {
    // A count claim or a claim about a text is led by a passage holding the sentence deciding it
    // (`claimDecider`), where the best passage holds none: "Article 1.1(a) now says the treaty
    // does not address content-related aspects…" rather than "Much of the debate was about
    // whether the revised treaty would extend to the Internet…", which shares more of its words.
    if (best.sentences.some(decider)) return;
    const lead = mostStating(
      ranked,
      topScore,
      (v) => Math.max(0, ...v.sentences.filter(decider).map(statedBy)),
      (n) => n > 0,
    );
    if (lead) {
      moveToLead(ranked, lead);
      return;
    }
  }
  const bestStated = stated(best);
  const lead = mostStating(
    ranked,
    topScore,
    stated,
    (n) => n >= STATES_PROPOSITION && n > bestStated,
  );
  if (!lead) return;
  moveToLead(ranked, lead);
}

/**
 * Of the passages retrieval scored at least `PROPOSITION_LEAD_SCORE` of the best, the one whose
 * `stated` is highest among those `enough` accepts (ties to the higher-valued passage), if any:
 * the lead `leadWithProposition` moves first.
 */
function mostStating(
  ranked: readonly PassageView[],
  topScore: number,
  stated: (v: PassageView) => number,
  enough: (stated: number) => boolean,
): PassageView | undefined {
  return ranked
    .filter((v) => v.scored.score >= PROPOSITION_LEAD_SCORE * topScore)
    .map((v) => ({ v, stated: stated(v) }))
    .filter((x) => enough(x.stated))
    .sort((a, b) => b.stated - a.stated || b.v.value - a.v.value)[0]?.v;
}

/**
 * How much of a yes-no question's proposition (`propositionTerms`, of summed `weight`) a sentence
 * states, read under its headings, with a bonus where it denies a term of it ("non-binding"); 0
 * for a sentence that is no evidence or that itself asks a question ("should a telecom body deal
 * with crime at all?" names the proposition without stating it either way).
 */
export function propositionStated(
  s: Sentence,
  proposition: readonly number[],
  keyTerms: readonly KeyTerm[],
  weight: number,
  universal = false,
  sole?: readonly string[],
  claim: ClaimReading = {},
): number {
  if (!s.usable || weight === 0 || ASKS.test(s.display)) return 0;
  const held = new Set([...s.keys, ...s.view.headingKeys]);
  // (A party's view of what a text should do is no denial of what it does: "He said the treaty
  // should … not extend to Internet governance or content.")
  const viewOnly = claim.text === true && partyView(s);
  const denies =
    (s.denies.some((i) => proposition.includes(i)) && !viewOnly) ||
    (universal && deniesUniversal(s.display)) ||
    (sole !== undefined && deniesSole(s, proposition, keyTerms, sole)) ||
    (claim.counted !== undefined && deniesCount(s, claim.counted));
  const stated =
    proposition.reduce((sum, i) => sum + (held.has(i) ? (keyTerms[i]?.weight ?? 0) : 0), 0) /
    weight;
  // A statement of what a text says decides a claim about what the text does (`statesText`),
  // as a denial does, where it states some of the claim in its own words.
  const textual = claim.text === true && stated > 0 && statesText(s);
  return stated + (denies || textual ? DENIES_PROPOSITION : 0);
}

/**
 * A key term the question itself asks with weight: not a particle or other common word
 * (`generic`), nor a word from the thread's context, nor one the corpus never uses.
 */
export function askedOwnWord(k: KeyTerm): boolean {
  return !k.generic && !k.fromContext && !k.unknown && !k.unseen && k.weight > 0;
}

/** Others doing it too: "likewise", "joined", "both", "together with", "54 other countries". */
const OTHERS_TOO =
  /\b(?:likewise|similar(?:ly)?|both|joined|together\s+with|along\s+with|and\s+others|other\s+(?:[\p{L}-]+\s+)?(?:countries|delegations|states|governments|groups|organi[sz]ations|administrations|members|officials))\b/iu;

/** "also", "too", "as well": others did it too, when the sentence names someone else. */
const ALSO = /\b(?:also|too|as\s+well)\b/i;

/** An item of a series of names: "Canada", "the Czech Republic", "other European countries". */
const NAMED_ITEM = String.raw`(?:(?:the|other)\s+)?\p{Lu}[\p{L}\p{N}.'’-]*(?:\s+[\p{L}\p{N}.'’-]+){0,3}`;

/**
 * A series of three or more names, "A, B, C and D": the party asked among others. (Not any clause
 * with two commas: "Russia refused to join, citing sovereignty, and in 2011 it…".)
 */
const SERIES = new RegExp(
  `${NAMED_ITEM},\\s+${NAMED_ITEM}(?:,\\s+${NAMED_ITEM})*,?\\s+(?:and|or)\\s+${NAMED_ITEM}`,
  "u",
);

/**
 * A sentence denying that the party a sole claim names (`soleClaimParty`, as index terms) did it
 * alone: one stating, in its own words, at least `STATES_PROPOSITION` of the rest of the claim
 * (without the party; `DENIES_PROPOSITION` where its passage names the party) that says others
 * did so too ("Brazil and India also stayed outside the Convention." for "Was
 * Russia alone … in staying out of the Budapest … convention?"; "…54 other countries joined the
 * US in not signing"), or names the party in a series of others ("…the Czech Republic, other
 * European countries, Canada and the US opposed it"). "also" counts only where the party is not
 * named: "The US also opposed ETNO's idea" adds to what the US did, not to who did it. As "not
 * unanimous" denies a claim asked of a whole class (`deniesUniversal`).
 */
export function deniesSole(
  s: Sentence,
  proposition: readonly number[],
  keyTerms: readonly KeyTerm[],
  party: readonly string[],
): boolean {
  const partyKeys = keyTerms.flatMap((k, i) => (party.includes(k.term) ? [i] : []));
  // (What the party is said to have done: the rest of the proposition, or where the party is all
  // of it, the question's other words asked with weight, "argue", "quotas".)
  const others = proposition.filter((i) => !partyKeys.includes(i));
  const rest =
    others.length > 0
      ? others
      : keyTerms.flatMap((k, i) => (!partyKeys.includes(i) && askedOwnWord(k) ? [i] : []));
  const restWeight = rest.reduce((sum, i) => sum + (keyTerms[i]?.weight ?? 0), 0);
  if (restWeight === 0) return false;
  // (Its own words: "He objected that other administrations had kept filing…" says nothing of
  // signing, though the sentence it leans on and its heading, "Refusal to sign.", do.)
  const held = new Set(s.keys);
  const stated =
    rest.reduce((sum, i) => sum + (held.has(i) ? (keyTerms[i]?.weight ?? 0) : 0), 0) / restWeight;
  const namesParty = partyKeys.some((i) => s.keys.includes(i));
  // (Less of the claim's wording where the passage names the party, whose act the others are
  // said to share: "54 other countries joined the US in not signing" for "…alone in refusing to
  // sign?", "Brazil and India also stayed outside the Convention." after "Russia refused to
  // join".)
  const partyHere = partyKeys.some((i) => s.view.sentences.some((o) => o.keys.includes(i)));
  if (stated < (partyHere ? DENIES_PROPOSITION : STATES_PROPOSITION)) return false;
  return (
    OTHERS_TOO.test(s.display) ||
    (!namesParty && partyKeys.length > 0 && ALSO.test(s.display)) ||
    (namesParty && SERIES.test(s.display))
  );
}

/**
 * An answer to a question whose premise names the wrong doer or place (`AnswerShape.guess`)
 * opens with the sentence correcting it, where the answer holds one and does not open with it:
 * "Russia asked the preparatory working group to add a definition of "spam"…" before "No
 * definition of spam was added to Article 2." for "Did Iran ask the working group to add a
 * definition of spam…?", and before any reasons, which are then read as the true doer's. The
 * first such sentence in reading order, with the sentences it leans on.
 */
export function correctionLead(
  chosen: readonly Sentence[],
  guess: CleftGuess,
  analyzeText: Analyze,
): Sentence[] {
  return correctionOpening(
    chosen,
    (s) =>
      s.usable &&
      !POINTS_OUTSIDE.test(s.display) &&
      namesAnotherDoer(s.display, guess, analyzeText),
  );
}

/** "it" or "them" after a preposition or a past-tense verb ("of it", "approved it"): an object told earlier. */
export const POINTS_OUTSIDE =
  /\b(?:of|to|for|on|about|with|against|into|from|by|over|behind|\w+ed)\s+(?:it|them)\b/i;

/** Parties named by what they did not do: "non-signatories", "non-members", "non-parties". */
export const NON_PARTIES = /\bnon-\p{L}+(?:ies|s)\b/giu;
const NON_PARTIES_IN = /\bnon-\p{L}+(?:ies|s)\b/iu;

export const YES_NO: AnswerShape = { expected: "yes-no", sides: [] };

/** For a yes-no question, the key terms a sentence denies ("does not define 'Internet'"). */
export function deniedKeys(
  display: string,
  keyTerms: readonly KeyTerm[],
  analyzeText: Analyze,
  shape: AnswerShape,
): number[] {
  if (shape.expected !== "yes-no") return [];
  const denied = negatedWords(display);
  if (denied.length === 0) return [];
  const terms = new Set(analyzeText(denied.join(" ")));
  return keyTerms.flatMap((k, i) => (containsTerm(terms, k) ? [i] : []));
}

/**
 * The sentence deciding a count claim or a claim about a text (`ClaimReading`), as a test; undefined
 * when the question makes neither. A smaller count of the class ("151 ITU Member States attended"
 * for "Did all 193 ITU members turn up?"), or a text's own statement ("Article 1.1(a) states that
 * the Regulations do not deal with the content-related aspects…"), stating with the bonus at least
 * `STATES_PROPOSITION` of the claim, and not pointing outside itself.
 */
export function claimDecider(
  proposition: readonly number[],
  keyTerms: readonly KeyTerm[],
  weight: number,
  claim: ClaimReading,
  denies: (s: Sentence) => boolean = (s) =>
    s.denies.some((i) => proposition.includes(i)) && !NON_PARTIES_IN.test(s.display),
): ((s: Sentence) => boolean) | undefined {
  if (claim.counted === undefined && claim.text !== true) return undefined;
  const counted = claim.counted;
  // (For a text, a plain denial too, not a party's view: "No definition of spam was added to
  // Article 2.")
  return (s) =>
    s.usable &&
    !POINTS_OUTSIDE.test(s.display) &&
    ((counted !== undefined && deniesCount(s, counted)) ||
      (claim.text === true && (statesText(s) || (!partyView(s) && denies(s))))) &&
    propositionStated(s, proposition, keyTerms, weight, false, undefined, claim) >=
      STATES_PROPOSITION;
}

/** Whether a passage holds a sentence deciding the claim (`claimDecider`). */
export function holdsClaimDecider(
  view: PassageView,
  keyTerms: readonly KeyTerm[],
  claim: ClaimReading,
): boolean {
  const proposition = propositionTerms(keyTerms);
  const weight = proposition.reduce((sum, i) => sum + (keyTerms[i]?.weight ?? 0), 0);
  const decider = claimDecider(proposition, keyTerms, weight, claim);
  return weight > 0 && decider !== undefined && view.sentences.some(decider);
}
