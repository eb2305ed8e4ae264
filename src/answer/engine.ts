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
  CAPITALISED_WORD,
  capitalisedNames,
  type OpeningContext,
  openingContext,
  type QuestionAnalysis,
  splitAsks,
  standaloneNames,
  withoutChatBefore,
} from "../search/question.ts";
import { withoutChatAfter } from "../search/question-instructions.ts";
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
import { type CitedText, distinctTerms, ownAsks, withLeadOf } from "./asks.ts";
import { claimedFigures } from "./coverage-claims.ts";
import {
  type CoverageTools,
  comparedTopic,
  coveredOtherwise,
  type Search,
} from "./coverage-otherwise.ts";
import { DEADLINE_PASSED, type Deadline, deadlineReason, startDeadline } from "./deadline.ts";
import { doerName } from "./doer-names.ts";
import { saysNotEstablished } from "./evidence.ts";
import { type AnswerShape, composeExtractive } from "./extractive.ts";
import { composeTimeline } from "./extractive-timeline.ts";
import { asksOfEvery, asksOfText, countedClassAsked, soleClaimParty } from "./extractive-yes-no.ts";
import { namesPlace, readFollowUp } from "./follow-up-reading.ts";
import { askedOfNewSubject } from "./follow-up-subject.ts";
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
import { cleftGuess, premiseGuess } from "./premise-guess.ts";
import {
  allowedMissing,
  assessRelevance,
  coverageOf,
  RELEVANCE_RULE,
  type RelevanceRule,
  shapeReading,
  windowStatesQuestion,
} from "./relevance.ts";
import {
  type Analyze,
  containsTerm,
  glossaryAlternatives,
  glossaryLongFormNames,
  glossaryNamesOfKind,
  glossaryShortenedNames,
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
/** How many of the first passages an opening context clause's terms must be met in (`openingContextUnmet`). */
const OPENING_CONTEXT_PASSAGES = 5;

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

  /** How the readers of coverage-otherwise.ts read a question and a passage: as the engine does. */
  const coverageTools: CoverageTools = {
    keyTermsFor,
    shapeOf,
    analyzeText,
    readText,
    rule: relevanceRule,
    wordCase: deps.wordCase,
  };

  /**
   * The key terms of a question: what its asking sentence says, without the instructions around it
   * ("give me three talking points on…") and the context sentences before it.
   */
  function keyTermsFor(query: string): KeyTerm[] {
    return keyTermsOfText(askedWithReferents(query));
  }

  /**
   * "following Russia's push to define spam, which assembly…": the key terms of a question whose
   * asking sentence opens with a context clause (`openingContext`), its ask's own and the
   * clause's weighed as a thread's earlier question is, not required where the ask is answered.
   * Undefined for a question with no such clause.
   */
  function keyTermsAfterContext(query: string): KeyTerm[] | undefined {
    const opening = openingContext(askedWithReferents(query));
    return opening && keyTermsOfOpening(opening);
  }

  /** The key terms of an ask read after its opening clause, the clause's as context. */
  function keyTermsOfOpening(opening: OpeningContext): KeyTerm[] {
    return keyTermsWithContext(keyTermsOfText(opening.ask), opening.context);
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
      longFormNames: glossary ? glossaryLongFormNames(glossary) : undefined,
    });
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
    searchSide: Search,
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

  /**
   * The required terms of a question's opening context clause (`openingContext`: "following
   * Russia's push to define spam, …") that none of the first passages read for coverage meets,
   * in its title, headings or text: context the asker takes from the sources must be in them,
   * though not in the window answering the ask.
   */
  function openingContextUnmet(
    opening: OpeningContext,
    passages: readonly ScoredPassage[],
  ): string[] {
    const seen = new Set<string>();
    for (const { document, passage } of passages.slice(0, OPENING_CONTEXT_PASSAGES)) {
      const whole = `${document.title}\n${passage.sectionPath.join("\n")}\n${passage.text}`;
      for (const t of readText(whole)) seen.add(t);
    }
    const met = (k: KeyTerm) =>
      seen.has(k.term) ||
      k.alternatives.some((alt) => alt.length > 0 && alt.every((t) => seen.has(t)));
    const required = keyTermsOfText(opening.context).filter(isRequired);
    const unmet = required.filter((k) => !met(k)).map((k) => k.term);
    // The asker's own word for what the sources say otherwise ("Russia's PUSH to define spam",
    // where Russia "asked" for it) may go unmet, as few as a window may lack (`allowedMissing`);
    // a name or number never ("Tunisia", "2018"): context the sources lack.
    const named = new Set(
      (
        opening.context.match(/(?<![\p{L}\p{N}])(?:\p{Lu}[\p{L}\p{N}'’-]*|\p{N}[\p{N}.,-]*)/gu) ??
        []
      ).flatMap((w) => analyzeText(w)),
    );
    return unmet.length > allowedMissing(required.length) || unmet.some((t) => named.has(t))
      ? unmet
      : [];
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
    // Chat opening the message ("Hey wcit-desk,", "Q:", "Sorry if this is obvious, but") and the
    // asker's situation before the ask are read as none of it: every reader of the question's
    // first words reads the ask's (wrappers25).
    const { text: corrected, corrections } = correctSpelling(typed);
    const question = withoutChatAfter(withoutChatBefore(corrected));
    const { searchQuery, context } = await searchQueryFor(question, options, deadline);
    const threadPassages = await deps.retrieve(
      searchQuery,
      ANSWER_PASSAGES,
      deadline ? { signal: deadline.signal } : undefined,
    );
    // Each text is searched once an answer: a follow-up's own words, each side of a comparison, a
    // first ask, an event of a timeline.
    const searches = new Map<string, Promise<ScoredPassage[]>>();
    const search: Search = (query) => {
      let found = searches.get(query);
      if (!found) {
        found = deps.retrieve(
          query,
          ANSWER_PASSAGES,
          deadline ? { signal: deadline.signal } : undefined,
        );
        searches.set(query, found);
      }
      return found;
    };
    // A follow-up read in its thread: its own terms, before the earlier question's are added, and
    // the passages its reading adds (follow-up-reading.ts).
    const followUp = context
      ? readFollowUp(question, { analyzeText, keyTermsFor, keyTermsOfText, search })
      : undefined;
    const passages = followUp ? await followUp.passages(threadPassages) : threadPassages;
    options.onProgress?.({ stage: "retrieved", passages: passages.length });
    // "The FCC chair" is whoever the passages introduce as FCC Chairman, wherever they name him.
    const texts = passages.map(({ passage }) => passage.text);
    const wholeTerms = withOfficeHolders(
      searchQuery,
      followUp ? keyTermsWithContext(followUp.ownTerms, context) : keyTermsFor(searchQuery),
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
    const reading = {
      ...shapeReading(analysis, shape, unnamed, readText),
      rule: context ? { ...relevanceRule, ...FOLLOW_UP_LENIENCE } : relevanceRule,
      question: context ? question : searchQuery,
    };
    const wholeAssessed = assessRelevance(passages, wholeTerms, readText, reading);
    // Refused with every word required, a question opening with context ("given the 89
    // signatures, how many signed in 1988?") is read again with the clause as context: covered
    // where its ask is stated in one place and the clause's terms are met in the first passages.
    // (Only then: where the whole question is covered, reading the clause as context moved the
    // answer of "After Kramer's announcement, how did the other Western delegations respond?" off
    // the announcement.)
    // (The clause is read once here, and its terms only where the first passages meet it.)
    const opening =
      context === undefined && !wholeAssessed.covered
        ? openingContext(askedWithReferents(searchQuery))
        : undefined;
    const contextKeyTerms =
      opening && openingContextUnmet(opening, passages).length === 0
        ? withOfficeHolders(searchQuery, keyTermsOfOpening(opening), texts, analyzeText)
        : undefined;
    const keyTerms = contextKeyTerms ?? wholeTerms;
    const assessed = contextKeyTerms
      ? assessRelevance(passages, contextKeyTerms, readText, reading)
      : wholeAssessed;
    const byContext = contextKeyTerms !== undefined;
    // Covered another way (side by side, by its first ask, event by event: coverage-otherwise.ts),
    // a question is covered, but no one place states it: never full.
    const otherwise = await coveredOtherwise(
      {
        question: searchQuery,
        analysis,
        shape,
        keyTerms,
        assessed,
        passages,
        followUp: context !== undefined,
        search,
      },
      // (Each ask of a question read with its opening clause as context is read so too.)
      byContext
        ? { ...coverageTools, keyTermsFor: (q) => keyTermsAfterContext(q) ?? keyTermsFor(q) }
        : coverageTools,
    );
    const coveredBy = assessed.covered ? undefined : otherwise?.by;
    const datedEvents = otherwise?.events;
    // A follow-up's own nouns are met where it is covered (`FollowUpReading.ownUnmet`). Tuning
    // half (1,505 q): one near-miss follow-up refused, no in-scope answer changed.
    const ownUnmet = followUp !== undefined && assessed.covered && followUp.ownUnmet(assessed);
    // A follow-up asking where names no place of its own; the place covering it must name one.
    const placeUnmet =
      followUp !== undefined &&
      assessed.covered &&
      !ownUnmet &&
      followUp.asksWhere &&
      !namesPlace(assessed.window ?? "");
    const relevance = coveredBy
      ? { ...assessed, covered: true, statedTogether: false }
      : ownUnmet || placeUnmet
        ? {
            ...assessed,
            covered: false,
            failedChecks: [
              ...(assessed.failedChecks ?? []),
              ownUnmet ? "followUpOwnNouns" : "followUpPlace",
            ],
          }
        : assessed;
    const asks = context === undefined && relevance.covered ? ownAsks(searchQuery) : [];
    // Why a question was or was not covered, for whoever runs it with LOG_LEVEL=debug.
    deps.log?.debug(
      {
        question,
        searchQuery,
        covered: relevance.covered,
        bySide: coveredBy === "bySide",
        byAsk: coveredBy === "byAsk",
        byEvent: coveredBy === "byEvent",
        termCoverage: relevance.termCoverage,
        missingShare: relevance.missingShare,
        missingTerms: relevance.missingTerms,
        unmetTerms: relevance.unmetTerms,
        absentTerms: relevance.absentTerms,
        ...(byContext ? { openingContextRead: true } : {}),
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
      search,
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
      // A follow-up naming a topic of its own that its thread's words do not cover is asked on its
      // own (`FollowUpReading.asksAlone`); its own words must then cover it, by the same rule as
      // any question. (Not where the thread's place met none of its nouns: that one is not about
      // the thread's topic either, and stays refused.)
      if (followUp?.asksAlone && !ownUnmet) {
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
      composeExtractive(listPassages, keyTerms.map(withoutSenseWords), readText, {
        ...(onePlace ? shape : { ...shape, inconclusive: true }),
        ...(relevance.windowPassageId ? { windowPassageId: relevance.windowPassageId } : {}),
        ...(relevance.typedWindowPassageId
          ? { typedWindowPassageId: relevance.typedWindowPassageId }
          : {}),
      });
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
