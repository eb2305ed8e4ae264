// The answer engine: question in, cited Answer out, as one pipeline: the question checked
// (validate-question.ts) and read as a search query (follow-up-query.ts), retrieval, the coverage
// decision (relevance.ts, with the second readings of a refused question: opening-context.ts,
// coverage-otherwise.ts, and of a follow-up: follow-up-reading.ts), the passages the answer reads
// (answer-passages.ts), then the model's answer within the deadline (model-answer.ts) or the
// extractive one (with each later ask stated: asks-stated.ts; or ask by ask: each-ask.ts), or a
// refusal (not-covered.ts). An LLM failure of any kind becomes an extractive answer that says
// why. The question's key terms and answer shape are read as question-terms.ts and
// answer-shape.ts read them.
import { analyzeQuestion } from "../search/question.ts";
import { asksShortAnswer, withoutChatAfter } from "../search/question-chat.ts";
import { withoutChatBefore } from "../search/question-situation.ts";
import type { Answer, AnswerEngine, AnswerOptions, ScoredPassage } from "../types.ts";
import { readOn, subjectFirst, withEachSide, withKindPassages } from "./answer-passages.ts";
import { withAsksOwnSentences } from "./ask-own-sentence.ts";
import { withAsksReadOn } from "./ask-read-on.ts";
import type { AskContext, AskStep } from "./ask-steps.ts";
import type { CitedText } from "./asks.ts";
import { withEachAskStated } from "./asks-stated.ts";
import { withBracketedReferents } from "./bracketed-referent.ts";
import { groupCountryUntied } from "./country-groups.ts";
import { coverageOf, windowStatesQuestion } from "./coverage-label.ts";
import { type Deadline, startDeadline } from "./deadline.ts";
import { composeEachAsk } from "./each-ask.ts";
import {
  type CoverageDecision,
  checkWholeAsks,
  decideCoverage,
  logCoverage,
  type Retrieved,
  readWhole,
  type WholeReading,
} from "./engine-coverage.ts";
import { type AnswerEngineDeps, type EngineState, engineState } from "./engine-state.ts";
import { type AnswerShape, composeExtractive, type ExtractiveAnswer } from "./extractive.ts";
import { composeTimeline } from "./extractive-timeline.ts";
import { searchQueryFor, withAnswerReferent } from "./follow-up-query.ts";
import { askUnmetInThread, readFollowUp } from "./follow-up-reading.ts";
import {
  ANSWER_PASSAGES,
  LIST_ANSWER_PASSAGES,
  LIST_PER_DOCUMENT_CAP,
  SEARCH_RESULTS,
} from "./limits.ts";
import { answerByModel, type ModelOutcome } from "./model-answer.ts";
import { composeNamedItems } from "./named-items.ts";
import { type AnswerRest, notCovered } from "./not-covered.ts";
import { withProposerSentences } from "./proposer-sentence.ts";
import { sideOnlyListed } from "./side-listed.ts";
import { withoutSenseWords } from "./term-alternatives.ts";
import { validateQuestion } from "./validate-question.ts";

export type { AnswerEngineDeps } from "./engine-state.ts";

/** A question as read for retrieval (`Retrieved`), with its spelling as corrected. */
interface ReadForRetrieval extends Retrieved {
  /** What was typed, its slips read as corpus words (chat around it still in). */
  corrected: string;
  /** The slips read. */
  corrections: ReturnType<EngineState["correctSpelling"]>["corrections"];
}

/** The passages an answer reads: the coverage passages as led and sided, read on for a list. */
interface AnswerPassages {
  answerPassages: ScoredPassage[];
  listPassages: ScoredPassage[];
}

/** What a covered question's answer is read from: the question, its reading, coverage, passages. */
interface Answering {
  retrieved: ReadForRetrieval;
  whole: WholeReading;
  decided: CoverageDecision;
  read: AnswerPassages;
}

/** The model's answer not kept: why, with the model's counts where it composed. */
type ModelFellBack = Extract<ModelOutcome, { ok: false }>;

export function createAnswerEngine(deps: AnswerEngineDeps): AnswerEngine {
  const engine = engineState(deps);

  async function answer(rawQuestion: string, options: AnswerOptions = {}): Promise<Answer> {
    const question = validateQuestion(rawQuestion);
    // Only the model's part of the answer can wait on a server; extractive answers need no limit.
    const deadline =
      deps.llm && !options.forceExtractive
        ? startDeadline(engine.deadlineMs, options.signal)
        : undefined;
    try {
      return await answerWithin(engine, question, options, deadline);
    } finally {
      deadline?.clear();
    }
  }

  return {
    mode: deps.llm ? "llm" : "extractive",
    answer,
    async search(query, options = {}) {
      // "cybersecuirty" finds what "cybersecurity" does, and says so, as a question would.
      const { text, corrections } = engine.correctSpelling(validateQuestion(query, "search"));
      return { passages: await deps.retrieve(text, options.k ?? SEARCH_RESULTS), corrections };
    },
    suggestedQuestions: () => [...engine.suggested],
  };
}

/**
 * One answer, in its steps: the question read and its passages retrieved, the coverage decision
 * (engine-coverage.ts), the passages the answer reads, then a refusal, or the covered answer
 * (`answerCovered`).
 */
async function answerWithin(
  engine: EngineState,
  typed: string,
  options: AnswerOptions,
  deadline: Deadline | undefined,
): Promise<Answer> {
  const started = engine.now();
  const retrieved = await retrieveFor(engine, typed, options, deadline);
  const { question, searchQuery, followUp, passages, corrections } = retrieved;
  const whole = readWhole(engine, retrieved);
  const checked = await checkWholeAsks(engine, retrieved, whole);
  const decided = await decideCoverage(engine, retrieved, whole, checked);
  logCoverage(engine, retrieved, whole.byContext, decided);
  const { relevance } = decided;
  const read = await passagesToAnswer(engine, retrieved, whole, relevance, deadline);
  const base = {
    question: typed,
    searchQuery,
    ...(corrections.length > 0 ? { corrections } : {}),
    passages: read.listPassages,
  };
  const finish = (rest: AnswerRest): Answer => ({
    ...base,
    ...rest,
    latencyMs: Math.max(0, Math.round(engine.now() - started)),
  });

  if (relevance.covered && followUp) {
    const own = await askedOwnAsk(engine, retrieved, relevance, typed, options, deadline);
    if (own === "refused") return finish(notCovered(passages));
    if (own) return own;
  }
  if (relevance.covered && namesOnlyInLists(engine, question, whole, read))
    return finish(notCovered(passages));
  if (!relevance.covered) {
    // A follow-up naming a topic of its own that its thread's words do not cover is asked on its
    // own (`FollowUpReading.asksAlone`); its own words must then cover it, by the same rule as
    // any question. (Not where the thread's place met none of its nouns: that one is not about
    // the thread's topic either, and stays refused.)
    if (followUp?.asksAlone && !decided.ownUnmet) {
      // Asked with the person or party a pointer its thread's answer resolved stands for
      // (`withAnswerReferent`): "who spoke for them at busan…" after "which country wanted spam
      // defined?" answered "Russia, …". (Not a day: "on that same day (13 December 2012)" asked
      // alone is a date to meet, not the thread's.)
      const asked = withAnswerReferent(typed, options, engine.followUpQuery, { partiesOnly: true });
      const alone = await answerWithin(engine, asked, { ...options, history: [] }, deadline);
      if (alone.coverage !== "none") return { ...alone, question: typed };
    }
    return finish(notCovered(passages));
  }
  return finish(
    await answerCovered(engine, { retrieved, whole, decided, read }, options, deadline),
  );
}

/**
 * A follow-up its thread covers from a place meeting none of its own ask (`askUnmetInThread`) is
 * asked on its own, with the parties its thread's answer named (`withAnswerReferent`): that answer
 * is taken where it is led by a passage its thread's search found too, so that it answers within
 * the thread's topic; where its own words cover nothing, it is refused, not answered from its
 * earlier question's place ("which countries abstained?" after a question on a vote the notes
 * give only as a tally). Otherwise (undefined) it is answered from its thread.
 */
async function askedOwnAsk(
  engine: EngineState,
  retrieved: Retrieved,
  relevance: CoverageDecision["relevance"],
  typed: string,
  options: AnswerOptions,
  deadline: Deadline | undefined,
): Promise<Answer | "refused" | undefined> {
  const { question, followUp, passages } = retrieved;
  const last = options.history?.at(-1);
  if (!followUp || !last) return undefined;
  const thread = `${last.question} ${last.answer}`;
  const ask = askUnmetInThread(followUp, question, thread, engine.analyzeText, relevance);
  if (!ask) return undefined;
  const asked = withAnswerReferent(typed, options, engine.followUpQuery, { partiesOnly: true });
  const alone = await answerWithin(engine, asked, { ...options, history: [] }, deadline);
  const lead = alone.citations[0]?.passageId;
  const inThread = passages.some(({ passage }) => passage.id === lead);
  engine.deps.log?.debug(
    { question, ownAsk: ask.map((k) => k.term), alone: alone.coverage, inThread },
    "follow-up asked alone",
  );
  if (alone.coverage === "none") return "refused";
  return inThread ? { ...alone, question: typed } : undefined;
}

/**
 * Whether a covered question's answer passages name what it asks of only as an item of a list,
 * which states nothing of it (each case logged as the check that refused). A comparison's side
 * named only in a series ("the US, UK, Canada, Australia and others"): the other side alone is no
 * comparison. A kind of group the question qualifies by a country ("which Taiwanese groups
 * signed…", "Indian NGOs") where the passages name the country only in a list of countries or as
 * its government, never tying a group to it (country-groups.ts).
 */
function namesOnlyInLists(
  engine: EngineState,
  question: string,
  { analysis, shape }: WholeReading,
  read: AnswerPassages,
): boolean {
  const { deps, readText } = engine;
  const side =
    analysis.kind === "compare" && shape.sides.length >= 2
      ? sideOnlyListed(read.answerPassages, shape.sides, readText)
      : undefined;
  if (side !== undefined) {
    deps.log?.debug({ question, failedCheck: "sideOnlyListed", side }, "refused");
    return true;
  }
  const country = deps.glossary
    ? groupCountryUntied(question, read.answerPassages, deps.glossary)
    : undefined;
  if (country !== undefined) {
    deps.log?.debug({ question, failedCheck: "groupCountryUntied", country }, "refused");
    return true;
  }
  return false;
}

/**
 * The question read and its passages retrieved. Retrieval, coverage and the model all read the
 * question with its slips read as corpus words. Chat opening the message ("Hey wcit-desk,", "Q:",
 * "Sorry if this is obvious, but") and the asker's situation before the ask are read as none of
 * it: every reader of the question's first words reads the ask's (wrappers25). So is chat closing
 * it ("thx in advance", "Keep it short.", a pasted link, ":pray:"): every reader of its last ask
 * reads the ask's (wrappers26).
 */
async function retrieveFor(
  engine: EngineState,
  typed: string,
  options: AnswerOptions,
  deadline: Deadline | undefined,
): Promise<ReadForRetrieval> {
  const { deps, analyzeText, keyTermsFor, keyTermsOfText } = engine;
  const { text: corrected, corrections } = engine.correctSpelling(typed);
  const asTyped = withoutChatAfter(withoutChatBefore(corrected));
  // A pointer only the thread's last answer resolves is read as what it names, for the search and
  // the asks (`withAnswerReferent`); the follow-up's own words are still only those typed.
  const question = withAnswerReferent(asTyped, options, engine.followUpQuery);
  const { searchQuery, context } = await searchQueryFor(
    question,
    options,
    deadline,
    engine.followUpQuery,
  );
  // Every retrieval of the answer stops where the answer's deadline does.
  const within = deadline ? { signal: deadline.signal } : undefined;
  const threadPassages = await deps.retrieve(searchQuery, ANSWER_PASSAGES, within);
  // Each text is searched once an answer: a follow-up's own words, each side of a comparison, a
  // first ask, an event of a timeline.
  const searches = new Map<string, Promise<ScoredPassage[]>>();
  const search = (query: string): Promise<ScoredPassage[]> => {
    let found = searches.get(query);
    if (!found) {
      found = deps.retrieve(query, ANSWER_PASSAGES, within);
      searches.set(query, found);
    }
    return found;
  };
  // A follow-up read in its thread: its own terms, before the earlier question's are added, and
  // the passages its reading adds (follow-up-reading.ts).
  const followUp = context
    ? readFollowUp(asTyped, { analyzeText, keyTermsFor, keyTermsOfText, search })
    : undefined;
  const passages = followUp ? await followUp.passages(threadPassages) : threadPassages;
  options.onProgress?.({ stage: "retrieved", passages: passages.length });
  return { corrected, corrections, question, searchQuery, context, search, followUp, passages };
}

/**
 * The passages the answer reads: the coverage passages less those about another thing of the kind
 * asked, led by the passage stating the subject, with each compared side's; a list, and a question
 * on what a work says, read on in more passages.
 */
async function passagesToAnswer(
  engine: EngineState,
  retrieved: Retrieved,
  whole: WholeReading,
  relevance: CoverageDecision["relevance"],
  deadline: Deadline | undefined,
): Promise<AnswerPassages> {
  const { searchQuery, passages, search } = retrieved;
  const { analysis, shape, askLed } = whole;
  // "The existing treaty" is not read for "the new treaty", by the model or the summary.
  const otherThings = new Set(relevance.otherThingPassageIds);
  const answerPassages = await withEachSide(
    subjectFirst(
      passages.filter(({ passage }) => !otherThings.has(passage.id)),
      // (Read with its stated lead-in as context, the answer is led by the passage of the
      // window answering the ask, not by the one restating the lead-in.)
      relevance.subjectPassageId ?? (askLed ? relevance.windowPassageId : undefined),
    ),
    analysis,
    search,
  );
  const retrieve = engine.deps.retrieve;
  const listPassages =
    relevance.covered && shape.list !== undefined && shape.sides.length < 2
      ? await readOn(retrieve, answerPassages, searchQuery, otherThings, deadline, {
          perDocumentCap: LIST_PER_DOCUMENT_CAP,
          total: LIST_ANSWER_PASSAGES,
        }).then((read) =>
          shape.list?.kind && analysis.listKind
            ? withKindPassages(retrieve, read, analysis.listKind.join(" "), otherThings, deadline)
            : read,
        )
      : relevance.covered && analysis.asksWhatSaid
        ? await readOn(retrieve, answerPassages, searchQuery, otherThings, deadline, {
            perDocumentCap: LIST_ANSWER_PASSAGES,
          })
        : answerPassages;
  return { answerPassages, listPassages };
}

/**
 * A covered question's answer: the model's within the deadline, else the extractive one
 * (`composedAnswer`, each later ask stated: `extractiveRest`), or a refusal where no extractive
 * answer is found. An LLM failure of any kind is said.
 */
async function answerCovered(
  engine: EngineState,
  answering: Answering,
  options: AnswerOptions,
  deadline: Deadline | undefined,
): Promise<AnswerRest> {
  // Where no one place states the whole question, the answer draws on more than one source and
  // is not labelled full, whoever writes it.
  const onePlace = windowStatesQuestion(answering.decided.relevance);
  const byModel = await modelOutcome(engine, answering, onePlace, options, deadline);
  if (byModel?.ok) return byModel.answer;
  const extractive = composedAnswer(engine, answering, onePlace);
  if (!extractive) {
    return { ...notCovered(answering.retrieved.passages), ...modelFallback(byModel) };
  }
  return extractiveRest(engine, answering, extractive, byModel);
}

/**
 * The model's answer within the deadline, where the engine has a model and the answer a
 * deadline; nothing otherwise.
 */
async function modelOutcome(
  engine: EngineState,
  answering: Answering,
  onePlace: boolean,
  options: AnswerOptions,
  deadline: Deadline | undefined,
): Promise<ModelOutcome | undefined> {
  const { deps } = engine;
  if (!deps.llm || !deadline) return undefined;
  const { corrected, searchQuery } = answering.retrieved;
  const { analysis, shape } = answering.whole;
  const { answerPassages, listPassages } = answering.read;
  // A question on what a work says reads on in the work's sections, as the summary does.
  const modelPassages = analysis.asksWhatSaid
    ? listPassages.slice(0, LIST_ANSWER_PASSAGES)
    : answerPassages;
  return answerByModel(
    deps.llm,
    deadline,
    {
      question: searchQuery,
      passages: modelPassages,
      analysis,
      expected: shape.expected,
      onePlace,
      closestFrom: answerPassages,
      short: asksShortAnswer(corrected),
    },
    { options, log: deps.log, deadlineMs: engine.deadlineMs },
  );
}

/**
 * The extractive answer: dated event by event, ask by ask, item by item, or composed from the
 * passages (`extractiveShape`); nothing where none is found.
 */
function composedAnswer(
  engine: EngineState,
  answering: Answering,
  onePlace: boolean,
): ExtractiveAnswer | undefined {
  const { keyTermsFor, shapeOf, readText, analyzeText, askTools } = engine;
  const { shape, keyTerms } = answering.whole;
  const { relevance, datedEvents, eachAsk, statedItems } = answering.decided;
  // (Dated event by event, the answer is each event's dated sentences: one passage's answer gave
  // one event's date, and a list of dates took dated points of other things.)
  return (
    (datedEvents &&
      composeTimeline(datedEvents, {
        keyTermsFor,
        shapeOf: (event, texts) => shapeOf(analyzeQuestion(event), texts),
        readText,
        analyzeText,
      })) ||
    (eachAsk && composeEachAsk(eachAsk, askTools)) ||
    (statedItems && composeNamedItems(statedItems)) ||
    composeExtractive(
      answering.read.listPassages,
      keyTerms.map(withoutSenseWords),
      readText,
      extractiveShape(shape, relevance, onePlace),
    )
  );
}

/**
 * The shape an answer composed from the passages is given: inconclusive where no one place
 * states the whole question, with the coverage window's passage and text and the typed window's
 * passage where the decision found them.
 */
function extractiveShape(
  shape: AnswerShape,
  relevance: CoverageDecision["relevance"],
  onePlace: boolean,
): AnswerShape {
  return {
    ...(onePlace ? shape : { ...shape, inconclusive: true }),
    ...(relevance.windowPassageId ? { windowPassageId: relevance.windowPassageId } : {}),
    ...(relevance.windowPassageId && relevance.window ? { windowText: relevance.window } : {}),
    ...(relevance.typedWindowPassageId
      ? { typedWindowPassageId: relevance.typedWindowPassageId }
      : {}),
  };
}

/**
 * A covered question's extractive answer, each later ask stated (not for a list, a comparison
 * or an answer given ask by ask), its coverage the composed answer's; where the model's answer
 * was not kept, why, with the model's counts.
 */
function extractiveRest(
  engine: EngineState,
  answering: Answering,
  extractive: ExtractiveAnswer,
  byModel: ModelFellBack | undefined,
): AnswerRest {
  const { shape, keyTerms } = answering.whole;
  const { relevance, eachAsk, asks } = answering.decided;
  const { listPassages } = answering.read;
  const oneThing = shape.list === undefined && shape.sides.length < 2;
  const question = answering.retrieved.corrected;
  const context: AskContext = {
    question,
    asks,
    passages: listPassages,
    keyTerms,
    tools: engine.askTools,
  };
  // (Each later ask's fact stated, where the answer is not given ask by ask; each ask's own
  // sentence; a who ask of an originating act, the sentence telling it with its doer: who48; then
  // each ask's quoted sentence read on to its neighbour telling what the ask asks: join48.)
  const steps: AskStep[] = [
    ...(eachAsk === undefined ? [withEachAskStated] : []),
    withAsksOwnSentences,
    withProposerSentences,
    withAsksReadOn,
  ];
  const stated = oneThing
    ? steps.reduce<CitedText>((said, step) => step(said, context), extractive)
    : extractive;
  // (An orphan "this X" shows its passage's words for X, in brackets: `withBracketedReferents`.)
  const text = withBracketedReferents(
    { text: stated.text, citations: stated.citations, passages: listPassages },
    question,
    (id) => listPassages.find((p) => p.passage.id === id)?.passage ?? engine.deps.passageById?.(id),
  );
  return {
    text,
    mode: "extractive",
    coverage: coverageOf(extractive, relevance, { reason: shape.expected === "reason" }),
    citations: stated.citations,
    closestSources: [],
    // When the LLM's sentences all failed verification, its counts explain the fallback.
    verification: byModel?.verification ?? { kept: 0, dropped: 0 },
    ...modelFallback(byModel),
  };
}

/** Why the model's answer was not kept, and the model's usage, for the answer given instead. */
function modelFallback(byModel: ModelFellBack | undefined) {
  const fallbackReason = byModel?.fallbackReason;
  const usage = byModel?.usage;
  return { ...(fallbackReason ? { fallbackReason } : {}), ...(usage ? { usage } : {}) };
}
