// Does the corpus cover this question at all? BM25 scores are unnormalized (they grow with corpus
// size, query length and field weights), so the decision reads the question's own terms instead:
// do they meet, with enough of their weight, in one place of one of the top passages?

import type { ScoredPassage } from "../types.ts";
import { absentTermsOf, HAS_PREFIXED, prefixedFormsUnwritten } from "./absent-terms.ts";
import { askedAsUnverified, countAsked, HOW_MANY } from "./asked-unverified.ts";
import { besidesOnlyExcepted } from "./besides-asked.ts";
import { listedNounUnverified } from "./class-qualifiers.ts";
import { claimVerbStood } from "./coverage-claims.ts";
import { readQuestionDemands } from "./coverage-demands.ts";
import { namesOnlyAnotherOfKind } from "./coverage-modifiers.ts";
import type { RelevanceOptions } from "./coverage-reading.ts";
import { judgeWindow, type WindowVerdict } from "./coverage-window.ts";
import { saysNotEstablished } from "./evidence.ts";
import { exactCountUnstated } from "./exact-count-asked.ts";
import { openingNamesCarried } from "./paragraph-lead.ts";
import type { QuestionDemands } from "./question-demands.ts";
import { clearsThresholds, RELEVANCE_RULE, type RelevanceRule } from "./relevance-rule.ts";
import { isAboutTheCorpus } from "./sentences.ts";
import { openingActCarried } from "./set-member-act.ts";
import { askedActReadings, askedPartyUnnamed } from "./subject-act.ts";
import { headedPassageText } from "./term-weights.ts";
import type { Analyze, KeyTerm } from "./terms.ts";
import { type TypedCandidate, typedWindowOf } from "./typed-window.ts";
import {
  asksOutcome,
  outcomeCountUntold,
  outcomeInterimOnly,
  outcomeNegated,
  outcomeVerbsUnmet,
  outcomeVerbTerms,
  verbToldNegated,
} from "./window-outcome.ts";
import {
  type PassageReading,
  readPassageForCoverage,
  type WindowReader,
  windowCount,
  windowReader,
} from "./window-reading.ts";

/** Passages looked at for the floor: the answer is built from these. */
export const FLOOR_PASSAGES = 5;
/**
 * Passages looked at for a window naming what a question asks "about" (`assessRelevance`): all
 * the engine retrieves, and the answer reads the passage found there first. On the tuning half
 * (604 questions): nugget recall 0.859 → 0.860, wrong refusals 21 → 20 of 485, out-of-scope
 * refused 98 of 119 and answered "full" 0 unchanged. (Without reading it first, the answer kept
 * none of that passage: a refusal turned into an answer with no nugget. Reading eight passages for
 * every question instead: wrong refusals 24 → 22, out-of-scope refused 98 → 96, one "full".)
 */
const SUBJECT_PASSAGES = 8;

export interface Relevance {
  /** Best weighted key-term coverage (0..1) of a window of the top passages, headings included. */
  termCoverage: number;
  /** Required key terms that best window lacks. */
  missingTerms: string[];
  /** The question's own terms that best window lacks, required or not (common words aside). */
  unmetTerms: string[];
  /**
   * Whether, in that window, the date, count or name a when/how-many/who question expects stands
   * in the sentence holding the question's weightiest required term (or one pointing back at it),
   * and for "who", names someone the question does not: "Who chaired Committee 5?" is not fully
   * answered by "…wrote to Touré and the Chair. They said the Committee 5 groups were closed."
   */
  typedAtSubject?: boolean;
  /**
   * Whether one sentence of that window (read under its headings, or pointing back at the one
   * before) states every required term the window does: "the Asia-Pacific Telecommunity" in a
   * list and "Each can table common proposals" after it do not state the APT's proposals.
   */
  statedTogether?: boolean;
  /** Weighted share of the required terms it lacks. */
  missingShare: number;
  /**
   * The passage, beyond the top five, whose window states what the question asks about, when that
   * window is the one that covers it: the answer reads it first.
   */
  subjectPassageId?: string;
  /**
   * Passages about another thing of the kind asked ("the existing treaty" for "the new treaty"):
   * neither judged for coverage nor read for the answer (`namesOnlyAnotherOfKind`).
   */
  otherThingPassageIds?: string[];
  /** Required terms the corpus never has and the top passages do not name in other words. */
  absentTerms: string[];
  /**
   * The terms the top passages hold, in their titles, headings and text, camel-case names read by
   * their parts too (`WindowReader.vocabulary`): what the asker may take from the sources.
   */
  heldTerms: ReadonlySet<string>;
  /**
   * Why the best window did not cover it, for the debug log: the named checks of its demands it
   * fails (`coverage-window.ts`), "thresholds" (too little of the terms' weight, too many required
   * terms missing), "absentTerms", "claimVerb". Empty when covered.
   */
  failedChecks?: string[];
  /**
   * The best window lacks a word of the question that the corpus names only where it says it did
   * not verify it (`askedAsUnverified`): not covered, nor by the question's first ask alone.
   */
  unverifiedAsked?: boolean;
  /** The best window's sentences as written, for the debug log. */
  window?: string;
  /** The passage holding that window, when it covers the question. */
  windowPassageId?: string;
  /**
   * For a date, count or name question the best window covers while lacking a required term: the
   * passage of another window that meets the demands, holds the answer type beside the question's
   * subject, meets a required term the best lacks while lacking no more of them, and holds nearly
   * as much of their weight
   * (`typedWindowOf`). The answer leads with it: the best window won on the question's other
   * words, not on the asked fact.
   */
  typedWindowPassageId?: string;
  topScore: number;
  covered: boolean;
}

/**
 * Is the question covered? Its key terms must meet in a window of adjacent sentences of one top
 * passage, read under the passage's title and headings: enough of their weight (`floor`), and
 * all but a few of its required terms, by number (`allowedMissing`) and by weight
 * (`maxMissingShare`). A required term that the corpus never has and that no top passage names
 * another way ("elected", "5G") means the question is about something the corpus lacks. The
 * window must also hold what the question asks of its terms: a date, a count of the thing asked
 * or a name (`expected`), and for "what did X say" (the `question` as asked), more than a
 * sentence saying that X spoke; for "what did X agree/decide", a sentence reporting an outcome.
 * `asksIfKnown` ("do we know…?"): a sentence saying a fact is not confirmed answers it.
 *
 * What the question demands is read once (`readQuestionDemands`, coverage-demands.ts); each
 * window is judged against it (`judgeWindow`, coverage-window.ts) and weighed here against the
 * rule's thresholds (`clearsThresholds`, relevance-rule.ts); the terms the corpus lacks are
 * `absentTermsOf` (absent-terms.ts).
 */
export function assessRelevance(
  passages: readonly ScoredPassage[],
  askedTerms: readonly KeyTerm[],
  analyzeText: Analyze,
  how: RelevanceOptions = {},
): Relevance {
  const { rule = RELEVANCE_RULE } = how;
  const top = passages.slice(0, FLOOR_PASSAGES);
  const demands = readQuestionDemands(askedTerms, top, analyzeText, how);
  const reader = windowReader(top, demands, analyzeText);
  const topScore = passages[0]?.score ?? 0;
  // "Does the treaty package say anything about emergency numbers?": the words of where to look
  // may rank passages on the package above the one on emergency numbers. What such a question
  // asks about is looked for further down the passages retrieved, where a window must name it.
  const judged = demands.subjectTerms.length > 0 ? passages.slice(0, SUBJECT_PASSAGES) : top;
  const read = judgePassages(judged, top.length, demands, reader, rule, analyzeText);
  const { best } = read;
  const absentTerms = absentTermsRead(demands, read, reader, judged, how, analyzeText);
  const { verbStood, claimVerb } = claimVerbRead(demands, best, how, analyzeText);
  const unverifiedAsked = unverifiedAskedOf(demands, best, read, how, analyzeText);
  // The question where it is a plain yes/no (no claim to check) whose best window covers it: the
  // question the checks below of an outcome, an act and a party read.
  const yesNo =
    best.covered && how.yesNo === true && how.claim !== true ? demands.question : undefined;
  // The checks after the best window, in the order the debug log names them (`failedChecks`).
  const checks: readonly NamedCheck[] = [
    ["absentTerms", absentTerms.length > 0],
    ["claimVerb", claimVerb === "unmet"],
    ["askedAsUnverified", unverifiedAsked],
    ...outcomeChecks(demands, best, yesNo, verbStood, read.readSentences, analyzeText),
    ...askedPartChecks(demands, best, yesNo, judged, reader.vocabulary, how, analyzeText),
  ];
  const covered =
    demands.keyTerms.length > 0 &&
    topScore > 0 &&
    best.covered &&
    checks.every(([, failed]) => !failed);
  // (Not for a follow-up: its own few words are met leniently, and the window lacking them is
  // the previous answer's place as often as not: see `FOLLOW_UP_LENIENCE`, engine.ts.)
  const typedWindow =
    covered && best.passageId !== undefined && rule.extraMissing === undefined
      ? typedWindowOf(read.typedCandidates, best.passageId, best.share, best.missing)
      : undefined;
  const found = { demands, reader, read, absentTerms, claimVerb, unverifiedAsked, checks };
  return relevanceOf(found, topScore, covered, typedWindow);
}

/** A check read after the best window is found: its name for the debug log, and whether it fails. */
type NamedCheck = readonly [name: string, failed: boolean];

/**
 * The terms of the question the corpus lacks (`absentTermsOf`), with the prefixed forms no
 * passage judged writes ("vice-chair", "co-sponsored": `prefixedFormsUnwritten`).
 */
function absentTermsRead(
  demands: QuestionDemands,
  read: PassagesJudged,
  reader: WindowReader,
  judged: readonly ScoredPassage[],
  how: RelevanceOptions,
  analyzeText: Analyze,
): string[] {
  const { question } = demands;
  const absentTerms = absentTermsOf(
    demands,
    read.everywhere,
    reader.vocabulary,
    read.best,
    how,
    analyzeText,
  );
  // (The passages' texts are joined only for a question with such a form: most have none.)
  if (question !== undefined && HAS_PREFIXED.test(question)) {
    const texts = judged.map(headedPassageText);
    for (const form of prefixedFormsUnwritten(question, texts, analyzeText)) {
      if (!absentTerms.includes(form)) absentTerms.push(form);
    }
  }
  return absentTerms;
}

/**
 * For a claim or a yes/no question, whether the best window stands its verb (`claimVerbStood`):
 * as read, and as the check takes it.
 */
function claimVerbRead(
  demands: QuestionDemands,
  best: BestWindow,
  how: RelevanceOptions,
  analyzeText: Analyze,
): { verbStood: ClaimVerb; claimVerb: ClaimVerb } {
  const { keyTerms, question } = demands;
  const verbStood =
    (how.claim === true || how.yesNo === true) && question !== undefined
      ? claimVerbStood(question, keyTerms, best, analyzeText)
      : "met";
  // (A plain yes/no whose verb the place lacks is answered, never "full": see `claimVerbStood`.)
  const claimVerb = how.claim !== true && verbStood === "unmet" ? "as a noun" : verbStood;
  return { verbStood, claimVerb };
}

/** How a claim's verb stands in the best window (`claimVerbStood`). */
type ClaimVerb = ReturnType<typeof claimVerbStood>;

/** What `assessRelevance` found, for the record it returns (`relevanceOf`). */
interface RelevanceFound {
  demands: QuestionDemands;
  reader: WindowReader;
  read: PassagesJudged;
  absentTerms: string[];
  claimVerb: ClaimVerb;
  unverifiedAsked: boolean;
  checks: readonly NamedCheck[];
}

/** The coverage record of what was found: the best window's readings, and the checks failed. */
function relevanceOf(
  found: RelevanceFound,
  topScore: number,
  covered: boolean,
  typedWindow: string | undefined,
): Relevance {
  const { demands, reader, read, absentTerms, claimVerb, unverifiedAsked, checks } = found;
  const { best } = read;
  return {
    termCoverage: best.share,
    missingTerms: best.missing.map((k) => k.term),
    unmetTerms: best.unmet.map((k) => k.term),
    typedAtSubject: best.typedAtSubject,
    statedTogether: best.statedTogether && claimVerb === "met",
    missingShare: best.missingShare,
    absentTerms,
    heldTerms: reader.vocabulary,
    window: best.text,
    ...(covered && best.passageId !== undefined ? { windowPassageId: best.passageId } : {}),
    ...(typedWindow !== undefined ? { typedWindowPassageId: typedWindow } : {}),
    topScore,
    covered,
    // (A who question asking a role's holder, "who chaired X?", reads first the passage whose
    // window says who held it: places naming "the Chair" as a party ranked above it, and the
    // answer led with them, paraphrase24.)
    ...(covered && best.further !== undefined
      ? { subjectPassageId: best.further }
      : covered && demands.rolesHeld.length > 0 && best.passageId !== undefined
        ? { subjectPassageId: best.passageId }
        : {}),
    ...(read.otherThings.length > 0 ? { otherThingPassageIds: read.otherThings } : {}),
    ...(unverifiedAsked ? { unverifiedAsked } : {}),
    failedChecks: [...best.failedChecks(), ...checks.filter(([, f]) => f).map(([name]) => name)],
  };
}

/** The best window of the passages judged, and what the coverage label takes from it. */
interface BestWindow {
  share: number;
  missing: readonly KeyTerm[];
  verbsSaidOtherwise: readonly string[];
  unmet: readonly KeyTerm[];
  typedAtSubject: boolean;
  statedTogether: boolean;
  missingShare: number;
  covered: boolean;
  /** The window's sentences as written. */
  text: string;
  /** The passage beyond the top ones whose window it is (`SUBJECT_PASSAGES`). */
  further: string | undefined;
  passageId: string | undefined;
  /** The checks that refused it (named only for the debug log). */
  failedChecks: () => string[];
}

/** What judging the passages found: the best window, and what the later checks read. */
interface PassagesJudged {
  best: BestWindow;
  /** The terms of the top passages' titles, headings and sentences that may count. */
  everywhere: Set<string>;
  /** Passages about another thing of the kind asked ("the existing treaty" for "the new one"). */
  otherThings: string[];
  /**
   * The corpus's own sentences saying what it did not verify ("This corpus did not verify the
   * full list of 89 signatories, how many states signed later, or any reservations filed."), as
   * index terms: see `askedAsUnverified`.
   */
  unverified: Set<string>[];
  /** Windows that answer the demands of a date, count or name question, for `typedWindowOf`. */
  typedCandidates: TypedCandidate[];
  /** The sentences of the passages read, for an outcome told negated (`verbToldNegated`). */
  readSentences: string[];
}

/**
 * Judges every window of the passages (those beyond the first `topCount` are read for what the
 * question asks about only) and keeps the best: a covering one over one that does not, then the
 * greater share of the terms' weight, then the smaller share of the required ones missing.
 */
function judgePassages(
  judged: readonly ScoredPassage[],
  topCount: number,
  demands: QuestionDemands,
  reader: WindowReader,
  rule: RelevanceRule,
  analyzeText: Analyze,
): PassagesJudged {
  const read: PassagesJudged = {
    best: {
      share: 0,
      missing: demands.required,
      verbsSaidOtherwise: [],
      unmet: demands.ownTerms,
      typedAtSubject: false,
      statedTogether: false,
      missingShare: demands.requiredWeight > 0 ? 1 : 0,
      covered: false,
      further: undefined,
      passageId: undefined,
      text: "",
      failedChecks: () => [],
    },
    everywhere: new Set<string>(),
    otherThings: [],
    unverified: [],
    typedCandidates: [],
    readSentences: [],
  };
  for (const [rank, scored] of judged.entries()) {
    const passage = readPassageForCoverage(scored, rank >= topCount, demands, reader);
    if (!passage.further) notePassageRead(passage, read, analyzeText);
    const whole = headedPassageText(scored);
    if (namesOnlyAnotherOfKind(demands.qualified, whole, analyzeText)) {
      read.otherThings.push(passage.id);
      continue;
    }
    for (let at = 0; at < windowCount(passage); at++) {
      read.best = betterWindow(read.best, passage, at, demands, reader, rule, read.typedCandidates);
    }
  }
  return read;
}

/**
 * Notes what a top passage gives the later checks: its terms, its sentences, and its sentences
 * saying the corpus did not establish a count.
 */
function notePassageRead(passage: PassageReading, read: PassagesJudged, analyzeText: Analyze) {
  for (const t of passage.context) read.everywhere.add(t);
  for (const terms of passage.sentences) for (const t of terms) read.everywhere.add(t);
  for (const s of passage.written) {
    read.readSentences.push(s.text);
    const counted = HOW_MANY.exec(s.text);
    if (counted && isAboutTheCorpus(s.text) && saysNotEstablished(s.text)) {
      read.unverified.push(new Set(analyzeText(s.text.slice(counted.index))));
    }
  }
}

/**
 * The window of `passage` from sentence `at`, judged (with its paragraph's opening where that
 * covers it: `judgedWithOpening`), where it is better than `best`; `best` otherwise. A window
 * answering a date, count or name question's demands is a candidate for `typedWindowOf`.
 */
function betterWindow(
  best: BestWindow,
  passage: PassageReading,
  at: number,
  demands: QuestionDemands,
  reader: WindowReader,
  rule: RelevanceRule,
  typedCandidates: TypedCandidate[],
): BestWindow {
  const verdict = judgedWithOpening(
    judgeWindow(demands, reader, passage, at),
    () => {
      const carried =
        openingNamesCarried(demands, passage, at) ?? openingActCarried(demands, passage, at);
      return carried && judgeWindow(demands, reader, passage, at, carried);
    },
    (v) => v.answersDemands && clearsThresholds(v, demands, rule),
  );
  const { share, missingShare } = verdict;
  const covered = verdict.answersDemands && clearsThresholds(verdict, demands, rule);
  if (verdict.answersDemands && demands.needsEvidence && !passage.further) {
    typedCandidates.push({
      passageId: passage.id,
      share,
      missing: verdict.missing.map((k) => k.term),
      typed: () => verdict.kept().typedAtSubject,
    });
  }
  const better =
    (covered && !best.covered) ||
    (covered === best.covered &&
      (share > best.share || (share === best.share && missingShare < best.missingShare)));
  if (!better) return best;
  return {
    share,
    missing: verdict.missing,
    verbsSaidOtherwise: verdict.verbsSaidOtherwise,
    missingShare,
    covered,
    ...verdict.kept(),
    further: passage.further ? passage.id : undefined,
    passageId: passage.id,
    // (Named only for the debug log, and only for the window that stays best: which of
    // the demands, or the thresholds, refused it.)
    failedChecks: () =>
      covered
        ? []
        : [
            ...verdict.failedChecks(),
            ...(clearsThresholds(verdict, demands, rule) ? [] : ["thresholds"]),
          ],
  };
}

/**
 * Whether the best window lacks a word of the question that the corpus names only where it says
 * it did not verify it (`askedAsUnverified`, `listedNounUnverified`).
 */
function unverifiedAskedOf(
  demands: QuestionDemands,
  best: BestWindow,
  read: PassagesJudged,
  how: RelevanceOptions,
  analyzeText: Analyze,
): boolean {
  const { question } = demands;
  // "Bullet the section headings of CDT's paper", where "section" stands only in "…could not be
  // confirmed: the paper's page count and section structure": a window lacking it answers
  // another thing (`listedNounUnverified`, class-qualifiers.ts).
  const listedUnverified =
    best.covered &&
    demands.listedNouns.some(
      (k) =>
        best.unmet.includes(k) &&
        listedNounUnverified(k, read.readSentences, analyzeText, saysNotEstablished),
    );
  return (
    listedUnverified ||
    (best.covered &&
      !demands.asksIfKnown &&
      question !== undefined &&
      askedAsUnverified(
        best.unmet,
        read.unverified,
        countAsked(question, how.yesNo === true, analyzeText),
      ))
  );
}

/**
 * The checks of an outcome asked: a plain yes/no (`yesNo`) asking how a thing turned out ("did
 * India end up signing…?", `asksOutcome`), and a count of an act's doers.
 */
function outcomeChecks(
  demands: QuestionDemands,
  best: BestWindow,
  yesNo: string | undefined,
  verbStood: "met" | "unmet" | "as a noun",
  readSentences: readonly string[],
  analyzeText: Analyze,
): NamedCheck[] {
  const { question } = demands;
  // Where it asks how a thing turned out, that outcome's verb.
  const outcomeAsked = yesNo !== undefined && asksOutcome(yesNo) ? yesNo : undefined;
  const outcomeTerms =
    outcomeAsked === undefined ? undefined : outcomeVerbTerms(outcomeAsked, analyzeText);
  // "did India end up signing in Dubai?": a yes/no asking how a thing turned out, whose verb the
  // window lacks, is answered only by a window telling that outcome by its negation
  // (`outcomeNegated`, window-outcome.ts).
  const outcomeVerbs =
    outcomeTerms === undefined
      ? []
      : outcomeVerbsUnmet(outcomeTerms, best.unmet, verbStood === "unmet");
  const outcomeUntold =
    outcomeVerbs.length > 0 &&
    !outcomeNegated(best.text) &&
    !verbToldNegated(outcomeVerbs, readSentences, analyzeText);
  // "did Italy end up signing…?" where the window names Italy only as "still consulting … at
  // that stage": the subject's state before the outcome tells no outcome (`outcomeInterimOnly`).
  const outcomeInterim =
    outcomeAsked !== undefined &&
    outcomeTerms !== undefined &&
    outcomeInterimOnly(outcomeAsked, best.text, outcomeTerms, analyzeText);
  // "how many CEPT members went on to sign…?" where the window counts the members beside another
  // act: no sentence gives a count of the act asked (`outcomeCountUntold`).
  const outcomeCount =
    best.covered &&
    demands.expected === "number" &&
    question !== undefined &&
    outcomeCountUntold(outcomeVerbTerms(question, analyzeText), best.text, analyzeText);
  return [
    ["outcomeUntold", outcomeUntold],
    ["outcomeInterim", outcomeInterim],
    ["outcomeCount", outcomeCount],
  ];
}

/**
 * The checks of a part of the question the best window may leave untold: the others "besides" a
 * party, an exact count, and a plain yes/no's (`yesNo`) party and act.
 */
function askedPartChecks(
  demands: QuestionDemands,
  best: BestWindow,
  yesNo: string | undefined,
  judged: readonly ScoredPassage[],
  vocabulary: ReadonlySet<string>,
  how: RelevanceOptions,
  analyzeText: Analyze,
): NamedCheck[] {
  const { question } = demands;
  // "which industry groups besides ITI…?" where the window names only ITI of what is asked
  // (`besidesOnlyExcepted`, besides-asked.ts).
  const besidesOnly =
    best.covered &&
    how.yesNo !== true &&
    question !== undefined &&
    besidesOnlyExcepted(question, best.text, analyzeText);
  // "exact count needed: how many times…?" where the window says only "dozens of times"
  // (`exactCountUnstated`, exact-count-asked.ts).
  const exactUnstated =
    best.covered &&
    demands.expected === "number" &&
    question !== undefined &&
    exactCountUnstated(question, best.text);
  // "did LIRNEasia file a contribution of its own with the CWG?" where the window has LIRNEasia
  // only calling ETNO's link incoherent: the party stands acting, but in another act
  // (`askedActUntold`, subject-act.ts).
  // "did Hill testify before Congress on the spam article?" where the window has Hill only
  // arguing about the article: the party reported speaking, the act asked told nowhere
  // (`askedVerbUntold`, subject-act.ts). Both read the party once (`askedActReadings`).
  const { otherAct, verbUntold } =
    yesNo !== undefined
      ? askedActReadings(yesNo, best.text, analyzeText, passageTextOf(judged, best.passageId))
      : { otherAct: false, verbUntold: false };
  // "Is ETNO one of the groups that signed the unity statement?" answered from a place on the
  // statement that never names ETNO nor tells all of the act (`askedPartyUnnamed`, subject-act.ts).
  const partyUnnamed =
    yesNo !== undefined &&
    askedPartyUnnamed(
      yesNo,
      best.text,
      analyzeText,
      passageTextOf(judged, best.passageId),
      vocabulary,
    );
  return [
    ["besidesOnly", besidesOnly],
    ["exactCountUnstated", exactUnstated],
    ["askedActUntold", otherAct],
    ["askedVerbUntold", verbUntold],
    ["askedPartyUnnamed", partyUnnamed],
  ];
}

/** The text of the judged passage of that id, or "" when there is none. */
function passageTextOf(judged: readonly ScoredPassage[], id: string | undefined): string {
  const scored = judged.find((s) => s.passage.id === id);
  return scored === undefined ? "" : scored.passage.text;
}

/**
 * A window's verdict, or where it does not cover the question, its verdict read with the names its
 * paragraph's opening carries (`openingNamesCarried`, paragraph-lead.ts; for a yes/no question whose
 * party a later sentence names, the opening's act: `openingActCarried`, set-member-act.ts) when
 * that one covers it.
 * A reading that still does not cover it is dropped, so the best window of a refused question
 * stays as it was judged.
 */
function judgedWithOpening(
  verdict: WindowVerdict,
  withOpening: () => WindowVerdict | undefined,
  covers: (v: WindowVerdict) => boolean,
): WindowVerdict {
  if (covers(verdict)) return verdict;
  const read = withOpening();
  return read !== undefined && covers(read) ? read : verdict;
}
