// How a yes-no answer is led: by the passage stating the question's proposition (or denying it),
// and within the answer by the sentences that settle it, a source correcting a figure or a name
// the question gets wrong among them. Split out of `extractive.ts`, which calls it.
// What kind of claim the question makes (of a whole class, one party alone, a count, a text) and
// the sentences denying each are read in `yes-no-claims.ts`.
import { MONTHS } from "../text.ts";
import { carriesAnswer } from "./evidence.ts";
import type { AnswerShape } from "./extractive-shape.ts";
import {
  correctionOpening,
  dependencyChain,
  inReadingOrder,
  moveToLead,
  openingOf,
  type PassageView,
  type Sentence,
} from "./extractive-view.ts";
import { isRequired } from "./key-term-roles.ts";
import { type CleftGuess, namesAnotherDoer } from "./premise-guess.ts";
import { verbWords } from "./question-predicates.ts";
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
const STATES_PROPOSITION = 0.5;

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
function propositionStated(
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
 * A yes-no answer whose opening sentence does not deny what is asked opens with the chosen
 * sentence that does ("No definition of spam was added to Article 2." for "Did the final ITRs end
 * up defining spam?", where the answer had opened with "Article 5B is headed…"): of those, the one
 * stating most of the proposition (at least `STATES_PROPOSITION`, the denial's bonus included),
 * with the sentences it leans on before it and those carrying it on after it; the others follow
 * in reading order. A denial decides a yes-no question; a sentence merely sharing most of its
 * words does not: moving such a sentence first instead put a sentence on another point ahead of
 * "Civil society was not unanimous." and "Only ITU members could see these documents." for as
 * many answers as it mended. Without a denial, a sentence of the opening passage stating all of
 * the proposition, verb included, opens instead (it states what is asked, so it settles it): on
 * the tuning half (923 q), five yes-no answers open with it ("The adopted Article 5A says Member
 * States shall … endeavour to ensure the 'security and robustness' of … networks" for "Does
 * Article 5A as adopted talk about information security, or only about networks?"), recall and
 * every trust figure unchanged; a near miss answered `partial` ("Did Brazil sign the new ITRs…?")
 * now opens with the sign-on letter's signatories. Not a sentence with an object pronoun ("…the
 * ITU's description of it", "…hosted it at…"), which two more had opened with.
 *
 * Fourteenth session: a sentence stating the rest with its own figure where the question's is
 * wrong settles it too (`correctsFigure`; one tuning answer, "…300 to 0?", opens with "…the House
 * also passed, 397 to 0, …"); and where nothing states the question whole, a question whose
 * auxiliary is followed by a name ("Did Moscow…", "Were Brazil and India…", "Did the NTIA…")
 * opens with the first sentence of the opening passage naming it, when the opening sentence does
 * not (eleven tuning answers, "Russia refused to join…" before "The only binding international
 * cybercrime instrument in 2012 was…"; recall and every trust figure unchanged).
 */
export function decidingSentences(
  chosen: readonly Sentence[],
  keyTerms: readonly KeyTerm[],
  analyzeText: Analyze,
  figures: NonNullable<AnswerShape["claimedFigures"]>,
  subject: readonly string[],
  names: readonly string[] = [],
  universal = false,
  sole?: readonly string[],
  claim: ClaimReading = {},
): Sentence[] {
  const proposition = propositionTerms(keyTerms);
  const weight = proposition.reduce((sum, i) => sum + (keyTerms[i]?.weight ?? 0), 0);
  // (A party named "non-signatories" or "non-members" is no denial of signing.)
  const denies = (s: Sentence) =>
    (s.denies.some((i) => proposition.includes(i)) &&
      deniedKeys(s.display.replace(NON_PARTIES, " "), keyTerms, analyzeText, YES_NO).some((i) =>
        proposition.includes(i),
      )) ||
    (universal && s.usable && deniesUniversal(s.display)) ||
    (sole !== undefined && s.usable && deniesSole(s, proposition, keyTerms, sole)) ||
    (claim.counted !== undefined && s.usable && deniesCount(s, claim.counted));
  const read = inReadingOrder(chosen);
  const opening = read[0];
  if (!opening) return [];
  const decider = claimDecider(proposition, keyTerms, weight, claim, denies);
  if (decider) {
    // A count claim is settled by a smaller count of its class, a claim about a text by what the
    // text says: the first such sentence opens, of the opening passage if it has one.
    // (Of several in the passage, the one stating most of the claim: "No definition of spam was
    // added to Article 2." before "Article 5B is headed…" for "did the final ITRs define spam?")
    if (decider(opening)) return [];
    const stated = (s: Sentence) =>
      propositionStated(s, proposition, keyTerms, weight, universal, sole, claim);
    const most = (among: Sentence[]) =>
      among.reduce<Sentence | undefined>(
        (best, s) => (best === undefined || stated(s) > stated(best) ? s : best),
        undefined,
      );
    const first =
      most(read.filter((s) => s.view === opening.view && decider(s))) ?? most(read.filter(decider));
    if (first) return openingOf(first, chosen);
  }
  if (sole !== undefined) {
    // A claim that one party alone did it is settled by a sentence saying others did so too, not
    // by the party's own act ("…the United States could not sign…" for "was the US basically
    // alone in refusing to sign?"): the first such sentence opens, of the opening passage if it
    // has one.
    const others = (s: Sentence) =>
      s.usable && deniesSole(s, proposition, keyTerms, sole) && !POINTS_OUTSIDE.test(s.display);
    if (others(opening)) return [];
    const first = read.find((s) => s.view === opening.view && others(s)) ?? read.find(others);
    if (first) return openingOf(first, chosen);
  }
  if (denies(opening)) return [];
  let best: Sentence | undefined;
  let bestStated = STATES_PROPOSITION;
  for (const s of read) {
    const stated = propositionStated(s, proposition, keyTerms, weight, universal, sole, claim);
    // (Of the passage the answer opens with: another passage's denial is of another point.)
    if (stated > bestStated && s.view === opening.view && denies(s)) {
      best = s;
      bestStated = stated;
    }
  }
  if (!best) {
    // No denial: the first sentence of the opening passage stating the whole proposition, its
    // verb included, settles it the other way ("In Dubai India … still supported a spam
    // provision." for "Did India back a spam provision in Dubai?", which opened with "India
    // submitted Document 21 on 3 November 2012."), where the opening sentence states only part
    // of it. All of it, not most: a sentence sharing most of the question's words is as often
    // another point (see above).
    // (Not one pointing outside itself with an object pronoun, "…dismissed the ITU's description
    // of it as…": opening the answer, it would have nothing to refer to.)
    const full = (s: Sentence) =>
      propositionStated(s, proposition, keyTerms, weight) >= 1 && !POINTS_OUTSIDE.test(s.display);
    // A claim's figure the sources give otherwise ("89 of the 144 eligible countries signed it"
    // for "Did 100 countries sign…?"): the sentence stating the rest of it with its own figure of
    // that kind settles it too, by correcting it.
    const corrects = correctsFigure(proposition, keyTerms, figures);
    const settles = (s: Sentence) => (full(s) || corrects(s)) && !POINTS_OUTSIDE.test(s.display);
    if (!settles(opening)) best = read.find((s) => s.view === opening.view && settles(s));
    // The asked verb, however common a word ("walk out", "back", "drop"), is what the question
    // asks of its subject: where the opening sentence states the rest of the proposition without
    // it, the first sentence of the opening passage stating it too settles the question ("…Kramer
    // denied press reports that the US had threatened to walk out." for "Did the US walk out of
    // Dubai?", which opened with "Kramer said the US would oppose spam language…").
    const verbs = askedVerbs(keyTerms, proposition);
    if (!best && verbs.length > 0) {
      const withVerb = [...proposition, ...verbs];
      const verbWeight = withVerb.reduce((sum, i) => sum + (keyTerms[i]?.weight ?? 0), 0);
      const states = (s: Sentence) =>
        propositionStated(s, withVerb, keyTerms, verbWeight) >= 1 &&
        !POINTS_OUTSIDE.test(s.display);
      if (!states(opening)) best = read.find((s) => s.view === opening.view && states(s));
    }
  }
  if (!best) best = verbStated(read, opening, keyTerms, analyzeText, proposition, subject);
  if (!best && subject.length > 0) {
    // Nothing states it whole: the question is about its subject ("Did Moscow ever sign up to
    // the Budapest convention?"), so where the opening sentence sets the scene without naming it
    // ("The only binding international cybercrime instrument in 2012 was…"), the first sentence
    // of the opening passage naming the subject opens ("Russia refused to join, citing
    // sovereignty…").
    const subjectKeys = keyTerms.flatMap((k, i) => (subject.includes(k.term) ? [i] : []));
    const names = (s: Sentence) => subjectKeys.some((i) => s.keys.includes(i));
    // (The first such sentence, or none: past one pointing outside itself, "The House approved it
    // unanimously…", a later one is often about another thing, "…the House also passed … a
    // related Senate resolution".)
    const first =
      subjectKeys.length > 0 && !names(opening)
        ? read.find((s) => s.view === opening.view && names(s))
        : undefined;
    if (first?.usable && !POINTS_OUTSIDE.test(first.display)) best = first;
  }
  if (!best) {
    // A claim's name the sources give otherwise ("Were the 1988 ITRs adopted in GENEVA?", "Did
    // Obama pick LARRY STRICKLING to head the US delegation?"): where no chosen sentence states
    // it whole and the opening sentence is not about what is asked, the sentence stating the
    // rest of it with one of the names asked and a name of its own, in a passage that never
    // names the asked one, settles it by correcting it ("…adopted at the World Administrative
    // Telegraph and Telephone Conference (WATTC-88), which … scheduled for Melbourne…"),
    // whichever passage it stands in (`correctsName`).
    const corrected = correctsName(proposition, keyTerms, names, analyzeText);
    const full = (s: Sentence) => propositionStated(s, proposition, keyTerms, weight) >= 1;
    if (!read.some(full) && !corrected.aboutAsked(opening)) {
      best = read.find((s) => corrected.corrects(s) && !POINTS_OUTSIDE.test(s.display));
    }
  }
  if (!best) return [];
  // (The sentences carrying it on come with it: "He objected…" after "Parminder argued…".)
  return openingOf(best, chosen);
}

/**
 * Where no sentence denies the proposition or states all of it, the sentence of the opening
 * passage saying what the question asks its subject did: where the question names a subject
 * after its auxiliary ("Did Egypt…", "Did the European Commission…") and the opening sentence
 * says none of its verbs, one saying an asked verb as a verb (not a common word, context or a
 * word the corpus never uses; tagged as a verb in the sentence too, so "each country" or
 * "signatories" do not say "sign") with the subject, stating at least `STATES_PROPOSITION` of
 * the proposition and more than the opening sentence. "Egypt publicly denied ever supporting
 * it." for "Did Egypt support the leaked RUC proposal?" settles it; "Around 7–8 December a bloc
 * text leaked." had opened, the passage's first sentence setting the scene. Of several, the one
 * stating most, then the first. Tuning half (1,606 q): two answers reordered, recall and every
 * trust figure unchanged. Without a subject asked (any yes/no) it reordered six tuning answers
 * (four better, one worse: "EFF urged Member States to release…" before "Only ITU members could
 * see these documents.", the tagger reading "documents" as a verb) and moved held-out answers.
 */
function verbStated(
  read: readonly Sentence[],
  opening: Sentence,
  keyTerms: readonly KeyTerm[],
  analyzeText: Analyze,
  proposition: readonly number[],
  subject: readonly string[],
): Sentence | undefined {
  const weight = proposition.reduce((sum, i) => sum + (keyTerms[i]?.weight ?? 0), 0);
  // (Not a required term: a noun the tagger also read as a verb, "countries", "documents".)
  const verbs = keyTerms.flatMap((k, i) =>
    k.verb === true && k.predicate === true && !isRequired(k) && askedOwnWord(k) ? [i] : [],
  );
  // (Said as a verb in the sentence too, as the tagger reads it: not inside a noun,
  // "signatories", nor as a noun, "each country", "access to documents".)
  const saysVerb = (s: Sentence) => {
    const words = new Set([...verbWords(s.display)].flatMap((w) => analyzeText(w)));
    return verbs.some((i) => words.has(keyTerms[i]?.term ?? ""));
  };
  // (An opening sentence saying an asked verb already says what the subject did.)
  if (verbs.length === 0 || subject.length === 0 || saysVerb(opening)) return undefined;
  const subjectKeys = keyTerms.flatMap((k, i) => (subject.includes(k.term) ? [i] : []));
  const openingStated = propositionStated(opening, proposition, keyTerms, weight);
  let best: Sentence | undefined;
  let bestStated = Math.max(STATES_PROPOSITION, openingStated);
  for (const s of read) {
    if (s.view !== opening.view || !s.usable || POINTS_OUTSIDE.test(s.display)) continue;
    const own = new Set(dependencyChain(s).flatMap((c) => c.keys));
    if (!saysVerb(s)) continue;
    if (subjectKeys.length > 0 && !subjectKeys.some((i) => own.has(i))) continue;
    const stated = propositionStated(s, proposition, keyTerms, weight);
    if (stated > bestStated) {
      best = s;
      bestStated = stated;
    }
  }
  return best;
}

/**
 * The verbs of a yes/no question that `propositionTerms` leaves out as everyday words ("walk",
 * "back", "drop"): not a particle or other common word (`generic`), nor context or a word the
 * corpus never uses.
 */
function askedVerbs(keyTerms: readonly KeyTerm[], proposition: readonly number[]): number[] {
  return keyTerms.flatMap((k, i) =>
    k.predicate === true && !proposition.includes(i) && askedOwnWord(k) ? [i] : [],
  );
}

/**
 * A key term the question itself asks with weight: not a particle or other common word
 * (`generic`), nor a word from the thread's context, nor one the corpus never uses.
 */
function askedOwnWord(k: KeyTerm): boolean {
  return !k.generic && !k.fromContext && !k.unknown && !k.unseen && k.weight > 0;
}

/**
 * Whether a sentence states a yes/no question's proposition but for the figures it claims, giving
 * its own figure of that kind (a date for a year, a number for a count) where it does not give
 * the claimed one.
 */
function correctsFigure(
  proposition: readonly number[],
  keyTerms: readonly KeyTerm[],
  figures: NonNullable<AnswerShape["claimedFigures"]>,
): (s: Sentence) => boolean {
  const claimed = proposition.flatMap((i) => {
    const figure = figures.find((f) => f.terms.has(keyTerms[i]?.term ?? ""));
    return figure ? [{ i, figure }] : [];
  });
  if (claimed.length === 0) return () => false;
  const rest = proposition.filter((i) => !claimed.some((c) => c.i === i));
  const restWeight = rest.reduce((sum, i) => sum + (keyTerms[i]?.weight ?? 0), 0);
  return (s) => {
    // ("397 to 0" for "300 to 0", "1 January 2015" for "1 January 2014": part of it may agree.)
    const otherwise = claimed.filter(({ i }) => !s.keys.includes(i));
    return (
      otherwise.length > 0 &&
      rest.length > 0 &&
      propositionStated(s, rest, keyTerms, restWeight) >= 1 &&
      otherwise.every(({ figure }) => carriesAnswer(s.display, figure.date ? "date" : "number"))
    );
  };
}

/**
 * Whether a sentence states a yes/no question's proposition but for the names it gives (its
 * capitalised words): it names one of them, its passage lacks another, and it names something
 * else in its own capitalised words (not its first word, capitalised anyway). And whether a
 * sentence is about what is asked (`aboutAsked`), which no other sentence then corrects.
 */
function correctsName(
  proposition: readonly number[],
  keyTerms: readonly KeyTerm[],
  names: readonly string[],
  analyzeText: Analyze,
): { corrects: (s: Sentence) => boolean; aboutAsked: (s: Sentence) => boolean } {
  // (Not a month or a number: "the May 2012 resolution" names no one.)
  const months = new Set(MONTHS.split("|").flatMap((m) => analyzeText(m)));
  const named = proposition.filter((i) => {
    const term = keyTerms[i]?.term ?? "";
    return names.includes(term) && !months.has(term) && !/^\d/.test(term);
  });
  const rest = proposition.filter((i) => !named.includes(i));
  const restWeight = rest.reduce((sum, i) => sum + (keyTerms[i]?.weight ?? 0), 0);
  // (The whole passage: where it names the asked name elsewhere, "…the sense of Congress…", its
  // sentence naming another is about another part of the matter, "…the House also passed…".)
  const held = (s: Sentence) =>
    new Set([...s.view.sentences.flatMap((c) => c.keys), ...s.view.headingKeys]);
  // A sentence naming every name asked (itself or what it leans on: a heading says only what
  // the passage is about) and stating most of the rest is about what is asked, not another
  // matter: "the United Kingdom suggested the … word 'robustness'" for "Was it the UK that
  // proposed the word robustness for the security article?" is not corrected by the article's
  // text. One naming the place asked for another meeting ("…the … Forum in Geneva in May 2013")
  // states little of the rest.
  const aboutAsked = (s: Sentence) => {
    const own = new Set(dependencyChain(s).flatMap((c) => c.keys));
    return (
      named.every((i) => own.has(i)) && propositionStated(s, rest, keyTerms, restWeight) >= 0.5
    );
  };
  if (named.length === 0 || rest.length === 0) return { corrects: () => false, aboutAsked };
  const asked = new Set(keyTerms.map((k) => k.term));
  const corrects = (s: Sentence) => {
    const h = held(s);
    return (
      named.some((i) => !h.has(i)) &&
      names.some((t) => s.terms.has(t)) &&
      propositionStated(s, rest, keyTerms, restWeight) >= 1 &&
      s.display
        .split(/\s+/)
        .slice(1)
        .some(
          (w) =>
            /^\p{Lu}\p{Ll}/u.test(w) &&
            analyzeText(w).some((t) => !asked.has(t) && !names.includes(t)),
        )
    );
  };
  return { corrects, aboutAsked };
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
function deniesSole(
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
const POINTS_OUTSIDE =
  /\b(?:of|to|for|on|about|with|against|into|from|by|over|behind|\w+ed)\s+(?:it|them)\b/i;

/** Parties named by what they did not do: "non-signatories", "non-members", "non-parties". */
const NON_PARTIES = /\bnon-\p{L}+(?:ies|s)\b/giu;
const NON_PARTIES_IN = /\bnon-\p{L}+(?:ies|s)\b/iu;

const YES_NO: AnswerShape = { expected: "yes-no", sides: [] };

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
