// A follow-up's pointer whose referent only the earlier answer names. After "who ran the fcc during
// the wcit fight?" answered "Julius Genachowski was FCC Chairman.", "how did HIS knock on the itu
// compare with…" points at Genachowski; after "did the us threaten to walk out?" answered "No: on
// 10 December Kramer denied…", "what else went down THAT SAME DAY" points at 10 December. The
// follow-up is read in its thread with the earlier question in front of it (follow-up-query.ts),
// which carries neither: the person is the earlier question's answer, not its subject, and the day
// is only in the answer. The pointer is read as what the answer names, in the follow-up's own
// words, so that its search, its asks and its coverage read the name or the date.
import { opensSentence, writesAsName } from "../search/corpus-vocabulary.ts";
import { CAPITALISED_WORD } from "../search/question-names.ts";
import { MONTHS, withoutNoteMarkers } from "../text.ts";
import type { Turn, WordCase } from "../types.ts";

/**
 * An earlier question asking for a party, whose answer names it: "who ran…", "whose drafts…",
 * "which country…", "which european body…". Its answer's name is what a "he", "her" or "they" of
 * the next question stands for. (After any other question, "what did kramer say…", the pointer
 * stands for the earlier question's own subject, which the thread already carries.)
 */
const ASKS_PARTY = /^\W*(?:(?:ok(?:ay)?|and|so|right|hey)\b[\s,]*)*(?:who|whom|whose|which)\b/i;

/** A pointer at one person: "he", "him", "his", "she", "her". */
const ONE_PERSON = /\b(?:he|him|his|she|her)\b/i;
/** A pointer at several, or at a body: "they", "them", "their". */
const SEVERAL = /\b(?:they|them|their)\b/i;
/** Possessive pointers: "his knock", "their filing" (and "her" before a noun, `herPossessive`). */
const POSSESSIVE = /^(?:his|their)$/i;
/** Words after which "her" is an object, not a possessive: "ask her about it", "did her." */
const AFTER_OBJECT_HER =
  /^\s*(?:$|[?,.;:!)-]|(?:about|on|at|in|to|for|from|and|or|if|that|when|again|too|though|then)\b)/i;

/** A pointer at a day, month or year the thread gave: "that same day", "that month", "the same year". */
const DATE_POINTER =
  /\b(?:that\s+(?:(?:very|same|exact)\s+)*|the\s+(?:very\s+)?same\s+)(day|date|month|year)\b(?!\s+(?:of|before|after|when)\b)/i;
/** A date as the notes write it: "13 December 2012", "7–8 December", "September 2011", "2016". */
const NAMED_DATE = new RegExp(
  `\\b(?:(\\d{1,2})(?:[–-]\\d{1,2})?\\s+)?(${MONTHS})(?:\\s+(\\d{4}))?\\b|\\b(19\\d\\d|20\\d\\d)\\b`,
  "u",
);
/** Any date in a question as typed (lower case too): a month's name or a year. */
const ANY_DATE = new RegExp(`\\b(?:${MONTHS.toLowerCase()}|19\\d\\d|20\\d\\d)\\b`, "i");

/** A name: a run of capitalised words, with "of", "for" or "the" inside ("Fight for the Future"). */
const NAME_RUN_SOURCE = `${CAPITALISED_WORD}(?:\\s+(?:(?:of|for|the)\\s+){0,2}${CAPITALISED_WORD})*`;
const NAME_RUN = new RegExp(NAME_RUN_SOURCE, "gu");
const NAME_RUN_AT_START = new RegExp(`^${NAME_RUN_SOURCE}`, "u");
/** A series after a name: ", the UAE", " and Egypt", ", and Free Press". */
const SERIES_LINK = /^(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?/;
/** Words opening a sentence that name no one ("The", "On", "No", "Yes", "Language"…). */
const OPENING_WORDS =
  /^(?:A|An|And|As|At|Both|But|By|During|For|From|He|Her|His|However|If|In|It|Its|Later|No|Not|On|Only|Or|She|Since|So|Some|That|The|Their|Then|There|These|They|This|Those|To|Together|Under|We|When|Where|While|Yes)$/;
const CLAUSE_BREAK = /^[,?;:–—-]$/;

/** Words an ask opens with that name nothing: chat, question words, auxiliaries, prepositions. */
const LEAD_WORDS: ReadonlySet<string> = new Set(
  "ok okay and so right hey also but then well what whats what's when where why how who whom whose which did does do was were is are has have had can could will would should might many much of for on in at to from with about by most all any each both the a an".split(
    " ",
  ),
);
/** The ask's own words a pointer may follow: "what DATE's on her post", "who SPOKE for them". */
const OWN_WORDS_BEFORE = 2;

export interface ReferentTools {
  /** How the corpus writes a word: a lone word opening the answer is a name where it writes it so. */
  wordCase?: (word: string) => WordCase;
  /** Whether the glossary knows a name ("United Kingdom", "CEPT"): a party "they" may stand for. */
  knownName?: (name: string) => boolean;
  /** Read only a pointer at a person or party, not at a date. */
  partiesOnly?: boolean;
}

interface NameAt {
  text: string;
  index: number;
}

/**
 * The follow-up with its first pointer read as what the last answer names (`datePointed`,
 * `personPointed`), or as typed: a follow-up with no such pointer, one opening on words of its own
 * before it, or one whose earlier question carries the referent itself.
 */
export function withReferentNamed(
  followUp: string,
  history: readonly Turn[] | undefined,
  tools: ReferentTools = {},
): string {
  return referentOf(followUp, history, tools)?.read ?? followUp;
}

/** What a follow-up's pointer stands for, as the last answer names it, and the follow-up so read. */
export interface Referent {
  /** The name or date: "Julius Genachowski", "10 December". */
  named: string;
  /** The follow-up with its pointer read as it. */
  read: string;
}

/** The referent of a follow-up's first pointer that only the last answer names, if any. */
export function referentOf(
  followUp: string,
  history: readonly Turn[] | undefined,
  tools: ReferentTools = {},
): Referent | undefined {
  const last = history?.at(-1);
  if (!last) return undefined;
  return (
    (tools.partiesOnly ? undefined : datePointed(followUp, last)) ??
    personPointed(followUp, last, tools)
  );
}

/**
 * "that same day" read with the answer's day ("that same day (10 December)"), "that month" with
 * its month, "that year" with its year, where the earlier question gives no date of its own (the
 * thread then carries it).
 */
function datePointed(followUp: string, last: Turn): Referent | undefined {
  const pointer = DATE_POINTER.exec(followUp);
  if (!pointer || ANY_DATE.test(last.question)) return undefined;
  const date = answerDate(last.answer, (pointer[1] ?? "").toLowerCase());
  if (!date) return undefined;
  const end = pointer.index + pointer[0].length;
  return { named: date, read: `${followUp.slice(0, end)} (${date})${followUp.slice(end)}` };
}

/** The answer's first date in the unit asked: "13 December 2012" for a day, "December 2012" for a month. */
function answerDate(answer: string, unit: string): string | undefined {
  const m = NAMED_DATE.exec(withoutNoteMarkers(answer));
  if (!m) return undefined;
  const [, day, month, year, yearAlone] = m;
  if (unit === "year") return year ?? yearAlone;
  if (!month) return undefined;
  if (unit === "month") return [month, year].filter(Boolean).join(" ");
  return day ? [day, month, year].filter(Boolean).join(" ") : undefined;
}

/**
 * A person or party pointer read as the answer's name, after an earlier question asking for one
 * (`ASKS_PARTY`): "he"/"his"/"she"/"her" as its person (`askedPerson`), "they"/"them"/"their" as
 * its parties ("Russia, the UAE, China…": `askedParties`). Only a pointer the ask opens on
 * (`opensOnPointer`): one after a noun or a clause of its own may point at that ("who asked the
 * chair…, and what did he say?").
 */
function personPointed(followUp: string, last: Turn, tools: ReferentTools): Referent | undefined {
  if (!ASKS_PARTY.test(last.question)) return undefined;
  const pointer = [ONE_PERSON.exec(followUp), SEVERAL.exec(followUp)]
    .filter((m): m is RegExpExecArray => m !== null)
    .sort((a, b) => a.index - b.index)[0];
  if (!pointer || !opensOnPointer(followUp.slice(0, pointer.index))) return undefined;
  const names = answerNames(last.answer, tools);
  const word = pointer[0];
  const name = SEVERAL.test(word)
    ? askedParties(last.answer, names, tools)
    : askedPerson(names, last);
  if (!name) return undefined;
  const possessive =
    POSSESSIVE.test(word) || (/^her$/i.test(word) && herPossessive(followUp, pointer));
  const read = possessive ? `${name}'s` : name;
  const rest = followUp.slice(pointer.index + word.length);
  return { named: name, read: `${followUp.slice(0, pointer.index)}${read}${rest}` };
}

/**
 * Whether the words before a pointer only open the ask: no capitalised name, no clause break after
 * words of its own, at most `OWN_WORDS_BEFORE` words besides `LEAD_WORDS` ("what date's on her
 * post", "who spoke for them"), and no plural noun that "they" could point at ("how many orgs had
 * put their names…").
 */
function opensOnPointer(before: string): boolean {
  if (namesBefore(before)) return false;
  const words = before.toLowerCase().match(/[\p{L}'’]+|[,?;:–—-]/gu) ?? [];
  const breakAt = words.findIndex((w) => CLAUSE_BREAK.test(w));
  if (breakAt >= 0 && words.slice(0, breakAt).some((w) => !LEAD_WORDS.has(w))) return false;
  const own = words.filter((w) => !LEAD_WORDS.has(w) && !CLAUSE_BREAK.test(w));
  return own.length <= OWN_WORDS_BEFORE && !own.some((w) => w.length > 3 && /[^s']s$/.test(w));
}

/** Whether the words before a pointer capitalise a name (not the opening word, nor "I"). */
function namesBefore(before: string): boolean {
  return [...before.matchAll(new RegExp(CAPITALISED_WORD, "gu"))].some(
    (m) => m[0] !== "I" && !opensSentence(before, m.index),
  );
}

/** "her" before a noun is a possessive ("her post"); before a preposition or the end, an object. */
function herPossessive(followUp: string, pointer: RegExpExecArray): boolean {
  return !AFTER_OBJECT_HER.test(followUp.slice(pointer.index + pointer[0].length));
}

/**
 * The person the answer gives for "who…?": its one person's name (two capitalised words or more);
 * of several ("President Obama chose Ambassador Terry Kramer to head the US delegation"), the one
 * nearest the words it shares with the question ("…led the US delegation"), else the first.
 */
function askedPerson(names: readonly NameAt[], last: Turn): string | undefined {
  const people = names.filter(isPersonLike);
  if (people.length <= 1) return people[0]?.text;
  const asked = new Set(contentWords(last.question));
  const shared = [...last.answer.matchAll(/\p{L}[\p{L}\p{N}'’-]*/gu)]
    .filter((m) => asked.has(m[0].toLowerCase()))
    .map((m) => m.index);
  if (shared.length === 0) return people[0]?.text;
  const distance = (n: NameAt) =>
    Math.min(
      ...shared.map((at) => Math.abs(at < n.index ? n.index - at : at - n.index - n.text.length)),
    );
  return [...people].sort((a, b) => distance(a) - distance(b))[0]?.text;
}

/**
 * The parties "they" stands for: the answer's first name with the series joined to it, where it
 * names parties (a series of several, an acronym, or a name the glossary knows), not one person
 * ("President Obama chose…": "they" is then the delegation, not him).
 */
function askedParties(
  answer: string,
  names: readonly NameAt[],
  tools: ReferentTools,
): string | undefined {
  const first = names[0];
  if (!first) return undefined;
  const series = seriesFrom(answer, first);
  if (series.length > 1) return joinSeries(series);
  const known = tools.knownName?.(first.text) ?? false;
  return isAcronym(first.text) || known ? first.text : undefined;
}

/**
 * The names the answer writes, in order: runs of capitalised words, less a word opening a sentence
 * that names no one ("The United Kingdom" is "United Kingdom"); a lone word opening a sentence
 * counts where it is an acronym or the corpus writes it as a name ("Russia, which…").
 */
function answerNames(answer: string, { wordCase }: ReferentTools): NameAt[] {
  const text = withoutNoteMarkers(answer);
  return [...text.matchAll(NAME_RUN)].flatMap((m) => {
    const words = m[0].split(/\s+/);
    const opens = opensSentence(text, m.index);
    if (opens && OPENING_WORDS.test(words[0] ?? "")) {
      const rest = words
        .slice(1)
        .join(" ")
        .replace(/^(?:(?:of|for|the)\s+)+/, "");
      return rest ? [{ text: stripPossessive(rest), index: m.index + m[0].indexOf(rest) }] : [];
    }
    const bare = stripPossessive(m[0]);
    if (opens && words.length === 1 && !isAcronym(bare)) {
      if (!wordCase || !writesAsName(wordCase(bare))) return [];
    }
    return [{ text: bare, index: m.index }];
  });
}

/** A person's name: two capitalised words or more, the last not an acronym ("Larry Strickling", not "NTIA"). */
function isPersonLike({ text }: NameAt): boolean {
  const words = text.split(/\s+/);
  return words.length >= 2 && !isAcronym(words.at(-1) ?? "");
}

/** The first name and the names joined to it in a series: "Russia, the UAE, China… and Egypt". */
function seriesFrom(answer: string, first: NameAt): string[] {
  const text = withoutNoteMarkers(answer);
  const names = [first.text];
  let rest = text.slice(first.index + first.text.length).replace(/^['’]s?/u, "");
  for (;;) {
    const link = SERIES_LINK.exec(rest);
    const next = link ? NAME_RUN_AT_START.exec(rest.slice(link[0].length)) : null;
    if (!link || !next) break;
    names.push(next[0]);
    rest = rest.slice(link[0].length + next[0].length);
  }
  return names;
}

function joinSeries(names: readonly string[]): string {
  if (names.length <= 2) return names.join(" and ");
  return `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}

function contentWords(text: string): string[] {
  return (text.toLowerCase().match(/\p{L}[\p{L}\p{N}'’-]*/gu) ?? []).filter(
    (w) => w.length > 2 && !LEAD_WORDS.has(w),
  );
}

function stripPossessive(name: string): string {
  return name.replace(/['’]s$/u, "");
}

function isAcronym(word: string): boolean {
  return /^[\p{Lu}\p{N}-]{2,}$/u.test(word);
}
