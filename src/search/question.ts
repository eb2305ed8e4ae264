// Question analysis: what kind of answer a question wants, and which of its words are the topic.
// Pure and cheap (a few anchored regular expressions per question). Retrieval reads `content`
// (the question without the instructions around it) and boosts `quotedPhrases`; the answer layer
// reads the kind, the expected answer type, the sides of a comparison and the list request.
//
// Instructions ("give me three talking points on", "for my briefing tomorrow", "in bullets") are
// read apart from the topic in `question-instructions.ts`. This file keeps the analysis itself
// (`analyzeQuestion`, `questionContent`, `askedWithReferents`); what it reads lives beside it:
// the kind's leads (`question-leads.ts`), lists (`question-lists.ts`), yes/no (`question-yes-no.ts`),
// comparisons and their sides (`question-comparison.ts`), what is known (`question-known.ts`), the
// asks of a question (`question-asks.ts`), the asking sentences (`question-focus.ts`), the asker's
// situation (`question-situation.ts`, `question-asker.ts`), idioms read without
// (`question-idioms.ts`) and capitalised names (`question-names.ts`).

import { TIME_CLAUSE } from "./question-asks.ts";
import { CLAIM_ASKED, CLAIM_FRAME } from "./question-claims.ts";
import { askOfOneSide, COMPARE_SIGNAL, POSITIONS_PAIR, readSides } from "./question-comparison.ts";
import { focusOf, unmarkedLastAsk } from "./question-focus.ts";
import { KNOWN_LEAD, UNKNOWN_ASKED } from "./question-known.ts";
import {
  ARGUMENT_ASKED,
  ASKING_LEAD,
  BETWEEN_EVENTS_LEAD,
  BRIEF_ASKED,
  DURATION_LEAD,
  HOW_LEAD,
  HOW_MANY_LEAD,
  KIND_NOISE,
  SAYS_ASKED,
  SECOND_CLAUSE,
  TOPIC_THEN_ASK,
  TOPIC_THEN_WHO,
  WHEN_LEAD,
  WHICH_PLURAL_LEAD,
  WHO_LEAD,
  WHY_AFTER_LEAD_IN,
  WHY_LEAD,
} from "./question-leads.ts";
import {
  asksPlural,
  LIST_LEAD,
  LIST_PURPOSE,
  LIST_REQUEST,
  listItemType,
  listKindWords,
  PROSE_PURPOSE,
  PROSE_REQUEST,
  requestedCount,
  WHICH_ITEMS_LEAD,
} from "./question-lists.ts";
import { foldQuoteMarks, quotedPhrasesOf } from "./question-quotes.ts";
import { seriesMembers } from "./question-series.ts";
import { withoutShorthand } from "./question-shorthand.ts";
import { stripAroundSituation, withoutSituation } from "./question-situation.ts";
import {
  asksWhether,
  embedsCount,
  hedgesAsk,
  UNMARKED_YES_NO_AFTER,
  WH_WORD,
  YES_NO_LEAD,
} from "./question-yes-no.ts";

export type QuestionKind =
  | "fact"
  | "why"
  | "how"
  | "who"
  | "when"
  | "how-many"
  | "compare"
  | "list"
  | "yes-no";

export type AnswerType =
  | "description"
  | "reason"
  | "method"
  | "agent"
  | "date"
  | "number"
  | "duration"
  | "both-sides"
  | "items"
  | "yes-no";

export interface QuestionAnalysis {
  /** As asked (trimmed). */
  question: string;
  kind: QuestionKind;
  answerType: AnswerType;
  /**
   * The question without instruction words ("give me three talking points on", "summarise in
   * bullets", "draft a short paragraph for a press release about", "for a briefing tomorrow",
   * "please", "can you tell me"): the text retrieval and coverage should read. The question itself
   * when nothing but instructions would be left.
   */
  content: string;
  /**
   * The sentences of `content` that ask (end with "?"), or all of it when none or every sentence
   * does: what retrieval weighs fully. The other sentences are context ("Our members keep asking
   * about this."), weighed less, never dropped.
   */
  focus: string;
  /** Phrases the user put in quotes ("…", “…”, '…'): they boost passages that contain them, never filter. */
  quotedPhrases: string[];
  /** For compare: the two (or more) sides named, as written ("the United States", "Russia"); else []. */
  sides: string[];
  /**
   * For compare: the sides were read from a list after a count ("two different X - A and B",
   * `countedSides`): the count's clause names none of them, so each must be covered on its own.
   */
  sidesCounted?: boolean;
  /**
   * For a list: the items the question names in a series, as written ("every letter, statement
   * and petition", "Russia, China and the Arab states each…"); else []. The first and last may
   * carry words of the sentence around them ("what were Russia", "the Arab states each pushing").
   */
  members: string[];
  /** Asked for a list, bullets or talking points (also "which countries…", "what were the main…"). */
  wantsList: boolean;
  /** For list requests: the number asked for ("three talking points" → 3), if any. */
  count?: number;
  /**
   * For list requests: the kind of answer each item gives when the wording asks for one ("key
   * dates…", "a timeline of…", "…with dates" → date; "the vote counts…" → number).
   */
  itemType?: AnswerType;
  /**
   * For list requests: the kinds counted over the whole record, as typed ("every leak…" →
   * ["leak"]; "every petition, letter or statement" → each).
   */
  listKind?: string[];
  /** The instruction phrases removed from the question, in the order they were found. */
  instructions: string[];
  /**
   * Asks whether something is known or on record ("do we know…", "does the corpus have…", "has
   * anyone confirmed…"): a source saying it could not be confirmed answers it.
   */
  asksIfKnown: boolean;
  /**
   * Checks a claim the asker heard ("Fact check: …", "Someone told me …, right?", "I read that
   * …. Correct?", "Is it true that …?"): what the claim says its subject did must be what a source
   * says of it, and a source stating another figure for the claim's number answers it.
   */
  checksClaim: boolean;
  /**
   * Asks what a work or its author says as a whole ("What does the CDT paper say?", "What was the
   * thesis of CDT's cyber paper?", "what's the paper's main argument, in a nutshell?"; as a list,
   * "Summarise the main points of CDT's paper"): its content, not facts about it (where it is
   * posted, its title, its date).
   */
  asksWhatSaid: boolean;
  /** Asks to be told in few words ("in a nutshell", "briefly", "in one sentence", "tl;dr"). */
  asksBrief: boolean;
}

const KIND_ANSWER: Readonly<Record<QuestionKind, AnswerType>> = {
  fact: "description",
  why: "reason",
  how: "method",
  who: "agent",
  when: "date",
  "how-many": "number",
  compare: "both-sides",
  list: "items",
  "yes-no": "yes-no",
};

/**
 * What retrieval reads of a question: its content and quoted phrases, without the kind detection
 * (retrieval runs on every query, benchmark queries included, and needs nothing else).
 */
export function questionContent(question: string): Pick<
  QuestionAnalysis,
  "content" | "focus" | "quotedPhrases" | "instructions"
> & {
  asksUnknown: boolean;
} {
  const asked = question.trim();
  // (Shorthand read away whole, "rn" alone, leaves the words as typed: something to search.)
  const expanded = withoutShorthand(asked);
  const readable = /[\p{L}\p{N}]/u.test(expanded) || !/[\p{L}\p{N}]/u.test(asked);
  const stripped = stripAroundSituation(readable ? expanded : asked);
  // (The asker's situation is not searched for either: "prepping the board on WCIT" would rank
  // passages on the ITU's boards and WCIT in general above the question's own.)
  const content = withoutSituation(stripped.content);
  const instructions = stripped.instructions;
  return {
    content,
    focus: focusOf(content),
    instructions,
    quotedPhrases: quotedPhrasesOf(asked),
    asksUnknown: UNKNOWN_ASKED.test(foldQuoteMarks(asked)),
  };
}

/**
 * The words a question's key terms are read from: its asking sentences (`focus`), and a statement
 * an ask points back at ("… would never be workable. Who was that?": "that" is the statement,
 * whose words the answer must meet). Read from the ask alone, "Who was that?" named nothing and
 * was refused whatever the statement said.
 */
export function askedWithReferents(question: string): string {
  const { content } = questionContent(question);
  return focusOf(content, true);
}

/**
 * A follow-up's own words: its asking sentences (`askedWithReferents`), and its last sentence
 * where that asks without a "?" after one that has it (`unmarkedLastAsk`): "right, but did that
 * line actually settle the spam worry? what did rsf say blocking bulk msgs would need…". The
 * first sentence ties it to its thread; the new ask is the last. (Only a follow-up's: read so for
 * any question, "…when did Kramer announce the US wouldn't sign? also what was the House vote
 * while Dubai was on" was refused, and two answers lost a nugget.)
 */
export function askedInFollowUp(question: string): string {
  const asked = askedWithReferents(question);
  const last = unmarkedLastAsk(questionContent(question).content);
  return last && !asked.includes(last) ? `${asked} ${last}` : asked;
}

/** Asked for a list in an instruction ("in bullets", "three talking points"), not prose. */
function listRequested(instructions: string[], lead: string): boolean {
  return (
    instructions.some((i) =>
      LIST_REQUEST.test(WHEN_LEAD.test(lead) ? i.replace(LIST_PURPOSE, "") : i),
    ) &&
    !instructions.some((i) => {
      const shape = i.replace(PROSE_PURPOSE, "");
      return PROSE_REQUEST.test(shape) && !LIST_REQUEST.test(shape.replace(PROSE_REQUEST, ""));
    })
  );
}

/** Asks to compare: instructed to, or the lead sets sides against each other. */
function comparisonAsked(
  instructions: string[],
  compareInstructed: boolean,
  lead: string,
): boolean {
  // ("need one line | each for RSF, the Czechs and Hill": the request's words run on into the ask;
  // each instruction on its own, so a closing "Thanks so much!!" comes not between them.)
  return (
    compareInstructed ||
    COMPARE_SIGNAL.test(lead) ||
    instructions.some((i) => COMPARE_SIGNAL.test(`${i} ${lead}`)) ||
    POSITIONS_PAIR.test(lead)
  );
}

/** The kind a question's lead asks for, once a comparison is ruled out. */
function kindOfLead(lead: string, listAsked: boolean): QuestionKind {
  if (
    listAsked ||
    LIST_LEAD.test(lead) ||
    WHICH_PLURAL_LEAD.test(lead) ||
    WHICH_ITEMS_LEAD.test(lead) ||
    (asksPlural(lead) && !WHY_LEAD.test(lead) && !ARGUMENT_ASKED.test(lead))
  ) {
    return "list";
  }
  if (BETWEEN_EVENTS_LEAD.test(lead)) return "when";
  if (
    (HOW_MANY_LEAD.test(lead) || DURATION_LEAD.test(lead)) &&
    !embedsCount(lead) &&
    // "How come Cisco and the ITU give different numbers for how many countries attended?": a
    // count asked inside a why question is what the reasons are about, not the answer.
    !WHY_LEAD.test(lead)
  ) {
    return "how-many";
  }
  if (WHEN_LEAD.test(lead)) return "when";
  if (WHY_LEAD.test(lead)) return "why";
  if (WHO_LEAD.test(lead)) return "who";
  if (HOW_LEAD.test(lead)) return "how";
  if (YES_NO_LEAD.test(lead)) return "yes-no";
  return "fact";
}

/** The kind read from the lead, or from the comparison and its sides. */
function leadKind(
  lead: string,
  listAsked: boolean,
  compare: { asked: boolean; instructed: boolean; sides: string[] },
): QuestionKind {
  const oneSide =
    compare.asked && !compare.instructed ? askOfOneSide(lead, compare.sides) : undefined;
  if (oneSide !== undefined) return analyzeQuestion(oneSide).kind;
  if (compare.asked && (compare.sides.length >= 2 || compare.instructed)) return "compare";
  return kindOfLead(lead, listAsked);
}

/**
 * "the ITU's line that the signers covered 3.8bn people - as of what date was that count?":
 * a topic named first, then a when asked. On the tuning half (815 questions): only the when
 * question of that shape moved (refused → answered with its date).
 */
function kindAfterTopic(lead: string): QuestionKind {
  if (ASKING_LEAD.test(lead)) return "fact";
  const clause = TOPIC_THEN_ASK.exec(lead)?.[1];
  if (clause && WHEN_LEAD.test(clause)) return "when";
  if (WHY_AFTER_LEAD_IN.test(lead) || (clause && WHY_LEAD.test(clause))) return "why";
  // (The first ask after the topic: "the us text - which bodies did it name, and who wrote
  // it" asks which first.)
  const who = TOPIC_THEN_WHO.exec(lead);
  if (who && (!clause || lead.length - clause.length > who.index)) return "who";
  return "fact";
}

/**
 * "What is Resolution PLEN/3 and how was it adopted?": the second part asks for a method (or
 * reasons), which the answer gives beside the description any passage on it gives. (A second
 * "who"/"when" part is left a fact: a name or a date would crowd the description out.)
 */
function kindOfSecondClause(lead: string): QuestionKind {
  const clause = SECOND_CLAUSE.exec(lead)?.[1];
  if (clause && WHY_LEAD.test(clause)) return "why";
  if (clause && HOW_LEAD.test(clause) && !HOW_MANY_LEAD.test(clause)) return "how";
  return "fact";
}

/** A fact question's kind, read again for what it asks after a topic or in a second part. */
function factKind(lead: string): QuestionKind {
  const afterTopic = kindAfterTopic(lead);
  return afterTopic === "fact" ? kindOfSecondClause(lead) : afterTopic;
}

/**
 * Checks a claim the asker heard. (An instruction is kept without the colon that ended it: "Fact
 * check", "Confirm".) A claim frame before a question word frames no claim: "correct me if I'm
 * wrong, but WHY did…", "if I remember right, WHO chaired…", "what were the resolutions…, I think
 * one was about…" hedge the asker's memory and ask what they ask (`hedgesAsk`).
 */
function claimChecked(instructions: string[], content: string, lead: string): boolean {
  return (
    (instructions.some((i) => CLAIM_FRAME.test(`${i}:`)) && !hedgesAsk(content)) ||
    CLAIM_ASKED.test(lead)
  );
}

/** A statement put as a question asks whether it holds. */
function statementAsksWhether(
  content: string,
  lead: string,
  checksClaim: boolean,
  instructions: string[],
): boolean {
  // "The US didn't sign, did it?", "So no EU country signed in Dubai?", "Fact check: the treaty
  // defines 'Internet'.": a statement put as a question asks whether it holds.
  // (Not where any of its asks names what it asks: "…77-33 right? how many abstained".)
  if (!WH_WORD.test(content) && asksWhether(lead, checksClaim, instructions)) return true;
  // "the czechs argued … through a treaty - did the 2012 itrs get a spam article anyway": typed
  // without a question mark, a statement, then a dash or a colon, then an ask opening on an
  // inverted auxiliary, asks whether, as it does typed with "?" (wrappers26).
  if (content.includes("?") || WH_WORD.test(content)) return false;
  const ask = UNMARKED_YES_NO_AFTER.exec(lead)?.[1];
  return ask !== undefined && ask !== "" && YES_NO_LEAD.test(ask);
}

/** For a list: the number asked for, the type of each item and the kinds counted. */
function listShape(
  asked: string,
  content: string,
  lead: string,
  instructionText: string,
  members: string[],
): Pick<QuestionAnalysis, "count" | "itemType" | "listKind"> {
  const count = requestedCount([instructionText, lead], asked);
  const itemType = listItemType(foldQuoteMarks(asked), members);
  const listKind = listKindWords(content);
  return {
    ...(count !== undefined ? { count } : {}),
    ...(itemType !== undefined ? { itemType } : {}),
    ...(listKind.length > 0 ? { listKind } : {}),
  };
}

/**
 * The answer type of a kind. "What did CDT's paper argue?", "What were EFF's objections?": a
 * fact question asking for someone's arguments wants their reasons.
 */
function answerTypeOf(kind: QuestionKind, lead: string): AnswerType {
  if (kind === "fact" && ARGUMENT_ASKED.test(lead)) return "reason";
  if (kind === "how-many" && DURATION_LEAD.test(lead)) return "duration";
  return KIND_ANSWER[kind];
}

export function analyzeQuestion(question: string): QuestionAnalysis {
  const asked = question.trim();
  const { content, focus, instructions, quotedPhrases } = questionContent(asked);
  const lead = foldQuoteMarks(focus).replace(KIND_NOISE, "").replace(TIME_CLAUSE, "").trim();
  const instructionText = instructions.join(" ");
  const listAsked = listRequested(instructions, lead);
  const compareInstructed = /\b(?:compare|contrast)\b/i.test(instructionText);
  const compareAsked = comparisonAsked(instructions, compareInstructed, lead);
  const read = compareAsked ? readSides(content, compareInstructed) : undefined;
  const sides = read?.sides ?? [];
  let kind = leadKind(lead, listAsked, {
    asked: compareAsked,
    instructed: compareInstructed,
    sides,
  });
  if (kind === "fact") kind = factKind(lead);
  const checksClaim = claimChecked(instructions, content, lead);
  if (kind === "fact" && statementAsksWhether(content, lead, checksClaim, instructions))
    kind = "yes-no";
  // "What don't we know about X? Give me the gaps.": the answer is the items not established.
  const asksUnknown = UNKNOWN_ASKED.test(foldQuoteMarks(asked));
  if (kind === "fact" && asksUnknown) kind = "list";
  const wantsList = kind === "list" || listAsked;
  const members = wantsList && kind !== "compare" ? seriesMembers(content) : [];
  return {
    question: asked,
    kind,
    answerType: answerTypeOf(kind, lead),
    content,
    focus,
    quotedPhrases,
    sides: kind === "compare" ? sides : [],
    ...(kind === "compare" && read?.counted === true ? { sidesCounted: true } : {}),
    members,
    wantsList,
    ...(wantsList ? listShape(asked, content, lead, instructionText, members) : {}),
    instructions,
    asksIfKnown: KNOWN_LEAD.test(lead) || asksUnknown,
    checksClaim,
    asksWhatSaid: SAYS_ASKED.test(lead) || (wantsList && SAYS_ASKED.test(foldQuoteMarks(asked))),
    asksBrief: BRIEF_ASKED.test(asked),
  };
}
