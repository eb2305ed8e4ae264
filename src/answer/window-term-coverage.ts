// How much of the question's terms a window holds (`termCoverage`): the required terms it lacks,
// those excused (a part told apart, the notes' word for their whole subject, a list's class where
// it sets out a series) and the weighted shares, with what a missing term costs (a plain noun of
// common English, a predicate, the asker's own wording). How a window meets a term is
// `termMeeting` (window-terms.ts).

import { SERIES_OF_ITEMS } from "./demand-classes.ts";
import { claimsCompulsion, statesWeakerAct } from "./hedged-act.ts";
import {
  isBackdropTerm,
  isNearTopicTerm,
  isRequired,
  isTopicTerm,
  missingWeight,
} from "./key-term-roles.ts";
import type { QuestionDemands } from "./question-demands.ts";
import { seriesLength } from "./sentences.ts";
import type { KeyTerm } from "./terms.ts";
import type { Window } from "./window-reading.ts";
import type { TermMeeting } from "./window-terms.ts";

/** What a lone unseen word of the asker's weighs where every required term is met: a common word's. */
const WORDING_WEIGHT = 1;

/**
 * What a missing plain noun of common English costs (`termCoverage`) in a window that meets every
 * other word of the question: a common word's.
 */
const PLAIN_NOUN_WEIGHT = 1;
/**
 * What a verb, adjective or adverb of the question that a window lacks costs in its share of the
 * question's weight (`termCoverage`): about a word in one passage of seven (an IDF of 2).
 */
const PREDICATE_COST = 2;
/**
 * …and only where at least this many of the question's own words meet there: "Was the STATEMENT
 * about Russia?" is not answered by a place naming Russia alone, as the few terms of "the capital
 * of Russia" must meet in one place.
 */
const PLAIN_NOUN_COMPANY = 2;

/** How much of the question's terms a window meets, and what it lacks. */
export interface TermCoverage {
  missing: KeyTerm[];
  /** Terms of the parts told apart that the window need not hold (`toldApart`). */
  excused: KeyTerm[];
  missingCounted: KeyTerm[];
  share: number;
  missingShare: number;
  onlyCommonMissing: boolean;
}

type MeetsTerm = (k: KeyTerm) => boolean;

/**
 * Whether the window meets a term, a claim's verb of compulsion included where it states a weaker
 * form of the act. A yes/no's verb of compulsion the window lacks ("does 5A OBLIGE each govt…") is
 * met, for coverage only, where the window meets every other required term and states a weaker
 * form of the act ("shall … endeavour", "urged Member States to…"): the honest answer is "no: it
 * only …" (`hedged-act.ts`). The label's check of the claim's verb still finds it unmet.
 */
function meetsHere(d: QuestionDemands, w: Window, meetsTerm: MeetsTerm): MeetsTerm {
  const { required } = d;
  const weakerActStated = w.spans.some((s) => statesWeakerAct(s.text));
  const hedgedClaim = (k: KeyTerm) =>
    d.checksVerb &&
    claimsCompulsion(k.term) &&
    weakerActStated &&
    required.every((other) => other === k || meetsTerm(other));
  return (k) => meetsTerm(k) || hedgedClaim(k);
}

/** The required terms the window lacks: not met, not given grounds for, not parts named. */
function missingTerms(d: QuestionDemands, met: TermMeeting, metHere: MeetsTerm): KeyTerm[] {
  const { required, partNouns } = d;
  const { meetsTerm, givesGrounds } = met;
  // "What were the main ELEMENTS of India's proposal?" asks for the proposal's content: a
  // window stating everything else the question names states its parts, in any words.
  const namesParts = (k: KeyTerm) =>
    k.asked === true &&
    partNouns.has(k.term) &&
    required.every((other) => other === k || meetsTerm(other));
  return required.filter((k) => !metHere(k) && !givesGrounds(k) && !namesParts(k));
}

/**
 * The notes' word for their whole subject (`isBackdropTerm`: "treaty") may go unsaid, as the
 * topic may, in a window lacking no name or number the question gives: "Was it CANADA that
 * proposed capping roaming prices in the treaty?" is not answered by a list of roaming items.
 */
function backdropUnsaid(d: QuestionDemands, missing: KeyTerm[]): MeetsTerm {
  const namesAllMet = missing.every((k) => !d.namesOrNumbers.has(k.term));
  return (k) => d.backdropUnsaid && namesAllMet && isBackdropTerm(k);
}

/**
 * A span's two ends, or the members of a series asked of each, are seldom told in one place:
 * a window stating one part whole is about the question, and the other parts' terms it lacks
 * are not counted against it (their weight is).
 */
function excusedTerms(d: QuestionDemands, meetsTerm: MeetsTerm): KeyTerm[] {
  return d.toldApart
    .filter((parts) => parts.some((part) => part.every(meetsTerm)))
    .flatMap((parts) => parts.flat());
}

/** The missing terms counted against the window: not excused, listed or the backdrop. */
function countedMissing(
  d: QuestionDemands,
  w: Window,
  missing: KeyTerm[],
  excused: KeyTerm[],
  backdrop: MeetsTerm,
): KeyTerm[] {
  const { itemClass } = d;
  // A window setting out a series names the items of the class a list asks for.
  const listsItems =
    itemClass !== undefined && w.spans.some((s) => seriesLength(s.text) >= SERIES_OF_ITEMS);
  // (Nor the notes' word for their whole subject: `backdrop`.)
  return missing.filter(
    (k) => !excused.includes(k) && !(listsItems && k === itemClass) && !backdrop(k),
  );
}

/**
 * A term weighed as the asker's wording where every required term is met.
 * The corpus's topic ("ITRs") may go unsaid: missing, it does not count against the window.
 * Nor, where every required term is met, does a common word the corpus never uses: "the
 * FCC chief's knock on global rules" is "FCC Chairman… said international regulations are
 * too broad". (A name, number or technical word the corpus lacks is no such word.)
 * And where every required term is met, one word the corpus never uses, standing alone, is
 * the asker's word for what a source says otherwise and weighs as a common word does: "When did
 * the ITU's governing council okay putting the draft RULEBOOK out in public?" is "the draft of
 * the future ITRs". Not two side by side ("geostationary orbit slots", "deep packet
 * inspection": `unseenTogether`). On the tuning half (833 questions): wrong refusals 42 -> 41
 * of 659, nugget recall 0.844 -> 0.845, out-of-scope refused 145 of 174 and answered "full" 2
 * unchanged (for any unused word, alone or not: wrong refusals 40, but out-of-scope refused
 * 143, those two near misses answered).
 */
function asWordingOnly(d: QuestionDemands, allMet: boolean): (k: KeyTerm) => KeyTerm {
  return (k) =>
    allMet && k.unknown === true && !d.unseenInPhrases.has(k.term)
      ? { ...k, weight: Math.min(k.weight, WORDING_WEIGHT) }
      : k;
}

/**
 * What a missing term costs the window.
 * A noun of common English (SUBTLEX-US's 4,000 commonest: "file", "track", "project",
 * "director"; no name or number) is rare in this corpus because its notes are written in the
 * field's register, not because it names the topic: its corpus weight says how seldom the notes
 * use everyday words, not how much of the question it carries. Where a window meets every other
 * word of the question, its verbs and the thing asked included, and lacks only such nouns, they
 * are the asker's wording ("…the official prep TRACK for Dubai?", "…do we have on FILE?") and
 * each costs what a common word does. Never the thing asked, what it is asked "about" or the
 * thing counted; and never where the window lacks any other word ("What did Kramer's TEAM say
 * about ROAMING charges?" lacks the topic itself).
 */
function missingCost(
  d: QuestionDemands,
  meetsTerm: MeetsTerm,
  backdrop: MeetsTerm,
): (k: KeyTerm) => number {
  const plainNoun = (k: KeyTerm) =>
    d.plainCommonWord(k) &&
    isRequired(k) &&
    !k.asked &&
    !k.about &&
    !k.counted &&
    k !== d.counted &&
    !d.specifyingTerms.has(k.term);
  const ownMet = d.ownTerms.filter(meetsTerm);
  const onlyPlainUnmet =
    ownMet.length >= PLAIN_NOUN_COMPANY &&
    d.ownTerms.every((k) => ownMet.includes(k) || plainNoun(k));
  // The notes' word for their whole subject (`backdrop`) costs nothing missing, as the topic
  // itself does: "how heavy should the TREATY be?" is answered where the Europeans
  // wanted "high-level" rules.
  return (k) =>
    backdrop(k)
      ? 0
      : onlyPlainUnmet && plainNoun(k)
        ? Math.min(k.weight, PLAIN_NOUN_WEIGHT)
        : missingWeight(k);
}

/**
 * What an unmet term costs in the share.
 * A predicate (a verb, adjective or adverb: "advise", "defended", "pushed", "reliable") says
 * what the question asks about its topic, which a source often words otherwise ("CDT urged…"
 * for "what did CDT advise…"), so it is never required; yet unmet, it cost its full corpus
 * weight, and a verb the notes seldom use weighed as much as a missing name: a question in the
 * asker's own verbs fell under the floor in the very place that answers it. An unmet predicate
 * costs at most `PREDICATE_COST` in the share; met, it still counts in full. Not the thing
 * asked, nor the verb a claim or yes/no question checks, which must stand where its terms meet
 * (`claimVerbStood`): weighed lightly, a place lacking it ("Chaparro judged the 2012 text…")
 * outranked the one that settles "the final treaty text defines 'Internet'". On the tuning
 * half (1,270 questions): wrong refusals 95 → 89, nugget recall 0.8483 → 0.8525, out-of-scope
 * refused 343 of 436 and `full` 1 unchanged (a cost of 1 answered a near miss, "what did
 * WTSA-12 decide on deep packet inspection…"; of 3, four answers instead of six).
 */
function shareCostOf(d: QuestionDemands, cost: (k: KeyTerm) => number): (k: KeyTerm) => number {
  const lightPredicate = (k: KeyTerm) =>
    k.predicate === true && !k.asked && !(d.checksVerb && k.verb === true);
  return (k) => (lightPredicate(k) ? Math.min(cost(k), PREDICATE_COST) : cost(k));
}

/**
 * Whether only common words are missing.
 * "What's in the appendices of the new treaty?": a passage on the ITRs' appendices need not
 * say "treaty"; nor need one on civil society's split over the final ITRs say "the final
 * deal": a missing word that common, or everyday, is spared the count (not its weight), and
 * so are two ("How could PEOPLE outside the ITU comment on the draft TREATY?" is answered by
 * "a web page where anyone could submit views" on "the draft of the future ITRs").
 * A lone missing word of common English, not a name or a number, is spared the count too
 * (not its weight): "rsf's take on why so many GOVTS wouldnt sign?" is answered where RSF
 * "attributed most refusals to…". On the tuning half (773 questions): wrong refusals 34 -> 33
 * of 611, nugget recall 0.853 -> 0.855, out-of-scope refused 137 of 162 and answered "full" 1
 * unchanged.
 */
function onlyCommonWordsMissing(d: QuestionDemands, missing: KeyTerm[]): boolean {
  return (
    missing.length >= 1 &&
    missing.length <= 2 &&
    (missing.every((k) => isNearTopicTerm(k) || k.everyday === true) ||
      (missing.length === 1 && missing.every(d.plainCommonWord)))
  );
}

export function termCoverage(d: QuestionDemands, w: Window, met: TermMeeting): TermCoverage {
  const { keyTerms, required, requiredWeight } = d;
  const { meetsTerm } = met;
  const metHere = meetsHere(d, w, meetsTerm);
  const missing = missingTerms(d, met, metHere);
  const backdrop = backdropUnsaid(d, missing);
  const excused = excusedTerms(d, meetsTerm);
  const missingCounted = countedMissing(d, w, missing, excused, backdrop);
  const allMet = missing.length === 0 && required.length > 0;
  const cost = missingCost(d, meetsTerm, backdrop);
  const share = weightedShare(
    keyTerms
      .filter((k) => ((!isTopicTerm(k) && !backdrop(k)) || meetsTerm(k)) && !(k.familiar && allMet))
      .map(asWordingOnly(d, allMet)),
    metHere,
    shareCostOf(d, cost),
  );
  // "How did they get their hands on…": an everyday word missing says little.
  const missingShare =
    requiredWeight > 0 ? missingCounted.reduce((sum, k) => sum + cost(k), 0) / requiredWeight : 0;
  const onlyCommonMissing = onlyCommonWordsMissing(d, missing);
  return { missing, excused, missingCounted, share, missingShare, onlyCommonMissing };
}

/**
 * Weighted share (0..1) of the key terms that `meets` says a text holds. An everyday word the
 * text lacks ("How did WCITLeaks get STARTED?") weighs no more than a common word: a source that
 * answers often says it otherwise ("launched").
 */
function weightedShare(
  keys: readonly KeyTerm[],
  meets: (key: KeyTerm) => boolean,
  cost: (key: KeyTerm) => number = missingWeight,
): number {
  let total = 0;
  let met = 0;
  for (const key of keys) {
    if (meets(key)) {
      met += key.weight;
      total += key.weight;
    } else total += cost(key);
  }
  return total === 0 ? 0 : met / total;
}
