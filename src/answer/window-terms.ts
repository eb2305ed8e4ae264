// How a window meets the question's terms (`termMeeting`: said, opening a compound, clipped, a
// name of the kind asked, a sentence pointing back, grounds for "justification", a period for "how
// many days"), how much of their weight it holds and which required terms it lacks
// (`termCoverage`), and the check on a question resting on one required term (`loneTermMeets`).

import { pointingWords, THING_PRONOUNS } from "../search/pointing-words.ts";
import { MONTHS } from "../text.ts";
import { seriesTellsAskedAct } from "./counted-series-act.ts";
import { SERIES_OF_ITEMS } from "./demand-classes.ts";
import {
  carriesAnswer,
  countsThing,
  isYearTerm,
  saysNotEstablished,
  statesMomentInEvent,
} from "./evidence.ts";
import { claimsCompulsion, statesWeakerAct } from "./hedged-act.ts";
import {
  isBackdropTerm,
  isNearTopicTerm,
  isRequired,
  isTopicTerm,
  missingWeight,
} from "./key-term-roles.ts";
import { namesKind } from "./name-kinds.ts";
import { namesAnotherDoer } from "./premise-guess.ts";
import type { QuestionDemands } from "./question-demands.ts";
import { isRunInHeading, seriesItems, seriesLength } from "./sentences.ts";
import { seriesSampled } from "./series-sampled.ts";
import { withoutFieldWords, withoutNameWords } from "./term-alternatives.ts";
import { containsTerm, type KeyTerm } from "./terms.ts";
import { WINDOW_SENTENCES, type Window, type WindowReader } from "./window-reading.ts";
import { countedEarlier, leansOn } from "./window-referents.ts";

/**
 * A pronoun pointing back at what the sentence before named ("…had signed it"): a thing's or a
 * group's only (pointing-words.ts), as the terms read across are a thing's (a text signed, a
 * group counted). A person's pronoun and the demonstratives were never read here; taking them
 * would change answers, to be measured first.
 */
const POINTS_BACK = new RegExp(String.raw`\b${pointingWords(THING_PRONOUNS)}\b`, "i");

/** A run-in heading ("Unity statement and Best Bits.") is this short: no sentence to point back at. */
const HEADING_WORDS = 6;

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

/** The ways one window meets the question's terms. */
export interface TermMeeting {
  /**
   * Whether a sentence gives the date, count or name expected (a count of the thing counted).
   * `exact`: not through a series of examples, which gives a floor, not the count
   * (`seriesSampled`); a "full" answer needs it so.
   */
  carries: (text: string, at?: number, exact?: boolean) => boolean;
  /** Whether a noun asking for reasons is met by the grounds the window gives. */
  givesGrounds: (k: KeyTerm) => boolean;
  /** Whether a claimed figure is met by the window's own figure of the same thing. */
  figureGiven: (k: KeyTerm) => boolean;
  /** Whether the window meets the term in any way it may be met. */
  meetsTerm: (k: KeyTerm) => boolean;
  /**
   * Whether window sentence `j` counts the thing counted by the corpus's own noun for its class,
   * naming that noun ("89 of the 144 eligible countries signed it" for "how many governments
   * signed"), and states the rest of what is asked (`countsAlike`).
   */
  countedAlike: (j: number) => boolean;
}

/** The index terms of the months' names ("decemb"), read once. */
let monthTerms: ReadonlySet<string> | undefined;
function monthTermsOf(reader: WindowReader): ReadonlySet<string> {
  monthTerms ??= new Set(reader.analyzeText(MONTHS.split("|").join(" ")));
  return monthTerms;
}

/**
 * The ways window `w` meets the question's terms (`TermMeeting`). A term is met where the window
 * says it, opens a compound with it, names one of the kind asked for, or points back at an
 * earlier sentence naming it ("He later argued…" after "Richard Hill argued…"); the readings of a
 * count (`countMeetings`), of a noun asking for a type of answer (`typedMeetings`), of a guessed
 * doer (`guessCorrection`), of the field's own nouns (`saidIn`) and of an earlier date
 * (`datedEarlierIn`) are built apart.
 */
export function termMeeting(d: QuestionDemands, reader: WindowReader, w: Window): TermMeeting {
  const { counted } = d;
  const { spans, sentences } = w.passage;
  const i = w.at;
  const window = w.terms;
  const windowSpans = w.spans;
  const { listsCounted, countsAlike, carries } = countMeetings(d, reader, w);
  const { givesGrounds, measuresTime, datesIt, givesFigures, figureGiven } = typedMeetings(d, w);
  const guessCorrected = guessCorrection(d, reader, w);
  const saidHere = saidIn(w);
  const datedEarlier = datedEarlierIn(d, reader, w);
  // "the global telecom treaty" where the window names "the ITRs": a name whose long form says
  // the word (`nameWords`) meets it only as the last word the window lacks. It names the thing
  // the word describes, and says nothing of the rest: "Europe's regional telecom body … holding
  // off on signing" is not answered by a paragraph naming CEPT that says nothing of signing.
  const namedByLongForm = (k: KeyTerm) =>
    [...(k.nameWords ?? []), ...(k.broaderWords ?? [])].some(
      (alt) => alt.length > 0 && alt.every((t) => window.has(t)),
    ) &&
    d.required.every(
      (other) =>
        other === k || meetsOtherwise(other) || (d.backdropUnsaid && isBackdropTerm(other)),
    );
  const meetsTerm = (k: KeyTerm) => meetsOtherwise(k) || namedByLongForm(k);
  const meetsOtherwise = (key: KeyTerm) => {
    const k = withoutNameWords(key);
    return (
      saidHere(k) ||
      guessCorrected(k) ||
      (key === counted && windowSpans.some((s) => listsCounted(s.text))) ||
      // "How many NATIONS attended, according to Cisco?" where Cisco's report "says 151 ITU Member
      // States attended": the thing counted is named by the corpus's own noun for its class, in
      // the sentence that counts it and states the rest of what is asked (`countsAlike`).
      (key === counted && windowSpans.some((_, j) => countsAlike(j))) ||
      measuresTime(k) ||
      datesIt(k) ||
      givesFigures(k) ||
      figureGiven(k) ||
      opensCompound(k, window, reader.vocabulary) ||
      clippedFrom(k, window) ||
      windowSpans.some((s, j) => reader.namesKindOf(k, s.text, sentences[i + j])) ||
      windowSpans.some((_, j) => leansOn(spans, sentences, i + j, k)) ||
      datedEarlier(k)
    );
  };
  // (Naming the class, not a bare count: "…so 55 did not sign" counts no NGOs.)
  const countedAlike = (j: number) =>
    countsAlike(j) &&
    (windowSpans[j]?.text ?? "").split(/\s+/).some((word) => d.countsAlike?.(word) === true);
  return { carries, givesGrounds, figureGiven, meetsTerm, countedAlike };
}

/**
 * How window `w` gives a count of the thing counted: a series of its items (`listsCounted`), a
 * count by the corpus's own noun for its class (`countsAlike`, for window sentence `j`), and
 * whether a text carries the date, count or name expected (`carries`).
 */
function countMeetings(d: QuestionDemands, reader: WindowReader, w: Window) {
  const { counted, isCounted, expected } = d;
  // Only where the text names the thing counted can a count be of something else; "orgs" may
  // be counted as "120 organisations".
  const countedHere = counted !== undefined && containsTerm(w.terms, counted);
  const listsCounted = (text: string, exact = false) => listsCountedIn(d, reader, text, exact);
  const countsAlike = (j: number) => countsAlikeAt(d, w, j);
  const namesAsked = (word: string) => namesQuestionWord(d, reader, word);
  const carries = (text: string, j?: number, exact = false) =>
    isCounted
      ? (countedHere ? countsThing(text, isCounted) : countsThing(text, namesAsked, 1)) ||
        (j !== undefined && countsAlike(j)) ||
        listsCounted(text, exact)
      : carriesAnswer(text, expected) ||
        (d.asksMoment && statesMomentInEvent(text)) ||
        listsCounted(text, exact);
  return { listsCounted, countsAlike, carries };
}

/**
 * Whether a text counts the thing counted by listing it: "How many governments were listed as
 * backers…?" is answered by the list: "…coming from Russia, the UAE, China, Saudi Arabia,
 * Algeria, Sudan and Egypt" counts them, though no number stands there. Not a series one of whose
 * items is the body asked about (`itemIsBody`); where `exact`, nor a series of examples.
 */
function listsCountedIn(
  d: QuestionDemands,
  reader: WindowReader,
  text: string,
  exact: boolean,
): boolean {
  const { countedKind } = d;
  if (countedKind === undefined) return false;
  const items = seriesItems(text);
  // (Where `exact`, nor a series of examples: "…from countries including Argentina, Brazil, …"
  // gives at most a floor, not how many, `seriesSampled`.)
  if (items.some((item) => itemIsBody(d, reader, item)) || (exact && seriesSampled(items))) {
    return false;
  }
  return (
    items.filter((item) => namesKind(item, countedKind) || countedKind.item?.test(item) === true)
      .length >= SERIES_OF_ITEMS &&
    seriesTellsAskedAct(d.keyTerms, reader.analyzeText(text), d.countingAskTerms)
  );
}

/**
 * Whether an item of a series names the body asked about (`typedNames`): "These are CITEL (the
 * Americas), CEPT (Europe), … and the Asia-Pacific Telecommunity" lists the groupings beside it,
 * not its member countries. (The item must be the body's name, with a word at most besides:
 * "Russia refused to join, citing sovereignty, and … it joined China, Tajikistan and Uzbekistan"
 * opens with a clause on Russia, no item of a list of its fellows.)
 */
function itemIsBody(d: QuestionDemands, reader: WindowReader, item: string): boolean {
  const said = reader.analyzeText(item.replace(/\([^()]*\)/g, " "));
  const body = d.typedNames.filter((k) => containsTerm(new Set(said), k));
  if (body.length === 0) return false;
  const named = new Set(body.flatMap((k) => [k.term, ...k.alternatives.flat()]));
  return said.filter((t) => !named.has(t)).length <= 1;
}

/**
 * Whether a word names a word of the question, or one clipped from it in full ("orgs", "120
 * organisations"). Where the text does not name the thing counted, only a count that names
 * nothing else, or one right before a word of the question, may be of it ("77 in favour"): "two
 * versions of the ITRs" or "six regional groupings" count other things, and say nothing of how
 * many members a group has.
 */
function namesQuestionWord(d: QuestionDemands, reader: WindowReader, word: string): boolean {
  const terms: ReadonlySet<string> = new Set(reader.readPassage(word));
  return d.keyTerms.some(
    (k) =>
      containsTerm(terms, k) ||
      (k.term.length >= 3 &&
        [...terms].some((t) => t.length > k.term.length && t.startsWith(k.term))),
  );
}

/**
 * Whether window sentence `j` counts the thing counted by the corpus's own noun for its class:
 * "How many NGOs signed the unity statement?" is answered by "more than 120 organisations … had
 * signed it": a count of the corpus's own noun for the class asked (`COUNT_NOUN_CLASSES`), in a
 * sentence stating the rest of what is asked, its verb too, itself or in the sentence its "it" or
 * "they" points back at (`statedAround`; so "31 Member States signed" says nothing of how many
 * governments attached reservations), and never in a sentence saying the count is unverified.
 */
function countsAlikeAt(d: QuestionDemands, w: Window, j: number): boolean {
  const { counted } = d;
  const text = w.spans[j]?.text ?? "";
  if (!d.countsAlike || saysNotEstablished(text) || !countsThing(text, d.countsAlike)) {
    return false;
  }
  const stated = statedAround(w, j);
  return d.keyTerms.every(
    (k) =>
      !(isRequired(k) || k.verb === true) ||
      k === counted ||
      k.generic === true ||
      k.fromContext === true ||
      (counted?.alternatives.some((alt) => alt.includes(k.term)) ?? false) ||
      containsTerm(stated, k),
  );
}

/**
 * The terms window sentence `j` states, with those of the sentence before where its "it" or
 * "they" points back at it: never the window's next sentence, nor a heading ("120 organisations"
 * under "Unity statement and Best Bits" does not say how many attended Best Bits).
 */
function statedAround(w: Window, j: number): Set<string> {
  const { sentences } = w.passage;
  const i = w.at;
  const text = w.spans[j]?.text ?? "";
  return new Set([
    ...(sentences[i + j] ?? []),
    ...(j > 0 && POINTS_BACK.test(text) && !isHeading(w, w.spans[j - 1]?.text ?? "")
      ? (sentences[i + j - 1] ?? [])
      : []),
  ]);
}

/** Whether a window's text is a heading: a run-in one, or one of its passage's section path. */
function isHeading(w: Window, text: string): boolean {
  return (
    text.trim().split(/\s+/).length <= HEADING_WORDS || isRunInHeading(text, w.passage.sectionPath)
  );
}

/**
 * The nouns asking for a type of answer that window `w` meets by giving one, in any words:
 * grounds for a reason noun, a period for a unit of time, a date for a calendar unit, a count for
 * a noun of figures, the window's own figure for a claimed one.
 */
function typedMeetings(d: QuestionDemands, w: Window) {
  const { expected, reasonNouns, timeUnits, calendarUnits, figureNouns, figures } = d;
  const windowSpans = w.spans;
  // (A date, or the moment within an event asked for: "on the second day".)
  const datedHere = (text: string) =>
    carriesAnswer(text, "date") || (d.asksMoment && statesMomentInEvent(text));
  return {
    // "What JUSTIFICATION did Kramer give…" is answered by the grounds he gave, in any words.
    givesGrounds: (k: KeyTerm) =>
      k.asked === true &&
      reasonNouns.has(k.term) &&
      windowSpans.some((s) => carriesAnswer(s.text, "reason")),
    // "For how many DAYS did it run?" is answered by "from 3 to 14 December": the unit of a
    // duration asked for is met by any period the window gives.
    measuresTime: (k: KeyTerm) =>
      expected === "duration" &&
      timeUnits.has(k.term) &&
      windowSpans.some((s) => carriesAnswer(s.text, "duration")),
    // "On which DAY was security first raised?" is answered by "…first came up on 5 December":
    // the unit of a date asked for is met by any date the window gives.
    datesIt: (k: KeyTerm) =>
      expected === "date" &&
      calendarUnits.has(k.term) &&
      windowSpans.some((s) => datedHere(s.text)),
    // "What STATISTICS did Touré cite…?" is answered by "mobile subscriptions up from about 4.3
    // million…": a noun asking for figures is met by any count the window gives.
    givesFigures: (k: KeyTerm) =>
      figureNouns.has(k.term) && windowSpans.some((s) => carriesAnswer(s.text, "number")),
    // "Fact check: 193 countries signed in Melbourne": a place giving its own count of the
    // countries that signed there answers the claim, whatever the count.
    figureGiven: (k: KeyTerm) =>
      isRequired(k) &&
      figures.some(
        (f) =>
          f.terms.has(k.term) &&
          windowSpans.some((s) =>
            f.date
              ? carriesAnswer(s.text, "date")
              : f.counted
                ? countsThing(s.text, f.counted)
                : carriesAnswer(s.text, "number"),
          ),
      ),
  };
}

/**
 * Whether window `w` meets a cleft's guessed name by naming another doer of the act.
 * "Was it Canada that suggested the word robustness…?": a cleft presupposes that one party did
 * the act, so a place saying that another party of the kind did it ("the United Kingdom
 * suggested the more technical word "robustness"") answers it by correcting the guess, as a
 * source's own figure corrects a claimed one. Only the guessed name's terms, only where
 * another name stands right before the act's own verb as its doer (`namesAnotherDoer`): a
 * place naming another party for something else ("When Spain asked whether that had been a
 * vote" for "…that voted for…") or sharing the act in a series settles nothing. And only where
 * the window states every other word of the question but the common ones: the guess is the one
 * thing it may correct ("…the word STABILITY instead of security", "…to ARTICLE 9" are other
 * acts, which no place corrects). Never "full": the guessed name stays unmet for the label.
 */
function guessCorrection(
  d: QuestionDemands,
  reader: WindowReader,
  w: Window,
): (k: KeyTerm) => boolean {
  const { cleft, cleftTerms: guessTerms } = d;
  return (k) =>
    cleft !== undefined &&
    isRequired(k) &&
    guessTerms.has(k.term) &&
    d.keyTerms.every(
      (other) =>
        guessTerms.has(other.term) ||
        other.generic === true ||
        other.fromContext === true ||
        containsTerm(w.terms, other),
    ) &&
    w.spans.some((s) => namesAnotherDoer(s.text, cleft, reader.analyzeText));
}

/**
 * Whether window `w` says a term. The field's own noun for the asker's ("operators" for
 * "carriers") meets it only where the window's sentences say it: a note titled "…operating
 * agencies…" is about them, but does not say that its every paragraph speaks of carriers. (Or the
 * passage's own heading, which says what its paragraph tells: "What were Kroes's gripes with the
 * security and spam articles?" is answered under "Why some still objected." by what she called
 * them and warned of.)
 */
function saidIn(w: Window): (k: KeyTerm) => boolean {
  const { sentences } = w.passage;
  const ownTerms = new Set([
    ...w.spans.flatMap((_, j) => sentences[w.at + j] ?? []),
    ...w.passage.headingTerms,
  ]);
  return (k) =>
    k.fieldWords === undefined
      ? containsTerm(w.terms, k)
      : containsTerm(w.terms, withoutFieldWords(k)) ||
        k.fieldWords.some((alt) => alt.length > 0 && alt.every((t) => ownTerms.has(t)));
}

/**
 * Whether an asked year or month stands in an earlier sentence of window `w`'s paragraph.
 * "Who chaired the Dubai one back in December 2012?": "The Dubai conference. … took place in
 * Dubai from 3 to 14 December 2012. … The TRA's Director General … chaired the conference." An
 * asked year or month stated by an earlier sentence of the window's own paragraph dates what
 * the paragraph goes on to tell, as a heading would. (The question's own years and months only;
 * the checks that a year stands with its event still read the window's sentences. Not for a
 * claim or a yes/no: "Did Peru host the 2019 talks?" is not met by "Brazil hosted the 2019
 * talks. … Peru sent observers", the year and the act it checks standing apart.)
 */
function datedEarlierIn(
  d: QuestionDemands,
  reader: WindowReader,
  w: Window,
): (k: KeyTerm) => boolean {
  const i = w.at;
  const earlier =
    i > 0 && !d.checksVerb ? new Set(w.passage.sentences.slice(0, i).flat()) : undefined;
  return (k) =>
    earlier !== undefined &&
    !k.fromContext &&
    (isYearTerm(k.term) || monthTermsOf(reader).has(k.term)) &&
    containsTerm(earlier, k);
}

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
 * A question resting on one required term ("what Pakistan argued") needs a sentence where
 * that term meets another of the question's words, not a passing mention in a list; in a
 * passage whose title or headings name it, every sentence is about it. Under a heading that
 * names it ("Key provisions." for "the key provisions of the final ITRs"), the paragraph is
 * about it as a whole: the other word may be anywhere in the window or its title, and an
 * everyday one ("How did WCITLeaks get STARTED?") may be worded otherwise ("launched").
 */
export function loneTermMeets(
  d: QuestionDemands,
  reader: WindowReader,
  w: Window,
  met: TermMeeting,
): boolean {
  return (
    d.required.length !== 1 ||
    // (Beside only the corpus's topic, which any passage may leave unsaid, the lone term meets
    // nothing more: "which new articles were added to the ITRs?" On the tuning half: wrong
    // refusals 29 → 28 of 433, nothing else changed.)
    d.otherTerms.every(isTopicTerm) ||
    // A follow-up's lone term in a place naming the earlier turn's subject is about that
    // subject: "…it was sent to the Senate" two sentences after "H. Con. Res. 127".
    (d.earlierSubject.some((k) => containsTerm(w.terms, k)) && loneTermInWindow(d, w)) ||
    loneTermHeadsWindow(d, w) ||
    (besideOnlyLooseWords(d) && loneTermInWindow(d, w)) ||
    loneTermMeetsInSentence(d, reader, w, met)
  );
}

/** The lone required term stands in one of the window's sentences. */
function loneTermInWindow(d: QuestionDemands, w: Window): boolean {
  const i = w.at;
  return w.passage.sentences
    .slice(i, i + WINDOW_SENTENCES)
    .some((t) => containsTerm(new Set(t), d.required[0] as KeyTerm));
}

/**
 * A heading names the lone term ("Key provisions."), and another of the question's words stands
 * anywhere in the window or is an everyday one, which may be worded otherwise.
 */
function loneTermHeadsWindow(d: QuestionDemands, w: Window): boolean {
  return (
    containsTerm(w.passage.headingTerms, d.required[0] as KeyTerm) &&
    d.otherTerms.some((k) => containsTerm(w.terms, k) || k.everyday === true)
  );
}

/**
 * Beside only everyday words ("the petition HANDED IN at the END"), or adjectives when what the
 * speaker said is asked ("what did Kramer say about the FINAL text", where the corpus says "the
 * revised ITRs"; `said` checks it is reported), the lone term is all the question is about: a
 * sentence stating it may word the rest otherwise ("delivered").
 */
function besideOnlyLooseWords(d: QuestionDemands): boolean {
  const { otherTerms, speaker } = d;
  // So beside nouns the corpus never uses, which no sentence can state ("what the Arab group
  // wanted changed in the RULEBOOK"); not a verb ("How was WCITLeaks FINANCED?") nor the thing
  // asked for ("the FCC chief's KNOCK on…"): those are what is asked. On the tuning half (833
  // questions): wrong refusals 43 -> 42 of 659, nugget recall 0.842 -> 0.844, out-of-scope
  // refused 145 of 174 and answered "full" 2 unchanged.
  return (
    otherTerms.length > 0 &&
    otherTerms.every(
      (k) =>
        k.everyday === true ||
        (k.unknown === true && k.predicate !== true && k.asked !== true) ||
        isTopicTerm(k) ||
        (speaker !== undefined && k.predicate === true && !k.verb),
    )
  );
}

/** A sentence of the window where the lone term meets another of the question's words. */
function loneTermMeetsInSentence(
  d: QuestionDemands,
  reader: WindowReader,
  w: Window,
  met: TermMeeting,
): boolean {
  const { otherTerms } = d;
  const { spans, sentences, contextTerms } = w.passage;
  const i = w.at;
  return sentences.slice(i, i + WINDOW_SENTENCES).some((t, j) => {
    const terms = new Set(t);
    const only = d.required[0] as KeyTerm;
    // (Or, for the thing counted, a count of it by the corpus's noun for its class: "how many
    // governments signed the ITRs in Dubai?" by "89 of the 144 eligible countries signed it".
    // On the tuning half (1,352 questions): one wrong refusal fewer, nothing else moved; read
    // as any count, not one naming the class, a near miss on accredited NGOs was answered.)
    return (
      (containsTerm(terms, only) ||
        containsTerm(contextTerms, only) ||
        reader.namesKindOf(only, spans[i + j]?.text ?? "", t) ||
        (only === d.counted && met.countedAlike(j))) &&
      // (Or in the sentence that counted the ones it names: "Which countries did not
      // sign?", "Did the US sign?" are met by "the 55 included the US, UK…" after "…so 55
      // did not sign".)
      // (Or a unit of the date asked, met by the date the sentence gives: "Which MONTH did
      // security first come up?" by "…security first came up on 5 December".)
      otherTerms.some(
        (k) =>
          containsTerm(terms, k) ||
          countedEarlier(spans, sentences, i + j, k) ||
          (d.expected === "date" &&
            d.calendarUnits.has(k.term) &&
            carriesAnswer(spans[i + j]?.text ?? "", "date")),
      )
    );
  });
}

/** Shortest word that may open a compound, and shortest rest: "cyber|secur", not "state|ment". */
const COMPOUND_PART = 5;
const COMPOUND_REST = 4;

/**
 * "Keeping cyber out of the treaty" is said by "…cybersecurity should be kept out": a question's
 * word (as an index term) that opens a closed compound of the text whose rest is a word of the
 * passages too ("cyber" + "secur", "junk" + "mail"), the word written as part of the compound.
 * A word ending in "y" opens its compound as written, not as Porter stems it ("policy" is the
 * term "polici", and opens "policymaking"), and a rest of three letters is a word where Porter
 * took the "e" of a longer word's ending ("policymak" for "policymaking", whose rest stands for
 * "make").
 */
function opensCompound(
  key: KeyTerm,
  terms: ReadonlySet<string>,
  vocabulary: ReadonlySet<string>,
): boolean {
  if (key.term.length < COMPOUND_PART || !/^\p{L}+$/u.test(key.term)) return false;
  const written = key.term.endsWith("i") ? `${key.term.slice(0, -1)}y` : key.term;
  for (const t of terms) {
    for (const part of written === key.term ? [key.term] : [key.term, written]) {
      if (!t.startsWith(part)) continue;
      const rest = t.slice(part.length);
      if (rest.length >= COMPOUND_REST && vocabulary.has(rest)) return true;
      if (rest.length === COMPOUND_REST - 1 && vocabulary.has(`${rest}e`)) return true;
    }
  }
  return false;
}

/**
 * Whether the key term is a clipped word whose full form the text uses: "prep" for "preparatory",
 * "info" for "information", "Euro" for "European". Only a word the corpus never has, of at least
 * `CLIPPED_LEAST` letters: a shorter one ("doc", "gov") opens too many others, and a word the
 * corpus has is its own word ("chair" is not "chairman").
 */
export function clippedFrom(key: KeyTerm, terms: ReadonlySet<string>): boolean {
  if (!key.unseen || key.fromContext || key.term.length < CLIPPED_LEAST) return false;
  if (!/^\p{L}+$/u.test(key.term)) return false;
  for (const t of terms) if (t.length > key.term.length && t.startsWith(key.term)) return true;
  return false;
}
const CLIPPED_LEAST = 4;

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
