// What opens a yes-no answer (`decidingSentences`): the sentence of the answer settling the
// question, a denial, a statement of the whole proposition, a correction of a figure or a name the
// question gets wrong, the sentence saying what the subject did or naming it, with the sentences
// it leans on. Split out of `extractive-yes-no.ts`, which leads the answer with the passage
// stating the proposition and holds the readers of how much a sentence states or denies it.
import { MONTHS } from "../text.ts";
import { carriesAnswer } from "./evidence.ts";
import type { AnswerShape } from "./extractive-shape.ts";
import { dependencyChain, inReadingOrder, openingOf, type Sentence } from "./extractive-view.ts";
import {
  askedOwnWord,
  claimDecider,
  deniedKeys,
  deniesSole,
  NON_PARTIES,
  POINTS_OUTSIDE,
  propositionStated,
  propositionTerms,
  STATES_PROPOSITION,
  YES_NO,
} from "./extractive-yes-no.ts";
import { isRequired } from "./key-term-roles.ts";
import { verbWords } from "./question-predicates.ts";
import type { Analyze, KeyTerm } from "./terms.ts";
import { type ClaimReading, deniesCount, deniesUniversal } from "./yes-no-claims.ts";

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
  const asked: AskedProposition = { proposition, keyTerms, weight, universal, sole, claim };
  const denies = (s: Sentence) => deniesAsked(asked, analyzeText, s);
  const read = inReadingOrder(chosen);
  const opening = read[0];
  if (!opening) return [];
  const answer: AnswerRead = { chosen, read, opening };
  const claimOpening = claimDecidedOpening(asked, answer, denies);
  if (claimOpening !== undefined) return claimOpening;
  const soleOpening = othersTooOpening(asked, answer);
  if (soleOpening !== undefined) return soleOpening;
  if (denies(opening)) return [];
  const best =
    strongestDenial(asked, answer, denies) ??
    settlingSentence(asked, answer, figures) ??
    askedVerbStatement(asked, answer) ??
    verbStated(read, opening, keyTerms, analyzeText, proposition, subject) ??
    subjectNamer(asked, answer, subject) ??
    nameCorrection(asked, answer, names, analyzeText);
  if (!best) return [];
  // (The sentences carrying it on come with it: "He objected…" after "Parminder argued…".)
  return openingOf(best, chosen);
}

/**
 * A yes/no question's proposition (`propositionTerms`, of summed `weight`) and the claims it
 * makes: of a whole class (`universal`), of one party alone (`sole`), a count or a text (`claim`).
 */
interface AskedProposition {
  proposition: readonly number[];
  keyTerms: readonly KeyTerm[];
  weight: number;
  universal: boolean;
  sole: readonly string[] | undefined;
  claim: ClaimReading;
}

/** The answer's chosen sentences, in reading order (`read`), and the one it opens with now. */
interface AnswerRead {
  chosen: readonly Sentence[];
  read: readonly Sentence[];
  opening: Sentence;
}

/** How much of the proposition a sentence states (`propositionStated`), every claim read. */
function statedOf(asked: AskedProposition, s: Sentence): number {
  const { proposition, keyTerms, weight, universal, sole, claim } = asked;
  return propositionStated(s, proposition, keyTerms, weight, universal, sole, claim);
}

/**
 * Whether a sentence denies the proposition: a term of it negated in its own words (a party named
 * "non-signatories" or "non-members" is no denial of signing), or a claim of a whole class, of
 * one party alone or of a count denied.
 */
function deniesAsked(asked: AskedProposition, analyzeText: Analyze, s: Sentence): boolean {
  const { proposition, keyTerms, universal, sole, claim } = asked;
  return (
    (s.denies.some((i) => proposition.includes(i)) &&
      deniedKeys(s.display.replace(NON_PARTIES, " "), keyTerms, analyzeText, YES_NO).some((i) =>
        proposition.includes(i),
      )) ||
    (universal && s.usable && deniesUniversal(s.display)) ||
    (sole !== undefined && s.usable && deniesSole(s, proposition, keyTerms, sole)) ||
    (claim.counted !== undefined && s.usable && deniesCount(s, claim.counted))
  );
}

/**
 * A count claim is settled by a smaller count of its class, a claim about a text by what the
 * text says (`claimDecider`): the first such sentence opens, of the opening passage if it has
 * one, with what it leans on; none moves where the opening sentence decides it already ([]).
 * (Of several in the passage, the one stating most of the claim: "No definition of spam was
 * added to Article 2." before "Article 5B is headed…" for "did the final ITRs define spam?")
 * Undefined where the question makes no such claim or no sentence decides it.
 */
function claimDecidedOpening(
  asked: AskedProposition,
  { chosen, read, opening }: AnswerRead,
  denies: (s: Sentence) => boolean,
): Sentence[] | undefined {
  const { proposition, keyTerms, weight, claim } = asked;
  const decider = claimDecider(proposition, keyTerms, weight, claim, denies);
  if (!decider) return undefined;
  if (decider(opening)) return [];
  const stated = (s: Sentence) => statedOf(asked, s);
  const most = (among: Sentence[]) =>
    among.reduce<Sentence | undefined>(
      (best, s) => (best === undefined || stated(s) > stated(best) ? s : best),
      undefined,
    );
  const first =
    most(read.filter((s) => s.view === opening.view && decider(s))) ?? most(read.filter(decider));
  return first ? openingOf(first, chosen) : undefined;
}

/**
 * A claim that one party alone did it is settled by a sentence saying others did so too, not by
 * the party's own act ("…the United States could not sign…" for "was the US basically alone in
 * refusing to sign?"): the first such sentence opens, of the opening passage if it has one, with
 * what it leans on; none moves where the opening sentence says so already ([]). Undefined where
 * the question makes no such claim or no sentence denies it.
 */
function othersTooOpening(
  { proposition, keyTerms, sole }: AskedProposition,
  { chosen, read, opening }: AnswerRead,
): Sentence[] | undefined {
  if (sole === undefined) return undefined;
  const others = (s: Sentence) =>
    s.usable && deniesSole(s, proposition, keyTerms, sole) && !POINTS_OUTSIDE.test(s.display);
  if (others(opening)) return [];
  const first = read.find((s) => s.view === opening.view && others(s)) ?? read.find(others);
  return first ? openingOf(first, chosen) : undefined;
}

/**
 * The denial stating most of the proposition (more than `STATES_PROPOSITION`, the denial's bonus
 * included), of the passage the answer opens with: another passage's denial is of another point.
 */
function strongestDenial(
  asked: AskedProposition,
  { read, opening }: AnswerRead,
  denies: (s: Sentence) => boolean,
): Sentence | undefined {
  let best: Sentence | undefined;
  let bestStated = STATES_PROPOSITION;
  for (const s of read) {
    const stated = statedOf(asked, s);
    if (stated > bestStated && s.view === opening.view && denies(s)) {
      best = s;
      bestStated = stated;
    }
  }
  return best;
}

/**
 * No denial: the first sentence of the opening passage stating the whole proposition, its verb
 * included, settles it the other way ("In Dubai India … still supported a spam provision." for
 * "Did India back a spam provision in Dubai?", which opened with "India submitted Document 21 on
 * 3 November 2012."), where the opening sentence states only part of it. All of it, not most: a
 * sentence sharing most of the question's words is as often another point (see
 * `decidingSentences`). (Not one pointing outside itself with an object pronoun, "…dismissed the
 * ITU's description of it as…": opening the answer, it would have nothing to refer to.)
 * A claim's figure the sources give otherwise ("89 of the 144 eligible countries signed it" for
 * "Did 100 countries sign…?"): the sentence stating the rest of it with its own figure of that
 * kind settles it too, by correcting it (`correctsFigure`).
 */
function settlingSentence(
  { proposition, keyTerms, weight }: AskedProposition,
  { read, opening }: AnswerRead,
  figures: NonNullable<AnswerShape["claimedFigures"]>,
): Sentence | undefined {
  const full = (s: Sentence) =>
    propositionStated(s, proposition, keyTerms, weight) >= 1 && !POINTS_OUTSIDE.test(s.display);
  const corrects = correctsFigure(proposition, keyTerms, figures);
  const settles = (s: Sentence) => (full(s) || corrects(s)) && !POINTS_OUTSIDE.test(s.display);
  return settles(opening) ? undefined : read.find((s) => s.view === opening.view && settles(s));
}

/**
 * The asked verb, however common a word ("walk out", "back", "drop"), is what the question asks
 * of its subject: where the opening sentence states the rest of the proposition without it, the
 * first sentence of the opening passage stating it too settles the question ("…Kramer denied
 * press reports that the US had threatened to walk out." for "Did the US walk out of Dubai?",
 * which opened with "Kramer said the US would oppose spam language…").
 */
function askedVerbStatement(
  { proposition, keyTerms }: AskedProposition,
  { read, opening }: AnswerRead,
): Sentence | undefined {
  const verbs = askedVerbs(keyTerms, proposition);
  if (verbs.length === 0) return undefined;
  const withVerb = [...proposition, ...verbs];
  const verbWeight = withVerb.reduce((sum, i) => sum + (keyTerms[i]?.weight ?? 0), 0);
  const states = (s: Sentence) =>
    propositionStated(s, withVerb, keyTerms, verbWeight) >= 1 && !POINTS_OUTSIDE.test(s.display);
  return states(opening) ? undefined : read.find((s) => s.view === opening.view && states(s));
}

/**
 * Nothing states it whole: the question is about its subject ("Did Moscow ever sign up to the
 * Budapest convention?"), so where the opening sentence sets the scene without naming it ("The
 * only binding international cybercrime instrument in 2012 was…"), the first sentence of the
 * opening passage naming the subject opens ("Russia refused to join, citing sovereignty…").
 * (The first such sentence, or none: past one pointing outside itself, "The House approved it
 * unanimously…", a later one is often about another thing, "…the House also passed … a related
 * Senate resolution".)
 */
function subjectNamer(
  { keyTerms }: AskedProposition,
  { read, opening }: AnswerRead,
  subject: readonly string[],
): Sentence | undefined {
  if (subject.length === 0) return undefined;
  const subjectKeys = keyTerms.flatMap((k, i) => (subject.includes(k.term) ? [i] : []));
  const namesSubject = (s: Sentence) => subjectKeys.some((i) => s.keys.includes(i));
  const first =
    subjectKeys.length > 0 && !namesSubject(opening)
      ? read.find((s) => s.view === opening.view && namesSubject(s))
      : undefined;
  return first?.usable && !POINTS_OUTSIDE.test(first.display) ? first : undefined;
}

/**
 * A claim's name the sources give otherwise ("Were the 1988 ITRs adopted in GENEVA?", "Did Obama
 * pick LARRY STRICKLING to head the US delegation?"): where no chosen sentence states it whole
 * and the opening sentence is not about what is asked, the sentence stating the rest of it with
 * one of the names asked and a name of its own, in a passage that never names the asked one,
 * settles it by correcting it ("…adopted at the World Administrative Telegraph and Telephone
 * Conference (WATTC-88), which … scheduled for Melbourne…"), whichever passage it stands in
 * (`correctsName`).
 */
function nameCorrection(
  { proposition, keyTerms, weight }: AskedProposition,
  { read, opening }: AnswerRead,
  names: readonly string[],
  analyzeText: Analyze,
): Sentence | undefined {
  const corrected = correctsName(proposition, keyTerms, names, analyzeText);
  const full = (s: Sentence) => propositionStated(s, proposition, keyTerms, weight) >= 1;
  if (read.some(full) || corrected.aboutAsked(opening)) return undefined;
  return read.find((s) => corrected.corrects(s) && !POINTS_OUTSIDE.test(s.display));
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
