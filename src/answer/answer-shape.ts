// The shape of answer a question asks for (`AnswerShape`, extractive.ts): the kind of thing each
// point gives, the names it asks about, the sides compared or the items of a series, a list's
// count, and for a yes/no question what it claims (its subject, a sole party, a counted class, a
// guess, figures). The coverage decision and the extractive answer read the same shape.
import { type AnswerType, analyzeQuestion, type QuestionAnalysis } from "../search/question.ts";
import { splitAsks } from "../search/question-asks.ts";
import { CAPITALISED_WORD, capitalisedNames, standaloneNames } from "../search/question-names.ts";
import { claimedFigures } from "./coverage-claims.ts";
import { doerName } from "./doer-names.ts";
import { saysNotEstablished } from "./evidence.ts";
import type { AnswerShape } from "./extractive.ts";
import { listNameKind } from "./list-name-kind.ts";
import { loosePersonAsked } from "./loose-person-words.ts";
import { asksSteps } from "./method-steps.ts";
import { officeGuess } from "./office-guess.ts";
import { withOfficeHolders } from "./office-holder-terms.ts";
import { cleftGuess, premiseGuess } from "./premise-guess.ts";
import type { Analyze, KeyTerm } from "./terms.ts";
import { asksOfEvery, asksOfText, countedClassAsked, soleClaimParty } from "./yes-no-claims.ts";
import { forceAsked } from "./yes-no-legal-force.ts";

/**
 * The name right after a yes/no question's auxiliary (and "the"), capitalised, of one word or
 * several: "Did MOSCOW ever…", "Were BRAZIL and India…", "Did the NTIA…", "Didn't ACCESS call…".
 */
const YES_NO_AUXILIARY =
  /^(?:did|didn['’]t|does|doesn['’]t|do|was|wasn['’]t|were|weren['’]t|is|isn['’]t|are|aren['’]t|has|hasn['’]t|have|haven['’]t|had|will|would|could|can)\s+(?:the\s+)?/i;
const LEADING_NAME = new RegExp(`^${CAPITALISED_WORD}(?:\\s+${CAPITALISED_WORD})*`, "u");
/** A capitalised word in a side of a comparison: the side's name. */
const SIDE_NAME = new RegExp(CAPITALISED_WORD, "gu");

/** How a shape is read: the engine's analyzer and its reading of a question's key terms. */
interface ShapeTools {
  analyzeText: Analyze;
  keyTermsFor: (query: string) => KeyTerm[];
}

/**
 * The reader of a question's answer shape, with the engine's analyzer and its reading of a
 * question's key terms (a comparison's sides and a series' items are read as questions are).
 */
export function shapeReader(
  analyzeText: Analyze,
  keyTermsFor: (query: string) => KeyTerm[],
): (analysis: QuestionAnalysis, texts: readonly string[]) => AnswerShape {
  const tools: ShapeTools = { analyzeText, keyTermsFor };
  return (analysis, texts) => shapeOf(analysis, texts, tools);
}

/** The shape of answer a question asks for: its expected kind, the sides compared, a list. */
function shapeOf(
  analysis: QuestionAnalysis,
  texts: readonly string[],
  tools: ShapeTools,
): AnswerShape {
  const { analyzeText } = tools;
  // "Three talking points on why …": a list of what the inner question wants (reasons).
  const inner = analysis.wantsList ? analyzeQuestion(analysis.focus) : analysis;
  const doer = doerName(analysis.question);
  return {
    expected: listItemsExpected(analysis, inner),
    names: standaloneNames(analysis.question).flatMap((w) => analyzeText(w)),
    headedNames: capitalisedNames(analysis.question).flatMap((w) => analyzeText(w)),
    sides: sidesOf(analysis, texts, tools),
    ...(analysis.wantsList ? { list: listOf(analysis, tools) } : {}),
    ...(analysis.asksWhatSaid ? { saysAsked: true } : {}),
    ...(analysis.asksBrief ? { brief: true } : {}),
    ...(!analysis.wantsList && loosePersonAsked(analysis.question) !== undefined
      ? { loosePerson: true }
      : {}),
    ...(inner.answerType === "method" && asksSteps(analysis.question) ? { steps: true } : {}),
    // "List the points … that could not be confirmed" asks for what is unconfirmed, too.
    ...(analysis.asksIfKnown || saysNotEstablished(analysis.question) ? { asksIfKnown: true } : {}),
    ...(analysis.kind === "yes-no" ? yesNoShapeOf(analysis.question, analyzeText) : {}),
    ...guessOf(analysis, analyzeText),
    ...(inner.kind === "why" && doer !== undefined ? { doer: analyzeText(doer) } : {}),
    ...countAskOf(analysis, analyzeText),
    ...(analysis.checksClaim || analysis.kind === "yes-no"
      ? {
          claimedFigures: claimedFigures(analysis.question, analyzeText, {
            datedYearsOnly: !analysis.checksClaim,
          }),
        }
      : {}),
  };
}

/** A list's count asked and the kind it counts over the whole record, as key terms. */
function listOf(analysis: QuestionAnalysis, tools: ShapeTools): NonNullable<AnswerShape["list"]> {
  // (Each kind as its key terms, all of which a sentence names; one naming none is left out.)
  const kind = (analysis.listKind ?? [])
    .map((words) => tools.keyTermsFor(words).filter((k) => !k.generic))
    .filter((terms) => terms.length > 0);
  const nameKind = listNameKind(analysis.listKind);
  return {
    ...(analysis.count !== undefined ? { count: analysis.count } : {}),
    ...(kind.length > 0 ? { kind } : {}),
    ...(nameKind !== undefined ? { nameKind } : {}),
  };
}

/**
 * What a yes/no question claims: the name it asks about, the legal force it asks of, whether it
 * asks of every one of a class, a sole party, a counted class, and whether it claims what a text
 * says (with no figure of its own).
 */
function yesNoShapeOf(
  question: string,
  analyzeText: Analyze,
): Pick<AnswerShape, "subject" | "forceTerms" | "universal" | "sole" | "counted" | "textClaim"> {
  return {
    subject: yesNoSubject(question, analyzeText),
    forceTerms: forceAsked(question, analyzeText),
    ...(asksOfEvery(question) ? { universal: true } : {}),
    ...soleOf(question, analyzeText),
    ...countedOf(question),
    ...(asksOfText(question) &&
    claimedFigures(question, analyzeText, { datedYearsOnly: true }).length === 0
      ? { textClaim: true }
      : {}),
  };
}

/**
 * "How many times did the first expert group meet, and which resolution started the review?":
 * the words of the ask asking how many, when the question asks more than one thing.
 */
function countAskOf(
  analysis: QuestionAnalysis,
  analyzeText: Analyze,
): Pick<AnswerShape, "countAsk" | "countAfter"> {
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
function guessOf(
  analysis: QuestionAnalysis,
  analyzeText: Analyze,
): Pick<AnswerShape, "guess" | "officeGuess"> {
  const guess =
    analysis.kind === "yes-no"
      ? cleftGuess(analysis.question, analyzeText)
      : analysis.answerType === "reason" || analysis.answerType === "date"
        ? premiseGuess(analysis.question, analyzeText)
        : undefined;
  if (guess !== undefined) return { guess };
  // (An office's holder guessed: only to order the answer, `holderLead`.)
  const office =
    analysis.kind === "yes-no" ? officeGuess(analysis.question, analyzeText) : undefined;
  return office === undefined ? {} : { officeGuess: office };
}

/** A yes/no question claiming one party alone did something: that party (`soleClaimParty`). */
function soleOf(question: string, analyzeText: Analyze): Pick<AnswerShape, "sole"> {
  const party = soleClaimParty(question);
  return party === undefined ? {} : { sole: analyzeText(party) };
}

/** A yes/no question claiming something of a whole class it counts (`countedClassAsked`). */
function countedOf(question: string): Pick<AnswerShape, "counted"> {
  const counted = countedClassAsked(question);
  return counted === undefined ? {} : { counted };
}

/** The name a yes/no question asks about, right after its auxiliary: "Did the NTIA support…?" */
function yesNoSubject(question: string, analyzeText: Analyze): string[] {
  const opening = question.trim().match(YES_NO_AUXILIARY)?.[0];
  const name = opening ? question.trim().slice(opening.length).match(LEADING_NAME)?.[0] : undefined;
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
function sidesOf(
  analysis: QuestionAnalysis,
  texts: readonly string[],
  tools: ShapeTools,
): KeyTerm[][] {
  const { analyzeText, keyTermsFor } = tools;
  if (analysis.members.length >= 2) return membersOf(analysis.members, tools);
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
function membersOf(members: readonly string[], tools: ShapeTools): KeyTerm[][] {
  const { analyzeText, keyTermsFor } = tools;
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
