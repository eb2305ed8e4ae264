// How a window meets the question's terms (`termMeeting`: said, opening a compound, clipped, a
// name of the kind asked, a sentence pointing back, grounds for "justification", a period for "how
// many days"). How much of their weight it holds and which required terms it lacks is
// `termCoverage` (window-term-coverage.ts); the check on a question resting on one required term
// is `loneTermMeets` (window-lone-term.ts).

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
import { isBackdropTerm, isRequired } from "./key-term-roles.ts";
import { namesKind } from "./name-kinds.ts";
import { namesAnotherDoer } from "./premise-guess.ts";
import type { QuestionDemands } from "./question-demands.ts";
import { isRunInHeading, seriesItems } from "./sentences.ts";
import { seriesSampled } from "./series-sampled.ts";
import { withoutFieldWords, withoutNameWords } from "./term-alternatives.ts";
import { containsTerm, type KeyTerm } from "./terms.ts";
import type { Window, WindowReader } from "./window-reading.ts";
import { leansOn } from "./window-referents.ts";

/**
 * A pronoun pointing back at what the sentence before named ("…had signed it"): a thing's or a
 * group's only (pointing-words.ts), as the terms read across are a thing's (a text signed, a
 * group counted). A person's pronoun and the demonstratives were never read here; taking them
 * would change answers, to be measured first.
 */
const POINTS_BACK = new RegExp(String.raw`\b${pointingWords(THING_PRONOUNS)}\b`, "i");

/** A run-in heading ("Unity statement and Best Bits.") is this short: no sentence to point back at. */
const HEADING_WORDS = 6;

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
