// What a question demands of the place that covers it, read once before any passage is judged:
// its key terms (with the other names the top passages give them), which of them are required,
// and what it asks of them: a date, count or name beside its subject, a speaker's words, an
// owner's thing, a year standing with its event… `coverage-window.ts` judges each window against
// these demands; `relevance.ts` puts the two together. The fields are `QuestionDemands`
// (`question-demands.ts`). The readings of single question shapes live beside it:
// `demand-counted.ts` (what a count counts), `demand-dates.ts` (what a when question asks of its
// date), `demand-roles.ts` (who held a role), `demand-owners.ts` (whose thing or stance),
// `demand-doers.ts` (whose act or thing: proposer, doer, owner, possessor), `demand-speaker.ts`
// (who spoke, and where), `demand-years.ts` (the years and their events), `demand-lists.ts` (what
// a list asks for), `demand-classes.ts` (the class of a list's items), `demand-parts.ts` (the
// parts sources tell apart) and `demand-words.ts` (the question's names, acronyms, unseen words).

import { analyzeQuestion } from "../search/question.ts";
import { FORMAT_NOUN } from "../search/question-requests.ts";
import type { ScoredPassage } from "../types.ts";
import { asksWhatWasDecided, asksWhatWasProposed } from "./asked-acts.ts";
import { askedThing } from "./asked-thing.ts";
import { asksAuthorship } from "./authorship.ts";
import { isFamiliarTerm } from "./common-words.ts";
import { countingAsk } from "./counted-series-act.ts";
import { claimedFigures } from "./coverage-claims.ts";
import { askedThingModifiers, qualifiedNouns } from "./coverage-modifiers.ts";
import { INFORMAL_PART_NOUNS, withOtherNamings } from "./coverage-namings.ts";
import { FIGURE_NOUNS } from "./demand-classes.ts";
import { countedThing } from "./demand-counted.ts";
import {
  asksMomentInEvent,
  asksStartOnly,
  CALENDAR_UNITS,
  DATE_ASKED,
  DEADLINE_ASKED,
  dateUnitAsked,
  END_ASKED,
  TIME_UNITS,
  typedClause,
} from "./demand-dates.ts";
import { doerDemands } from "./demand-doers.ts";
import { listDemands } from "./demand-lists.ts";
import { SET_APART, stanceDemand } from "./demand-owners.ts";
import { ABOUT, keyTermsOfPhrase, partsToldApart } from "./demand-parts.ts";
import { rolesHeldIn } from "./demand-roles.ts";
import { speakerDemands } from "./demand-speaker.ts";
import { acronymsOf, givenBy, NAME_OR_NUMBER, unseenTogether } from "./demand-words.ts";
import { yearDemands } from "./demand-years.ts";
import { documentAsked } from "./document-content.ts";
import { eventOutcomeAsked } from "./event-outcome.ts";
import { countsIn, type ExpectedAnswer } from "./evidence.ts";
import { asksFounding } from "./founding.ts";
import { isNearTopicTerm, isRequired, isTopicTerm, weightiest } from "./key-term-roles.ts";
import { kindOfName } from "./name-kinds.ts";
import { elidedOrdinalAsked } from "./ordinal-asks.ts";
import { organisationAsked } from "./organisation-doers.ts";
import { cleftGuess, premiseGuess } from "./premise-guess.ts";
import { originatingAct, proposerActAsked } from "./proposer-sentence.ts";
import type { QuestionDemands, QuestionReading } from "./question-demands.ts";
import { reactionDemand } from "./reaction-asked.ts";
import { firstAsk, grievanceWording, reasonTopic, reasonTopicTerms } from "./reason-topic.ts";
import { speakerTopicDemand } from "./speaker-topic.ts";
import { stanceAsked } from "./stance-asked.ts";
import { asksSuccession } from "./succession.ts";
import { withoutFormWords, withoutSenseWords } from "./term-alternatives.ts";
import { type Analyze, containsTerm, type KeyTerm } from "./terms.ts";
import { doerAskOf } from "./window-doers.ts";
import { wholeCountOf } from "./window-part-count.ts";
import { asksVote } from "./window-vote.ts";

/**
 * A noun that owns another ("the team's letter") or heads an "of" phrase ("the chair of the
 * harbour conference"): it says which thing the question means, so a place lacking it is about
 * another thing, however plain the word.
 */
const SPECIFYING_NOUN = /\b([\p{L}-]+)(?:'s|’s|\s+of)\b/giu;

/**
 * A "which/what X" standing inside a clause, right after a word that is no conjunction: "show
 * which countries…", "say what it cost". (Not a second ask: "…, and which countries?")
 */
const EMBEDDED_WH = /(?<![,;:]\s*)\b(?!(?:and|or|but|so)\b)\p{L}+\s+(?:which|what)\s+\p{L}/iu;

/** A list asked for by what it is written as ("laundry list", "bullets", "rundown"). */
const FORMAT_NAMED = new RegExp(`(?<![\\p{L}-])(?:${FORMAT_NOUN})(?![\\p{L}-])`, "iu");

/**
 * What the question demands of a window, read once from the question and its key terms (the top
 * passages only lend other names for them: `withOtherNamings`). The terms and what is required
 * of them are read here; each group of demands by its own reader below (`termDemands`,
 * `countDemands`, `dateDemands`, `actDemands`, `wordingDemands`, `checkDemands`).
 */
export function readQuestionDemands(
  askedTerms: readonly KeyTerm[],
  top: readonly ScoredPassage[],
  analyzeText: Analyze,
  how: QuestionReading,
): QuestionDemands {
  const { question } = how;
  const expected = expectedAsked(how);
  const topTexts = top.map(({ passage }) => passage.text);
  const { wording, stanceWordRequired, reasonOn } = askersWording(
    question,
    askedTerms,
    analyzeText,
  );
  const contentTerms = askedTerms.filter((k) => !wording.has(k.term) || k.fromContext);
  const keyTerms =
    question !== undefined
      ? withOtherNamings(question, contentTerms, topTexts, analyzeText)
      : contentTerms;
  const required = keyTerms.filter(isRequired);
  const basis: DemandBasis = { question, how, expected, keyTerms, required, analyzeText };
  // "When…", "how many…", "who…": the place where the question's terms meet must also give a
  // date, a count or a name; a passage about Germany and the signing without a date does not say
  // when Germany signed.
  const needsEvidence =
    expected === "date" || expected === "number" || expected === "duration" || expected === "agent";
  const nouns = nounsAsked(analyzeText);
  // (Names and numbers of the question, as index terms: a list lacking one is about another topic.)
  const namesOrNumbers = new Set(
    question !== undefined ? analyzeText((question.match(NAME_OR_NUMBER) ?? []).join(" ")) : [],
  );
  const lists = listDemands({ ...basis, topTexts, ...nouns, namesOrNumbers }, analyzeText);
  const counts = countDemands(basis);
  const stance =
    question !== undefined && stanceWordRequired
      ? stanceDemand(question, required, analyzeText)
      : undefined;
  // "did res 127 say anything about spam", "rutkowski's take on article 5a": a word of the party
  // and a word of the topic must both be met (`speakerTopicMet`).
  const speakerTopic = speakerTopicDemand(question, keyTerms, analyzeText);
  // "how did algiers react to being listed on…": the party named as one acting, and a word of the
  // event it reacted to (`reactionTold`).
  const reaction = reactionDemand(question, keyTerms, analyzeText);
  return {
    ...(reaction !== undefined ? { reaction } : {}),
    ...(stance !== undefined ? { stance } : {}),
    ...(speakerTopic !== undefined ? { speakerTopic } : {}),
    reasonTopic: reasonOn,
    question,
    expected,
    keyTerms,
    required,
    ...termDemands(basis, askedTerms, wording, lists.listedNouns),
    // The engine passes its own reading of the question; analysing it again here is a fallback.
    asksIfKnown:
      how.asksIfKnown ?? (question !== undefined && analyzeQuestion(question).asksIfKnown),
    needsEvidence,
    ...counts,
    ...actDemands(basis, needsEvidence),
    ...yearDemands(question, keyTerms, analyzeText),
    ...nouns,
    ...dateDemands(basis),
    list: how.list === true,
    ...lists,
    ...wordingDemands(basis, namesOrNumbers, counts.counted),
    ...checkDemands(basis),
  };
}

/** What every group of demands reads: the question, how it was read, and its key terms. */
interface DemandBasis {
  question: string | undefined;
  how: QuestionReading;
  expected: ExpectedAnswer;
  keyTerms: readonly KeyTerm[];
  required: readonly KeyTerm[];
  analyzeText: Analyze;
}

/**
 * The answer type asked. "On which DAY of the conference did Iran call the vote?" asks when,
 * though it opens with "which": a point in time named as the thing asked is a date to find
 * (`DATE_NOUNS`).
 */
function expectedAsked(how: QuestionReading): ExpectedAnswer {
  const { question } = how;
  return (how.expected ?? "description") === "description" &&
    question !== undefined &&
    DATE_ASKED.test(question)
    ? "date"
    : (how.expected ?? "description");
}

/**
 * The asker's own wording, as index terms, which is no content a place must name (`wording`);
 * whether a stance word was required (`stanceWordRequired`); and the topic of the reasons a
 * grievance noun asks for (`reasonOn`).
 */
function askersWording(
  question: string | undefined,
  askedTerms: readonly KeyTerm[],
  analyzeText: Analyze,
) {
  // "What was Brazil's POSITION on…", "was India ON RECORD wanting…": the words asking for a
  // stance are no content a place must name; `stanceStated` tests the stance itself. (For the
  // coverage decision only: the answer is composed with the question's words as typed.)
  // (Only where one of them was required: the stance test takes the place of the protection the
  // dropping removes. "What's CDT's take on…" never required "take", a common verb, and is read
  // as before.)
  const stanceWords = new Set(
    question !== undefined
      ? (stanceAsked(question)?.wording ?? []).flatMap((w) => analyzeText(w))
      : [],
  );
  const stanceWordRequired = askedTerms.some((k) => stanceWords.has(k.term) && isRequired(k));
  const stanceWording = stanceWordRequired ? stanceWords : new Set<string>();
  // "What was CEPT's GRIPE with the final regs?": a grievance noun read as a why question is the
  // asker's wording too, where the topic of the reasons takes its place (`reasonTopicNamed`).
  const ask = question !== undefined ? firstAsk(question) : undefined;
  const reasonOn =
    ask !== undefined ? reasonTopicTerms(reasonTopic(ask), askedTerms, analyzeText) : [];
  const grievance = ask !== undefined ? grievanceWording(ask) : undefined;
  const grievanceWords = new Set(
    reasonOn.length > 0 && grievance !== undefined ? analyzeText(grievance) : [],
  );
  const wording = new Set([...stanceWording, ...grievanceWords]);
  return { wording, stanceWordRequired, reasonOn };
}

/**
 * The demands on the question's terms: the other and earlier ones, their weight, the asker's own
 * wording for "full", the subject of the asked fact, and what the question asks about.
 */
function termDemands(
  basis: DemandBasis,
  askedTerms: readonly KeyTerm[],
  wording: ReadonlySet<string>,
  listedNouns: readonly KeyTerm[],
) {
  const { question, keyTerms, required, analyzeText } = basis;
  // The question's weightiest required term: what the expected date, count or name is about.
  // (Not a party the question sets apart: in "who else came out against it apart from CEPT?"
  // the name asked is another's, which need not stand beside CEPT.)
  const setApart = new Set(
    question !== undefined ? analyzeText(SET_APART.exec(question)?.[1] ?? "") : [],
  );
  return {
    questionTerms: new Set(keyTerms.map((k) => k.term)),
    requiredWeight: required.reduce((sum, k) => sum + k.weight, 0),
    otherTerms: keyTerms.filter((k) => !isRequired(k) && !k.generic && !k.fromContext),
    // A follow-up's subject is the earlier turn's ("when did IT go to the Senate?").
    earlierSubject: keyTerms.filter((k) => k.fromContext && !k.generic),
    // (The stance words stay the asker's own for the label: a place saying what India backed
    // states its position only by inference, so the answer reads on and is not labelled full.)
    ownTerms: [...keyTerms, ...askedTerms.filter((k) => wording.has(k.term) && !k.fromContext)]
      .filter((k) => !k.generic && !k.fromContext && !isTopicTerm(k))
      .concat(listedNouns),
    asWritten: asWrittenIn(analyzeText),
    subject: weightiest(required.filter((k) => !k.kind && !containsTerm(setApart, k))),
    // "What did the 2022 conference decide about SPAM?": what the question asks about.
    aboutTerms:
      question !== undefined
        ? keyTermsOfPhrase(question, ABOUT, required, analyzeText, (k) => !isTopicTerm(k))
        : [],
    // "Does the treaty package say anything about emergency numbers?": the words of where to look
    // may rank passages on the package above the one on emergency numbers. What such a question
    // asks about is looked for further down the passages retrieved, where a window must name it.
    subjectTerms: required.filter((k) => k.about && !k.everyday && !isNearTopicTerm(k)),
  };
}

/**
 * A key term as the asker wrote it, for "full": without the other names `withClassNames` adds to
 * the informal nouns for parts (met so, a place never states them), nor a thesaurus's other
 * words ("argument" for "argue" answers the question, but is not the asker's own wording).
 */
function asWrittenIn(analyzeText: Analyze): (k: KeyTerm) => KeyTerm {
  const partyTerms = new Set([...INFORMAL_PART_NOUNS, "article"].flatMap((w) => analyzeText(w)));
  return (k) => {
    const plain = withoutFormWords(withoutSenseWords(k));
    return partyTerms.has(k.term)
      ? {
          ...plain,
          alternatives: plain.alternatives.filter(
            (a) => !(a.length === 1 && partyTerms.has(a[0] as string)),
          ),
        }
      : plain;
  };
}

/** The nouns of kinds of thing asked for, as index terms (`QuestionDemands` fields alike named). */
function nounsAsked(analyzeText: Analyze) {
  return {
    reasonNouns: new Set(REASON_NOUNS.flatMap((w) => analyzeText(w))),
    partNouns: new Set(PART_NOUNS.flatMap((w) => analyzeText(w))),
    timeUnits: new Set(TIME_UNITS.flatMap((w) => analyzeText(w))),
    calendarUnits: new Set(CALENDAR_UNITS.flatMap((w) => analyzeText(w))),
    figureNouns: new Set(FIGURE_NOUNS.flatMap((w) => analyzeText(w))),
  };
}

/** What a how-many question asks of its count: the thing counted and how it is asked. */
function countDemands({ question, expected, keyTerms, analyzeText }: DemandBasis) {
  // "How many pages…": the count must be of pages. (Not an everyday noun: "how many people signed"
  // is answered by "35,000 of its members".)
  const thing = expected === "number" ? countedThing(keyTerms, analyzeText) : undefined;
  const counted = thing?.counted;
  const countedWord = counted && question !== undefined ? askedThing(question)?.word : undefined;
  // (Read for every count asked, not only a kind of name: `countLeftVague` reads it too.)
  const countingAskTerms =
    counted !== undefined && question !== undefined
      ? new Set(analyzeText(countingAsk(question)))
      : undefined;
  const wholeCount =
    expected === "number" && question !== undefined ? wholeCountOf(question) : undefined;
  return {
    statedCounts: expected === "number" && question !== undefined ? countsIn(question) : [],
    counted,
    countedKind: countedWord !== undefined ? kindOfName(countedWord) : undefined,
    ...(countingAskTerms !== undefined ? { countingAskTerms } : {}),
    isCounted: thing?.isCounted,
    countsAlike: thing?.countsAlike,
    ...(wholeCount !== undefined ? { wholeCount } : {}),
  };
}

/** What a when question asks of its date: a moment in an event, its unit, an end, a deadline. */
function dateDemands({ question, how, expected }: DemandBasis) {
  const dated = how.dateUnitText ?? question ?? "";
  return {
    asksMoment: expected === "date" && question !== undefined && asksMomentInEvent(question),
    ...(expected === "date" && question !== undefined && !asksMomentInEvent(question)
      ? dateUnitAsked(how.dateUnitText ?? question)
      : {}),
    endAsked: expected === "date" && END_ASKED.test(dated),
    startAsked: expected === "date" && asksStartOnly(dated),
    deadlineAsked: expected === "date" && DEADLINE_ASKED.test(dated),
    asksPast: question !== undefined && /\b(?:did|was|were|had)\b/i.test(question),
  };
}

/**
 * What the question asks of an act or its doer: who did it, spoke, held a role, founded or wrote
 * a thing; what was decided, proposed, voted or paid; what a document says.
 */
function actDemands(basis: DemandBasis, needsEvidence: boolean) {
  const { question, how, expected, keyTerms, required, analyzeText } = basis;
  const doerAsk = expected === "agent" && question !== undefined ? doerAskOf(question) : undefined;
  // "What does resolution 5 actually ask member states to do?": the place must state what the
  // document says, not only name, date or file it (`documentContentStated`).
  // (Not where a date, count or name is asked, nor a yes/no: their own checks read those. Nor a
  // list asked for by a format noun, "laundry list of what the Americas bloc's joint proposals
  // asked for": the list readers judge its items. "Which options did the report set out…", a list
  // by its question word alone, is still read.)
  const documentAsk =
    question !== undefined &&
    !needsEvidence &&
    how.yesNo !== true &&
    !(how.list === true && FORMAT_NAMED.test(question))
      ? documentAsked(question, keyTerms, analyzeText)
      : undefined;
  // "What did the 2006 plenipot decide…?", "What came out of the Cairo prep meeting?": the place
  // must tell an outcome with the event as its doer, not only that the event was held
  // (`eventOutcomeStated`). (Not where a date, count or name is asked: their own checks read
  // those.)
  const eventOutcome =
    question !== undefined && !needsEvidence
      ? eventOutcomeAsked(question, keyTerms, analyzeText)
      : undefined;
  const authorship =
    question !== undefined ? asksAuthorship(question, how.yesNo === true, analyzeText) : undefined;
  const organisation = organisationAsked(question);
  return {
    rolesHeld: question === undefined ? [] : rolesHeldIn(expected, question, how.dateUnitText),
    succession: question !== undefined && asksSuccession(question, how.yesNo === true),
    founding: question !== undefined && asksFounding(question),
    ...(authorship !== undefined ? { authorship } : {}),
    ...(doerAsk !== undefined ? { doerAsk } : {}),
    ...speakerDemands(question, keyTerms, required, analyzeText),
    // "What did the forum agree…?": the place must report an outcome, not only that it met.
    asksOutcome: question !== undefined && asksWhatWasDecided(question),
    // "What did the foundation recommend…?": the place must put a course of action to someone,
    // not only summarise a position. On the tuning half (542 questions): out-of-scope refused 91
    // → 92 of 109, no in-scope answer changed.
    asksProposal: question !== undefined && asksWhatWasProposed(question),
    // "Whose idea was…", "who floated…": who put the thing forward (`keptOf`, coverage-window.ts).
    originatorAsked: question !== undefined && originatingAct(proposerActAsked(question) ?? ""),
    ...(documentAsk !== undefined ? { documentAsk } : {}),
    ...(eventOutcome !== undefined ? { eventOutcome } : {}),
    ...doerDemands(how, expected, keyTerms, required, analyzeText),
    asksMoney: question !== undefined && MONEY_ASKED.some((p) => p.test(question)),
    voteAsked: question !== undefined && asksVote(question),
    ...(organisation !== undefined ? { organisationAsked: organisation } : {}),
  };
}

/**
 * What the question's own words demand: the parts sources tell apart, the nouns it qualifies or
 * modifies, the names a date or count must stand with, its acronyms, words never seen together,
 * and the nouns that specify which thing it means.
 */
function wordingDemands(
  basis: DemandBasis,
  namesOrNumbers: ReadonlySet<string>,
  counted: KeyTerm | undefined,
) {
  const { question, how, keyTerms, required, analyzeText } = basis;
  const elidedOrdinal = question !== undefined ? elidedOrdinalAsked(question) : undefined;
  const modifiersAsked =
    question !== undefined ? askedThingModifiers(question, keyTerms, analyzeText) : [];
  return {
    // "…from Antalya to Guadalajara", "what were Russia, China and the Arab states each pushing
    // for": parts of the question that sources tell apart.
    toldApart: question !== undefined ? partsToldApart(question, required, analyzeText) : [],
    ...(elidedOrdinal !== undefined ? { elidedOrdinal } : {}),
    qualified: question !== undefined ? qualifiedNouns(question, keyTerms, analyzeText) : [],
    askedModifiers: modifiersAsked
      .filter(({ modifier, head }) => head.unseen !== true && isRequired(modifier))
      .map(({ modifier }) => modifier),
    unseenAskedModifiers: modifiersAsked
      .filter(
        ({ modifier }) =>
          modifier.unseen === true && modifier.generic !== true && modifier.predicate !== true,
      )
      .map(({ modifier }) => modifier),
    namesOrNumbers,
    backdropUnsaid: how.firstAsk !== true,
    typedNames: typedNamesOf(basis, counted),
    acronyms: question !== undefined ? acronymsOf(question, analyzeText) : new Map(),
    unseenInPhrases:
      question !== undefined ? unseenTogether(question, keyTerms, analyzeText) : new Set<string>(),
    plainCommonWord: (k: KeyTerm) =>
      !namesOrNumbers.has(k.term) && isFamiliarTerm(k.term, analyzeText),
    specifyingTerms: new Set(
      [...(question ?? "").matchAll(SPECIFYING_NOUN)].flatMap((m) => analyzeText(m[1] ?? "")),
    ),
    given: givenBy(keyTerms),
  };
}

/** The names a date or count asked must stand with (`typedNames`). */
function typedNamesOf(basis: DemandBasis, counted: KeyTerm | undefined): KeyTerm[] {
  const { question, expected, required, analyzeText } = basis;
  const typedClauseNames =
    question !== undefined
      ? new Set(analyzeText((typedClause(question).match(NAME_OR_NUMBER) ?? []).join(" ")))
      : new Set<string>();
  return expected === "date" || expected === "number"
    ? required.filter(
        (k) =>
          typedClauseNames.has(k.term) &&
          k !== counted &&
          !k.kind &&
          !k.fromContext &&
          !/\d/.test(k.term) &&
          !isTopicTerm(k) &&
          !isNearTopicTerm(k),
      )
    : [];
}

/**
 * What a claim or yes/no question gives to check: its figures, the party it guesses did the act,
 * a "which X" it asks about inside, and whether its verb must stand.
 */
function checkDemands({ question, how, expected, analyzeText }: DemandBasis) {
  // "Was it Canada that suggested…?" (see `cleftGuess`, and `termMeeting` for the rule).
  // (And the doer a why or when question takes for granted: `premiseGuess`.)
  const cleft =
    question === undefined
      ? undefined
      : how.yesNo === true
        ? cleftGuess(question, analyzeText)
        : expected === "reason" || expected === "date"
          ? premiseGuess(question, analyzeText)
          : undefined;
  return {
    // A claim to check: its figures are what it asks about (see `claimedFigures`).
    figures:
      question === undefined
        ? []
        : how.claim === true
          ? claimedFigures(question, analyzeText)
          : how.yesNo === true
            ? claimedFigures(question, analyzeText, { datedYearsOnly: true })
            : [],
    ...(cleft ? { cleft } : {}),
    cleftTerms: new Set(
      // (And the verb of an act with one author: "…Brazil's delegation PITCH 'robustness'?" is
      // answered by "the United Kingdom SUGGESTED…", `namesAnotherDoer`.)
      cleft
        ? analyzeText(cleft.place || cleft.acts ? `${cleft.name} ${cleft.verb}` : cleft.name)
        : [],
    ),
    // "Did CITEL's proposals show WHICH COUNTRIES backed each item?": a yes/no question whose
    // "which X" stands inside it, as what a verb reports, asks whether that was shown, not for
    // the names; a place saying "each shows which countries backed it" answers it without naming
    // a country.
    kindAskedInside: how.yesNo === true && question !== undefined && EMBEDDED_WH.test(question),
    checksVerb: how.claim === true || how.yesNo === true,
  };
}

/**
 * "What budget did…", "How much did X spend…", "What did membership cost…": a question asking for
 * a sum of money, which only a place stating one answers.
 */
const MONEY_ASKED = [
  /\bhow\s+much\s+money\b/i,
  /\bhow\s+much\b[^?]*\b(?:cost|costs|spend|spent|pay|paid|charged?|earn(?:ed)?|budget(?:ed)?)\b/i,
  /\b(?:what|which)\s+(?:(?:was|were|is|are)\s+)?(?:(?:the|its|their|a|an)\s+)?(?:[\p{L}-]+\s+){0,2}?(?:budget|cost|price|fee|salary|funding)s?(?=\s+(?:did|does|do|was|were|is|are|has|have|had|of|for)\b|\s*[?.,;]|\s*$)/iu,
  /\bwhat\s+(?:did|does|do|would|will)\s+[^?]*\bcost\b/i,
];

/** Nouns that ask for a reason: a sentence giving grounds states one, whatever its words. */
const REASON_NOUNS = [
  "justification",
  "rationale",
  "grounds",
  "basis",
  "argument",
  "explanation",
  "motive",
];

/** Nouns for the parts of a whole, as a question asks for them ("the main elements of…"). */
const PART_NOUNS = ["element", "aspect", "feature", "component", "ingredient"];
