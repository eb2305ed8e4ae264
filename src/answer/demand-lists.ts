// What a list, or a "which/what Xs" question, asks for: the class of its items ("the FREEDOMS…"),
// the plural it names first and that plural's subject, the class whose item numbers are asked,
// how many items it asks for (`countOfListAsked`), and the class a window must name or set out
// (`askedClass`, `askedClassStands`). Read by `readQuestionDemands` (coverage-demands.ts).
import { listedClassNouns } from "./class-qualifiers.ts";
import { isCommonWord } from "./common-words.ts";
import {
  classNamedFirst,
  LISTED_PLURAL,
  listItemClass,
  NUMBERS_ASKED,
  pluralAsked,
  VAGUE_CLASSES,
  writtenIn,
} from "./demand-classes.ts";
import type { ExpectedAnswer } from "./evidence.ts";
import { isRequired, isTopicTerm, weightiest } from "./key-term-roles.ts";
import type { QuestionReading } from "./question-demands.ts";
import type { Analyze, KeyTerm } from "./terms.ts";

/** What `listDemands` reads a question with: its reading, key terms, top passages' texts… */
export interface ListReading {
  how: QuestionReading;
  expected: ExpectedAnswer;
  keyTerms: readonly KeyTerm[];
  required: readonly KeyTerm[];
  topTexts: readonly string[];
  /** Index terms of the nouns asking for reasons, parts and units of time: no class of items. */
  reasonNouns: ReadonlySet<string>;
  partNouns: ReadonlySet<string>;
  timeUnits: ReadonlySet<string>;
  /** The question's names and numbers, as index terms: no class of items either. */
  namesOrNumbers: ReadonlySet<string>;
}

/** The list demands of a question (the `QuestionDemands` fields of the same names). */
export function listDemands(reading: ListReading, analyzeText: Analyze) {
  const { how, keyTerms, required, topTexts } = reading;
  const { question } = how;
  // "Enumerate the FREEDOMS Mueller feared…": the class of the items a list asks for.
  const itemClass =
    how.list === true && question !== undefined
      ? listItemClass(question, required, analyzeText)
      : undefined;
  const listedClass =
    how.list === true && question !== undefined
      ? classNamedFirst(question, required, analyzeText, LISTED_PLURAL)
      : undefined;
  const numberedClass =
    question !== undefined && NUMBERS_ASKED.test(question) ? listedClass : undefined;
  const listedCount =
    how.list === true && question !== undefined ? countOfListAsked(question) : undefined;
  const listSubject =
    listedClass === undefined
      ? undefined
      : weightiest(required.filter((k) => k !== listedClass && !isTopicTerm(k)));
  const askedClass = askedClassOf(reading, analyzeText);
  // "reservations": asked, but no required term, since the stop-word list holds "reserved".
  const askedClassStands =
    askedClass !== undefined &&
    question !== undefined &&
    askedClassStandsIn(question, askedClass, topTexts, analyzeText);
  const listedNouns =
    question !== undefined && listedClass !== undefined
      ? listedClassNouns(question, listedClass, keyTerms, analyzeText)
      : [];
  return {
    itemClass,
    listedClass,
    numberedClass,
    ...(listedCount !== undefined ? { listedCount } : {}),
    listSubject,
    askedClass,
    askedClassStands,
    listedNouns,
  };
}

/**
 * The class of things a question asks for by a plural, of any key term: not a kind of name, nor
 * a noun of reasons, parts, units of time or vague classes, the topic, or a name or number.
 */
function askedClassOf(reading: ListReading, analyzeText: Analyze): KeyTerm | undefined {
  const { how, expected, keyTerms } = reading;
  const { reasonNouns, partNouns, timeUnits, namesOrNumbers } = reading;
  const { question } = how;
  // (From every key term: an asked noun the stop-word list holds by its stem, "reservations" as
  // "reserved", is not required, but its items are still what is asked.)
  const classNamed =
    question === undefined
      ? undefined
      : how.list === true
        ? (listItemClass(question, keyTerms, analyzeText) ??
          pluralAsked(question, keyTerms, analyzeText))
        : pluralAsked(question, keyTerms, analyzeText);
  // (Not in a question asking reasons: "what were civil-society GROUPS after when they wrote…"
  // asks what the groups wanted, not for groups by name.)
  return classNamed !== undefined &&
    expected !== "reason" &&
    classNamed.kind === undefined &&
    !reasonNouns.has(classNamed.term) &&
    !analyzeText("reasons").includes(classNamed.term) &&
    !partNouns.has(classNamed.term) &&
    !timeUnits.has(classNamed.term) &&
    !VAGUE_CLASSES.test(classNamed.term) &&
    !isTopicTerm(classNamed) &&
    !namesOrNumbers.has(classNamed.term)
    ? classNamed
    : undefined;
}

/**
 * Whether the asked class, not required and generic, is a word the question writes, no common
 * word, that the top passages write too.
 */
function askedClassStandsIn(
  question: string,
  askedClass: KeyTerm,
  topTexts: readonly string[],
  analyzeText: Analyze,
): boolean {
  return (
    !isRequired(askedClass) &&
    askedClass.generic === true &&
    (question.match(/\p{L}+/gu) ?? []).some(
      (word) =>
        !isCommonWord(word) &&
        analyzeText(word).includes(askedClass.term) &&
        writtenIn(topTexts, word),
    )
  );
}

/**
 * "List the 55 countries the signers came from", "bullet all 144 delegations…", "the 120-odd
 * organisations": the number of items a list asks for, written in digits after "the", "all",
 * "those" or "these" and before a plural within three words. Not a part of a whole ("which of the
 * 89 countries…"), nor fewer than `LISTED_COUNT_FLOOR` items, nor a count of the answer's own
 * lines ("the 5 bullets").
 */
export function countOfListAsked(question: string): number | undefined {
  const m = LISTED_COUNT.exec(question);
  if (!m) return undefined;
  if (ANSWER_UNITS.test(m[2] as string)) return undefined;
  const n = Number((m[1] as string).replace(/,/g, ""));
  return n >= LISTED_COUNT_FLOOR ? n : undefined;
}
const LISTED_COUNT =
  /(?<!\bof\s+(?:the\s+|all\s+|those\s+|these\s+)?)\b(?:all|the|those|these)\s+(?:(?:more\s+than|over|some|about|around|roughly)\s+)?(\d{1,3}(?:,\d{3})?)(?:-odd|\+)?\s+(?:[\p{L}'’-]+\s+){0,2}?(\p{L}+s)\b/iu;
const LISTED_COUNT_FLOOR = 4;
const ANSWER_UNITS = /^(?:bullets|points|lines|sentences|words|paragraphs|takeaways)$/i;
