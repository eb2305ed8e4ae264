// A question the passages found for it do not cover as a whole may be covered another way: a
// comparison side by side (`bySide`), a question asking two things by its first ask (`byAsk`), a
// request for the dates of a series of events event by event (`byEvent`). Each way is a reader of
// one shape (`CoverageReader`); the engine tries them in order (`COVERAGE_READERS`) and takes the
// first that covers. Covered another way, no one place states the whole question: never "full".
// (A follow-up naming its topic by a stand-in is read before the coverage decision, not after:
// follow-up-reading.ts.)
import type { QuestionAnalysis } from "../search/question.ts";
import { analyzeQuestion } from "../search/question.ts";
import { asksOnItsOwn, firstAsk } from "../search/question-asks.ts";
import { sideHolder } from "../search/question-comparison.ts";
import type { ScoredPassage, WordCase } from "../types.ts";
import { askedFocus } from "./asked-focus.ts";
import { distinctTerms, namesOfAsk, ownAsks, timelineEvents } from "./asks.ts";
import { asksNotesCaveats, caveatQueries, gatheredCaveats, isCaveatWord } from "./caveat-list.ts";
import { type ComparedSide, eachSideCovered } from "./compared-sides.ts";
import { withoutComparingAsk } from "./comparing-ask.ts";
import { shapeReading } from "./coverage-reading.ts";
import { datedPair } from "./dated-pair-asks.ts";
import { laterAskAsksRole } from "./demand-roles.ts";
import type { AnswerShape } from "./extractive.ts";
import type { DatedEvent } from "./extractive-timeline.ts";
import { firstSideAspect } from "./first-side-aspect.ts";
import { gappedAsks } from "./gapped-asks.ts";
import { itemAsks, itemNames } from "./item-asks.ts";
import { isRequired } from "./key-term-roles.ts";
import { leadInAsksBesideEvents } from "./lead-in-asks.ts";
import { namesOnlyCommon } from "./name-case.ts";
import { asksForList, itemStated, namedListItems, type StatedItem } from "./named-items.ts";
import { withOfficeHolders } from "./office-holder-terms.ts";
import { partDatedThere, partNamedThere } from "./part-asks.ts";
import { assessRelevance, type Relevance } from "./relevance.ts";
import type { RelevanceRule } from "./relevance-rule.ts";
import { countsSpanOfTwoEnds, type SidedAsks, sideAsksBesideItems } from "./side-asks.ts";
import { type Analyze, containsTerm, type KeyTerm } from "./terms.ts";

/** A search of the corpus for a text (memoised by the engine per answer): its best passages. */
export type Search = (query: string) => Promise<ScoredPassage[]>;

/** What the readers take from the engine: how it reads a question and a passage. */
export interface CoverageTools {
  /** A question's key terms (its asking sentence's). */
  keyTermsFor(question: string): KeyTerm[];
  /** The shape of answer a question asks for. */
  shapeOf(analysis: QuestionAnalysis, texts: readonly string[]): AnswerShape;
  /** The question's own analyzer. */
  analyzeText: Analyze;
  /** Passages' analyzer (acronyms as written). */
  readText: Analyze;
  rule: RelevanceRule;
  /** How the corpus writes a word (name-case.ts); absent, case is not read. */
  wordCase?: (word: string) => WordCase;
}

/** A question as the coverage decision left it: what a reader reads. */
export interface AssessedQuestion {
  /** The question as searched. */
  question: string;
  analysis: QuestionAnalysis;
  shape: AnswerShape;
  keyTerms: readonly KeyTerm[];
  /** The decision on the question's passages as a whole. */
  assessed: Pick<Relevance, "covered" | "absentTerms" | "unverifiedAsked" | "failedChecks">;
  passages: ScoredPassage[];
  /** Read in its thread with the earlier question as context. */
  followUp: boolean;
  search: Search;
}

/** The check failed by a question whose whole window names nothing a later ask names. */
export const LATER_ASK_UNMET = "laterAskUnmet";

export type CoveredBy = "bySide" | "byAsk" | "byEachAsk" | "byEvent" | "byItem" | "byCaveat";

/** One ask of a question asking two or three things, covered on its own (`byEachAsk`). */
export interface CoveredAsk {
  ask: string;
  /** The passages it is covered on. */
  passages: ScoredPassage[];
  /** Its own key terms. */
  keyTerms: KeyTerm[];
  /** The passage whose window covers it, to lead its answer. */
  windowPassageId?: string;
}

/** A question covered another way, and what its answer needs from that way. */
export interface CoveredOtherwise {
  by: CoveredBy;
  /** Each event with the passages dating it (`byEvent`): the answer gives them one a point. */
  events?: DatedEvent[];
  /** Each ask with the passages covering it (`byEachAsk`): the answer states them in turn. */
  asks?: CoveredAsk[];
  /**
   * Each named item with the sentence stating it (`byItem`), or each caveat of the notes gathered
   * (`byCaveat`): the answer gives one a bullet.
   */
  items?: StatedItem[];
}

export interface CoverageReader {
  by: CoveredBy;
  /** Whether it reads the question (most read only one the passages do not cover as a whole). */
  reads(asked: AssessedQuestion): boolean;
  /** Covered this way: how, with what the answer needs; else undefined. */
  covers(asked: AssessedQuestion, tools: CoverageTools): Promise<CoveredOtherwise | undefined>;
}

/** What a comparison is about, without its sides: "vs … on the final text". */
export function comparedTopic(analysis: QuestionAnalysis): string {
  return analysis.sides.reduce((text, side) => text.replace(side, " "), analysis.focus);
}

/**
 * A comparison the question's passages do not cover as a whole is covered side by side: each side
 * is looked up with the comparison's topic ("Kroes on the final text") and judged on the
 * question's terms without the other sides' (see `eachSideCovered`).
 */
const bySide: CoverageReader = {
  by: "bySide",
  reads: ({ assessed }) => !assessed.covered,
  async covers({ analysis, shape, keyTerms, search }, { readText, rule, keyTermsFor }) {
    const sides = shape.sides;
    if (analysis.kind !== "compare" || analysis.sides.length < 2) return undefined;
    if (sides.length !== analysis.sides.length) return undefined;
    // (The comparison's own ask, "- how do they differ", "- same point or not", and its "vs" are
    // asked of neither side: `withoutComparingAsk`.)
    const whole = comparedTopic(analysis);
    const topic = withoutComparingAsk(whole);
    const topicTerms = new Set(keyTermsFor(topic).map((k) => k.term));
    const askOnly = new Set(
      keyTermsFor(whole)
        .map((k) => k.term)
        .filter((t) => !topicTerms.has(t)),
    );
    // Every word another side's holder is written with is that side's, not the topic's: "the
    // African regional contribution" names Africa, and "regional contribution" is asked of it alone.
    const written = analysis.sides.map((side) => keyTermsFor(sideHolder(side)).map((k) => k.term));
    // The first side's own aspect ("China's C59 vs what Russia first sent…") is not asked of the
    // later sides: only the words of it the rest of the topic does not write.
    const aspect = firstSideAspect(analysis.focus, analysis.sides);
    const laterTopic = aspect === undefined ? topic : topic.replace(aspect, " ");
    const laterTerms = new Set(keyTermsFor(laterTopic).map((k) => k.term));
    const firstOnly = new Set(
      aspect === undefined
        ? []
        : keyTermsFor(aspect)
            .map((k) => k.term)
            .filter((t) => !laterTerms.has(t)),
    );
    const compared = await Promise.all(
      analysis.sides.map(async (side, i): Promise<ComparedSide> => {
        const others = new Set(
          sides.flatMap((terms, j) =>
            j === i ? [] : [...terms.map((k) => k.term), ...(written[j] ?? [])],
          ),
        );
        const own = sides[i] ?? [];
        const ownTerms = new Set(own.map((k) => k.term));
        const question = `${side} ${i === 0 ? topic : laterTopic}`;
        const notAsked = (k: KeyTerm) =>
          !ownTerms.has(k.term) && (askOnly.has(k.term) || (i > 0 && firstOnly.has(k.term)));
        return {
          question,
          own,
          keyTerms: keyTerms.filter(
            (k) => (ownTerms.has(k.term) || !others.has(k.term)) && !notAsked(k),
          ),
          passages: await search(question),
        };
      }),
    );
    return eachSideCovered(compared, readText, rule, analysis.sidesCounted === true)
      ? { by: "bySide" }
      : undefined;
  },
};

/**
 * A question asking two things ("How many members does CEPT have, and did any EU state sign?")
 * whose terms no one place holds together is covered where its first ask is covered on its own,
 * by the same rule and with the answer that ask expects, and nothing the rest names is missing
 * from the corpus. (Where the second ask starts is `splitAsks`'s rule: a later question word, a
 * yes/no or a count after a comma, or a new question after a question mark.) Not a follow-up.
 */
const byAsk: CoverageReader = {
  by: "byAsk",
  reads: ({ assessed, followUp }) => !assessed.covered && !followUp,
  async covers(asked, tools) {
    const { question, assessed, passages, search } = asked;
    const first = firstAsk(question);
    if (first.length === question.length || assessed.absentTerms.length > 0) return undefined;
    // ("When did the EG-ITRs hold their second meeting and also who chaired it?": the date alone
    // is no answer to who chaired it, which the whole question's place had to state.)
    if (laterAskAsksRole(question)) return undefined;
    // ("which came first, A or B? dates pls": a question whose asks are its items, one each, is
    // answered item by item where `byEachAsk` covers every item; the text before its question
    // mark is no ask of one of them. Where an item is not covered, it is read as before. The
    // items' coverage is given here, as `byEachAsk`, the next reader with the same `reads`, would
    // give it, rather than judged a second time there.)
    if (itemAsks(question).length >= 2) {
      const each = await byEachAsk.covers(asked, tools);
      if (each) return each;
    }
    // ("…, and how many have ratified the 2012 ITRs since?": what the corpus says it did not
    // verify is not answered by the first ask's count.)
    if (assessed.unverifiedAsked === true) return undefined;
    const coveredOn = firstAskCoveredOn(question, first, tools);
    // The first ask is covered where the whole question's passages cover it and, asked alone, its
    // own passages do too: the second ask's passages ("what did they say at the closing?") can
    // hold the first's words without answering it ("The United States asked China…" for "who led
    // the Chinese delegation…?", which alone is refused).
    if (!coveredOn(passages) || !coveredOn(await search(first))) return undefined;
    const later = await namedLaterAsksCovered(asked, tools);
    if (later === undefined) return undefined;
    return byAskCovered(asked, later, tools);
  },
};

/**
 * Whether passages cover a question's first ask, read alone, by the same rule and with the answer
 * that ask expects.
 */
function firstAskCoveredOn(
  question: string,
  first: string,
  tools: CoverageTools,
): (found: readonly ScoredPassage[]) => boolean {
  const { keyTermsFor, shapeOf, analyzeText, readText, rule, wordCase } = tools;
  const analysis = analyzeQuestion(first);
  const unnamed = wordCase ? namesOnlyCommon(analysis.content, wordCase) : [];
  // "When did PP-14 close? need the final day for the timeline": a remark after the first ask
  // that asks nothing of its own still says how precise its date must be.
  const rest = question.slice(first.length);
  const dateUnitText = asksOnItsOwn(rest) ? first : question;
  return (found: readonly ScoredPassage[]) => {
    const foundTexts = found.map(({ passage }) => passage.text);
    const shape = shapeOf(analysis, foundTexts);
    return assessRelevance(
      found,
      withOfficeHolders(first, keyTermsFor(first), foundTexts, analyzeText),
      readText,
      {
        ...shapeReading(analysis, shape, unnamed, readText),
        rule,
        question: first,
        dateUnitText,
        firstAsk: true,
      },
    ).covered;
  };
}

/** A question's own asks, their key terms, and its later asks covered each on its own. */
interface LaterAsksCovered {
  asks: string[];
  own: KeyTerm[][];
  covered: CoveredAsk[];
}

/**
 * Each later ask naming a name of its own must be covered too, judged alone: "…, and how
 * did India vote on it?" is not answered by the vote's result, nor "…, and what was the
 * Senate's vote on it?" by the House's. (Only a name, as `laterAskUnmet` reads it: judged
 * alone, "…and how long did it survive before the chair binned it?" has lost what "it" is.)
 * Undefined where one is not covered.
 */
async function namedLaterAsksCovered(
  asked: AssessedQuestion,
  tools: CoverageTools,
): Promise<LaterAsksCovered | undefined> {
  const { question, passages, search } = asked;
  const { keyTermsFor, analyzeText } = tools;
  const asks = ownAsks(question);
  const own = asks.map(keyTermsFor);
  const names = asks.map((ask) => new Set(namesOfAsk(ask, analyzeText)));
  const distinct = distinctTerms(own, names);
  const covered: CoveredAsk[] = [];
  for (const [i, ask] of asks.entries()) {
    const named = names[i] ?? new Set<string>();
    // (Or a later ask whose shape asks a detail of its own, `askedFocus`: "…, and who paid for
    // the venue?" names nothing, but the payer it asks no place of the first ask states.)
    const ownNamed = (distinct[i] ?? []).some((k) => named.has(k.term));
    if (i === 0 || !(ownNamed || askedFocus(ask) !== undefined)) continue;
    const later = await askCovered(ask, own[i] ?? [], passages, search, tools);
    if (later === undefined) return undefined;
    covered.push(later);
  }
  return { asks, own, covered };
}

/**
 * Where the place covering the whole question names nothing a later ask alone names
 * (`laterAskUnmet`, engine.ts), the answer states each ask in turn, from the passages
 * covering it: the whole question's led with one stating the first ask alone. (Not for every
 * question covered by its first ask: "am I right that WTSA-12 … was held in Geneva?" then
 * quoted the expert group's Geneva meeting.)
 */
async function byAskCovered(
  asked: AssessedQuestion,
  later: LaterAsksCovered,
  tools: CoverageTools,
): Promise<CoveredOtherwise> {
  const { assessed, passages, search } = asked;
  const { asks, own, covered } = later;
  const firstCovered =
    covered.length === asks.length - 1 && assessed.failedChecks?.includes(LATER_ASK_UNMET)
      ? await askCovered(asks[0] as string, own[0] ?? [], passages, search, tools)
      : undefined;
  return firstCovered ? { by: "byAsk", asks: [firstCovered, ...covered] } : { by: "byAsk" };
}

/**
 * A request for the dates of a series of events ("Need dates for a timeline: Russia's Doc 27
 * going in and getting revised, then the bloc rewrite leaking and being taken off the table"),
 * which no one window of its passages covers, is covered event by event (dates23): each event
 * (`timelineEvents`), read as a when question on its own, is covered by a window of the question's
 * passages, or of the event's own, that dates the act it names (`datesAskedAct`). The dates of a
 * timeline sit in two paragraphs or more, and one window held only one. Not a follow-up. (A
 * request that one place already covers is still answered event by event when it is no list: one
 * paragraph's answer gave one of the dates.)
 */
const byEvent: CoverageReader = {
  by: "byEvent",
  reads: ({ assessed, shape, followUp }) =>
    !followUp && (!assessed.covered || shape.list === undefined),
  async covers(
    { question, assessed, passages, search },
    { keyTermsFor, analyzeText, readText, rule },
  ) {
    if (assessed.absentTerms.length > 0 || assessed.unverifiedAsked === true) return undefined;
    const events = timelineEvents(question, (event) => keyTermsFor(event).some(isRequired));
    if (events.length < 2) return undefined;
    const coveredOn = (event: string, found: readonly ScoredPassage[]) => {
      const foundTexts = found.map(({ passage }) => passage.text);
      return assessRelevance(
        found,
        withOfficeHolders(event, keyTermsFor(event), foundTexts, analyzeText),
        readText,
        { rule, expected: "date", question: event },
      ).covered;
    };
    const dated: DatedEvent[] = [];
    // (The event's own passages first: the question's may lead its answer with another event's
    // paragraph naming the same body.)
    for (const event of events) {
      const own = await search(event);
      const found = coveredOn(event, own) ? own : coveredOn(event, passages) ? passages : undefined;
      if (found === undefined) return undefined;
      dated.push({ event, passages: found });
    }
    return { by: "byEvent", events: dated };
  },
};

/**
 * A question asking two or three things ("who chaired the conference, and how did Iran's vote
 * turn out?"), often from two notes, that no one place covers and whose first ask alone does not
 * cover (`byAsk`), is covered ask by ask: each ask (`ownAsks`), read with its own terms, is
 * covered by the same rule and with the answer it expects, on its own passages or on the whole
 * question's (`askCovered`), and the answer states each in turn from them (engine.ts).
 * Every ask must be covered: a part the corpus does not hold is not papered over by the other
 * part's passage. A later ask must name something of its own (`distinctTerms`): "and what did he
 * say?" names nothing a place could be checked for. Not a follow-up; never "full".
 */
const byEachAsk: CoverageReader = {
  by: "byEachAsk",
  reads: ({ assessed, followUp }) => !assessed.covered && !followUp,
  async covers({ question, assessed, passages, search }, tools) {
    if (assessed.unverifiedAsked === true) return undefined;
    // (Items named first and asked of each at the end are asks too, one per item: item-asks.ts.)
    // (So are the sides of a two-sided question, each given the detail asked: "how many days
    // between A and B", "was A before or after B", "how big was A, next to B": side-asks.ts.)
    const sides = sideAsksBesideItems(question);
    const items = sides?.asks ?? itemAsks(question);
    const written = ownAsks(question);
    // (A later ask that leaves out the first's question and verb, "…, and the US?", is written
    // out with them: gapped-asks.ts. Its name is what it asks of, however common the word.)
    // (So are noun phrases after a lead-in naming the kind wanted, "two numbers for the slide: X,
    // and Y", each asked with that kind's question: lead-in-asks.ts. Not a series of events to
    // date, which `byEvent` reads after this reader.)
    const gapped =
      items.length < 2 && written.length < 2
        ? [gappedAsks(question), leadInAsksBesideEvents(question, tools.keyTermsFor)]
        : [];
    const unwritten = gapped.find((asks) => asks.length >= 2) ?? [];
    const asks = items.length >= 2 ? items : unwritten.length >= 2 ? unwritten : written;
    if (asks.length < 2 || asks.length > MAX_ASKS) return undefined;
    const own = asks.map(tools.keyTermsFor);
    if (absentOutsideAsks(withoutSpanUnit(assessed.absentTerms, question), own)) return undefined;
    const names =
      items.length >= 2
        ? (sides?.items.map((side) => new Set(tools.analyzeText(side))) ??
          itemNames(question, tools.analyzeText))
        : unwritten.length >= 2
          ? unwritten.map((ask) => new Set(namesOfAsk(ask, tools.analyzeText)))
          : undefined;
    const distinct = distinctTerms(own, names);
    if (distinct.some((terms, i) => i > 0 && terms.length === 0)) return undefined;
    const covered: CoveredAsk[] = [];
    for (const [i, ask] of asks.entries()) {
      const found = await askCovered(ask, own[i] ?? [], passages, search, tools);
      if (found === undefined) return undefined;
      covered.push(found);
    }
    // (A part asked only for its date must be dated by a sentence naming it: part-asks.ts.)
    const dated = datedPartsOf(question, sides);
    if (dated.length > 0 && !eachPartDated(dated, covered, tools.analyzeText, sides?.named))
      return undefined;
    return { by: "byEachAsk", asks: covered };
  },
};
/**
 * The parts a question asks only for their dates, in the order of its asks: a joined question's
 * parts or a two-sided question's ends marked `dated` (part-asks.ts, side-asks.ts), or the two
 * things `datedPair` sets side by side ("which came first, A or B"). Not the further asks after
 * them, which are judged as asked. Empty for any other question.
 */
function datedPartsOf(question: string, sides: SidedAsks | undefined): string[] {
  if (sides !== undefined)
    return sides.dated === true
      ? sides.items.slice(0, sides.items.length - (sides.further ?? 0))
      : [];
  return datedPair(question)?.items.slice(0, 2) ?? [];
}

/**
 * Whether each dated part's covering passage dates it in a sentence naming it, and, where the
 * reading asks it (`named`, side-asks.ts), writes the part's rarest name the corpus has.
 */
function eachPartDated(
  parts: readonly string[],
  covered: readonly CoveredAsk[],
  analyzeText: Analyze,
  named = false,
): boolean {
  return covered.every((c, i) => {
    const window = c.passages.find(({ passage }) => passage.id === c.windowPassageId);
    const place = window ?? c.passages[0];
    const part = parts[i] ?? "";
    if (!partDatedThere(part, place, analyzeText, c.keyTerms)) return false;
    // (A covered ask past the dated parts, or with no passage, has no end to name.)
    if (!named || i >= parts.length || place === undefined) return true;
    return partNamedThere(part, place, analyzeText, c.keyTerms);
  });
}

/**
 * Whether a term the whole question's reading finds absent from the corpus is written outside
 * every ask (a remark or lead-in no ask carries). One an ask writes is left to that ask's own
 * judgement (`askCovered`), which refuses it where the ask alone reads it so: read whole, "when
 * did the Budapest Convention come into force, and how many years after that did the ITU Council
 * set up the EG-ITRs" counted "years", a word the notes never write; the later ask alone asks the
 * time between two events, a date (`BETWEEN_EVENTS_LEAD`), and the notes date both.
 */
function absentOutsideAsks(absent: readonly string[], asks: readonly KeyTerm[][]): boolean {
  const written = new Set(asks.flatMap((terms) => terms.map((k) => k.term)));
  return absent.some((term) => !written.has(term));
}

/** Units of time a span is counted in, as index terms: "years", "decades", "months"… */
const TIME_UNIT = /^(?:year|decad|month|week|dai|hour)$/;

/**
 * The whole question's absent terms less the unit of a span counted between two ends it names
 * (`countsSpanOfTwoEnds`): "how many YEARS went by between A and B", "A and B - how many years
 * apart". The notes date events and never write "years"; read whole, the unit is a thing the
 * corpus lacks, and no end's ask writes it, so the question was refused end and all. Its ends are
 * asked here for their dates, each dated by a sentence naming it (`eachPartDated`); the question
 * judged whole keeps the unit absent, so a window giving some other count beside one year ("cargo
 * grew from 2 million tonnes in 1975") never answers it. A count of years naming no two ends
 * ("how many years had Touré been Secretary-General when Dubai opened") keeps it absent too.
 */
function withoutSpanUnit(absent: readonly string[], question: string): readonly string[] {
  return countsSpanOfTwoEnds(question) ? absent.filter((t) => !TIME_UNIT.test(t)) : absent;
}

/**
 * A question's asks each covered on its own, as `byEachAsk` judges them, whatever the decision on
 * the question as a whole: for one covered whole whose window states none of one of its asks
 * (`someAskUnmet`, engine.ts). Undefined where an ask is not covered.
 */
export async function askByAsk(
  asked: AssessedQuestion,
  tools: CoverageTools,
): Promise<CoveredAsk[] | undefined> {
  return (await byEachAsk.covers(asked, tools))?.asks;
}

/**
 * One ask of a question, judged alone by the coverage rule with the answer it expects (`terms`
 * its own key terms): covered on its own passages or, failing that, on the whole question's.
 */
export async function askCovered(
  ask: string,
  terms: readonly KeyTerm[],
  passages: readonly ScoredPassage[],
  search: Search,
  tools: CoverageTools,
): Promise<CoveredAsk | undefined> {
  const judged = await askJudged(ask, terms, passages, search, tools);
  const found = judged.find((j) => j.relevance.covered);
  if (found === undefined) return undefined;
  const { windowPassageId } = found.relevance;
  return {
    ask,
    passages: [...found.passages],
    keyTerms: found.keyTerms,
    ...(windowPassageId ? { windowPassageId } : {}),
  };
}

/** One ask's judgement on one set of passages (`askJudged`). */
export interface AskJudgement {
  passages: readonly ScoredPassage[];
  keyTerms: KeyTerm[];
  relevance: Relevance;
}

/**
 * One ask judged alone as `askCovered` judges it: on its own passages and, where they do not
 * cover it, on the whole question's. The last judgement is the covering one, if any.
 */
export async function askJudged(
  ask: string,
  terms: readonly KeyTerm[],
  passages: readonly ScoredPassage[],
  search: Search,
  { shapeOf, analyzeText, readText, rule, wordCase }: CoverageTools,
): Promise<AskJudgement[]> {
  const analysis = analyzeQuestion(ask);
  const unnamed = wordCase ? namesOnlyCommon(analysis.content, wordCase) : [];
  const judgeOn = (found: readonly ScoredPassage[]): AskJudgement => {
    const foundTexts = found.map(({ passage }) => passage.text);
    const shape = shapeOf(analysis, foundTexts);
    // (Answered with its own terms: the other asks' words, as context, led "who chaired the
    // conference?" to a paragraph naming the Chair beside the vote asked next.)
    const keyTerms = withOfficeHolders(ask, [...terms], foundTexts, analyzeText);
    const relevance = assessRelevance(found, keyTerms, readText, {
      ...shapeReading(analysis, shape, unnamed, readText),
      rule,
      question: ask,
      firstAsk: true,
    });
    return { passages: found, keyTerms, relevance };
  };
  const own = judgeOn(await search(ask));
  return own.relevance.covered ? [own] : [own, judgeOn(passages)];
}

/**
 * A list or drafting request naming three to six items after its lead ("spell out roa, oa, td,
 * cwg and eg-itrs in a line each"), which no one place covers, is covered item by item where the
 * notes state every item: each item's own passages, then the question's, hold a sentence naming
 * it (named-items.ts). One item no sentence names leaves the request refused: the items the notes
 * hold do not paper over the one they lack. Not a follow-up; never "full".
 */
const byItem: CoverageReader = {
  by: "byItem",
  reads: ({ question, assessed, followUp, analysis }) =>
    !assessed.covered && !followUp && asksForList(question, analysis),
  async covers({ question, assessed, passages, search }, { keyTermsFor, readText }) {
    if (assessed.absentTerms.length > 0 || assessed.unverifiedAsked === true) return undefined;
    const items = namedListItems(question);
    if (items.length === 0) return undefined;
    const stated: StatedItem[] = [];
    for (const item of items) {
      const own = await search(item);
      const seen = new Set(own.map(({ passage }) => passage.id));
      const found = [...own, ...passages.filter(({ passage }) => !seen.has(passage.id))];
      // (An item's required words name it: "ones" in "the busan ones" is no name.)
      const terms = keyTermsFor(item);
      const named = terms.filter(isRequired);
      const one = itemStated(item, named.length > 0 ? named : terms, found, readText);
      if (one === undefined) return undefined;
      stated.push(one);
    }
    return { by: "byItem", items: stated };
  },
};

/**
 * A list or drafting request asking of the notes' own caveats ("draft a source-caveats box: the
 * claims across our notes flagged as single-sourced, uncorroborated or only likely"), which no one
 * place covers, is covered by gathering them: the question's passages and those the notes' caveat
 * wording finds, one caveat a passage, two or more (caveat-list.ts). Not a request naming its own
 * items (`byItem` reads those), not a follow-up, not one with `absentTerms` or asking what the
 * notes say they did not verify (`unverifiedAsked`: a count or yes/no the gap leaves open).
 */
const byCaveat: CoverageReader = {
  by: "byCaveat",
  reads: ({ question, assessed, followUp, analysis }) =>
    !assessed.covered &&
    !followUp &&
    asksForList(question, analysis) &&
    asksNotesCaveats(question) &&
    namedListItems(question).length === 0,
  async covers({ question, assessed, passages, search, keyTerms }, { readText }) {
    if (assessed.absentTerms.length > 0 || assessed.unverifiedAsked === true) return undefined;
    const found = [...passages];
    for (const query of caveatQueries) found.push(...(await search(query)));
    const items = gatheredCaveats(question, found, readText);
    if (items.length === 0) return undefined;
    // A required word the question's own passages name is its topic ("which budget lines of the
    // ITU secretariat our notes could not verify"): some caveat must name it too, or the caveats
    // gathered are about other things. (The caveat words themselves, "caveat", "verify", ask the
    // kind, not the topic.)
    const said = (text: string) => new Set(readText(text));
    const named = (k: KeyTerm, texts: readonly string[]) =>
      texts.some((text) => containsTerm(said(text), k));
    const ownTexts = passages.map(({ passage }) => passage.text);
    const caveatTexts = items.map(({ sentence }) => sentence);
    const offTopic = keyTerms.some(
      (k) => isRequired(k) && !isCaveatWord(k.term) && named(k, ownTexts) && !named(k, caveatTexts),
    );
    return offTopic ? undefined : { by: "byCaveat", items };
  },
};

/** The most asks a question is read as asking one by one: more are a list's. */
const MAX_ASKS = 3;

/** The ways tried, in order: a question covered one way is not read the next. */
export const COVERAGE_READERS: readonly CoverageReader[] = [
  bySide,
  byAsk,
  byEachAsk,
  byEvent,
  byItem,
  byCaveat,
];

/**
 * The first reader of `readers` that reads the question and covers it. (`byEvent` also reads a
 * request its passages cover as a whole: what it gives then shapes the answer, not its coverage.)
 */
export async function coveredOtherwise(
  asked: AssessedQuestion,
  tools: CoverageTools,
  readers: readonly CoverageReader[] = COVERAGE_READERS,
): Promise<CoveredOtherwise | undefined> {
  for (const reader of readers) {
    if (!reader.reads(asked)) continue;
    const covered = await reader.covers(asked, tools);
    if (covered) return covered;
  }
  return undefined;
}
