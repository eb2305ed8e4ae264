// The answer engine: question in, cited Answer out. It owns validation, follow-up rewriting,
// retrieval, the relevance floor and the choice between an LLM answer and the extractive one; an
// LLM failure of any kind becomes an extractive answer that says why.
import { DEFAULT_ANSWER_DEADLINE_MS } from "../config.ts";
import { WcitError } from "../errors.ts";
import type { Logger } from "../log.ts";
import { analyze } from "../search/analyze.ts";
import type { Glossary } from "../search/glossary.ts";
import {
  type AnswerType,
  analyzeQuestion,
  askedWithReferents,
  asksOnItsOwn,
  CAPITALISED_WORD,
  capitalisedNames,
  firstAsk,
  type QuestionAnalysis,
  questionContent,
  splitAsks,
  standaloneNames,
} from "../search/question.ts";
import type { CorrectedQuestion } from "../search/spelling.ts";
import type {
  Answer,
  AnswerEngine,
  AnswerOptions,
  Coverage,
  ScoredPassage,
  TokenUsage,
  WordCase,
} from "../types.ts";
import { type CitedText, distinctTerms, ownAsks, timelineEvents, withLeadOf } from "./asks.ts";
import { claimedFigures } from "./coverage-claims.ts";
import { laterAskAsksRole } from "./coverage-demands.ts";
import { DEADLINE_PASSED, type Deadline, deadlineReason, startDeadline } from "./deadline.ts";
import { saysNotEstablished } from "./evidence.ts";
import { type AnswerShape, composeExtractive } from "./extractive.ts";
import { composeTimeline, type DatedEvent } from "./extractive-timeline.ts";
import { asksOfEvery, asksOfText, countedClassAsked, soleClaimParty } from "./extractive-yes-no.ts";
import { askedOfNewSubject } from "./follow-up-subject.ts";
import { topicStandIns, withoutStandIns } from "./follow-up-topic.ts";
import {
  guidanceFor,
  listItemGuidance,
  UNSETTLED_GUIDANCE,
  WORK_SAYS_GUIDANCE,
} from "./guidance.ts";
import {
  ANSWER_PASSAGES,
  LIST_ANSWER_PASSAGES,
  LIST_PER_DOCUMENT_CAP,
  MAX_QUESTION_LENGTH,
  NOT_COVERED_TEXT,
  SEARCH_RESULTS,
} from "./limits.ts";
import type { LlmAnswerer, Retrieve } from "./llm-contract.ts";
import { namesOnlyCommon } from "./name-case.ts";
import { cleftGuess, doerName, premiseGuess } from "./parts-of-speech.ts";
import {
  assessRelevance,
  type ComparedSide,
  coverageOf,
  eachSideCovered,
  RELEVANCE_RULE,
  type RelevanceRule,
  windowStatesQuestion,
} from "./relevance.ts";
import {
  type Analyze,
  containsTerm,
  glossaryAlternatives,
  glossaryNamesOfKind,
  glossaryShortenedNames,
  isNearTopicTerm,
  isRequired,
  type KeyTerm,
  keyTermsOf,
  type TermWeight,
  withAcronyms,
  withOfficeHolders,
  withoutSenseWords,
} from "./terms.ts";
import { forceAsked } from "./yes-no-legal-force.ts";

const CLOSEST_SOURCES = 3;
/**
 * The most words an answer adding the sentence that states a later ask's fact runs to: issue #12
 * aims at 60–150, and that one sentence may take it a little past.
 */
const MAX_ANSWER_WORDS = 160;
/** Passages retrieved for each side of a comparison. */
const SIDE_PASSAGES = 2;
/** One side of a comparison searched with the comparison's topic: its best passages. */
type SideSearch = (query: string) => Promise<ScoredPassage[]>;
/** A side's best passage scores this share of the question's best. */
const SIDE_SCORE_SHARE = 0.85;
/**
 * The name right after a yes/no question's auxiliary (and "the"), capitalised, of one word or
 * several: "Did MOSCOW ever…", "Were BRAZIL and India…", "Did the NTIA…", "Didn't ACCESS call…".
 */
const YES_NO_AUXILIARY =
  /^(?:did|didn['’]t|does|doesn['’]t|do|was|wasn['’]t|were|weren['’]t|is|isn['’]t|are|aren['’]t|has|hasn['’]t|have|haven['’]t|had|will|would|could|can)\s+(?:the\s+)?/i;
const LEADING_NAME = new RegExp(`^${CAPITALISED_WORD}(?:\\s+${CAPITALISED_WORD})*`, "u");
/** A capitalised word in a side of a comparison: the side's name. */
const SIDE_NAME = new RegExp(CAPITALISED_WORD, "gu");
/**
 * A follow-up continues a conversation the corpus already answered, in few words of its own ("did
 * his delegation end up signing the treaty?"): one of them, and up to half their weight, may be
 * worded otherwise in the passage.
 */
const FOLLOW_UP_LENIENCE: Partial<RelevanceRule> = { extraMissing: 1, maxMissingShare: 0.5 };
/** A follow-up's earlier question counts this much beside the follow-up's own words. */
const CONTEXT_TERM_WEIGHT = 0.5;
/** How many passages a follow-up's own words add to its thread's (`withOwnSearch`). */
const OWN_SEARCH_PASSAGES = 2;
/** The thread's passages read before a follow-up's own (`withOwnSearch`). */
const THREAD_LEAD_PASSAGES = 3;

/**
 * Questions the starter corpus answers with full coverage (checked by tests/answer/e2e.test.ts);
 * a composition root with another corpus passes its own `suggested`.
 */
export const DEFAULT_SUGGESTED_QUESTIONS = [
  "Why is the ITU ill-suited to regulate cybersecurity?",
  "What does Article 5A of the 2012 ITRs say about security?",
  "Why did the United States refuse to sign the 2012 ITRs?",
  "How many countries signed the revised ITRs in Dubai?",
];

/** A question the engine will not try to answer; the message is for the user. */
export class InvalidQuestionError extends WcitError {
  constructor(message: string) {
    super("question_invalid", message);
  }
}

export interface AnswerEngineDeps {
  /** The composition root passes BM25 (`index.search`) or hybrid retrieval. */
  retrieve: Retrieve;
  /** Absent: extractive mode. */
  llm?: LlmAnswerer;
  /** Questions the corpus answers well (corpus/suggested-questions.json); else the defaults. */
  suggested?: string[];
  log?: Logger;
  now?: () => number;
  /** The index's analyzer; defaults to src/search's. */
  analyze?: Analyze;
  /** Corpus IDF of an index term, for weighting the question's terms (uniform without it). */
  termWeight?: TermWeight;
  /** Acronyms and long forms counted as the same term when measuring coverage. */
  glossary?: Glossary;
  /**
   * Reads a question's misspelt words as the corpus words they stand for (the index's
   * `correctSpelling`); absent, questions are read as typed.
   */
  correctSpelling?: (question: string) => CorrectedQuestion;
  /**
   * How the corpus writes a word inside its sentences (the index's `wordCase`): a name the
   * question capitalises that the corpus writes only as a common word is one it does not have
   * (name-case.ts). Absent, case is not read.
   */
  wordCase?: (word: string) => WordCase;
  /** Overrides RELEVANCE_RULE (for tuning on the eval set's tuning half). */
  relevanceRule?: RelevanceRule;
  /**
   * Longest the language model may take over one answer (follow-up rewrite and composition
   * together), in ms; then the answer is extractive and says why. ANSWER_DEADLINE_MS in config.
   */
  answerDeadlineMs?: number;
}

/**
 * Checks a question (or search terms) and returns it trimmed; throws InvalidQuestionError with a
 * message for the user. The one place the length limit is enforced, for every surface.
 */
export function validateQuestion(
  question: string,
  what: "question" | "search" = "question",
): string {
  const trimmed = question.trim();
  if (trimmed === "") {
    throw new InvalidQuestionError(
      what === "question"
        ? 'Ask a question about WCIT-12 and the ITRs, e.g. "Why is the ITU ill-suited to regulate cybersecurity?"'
        : 'Give some search terms, e.g. "Article 5A security".',
    );
  }
  if (trimmed.length > MAX_QUESTION_LENGTH) {
    throw new InvalidQuestionError(
      `The ${what} is ${trimmed.length.toLocaleString("en-US")} characters long; the limit is ${MAX_QUESTION_LENGTH.toLocaleString("en-US")}. ${what === "question" ? "Ask something shorter." : "Use fewer terms."}`,
    );
  }
  return trimmed;
}

export function createAnswerEngine(deps: AnswerEngineDeps): AnswerEngine {
  const now = deps.now ?? (() => performance.now());
  const analyzeText = deps.analyze ?? analyze;
  // Passages are read with their acronyms as written, so "US" meets a question about Washington
  // and "tell us" does not; a question's own terms come from the plain analyzer.
  const readText = withAcronyms(analyzeText);
  const relevanceRule = deps.relevanceRule ?? RELEVANCE_RULE;
  const deadlineMs = deps.answerDeadlineMs ?? DEFAULT_ANSWER_DEADLINE_MS;
  const suggested = deps.suggested ?? DEFAULT_SUGGESTED_QUESTIONS;
  const correctSpelling =
    deps.correctSpelling ?? ((text: string): CorrectedQuestion => ({ text, corrections: [] }));

  /**
   * The key terms of a question: what its asking sentence says, without the instructions around it
   * ("give me three talking points on…") and the context sentences before it.
   */
  function keyTermsFor(query: string): KeyTerm[] {
    return keyTermsOfText(askedWithReferents(query));
  }

  /** The key terms of a text as it stands (`keyTermsFor` reads a question's asking sentence). */
  function keyTermsOfText(focus: string): KeyTerm[] {
    const glossary = deps.glossary;
    return keyTermsOf(focus, {
      analyze: analyzeText,
      termWeight: deps.termWeight,
      expansions: glossary ? glossaryAlternatives(analyzeText(focus), glossary, focus) : undefined,
      namesOfKind: glossary ? glossaryNamesOfKind(glossary) : undefined,
      shortenedNames: glossary ? glossaryShortenedNames(glossary) : undefined,
    });
  }

  /** What a comparison is about, without its sides: "vs … on the final text". */
  function comparedTopic(analysis: QuestionAnalysis): string {
    return analysis.sides.reduce((text, side) => text.replace(side, " "), analysis.focus);
  }

  /**
   * A comparison needs each side's own passages: retrieval for the whole question may find one
   * side's and miss the other's. Each side is searched with the question's topic ("the American
   * positions on spam in the treaty") and its best passages join the question's, scored below the
   * question's best so they do not displace it.
   */
  async function withEachSide(
    passages: ScoredPassage[],
    analysis: QuestionAnalysis,
    searchSide: SideSearch,
  ): Promise<ScoredPassage[]> {
    if (analysis.kind !== "compare" || analysis.sides.length < 2) return passages;
    const topic = comparedTopic(analysis);
    const top = passages[0]?.score ?? 1;
    const seen = new Set(passages.map((p) => p.passage.id));
    const lead = passages.slice(0, SIDE_PASSAGES);
    const added: ScoredPassage[] = [];
    for (const side of analysis.sides) {
      const found = (await searchSide(`${side} ${topic}`)).slice(0, SIDE_PASSAGES);
      const sideTop = found[0]?.score ?? 1;
      for (const p of found) {
        if (seen.has(p.passage.id)) continue;
        seen.add(p.passage.id);
        added.push({ ...p, score: SIDE_SCORE_SHARE * top * (p.score / sideTop) });
      }
    }
    return [...lead, ...added, ...passages.slice(SIDE_PASSAGES)];
  }

  /**
   * A question asking two things ("How many members does CEPT have, and did any EU state sign?")
   * whose terms no one place holds together is covered where its first ask is covered on its own,
   * by the same rule and with the answer that ask expects, and nothing the rest names is missing
   * from the corpus. No one place states the whole of it: never "full". (Where the second ask
   * starts is `splitAsks`'s rule: a later question word, a yes/no or a count after a comma, or a
   * new question after a question mark.)
   */
  async function firstAskCovered(
    question: string,
    whole: { absentTerms: readonly string[]; unverifiedAsked?: boolean },
    passages: readonly ScoredPassage[],
    search: SideSearch,
  ): Promise<boolean> {
    const first = firstAsk(question);
    if (first.length === question.length || whole.absentTerms.length > 0) return false;
    // ("When did the EG-ITRs hold their second meeting and also who chaired it?": the date alone
    // is no answer to who chaired it, which the whole question's place had to state.)
    if (laterAskAsksRole(question)) return false;
    // ("…, and how many have ratified the 2012 ITRs since?": what the corpus says it did not
    // verify is not answered by the first ask's count.)
    if (whole.unverifiedAsked === true) return false;
    const analysis = analyzeQuestion(first);
    const unnamed = deps.wordCase ? namesOnlyCommon(analysis.content, deps.wordCase) : [];
    // "When did PP-14 close? need the final day for the timeline": a remark after the first ask
    // that asks nothing of its own still says how precise its date must be.
    const rest = question.slice(first.length);
    const dateUnitText = asksOnItsOwn(rest) ? first : question;
    const coveredOn = (found: readonly ScoredPassage[]) => {
      const foundTexts = found.map(({ passage }) => passage.text);
      const shape = shapeOf(analysis, foundTexts);
      return assessRelevance(
        found,
        withOfficeHolders(first, keyTermsFor(first), foundTexts, analyzeText),
        readText,
        {
          rule: relevanceRule,
          expected: shape.expected,
          question: first,
          dateUnitText,
          asksIfKnown: shape.asksIfKnown === true,
          list: shape.list !== undefined,
          ...(unnamed.length > 0 ? { unnamedTerms: unnamed.flatMap((w) => readText(w)) } : {}),
          claim: analysis.checksClaim,
          yesNo: analysis.kind === "yes-no",
        },
      ).covered;
    };
    // The first ask is covered where the whole question's passages cover it and, asked alone, its
    // own passages do too: the second ask's passages ("what did they say at the closing?") can hold
    // the first's words without answering it ("The United States asked China…" for "who led the
    // Chinese delegation…?", which alone is refused).
    return coveredOn(passages) && coveredOn(await search(first));
  }

  /**
   * Whether a request for the dates of a series of events ("Need dates for a timeline: Russia's Doc
   * 27 going in and getting revised, then the bloc rewrite leaking and being taken off the
   * table"), which no one window of its passages covers, is covered event by event (dates23): each
   * event (`timelineEvents`), read as a when question on its own, is covered by a window of the
   * question's passages, or of the event's own, that dates the act it names (`datesAskedAct`).
   * The dates of a timeline sit in two paragraphs or more, and one window held only one.
   */
  async function eventsCovered(
    question: string,
    whole: { absentTerms: readonly string[]; unverifiedAsked?: boolean },
    passages: ScoredPassage[],
    search: SideSearch,
  ): Promise<DatedEvent[] | undefined> {
    if (whole.absentTerms.length > 0 || whole.unverifiedAsked === true) return undefined;
    const events = timelineEvents(question, (event) => keyTermsFor(event).some(isRequired));
    if (events.length < 2) return undefined;
    const coveredOn = (event: string, found: readonly ScoredPassage[]) => {
      const foundTexts = found.map(({ passage }) => passage.text);
      return assessRelevance(
        found,
        withOfficeHolders(event, keyTermsFor(event), foundTexts, analyzeText),
        readText,
        { rule: relevanceRule, expected: "date", question: event },
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
    return dated;
  }

  /**
   * Whether a comparison the question's passages do not cover as a whole is covered side by side:
   * each side is looked up with the comparison's topic ("Kroes on the final text") and judged on
   * the question's terms without the other sides' (see `eachSideCovered`).
   */
  async function sidesCovered(
    analysis: QuestionAnalysis,
    sides: readonly KeyTerm[][],
    keyTerms: readonly KeyTerm[],
    searchSide: SideSearch,
  ): Promise<boolean> {
    if (analysis.kind !== "compare" || analysis.sides.length < 2) return false;
    if (sides.length !== analysis.sides.length) return false;
    const topic = comparedTopic(analysis);
    const compared = await Promise.all(
      analysis.sides.map(async (side, i): Promise<ComparedSide> => {
        const others = new Set(
          sides.flatMap((terms, j) => (j === i ? [] : terms.map((k) => k.term))),
        );
        const own = sides[i] ?? [];
        const ownTerms = new Set(own.map((k) => k.term));
        const question = `${side} ${topic}`;
        return {
          question,
          own,
          keyTerms: keyTerms.filter((k) => ownTerms.has(k.term) || !others.has(k.term)),
          passages: await searchSide(question),
        };
      }),
    );
    return eachSideCovered(compared, readText, relevanceRule);
  }

  /**
   * The passages with the one that states what the question asks about first, where coverage found
   * it beyond the top five: the answer is read from the place that answers.
   */
  function subjectFirst(passages: ScoredPassage[], id: string | undefined): ScoredPassage[] {
    const at = id === undefined ? -1 : passages.findIndex((p) => p.passage.id === id);
    if (at < 0) return passages;
    const lead = passages[at] as ScoredPassage;
    const top = passages[0]?.score ?? lead.score;
    return [{ ...lead, score: top }, ...passages.filter((_, i) => i !== at)];
  }

  /**
   * The answer reads on past the passages the coverage decision read: the next best of the
   * question's retrieval, with up to `perDocumentCap` from one document, after the first ones,
   * whose order stays as retrieval gave it (so "closest sources" and the retrieval figures read
   * the same passages). Never a passage about another thing (`otherThingPassageIds`). Coverage is
   * decided before, on the first passages alone.
   *
   * A list (`LIST_PER_DOCUMENT_CAP`, twelve passages in all): its items are often spread over
   * several paragraphs of one note. A question on what a work says ("What does the CDT paper
   * say?", no cap): every section of the note on the work names it, and those identifying it (its
   * link, its date, its authors) may outrank those saying what it argues; the extractive answer
   * takes from the further ones only sections headed with what the work says.
   */
  async function readOn(
    passages: ScoredPassage[],
    query: string,
    otherThings: ReadonlySet<string>,
    deadline: Deadline | undefined,
    read: { perDocumentCap: number; total?: number },
  ): Promise<ScoredPassage[]> {
    if (read.total !== undefined && passages.length >= read.total) return passages;
    const found = await deps.retrieve(query, LIST_ANSWER_PASSAGES, {
      perDocumentCap: read.perDocumentCap,
      ...(deadline ? { signal: deadline.signal } : {}),
    });
    const seen = new Set(passages.map((p) => p.passage.id));
    const added = found.filter((p) => !seen.has(p.passage.id) && !otherThings.has(p.passage.id));
    const all = [...passages, ...added];
    return read.total !== undefined ? all.slice(0, read.total) : all;
  }

  /** The shape of answer a question asks for: its expected kind, the sides compared, a list. */
  function shapeOf(analysis: QuestionAnalysis, texts: readonly string[]): AnswerShape {
    // "Three talking points on why …": a list of what the inner question wants (reasons).
    const inner = analysis.wantsList ? analyzeQuestion(analysis.focus) : analysis;
    const doer = doerName(analysis.question);
    return {
      expected: listItemsExpected(analysis, inner),
      names: standaloneNames(analysis.question).flatMap((w) => analyzeText(w)),
      headedNames: capitalisedNames(analysis.question).flatMap((w) => analyzeText(w)),
      sides: sidesOf(analysis, texts),
      ...(analysis.wantsList
        ? { list: analysis.count !== undefined ? { count: analysis.count } : {} }
        : {}),
      ...(analysis.asksWhatSaid ? { saysAsked: true } : {}),
      ...(analysis.asksBrief ? { brief: true } : {}),
      // "List the points … that could not be confirmed" asks for what is unconfirmed, too.
      ...(analysis.asksIfKnown || saysNotEstablished(analysis.question)
        ? { asksIfKnown: true }
        : {}),
      ...(analysis.kind === "yes-no"
        ? {
            subject: yesNoSubject(analysis.question),
            forceTerms: forceAsked(analysis.question, analyzeText),
            ...(asksOfEvery(analysis.question) ? { universal: true } : {}),
            ...soleOf(analysis.question),
            ...countedOf(analysis.question),
            ...(asksOfText(analysis.question) &&
            claimedFigures(analysis.question, analyzeText, { datedYearsOnly: true }).length === 0
              ? { textClaim: true }
              : {}),
          }
        : {}),
      ...guessOf(analysis),
      ...(inner.kind === "why" && doer !== undefined ? { doer: analyzeText(doer) } : {}),
      ...countAskOf(analysis),
      ...(analysis.checksClaim || analysis.kind === "yes-no"
        ? {
            claimedFigures: claimedFigures(analysis.question, analyzeText, {
              datedYearsOnly: !analysis.checksClaim,
            }),
          }
        : {}),
    };
  }

  /**
   * "How many times did the first expert group meet, and which resolution started the review?":
   * the words of the ask asking how many, when the question asks more than one thing.
   */
  function countAskOf(analysis: QuestionAnalysis): Pick<AnswerShape, "countAsk" | "countAfter"> {
    if (analysis.answerType !== "number" || analysis.wantsList) return {};
    const asks = splitAsks(analysis.question);
    if (asks.length < 2) return {};
    const at = asks.findIndex((a) => analyzeQuestion(a).answerType === "number");
    if (at < 0) return {};
    // A count asked after another ask ("Which delegation forced the vote, and what was the
    // tally?") is that ask's sequel: the answer keeps reading order, the vote before its result.
    return at === 0 ? { countAsk: analyzeText(asks[0] ?? "") } : { countAfter: true };
  }

  /**
   * The doer or place a question takes for granted where it may be wrong: a yes/no's guess
   * (`cleftGuess`), a why or when question's doer of an act with one author (`premiseGuess`).
   */
  function guessOf(analysis: QuestionAnalysis): Pick<AnswerShape, "guess"> {
    const guess =
      analysis.kind === "yes-no"
        ? cleftGuess(analysis.question, analyzeText)
        : analysis.answerType === "reason" || analysis.answerType === "date"
          ? premiseGuess(analysis.question, analyzeText)
          : undefined;
    return guess === undefined ? {} : { guess };
  }

  /** A yes/no question claiming one party alone did something: that party (`soleClaimParty`). */
  function soleOf(question: string): Pick<AnswerShape, "sole"> {
    const party = soleClaimParty(question);
    return party === undefined ? {} : { sole: analyzeText(party) };
  }

  /** A yes/no question claiming something of a whole class it counts (`countedClassAsked`). */
  function countedOf(question: string): Pick<AnswerShape, "counted"> {
    const counted = countedClassAsked(question);
    return counted === undefined ? {} : { counted };
  }

  /** The name a yes/no question asks about, right after its auxiliary: "Did the NTIA support…?" */
  function yesNoSubject(question: string): string[] {
    const opening = question.trim().match(YES_NO_AUXILIARY)?.[0];
    const name = opening
      ? question.trim().slice(opening.length).match(LEADING_NAME)?.[0]
      : undefined;
    return name ? analyzeText(name) : [];
  }

  /**
   * What each item of a list gives: what the inner question asks ("talking points on why…":
   * reasons; "list who…": names), or else what the list's wording names ("key dates…", "a
   * timeline…": dates; "the vote counts": numbers); plain points otherwise.
   */
  function listItemsExpected(analysis: QuestionAnalysis, inner: QuestionAnalysis): AnswerType {
    const plain = inner.kind === "list" || inner.answerType === "description";
    if (!plain) return inner.answerType;
    return analysis.itemType ?? (inner.kind === "list" ? analysis.answerType : inner.answerType);
  }

  /**
   * A comparison's sides, each as its key terms; a side naming someone is that name: "Kramer" in
   * "Genachowski vs Kramer: how did their spin…", which the question's reading gives as "Kramer:
   * how did their spin", and no sentence names Kramer with "spin". (With the extractive answer
   * reading a second passage setting the sides side by side, tuning half 0.804 → 0.806.)
   */
  function sidesOf(analysis: QuestionAnalysis, texts: readonly string[]): KeyTerm[][] {
    if (analysis.members.length >= 2) return membersOf(analysis.members);
    if (analysis.answerType !== "both-sides" || analysis.sides.length < 2) return [];
    return analysis.sides.map((side) => {
      const terms = keyTermsFor(side).filter((k) => !k.generic);
      const names = new Set(analyzeText(side.match(SIDE_NAME)?.join(" ") ?? ""));
      const named = terms.filter((k) => names.has(k.term));
      return withOfficeHolders(side, named.length > 0 ? named : terms, texts, analyzeText);
    });
  }

  /**
   * The items a list question names in a series ("every letter, statement and petition"), each
   * as its key terms: a name where the item has one, else its nouns; the first item only its last
   * word and the last only its first ("what were Russia", "the Arab states each pushing"), which
   * is where the sentence around the series runs into them. An item naming nothing is left out.
   */
  function membersOf(members: readonly string[]): KeyTerm[][] {
    const sides = members.map((item, i) => {
      const names = new Set(analyzeText(item.match(SIDE_NAME)?.join(" ") ?? ""));
      const terms = keyTermsFor(item).filter((k) => !k.generic);
      const named = terms.filter((k) => names.has(k.term));
      if (named.length > 0) return named;
      const words = item.split(/\s+/);
      const edge = i === 0 ? words.reverse() : i === members.length - 1 ? words : undefined;
      if (!edge) return terms;
      for (const word of edge) {
        const own = new Set(analyzeText(word));
        const found = terms.filter((k) => own.has(k.term));
        if (found.length > 0) return found;
      }
      return [];
    });
    return sides.every((side) => side.length > 0) ? sides : [];
  }

  /**
   * The question retrieval reads, and the earlier question it continues, if any. A model rewrites
   * a follow-up into a standalone question (within the answer's deadline); without one, or when it
   * fails or runs out of time, the follow-up is read with the thread's last question in front of
   * it ("when did they file that one?" after "What was ETNO's proposal?"), whose terms are context
   * for coverage, not requirements.
   */
  async function searchQueryFor(
    question: string,
    options: AnswerOptions,
    deadline: Deadline | undefined,
  ): Promise<{ searchQuery: string; context?: string }> {
    const history = options.history ?? [];
    // The earlier question's slips were read (and said) when it was answered.
    const previous = history.at(-1)?.question.trim();
    const earlier = previous ? correctSpelling(previous).text : undefined;
    // "what about the russians?" after "Did Brazil and India ever join the Budapest Convention?"
    // asks the earlier question of its new subject, read as a question of its own
    // (`askedOfNewSubject`); any other follow-up is read with the earlier question in front of it.
    const withContext = () => {
      if (!earlier) return { searchQuery: question };
      const asked = askedOfNewSubject(question, earlier, analyzeText, deps.glossary);
      return asked
        ? { searchQuery: asked.slice(0, MAX_QUESTION_LENGTH) }
        : {
            searchQuery: `${earlier} ${question}`.slice(0, MAX_QUESTION_LENGTH),
            context: earlier,
          };
    };
    if (history.length === 0) return { searchQuery: question };
    if (!deps.llm || !deadline) return withContext();
    try {
      const reply = await deadline.race(
        deps.llm.rewriteQuestion(question, history, deadline.signal),
      );
      if (reply === DEADLINE_PASSED) return withContext();
      const rewritten = reply.trim();
      return rewritten === ""
        ? withContext()
        : { searchQuery: rewritten.slice(0, MAX_QUESTION_LENGTH) };
    } catch (error) {
      options.signal?.throwIfAborted();
      // Retrieval with the follow-up read in its thread is worse than with a rewrite, but an answer.
      deps.log?.warn({ err: error }, "question rewrite failed; reading the follow-up in context");
      return withContext();
    }
  }

  /**
   * Whether a follow-up read in its thread names things of its own, nouns or names (not the thing
   * it asks for, "what was his BACKGROUND…"), and the place covering it meets none of them: that
   * place answers the earlier question, not this one. "what was his background before that JOB?"
   * after "Who led the US delegation?" was answered from "President Obama chose Ambassador Terry
   * Kramer to head the US delegation", on the earlier question's words alone. (Not its verbs or
   * adjectives: a follow-up words what happened its own way, "who pushed back on it?" for "The
   * United States replied by asking…", and requiring them refused two answers.)
   */
  function ownNounsUnmet(
    ownTerms: readonly KeyTerm[],
    covering: { unmetTerms: readonly string[] },
  ): boolean {
    const own = ownTerms.filter((k) => !k.generic && !k.predicate && !k.asked);
    return own.length > 0 && own.every((k) => covering.unmetTerms.includes(k.term));
  }

  /**
   * A question asking two things or more ("For the briefing: when did Russia file Document 27, and
   * which countries were listed on the bloc text that leaked later?") is answered from the place
   * best covering it as a whole, which often states only its first ask. Each later ask naming
   * something of its own (`distinctTerms`) is answered from the same passages as a follow-up of
   * the others (its own terms, theirs as context; a sentence, not a list), and what that answer
   * leads with is added where the answer lacks it (`withLeadOf`), within the answer's length.
   */
  function withEachAskStated(
    answer: CitedText,
    asks: readonly string[],
    passages: readonly ScoredPassage[],
    keyTerms: readonly KeyTerm[],
  ): CitedText {
    if (asks.length < 2) return answer;
    const askTerms = asks.map(keyTermsFor);
    const distinct = distinctTerms(askTerms);
    const required = keyTerms.filter(isRequired);
    const namesRequired = meetsAny(required);
    const texts = passages.map(({ passage }) => passage.text);
    function meetsAny(terms: readonly KeyTerm[]) {
      return (sentence: string) => {
        const said = new Set(analyzeText(sentence));
        return terms.some((k) => containsTerm(said, k));
      };
    }
    let stated = answer;
    for (const [i, ask] of asks.entries()) {
      const own = distinct[i] ?? [];
      if (i === 0 || own.length === 0) continue;
      const context = asks.filter((_, j) => j !== i).join(" ");
      const { list: _, ...shape } = shapeOf(analyzeQuestion(ask), texts);
      const terms = keyTermsWithContext(askTerms[i] ?? [], context).map(withoutSenseWords);
      const reply = composeExtractive(passages, terms, readText, shape);
      if (!reply) continue;
      stated = withLeadOf(stated, reply, {
        maxWords: MAX_ANSWER_WORDS,
        namesAsk: meetsAny(own),
        filler: (sentence) => !namesRequired(sentence),
      });
    }
    return stated;
  }

  /**
   * The thread's best passages, then the best of those a follow-up's own words found
   * (`OWN_SEARCH_PASSAGES`), then the rest of the thread's: both are among the passages coverage
   * reads. Each added passage takes the score of the thread's passage before it.
   */
  function withOwnSearch(thread: ScoredPassage[], own: ScoredPassage[]): ScoredPassage[] {
    const seen = new Set(thread.map(({ passage }) => passage.id));
    const head = thread.slice(0, THREAD_LEAD_PASSAGES);
    const at = head.at(-1)?.score ?? 0;
    const added = own
      .filter(({ passage }) => !seen.has(passage.id))
      .slice(0, OWN_SEARCH_PASSAGES)
      .map((p) => ({ ...p, score: at }));
    return [...head, ...added, ...thread.slice(THREAD_LEAD_PASSAGES)].slice(0, ANSWER_PASSAGES);
  }

  /** A follow-up's own key terms (`own`), then the earlier question's as context at half weight. */
  function keyTermsWithContext(own: KeyTerm[], context?: string): KeyTerm[] {
    if (!context) return own;
    const seen = new Set(own.map((k) => k.term));
    const earlier = keyTermsFor(context).filter((k) => !seen.has(k.term));
    // "Who wrote it?": a follow-up naming nothing of its own is about the earlier question's topic.
    if (!own.some(isRequired)) return [...own, ...earlier];
    const fromContext = earlier.map((k) => ({
      ...k,
      weight: k.weight * CONTEXT_TERM_WEIGHT,
      fromContext: true,
    }));
    return [...own, ...fromContext];
  }

  async function answer(rawQuestion: string, options: AnswerOptions = {}): Promise<Answer> {
    const question = validateQuestion(rawQuestion);
    // Only the model's part of the answer can wait on a server; extractive answers need no limit.
    const deadline =
      deps.llm && !options.forceExtractive ? startDeadline(deadlineMs, options.signal) : undefined;
    try {
      return await answerWithin(question, options, deadline);
    } finally {
      deadline?.clear();
    }
  }

  async function answerWithin(
    typed: string,
    options: AnswerOptions,
    deadline: Deadline | undefined,
  ): Promise<Answer> {
    const started = now();
    // Retrieval, coverage and the model all read the question with its slips read as corpus words.
    const { text: question, corrections } = correctSpelling(typed);
    const { searchQuery, context } = await searchQueryFor(question, options, deadline);
    const threadPassages = await deps.retrieve(
      searchQuery,
      ANSWER_PASSAGES,
      deadline ? { signal: deadline.signal } : undefined,
    );
    // A follow-up read in its thread: its own terms, before the earlier question's are added. One
    // naming its thread's topic by a stand-in ("that whole saga", "the fight": `topicStandIns`) is
    // read by all its words, a list's items included ("…after that? list the venues"), and the
    // stand-in is none of its own, where it has a noun of its own that says what it asks (not one
    // as common as the corpus's topic, "the final treaty"). Without one, it is read as before:
    // read as the thread's topic, "so how did that whole saga end - did any of it survive into the
    // final treaty?" was answered from the earlier question's place, which says neither.
    const standInTerms = new Set(
      (context ? topicStandIns(question) : []).flatMap((w) => analyzeText(w)),
    );
    const readWhole =
      standInTerms.size > 0
        ? keyTermsOfText(questionContent(question).content).filter((k) => !standInTerms.has(k.term))
        : [];
    const ownNamed = readWhole.filter((k) => isRequired(k) && !isNearTopicTerm(k));
    const standIns = ownNamed.length > 0;
    const ownTerms = context ? (standIns ? readWhole : keyTermsFor(question)) : undefined;
    // Such a follow-up is searched by its own words as well: its thread's words bring back the
    // earlier answer's place ("where did the fight move to after that?" after a question on the
    // signatures). Only passages holding a noun of its own join the thread's, and the place
    // covering it must name one (`ownUnmet`).
    const holdsOwnNamed = ({ passage }: ScoredPassage) => {
      const said = new Set(analyzeText(passage.text));
      return ownNamed.some((k) => containsTerm(said, k));
    };
    const passages = standIns
      ? withOwnSearch(
          threadPassages,
          (
            await deps.retrieve(
              withoutStandIns(questionContent(question).content),
              ANSWER_PASSAGES,
              deadline ? { signal: deadline.signal } : undefined,
            )
          ).filter(holdsOwnNamed),
        )
      : threadPassages;
    options.onProgress?.({ stage: "retrieved", passages: passages.length });
    // "The FCC chair" is whoever the passages introduce as FCC Chairman, wherever they name him.
    const texts = passages.map(({ passage }) => passage.text);
    const keyTerms = withOfficeHolders(
      searchQuery,
      ownTerms ? keyTermsWithContext(ownTerms, context) : keyTermsFor(searchQuery),
      texts,
      analyzeText,
    );
    // A follow-up read in its thread is analysed as asked; a rewritten one, as rewritten.
    const analysis = analyzeQuestion(context ? question : searchQuery);
    // Read once: the coverage decision and the extractive answer take the same shape.
    const shape = shapeOf(analysis, texts);
    // "What did Access think…?", where the corpus says only "access": it does not name Access.
    // (Read without what was typed around the question: after "Morning all", "Before the
    // Internet stuff, …" opens the question; it names nothing.)
    const unnamed = deps.wordCase ? namesOnlyCommon(analysis.content, deps.wordCase) : [];
    const assessed = assessRelevance(passages, keyTerms, readText, {
      rule: context ? { ...relevanceRule, ...FOLLOW_UP_LENIENCE } : relevanceRule,
      expected: shape.expected,
      question: context ? question : searchQuery,
      asksIfKnown: shape.asksIfKnown === true,
      list: shape.list !== undefined,
      ...(unnamed.length > 0 ? { unnamedTerms: unnamed.flatMap((w) => readText(w)) } : {}),
      claim: analysis.checksClaim,
      yesNo: analysis.kind === "yes-no",
    });
    // Each side of a comparison is searched once, for the coverage decision and for the answer.
    const sideSearches = new Map<string, Promise<ScoredPassage[]>>();
    const searchSide: SideSearch = (query) => {
      let found = sideSearches.get(query);
      if (!found) {
        found = deps.retrieve(
          query,
          ANSWER_PASSAGES,
          deadline ? { signal: deadline.signal } : undefined,
        );
        sideSearches.set(query, found);
      }
      return found;
    };
    // A comparison covered only side by side is covered, but no one place states it: never full.
    const bySide =
      !assessed.covered && (await sidesCovered(analysis, shape.sides, keyTerms, searchSide));
    const byAsk =
      !assessed.covered &&
      !bySide &&
      context === undefined &&
      (await firstAskCovered(searchQuery, assessed, passages, searchSide));
    // (A request for several dates that one place covers is still answered event by event, when
    // it is no list: one paragraph's answer gave one of the dates.)
    const datedEvents =
      !bySide && !byAsk && context === undefined && (!assessed.covered || shape.list === undefined)
        ? await eventsCovered(searchQuery, assessed, passages, searchSide)
        : undefined;
    const byEvent = !assessed.covered && datedEvents !== undefined;
    // A follow-up's own nouns are met where it is covered (`ownNounsUnmet`). Tuning half (1,505
    // q): one near-miss follow-up refused, no in-scope answer changed.
    const ownUnmet =
      ownTerms !== undefined &&
      assessed.covered &&
      (standIns
        ? ownNamed.every((k) => assessed.unmetTerms.includes(k.term))
        : ownNounsUnmet(ownTerms, assessed));
    const judged =
      bySide || byAsk || byEvent
        ? { ...assessed, covered: true, statedTogether: false }
        : ownUnmet
          ? {
              ...assessed,
              covered: false,
              failedChecks: [...(assessed.failedChecks ?? []), "followUpOwnNouns"],
            }
          : assessed;
    const relevance = judged;
    const asks = context === undefined && relevance.covered ? ownAsks(searchQuery) : [];
    // Why a question was or was not covered, for whoever runs it with LOG_LEVEL=debug.
    deps.log?.debug(
      {
        question,
        searchQuery,
        covered: relevance.covered,
        bySide,
        byAsk,
        byEvent,
        termCoverage: relevance.termCoverage,
        missingShare: relevance.missingShare,
        missingTerms: relevance.missingTerms,
        unmetTerms: relevance.unmetTerms,
        absentTerms: relevance.absentTerms,
        typedAtSubject: relevance.typedAtSubject,
        statedTogether: relevance.statedTogether,
        failedChecks: relevance.failedChecks,
        window: relevance.window,
      },
      "coverage decided",
    );
    // "The existing treaty" is not read for "the new treaty", by the model or the summary.
    const otherThings = new Set(relevance.otherThingPassageIds);
    const answerPassages = await withEachSide(
      subjectFirst(
        passages.filter(({ passage }) => !otherThings.has(passage.id)),
        relevance.subjectPassageId,
      ),
      analysis,
      searchSide,
    );
    const listPassages =
      relevance.covered && shape.list !== undefined && shape.sides.length < 2
        ? await readOn(answerPassages, searchQuery, otherThings, deadline, {
            perDocumentCap: LIST_PER_DOCUMENT_CAP,
            total: LIST_ANSWER_PASSAGES,
          })
        : relevance.covered && analysis.asksWhatSaid
          ? await readOn(answerPassages, searchQuery, otherThings, deadline, {
              perDocumentCap: LIST_ANSWER_PASSAGES,
            })
          : answerPassages;
    const base = {
      question: typed,
      searchQuery,
      ...(corrections.length > 0 ? { corrections } : {}),
      passages: listPassages,
    };
    const finish = (rest: AnswerRest): Answer => ({
      ...base,
      ...rest,
      latencyMs: Math.max(0, Math.round(now() - started)),
    });

    if (!relevance.covered) {
      // A follow-up naming a topic of its own that its thread's words do not cover ("and how did he
      // later lay out the structure of the 2012 treaty?" after a question on the African group's
      // reasons) is asked on its own: read with the earlier question in front, its retrieval
      // brought the earlier topic's passages and none on the treaty's structure. Its own words
      // must then cover it, by the same rule as any question. Tuning half (1,505 q): one
      // follow-up refused -> 1.00, no other answer changed. (Not where the thread's place met
      // none of its nouns: that one is not about the thread's topic either, and stays refused.)
      // (Not one naming its thread's topic by a stand-in: its own words were searched already.)
      if (ownTerms !== undefined && !ownUnmet && !standIns && ownTerms.some(isRequired)) {
        const alone = await answerWithin(typed, { ...options, history: [] }, deadline);
        if (alone.coverage !== "none") return alone;
      }
      return finish(notCovered(passages));
    }
    // Where no one place states the whole question, the answer draws on more than one source and
    // is not labelled full, whoever writes it.
    const onePlace = windowStatesQuestion(relevance);

    let fallbackReason: string | undefined;
    let llmVerification: Answer["verification"] | undefined;
    let usage: TokenUsage | undefined;
    const modelPassages = analysis.asksWhatSaid
      ? listPassages.slice(0, LIST_ANSWER_PASSAGES)
      : answerPassages;
    if (deps.llm && deadline) {
      try {
        const onProgress = options.onProgress;
        const composed = await deadline.race(
          // A question on what a work says reads on in the work's sections, as the summary does.
          deps.llm.compose(searchQuery, modelPassages, {
            history: options.history,
            guidance: [
              guidanceFor(analysis.kind),
              analysis.wantsList ? listItemGuidance(shape.expected) : undefined,
              analysis.asksWhatSaid ? WORK_SAYS_GUIDANCE : undefined,
              onePlace ? undefined : UNSETTLED_GUIDANCE,
            ]
              .filter((g) => g !== undefined)
              .join(" "),
            ...(onProgress
              ? {
                  onVerified: (v) => {
                    if (!deadline.passed) onProgress({ stage: "verified", ...v });
                  },
                }
              : {}),
            signal: deadline.signal,
          }),
        );
        if (composed === DEADLINE_PASSED || (!composed.ok && deadline.passed)) {
          deps.log?.warn({ deadlineMs }, "the language model missed the answer deadline");
          fallbackReason = deadlineReason(deadlineMs);
        } else if (composed.ok) {
          return finish({
            text: composed.text,
            mode: "llm",
            coverage: composed.coverage === "full" && !onePlace ? "partial" : composed.coverage,
            citations: composed.citations,
            closestSources: composed.coverage === "none" ? closestSourcesOf(answerPassages) : [],
            verification: composed.verification,
            ...(composed.usage ? { usage: composed.usage } : {}),
          });
        } else {
          fallbackReason = composed.reason;
          llmVerification = composed.verification;
          usage = composed.usage;
        }
      } catch (error) {
        options.signal?.throwIfAborted();
        deps.log?.error({ err: error }, "LLM answer failed; answering extractively");
        fallbackReason = `The language model could not answer (${describeError(error)}).`;
      }
    }

    // (Dated event by event, the answer is each event's dated sentences: one passage's answer gave
    // one event's date, and a list of dates took dated points of other things.)
    const extractive =
      (datedEvents &&
        composeTimeline(datedEvents, {
          keyTermsFor,
          shapeOf: (event, texts) => shapeOf(analyzeQuestion(event), texts),
          readText,
          analyzeText,
        })) ||
      composeExtractive(
        listPassages,
        keyTerms.map(withoutSenseWords),
        readText,
        onePlace ? shape : { ...shape, inconclusive: true },
      );
    if (!extractive) {
      return finish({
        ...notCovered(passages),
        ...(fallbackReason ? { fallbackReason } : {}),
        ...(usage ? { usage } : {}),
      });
    }
    const stated =
      shape.list === undefined && shape.sides.length < 2
        ? withEachAskStated(extractive, asks, listPassages, keyTerms)
        : extractive;
    return finish({
      text: stated.text,
      mode: "extractive",
      coverage: coverageOf(extractive, relevance),
      citations: stated.citations,
      closestSources: [],
      // When the LLM's sentences all failed verification, its counts explain the fallback.
      verification: llmVerification ?? { kept: 0, dropped: 0 },
      ...(fallbackReason ? { fallbackReason } : {}),
      ...(usage ? { usage } : {}),
    });
  }

  function notCovered(passages: ScoredPassage[]): AnswerRest {
    return {
      text: NOT_COVERED_TEXT,
      mode: "extractive",
      coverage: "none",
      citations: [],
      closestSources: closestSourcesOf(passages),
      verification: { kept: 0, dropped: 0 },
    };
  }

  return {
    mode: deps.llm ? "llm" : "extractive",
    answer,
    async search(query, options = {}) {
      // "cybersecuirty" finds what "cybersecurity" does, and says so, as a question would.
      const { text, corrections } = correctSpelling(validateQuestion(query, "search"));
      return { passages: await deps.retrieve(text, options.k ?? SEARCH_RESULTS), corrections };
    },
    suggestedQuestions: () => [...suggested],
  };
}

type AnswerRest = Omit<Answer, "question" | "searchQuery" | "passages" | "latencyMs"> & {
  coverage: Coverage;
};

/** Distinct documents of the passages, best first. */
function closestSourcesOf(passages: readonly ScoredPassage[]): Answer["closestSources"] {
  const out: Answer["closestSources"] = [];
  for (const { document } of passages) {
    if (out.some((s) => s.documentId === document.id)) continue;
    out.push({
      documentId: document.id,
      title: document.title,
      ...(document.url ? { url: document.url } : {}),
    });
    if (out.length === CLOSEST_SOURCES) break;
  }
  return out;
}

function describeError(error: unknown): string {
  if (error instanceof Error) {
    const status = (error as { status?: unknown }).status;
    return typeof status === "number" ? `${error.name}, HTTP ${status}` : error.name;
  }
  return "unknown error";
}
