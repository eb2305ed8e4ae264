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
  "ok okay and so right hey also but then well else what whats what's when where why how who whom whose which did does do was were is are has have had can could will would should might many much of for on in at to from with about by most all any each both the a an".split(
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
  const date = tools.partiesOnly ? undefined : datePointed(followUp, last);
  if (date) return date;
  // A person and a thing may both be pointed at: "how did they end up squaring that…".
  const edits = [
    personPointed(followUp, last, tools),
    tools.partiesOnly ? undefined : thingPointed(followUp, last, tools),
  ].filter((edit): edit is Edit => edit !== undefined);
  if (edits.length === 0) return undefined;
  const read = [...edits]
    .sort((a, b) => b.at - a.at)
    .reduce((text, e) => `${text.slice(0, e.at)}${e.text}${text.slice(e.at + e.length)}`, followUp);
  return { named: edits.map((e) => e.named).join("; "), read };
}

/** A pointer's reading: the words at `at` (`length` of them) read as `text`. */
interface Edit {
  named: string;
  at: number;
  length: number;
  text: string;
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
function personPointed(followUp: string, last: Turn, tools: ReferentTools): Edit | undefined {
  if (!ASKS_PARTY.test(last.question)) return undefined;
  const pointer = [ONE_PERSON.exec(followUp), SEVERAL.exec(followUp)]
    .filter((m): m is RegExpExecArray => m !== null)
    .sort((a, b) => a.index - b.index)[0];
  if (!pointer) return undefined;
  const before = followUp.slice(0, pointer.index);
  if (!opensOnPointer(before) && !afterDashClause(before, tools)) return undefined;
  const names = answerNames(last.answer, tools);
  const word = pointer[0];
  const name = SEVERAL.test(word)
    ? askedParties(last.answer, names, tools)
    : askedPerson(names, last);
  if (!name) return undefined;
  const possessive =
    POSSESSIVE.test(word) || (/^her$/i.test(word) && herPossessive(followUp, pointer));
  const read = possessive ? `${name}'s` : name;
  return { named: name, at: pointer.index, length: word.length, text: read };
}

/**
 * Whether the words before a pointer only open the ask: no capitalised name, no clause break after
 * words of its own, at most `OWN_WORDS_BEFORE` words besides `LEAD_WORDS` ("what date's on her
 * post", "who spoke for them"), and no plural noun that "they" could point at ("how many orgs had
 * put their names…").
 */
function opensOnPointer(before: string, reading: OpeningReading = PERSON_OPENING): boolean {
  if (namesBefore(before)) return false;
  const lead = (w: string) => LEAD_WORDS.has(w) || reading.lead.has(w);
  const words = before.toLowerCase().match(/[\p{L}'’]+|[,?;:–—-]/gu) ?? [];
  const breakAt = words.findIndex((w) => CLAUSE_BREAK.test(w));
  if (breakAt >= 0 && words.slice(0, breakAt).some((w) => !lead(w))) return false;
  const own = words.filter((w) => !lead(w) && !CLAUSE_BREAK.test(w));
  return own.length <= reading.ownWords && !own.some((w) => w.length > 3 && /[^s']s$/.test(w));
}

/** What may come before a pointer opening the ask: its own words, and lead words besides `LEAD_WORDS`. */
interface OpeningReading {
  ownWords: number;
  lead: ReadonlySet<string>;
}
const PERSON_OPENING: OpeningReading = { ownWords: OWN_WORDS_BEFORE, lead: new Set() };
/**
 * Before a thing pointer, a person pointer is a lead word ("how did they end up squaring that"),
 * and the ask's verb may take three words ("wanted that swapped", "end up squaring that").
 */
const THING_OPENING: OpeningReading = {
  ownWords: 3,
  lead: new Set("he him his she her they them their we you i".split(" ")),
};

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

/**
 * An earlier question asking what or which thing ("what did russia file…", "which cwg doc…",
 * "what did iran's vote add…"): its answer names the thing, and a follow-up's "it", "that",
 * "those" or "that one" stands for it. (After "who…" the thing is the earlier question's own:
 * "who filed the sender-pays proposal? … when did CEPT knock it back".)
 */
const ASKS_THING = /^\W*(?:(?:ok(?:ay)?|and|so|right|hey)\b[\s,]*)*(?:what|what's|whats|which)\b/i;

/** A pointer at a thing: "it", "that", "this", "those", "these", "that one", "this one". */
const THING_POINTER = /\b(?:(?:that|this)\s+one\b|it\b(?!['’]s\b)|that\b|this\b|those\b|these\b)/gi;
/** Plural pointers, which stand for a count first ("add those up"). */
const PLURAL_POINTER = /^(?:those|these)$/i;
/**
 * Words after which "that" or "this" opens a clause, or is a time or a topic, not the thing: "that
 * he", "that the", "that same", "that year", "that whole", "this week".
 */
const NOT_THING_AFTER =
  /^\s+(?:the|a|an|he|she|they|it|we|i|you|there|this|its|his|her|their|is|was|same|very|exact|whole|entire|kind|sort|day|date|week|month|year|time|point|morning|evening|night|era|period)\b/i;
/** Words before which "that" opens a clause: "say that…", "so that…", "given that…". */
const CLAUSE_BEFORE =
  /\b(?:say|said|says|saying|argue[sd]?|think|thought|know|knew|mean|meant|so|now|given|such|claim(?:ed|s)?|note[sd]?|suggest(?:ed|s)?)\s*$/i;
/** Chat acknowledging the answer, whose "it" points at nothing: "got it.", "ok, get it". */
const CHAT_IT = /\b(?:got|get|gotcha|see)\s*$/i;
/** Nouns a pointer may carry, after which the thing is read: "that word", "those numbers". */
const THING_NOUNS =
  /^\s+(?:word|words|number|numbers|figure|figures|count|counts|tally|tallies|vote|votes|total|totals|doc|docs|document|documents|resolution|proposal|proposals|text|term|terms|article|articles|paper|letter|filing|submission|wording|language|definition|one|ones)\b/i;
/** Count nouns: a pointer carrying one stands for the answer's count ("that number"). */
const COUNT_NOUN = /^(?:numbers?|figures?|counts?|tall(?:y|ies)|votes?|totals?)$/i;

/** A document, resolution, article or contribution by its number: "Resolution 146", "TD-64", "C-109". */
const DESIGNATION =
  /\b(?:(?:Council\s+)?Resolution|Document|Doc\.?|Article|Recommendation|[Cc]ontribution)\s+(?:[A-Z]+\/)?\d+(?:\.\d+)*[A-Z]?(?:\(\w\))?|\b(?:Resolutions|Documents|Articles)\s+\d+[A-Z]?(?:(?:\s*\([^)]*\))?(?:,\s*|,?\s+and\s+)\d+[A-Z]?)*|\b(?:TD|DT|C)[-/]?\d+[A-Z]?\b|\bH\.\s*Con\.\s*Res\.\s*\d+/u;
/** A term quoted in the answer, of at most six words: "recognized operating agencies", "robustness". */
const QUOTED_TERM = /["“]([^"“”]{2,80})["”]/u;
/**
 * A count with its noun: "74 documents", "3.8 billion people", "89 Member States", a vote "77 to
 * 33 with 8 abstentions" (not a day, "13 November", nor a year).
 */
const COUNT = new RegExp(
  String.raw`(?<![\p{L}\p{N}/.-])\d[\d,.]*(?:\s+(?:million|billion))?(?:\s+(?:to|in favour,?)\s+\d[\d,]*(?:\s+against)?(?:,?\s+(?:with|and)\s+\d[\d,]*)?)?(?!\s+(?:${MONTHS})\b)(?:\s+(?:[\p{L}-]+)){1,2}`,
  "u",
);
/** A year, a day of a month or a percentage: no count of things. */
const NOT_COUNT = new RegExp(
  String.raw`^(?:(?:19|20)\d\d\b|\d[\d,.]*%|\d{1,2}(?:[–-]\d{1,2})?\s+(?:${MONTHS}))`,
  "u",
);
/** Words a count's noun may not be: "77 to 33 with 8 abstentions" ends on its noun, not "and …". */
const COUNT_TAIL =
  /\s+(?:and|or|of|in|on|at|to|the|a|an|was|were|is|are|had|has|by|for|from|with|as|than|over|under)$/i;

/**
 * A thing pointer read as what the answer names, after an earlier question asking what or which
 * (`ASKS_THING`): a document, resolution, article or contribution by its number (`DESIGNATION`), a
 * quoted term (`QUOTED_TERM`), or a count with its noun (`COUNT`), the count first for "those" or
 * a count noun ("that number"). The name is added after the pointer in brackets ("it (Resolution
 * 52)", "that word (robustness)"), keeping the pointer: where "it" stands for the earlier
 * question's own subject instead, the name is still its thread's thing. Not where the earlier
 * question names the thing itself (its thread carries it), and only a pointer opening the ask
 * (`opensOnPointer`), or opening the ask after a dash clause naming no one (`afterDashClause`).
 */
function thingPointed(followUp: string, last: Turn, tools: ReferentTools): Edit | undefined {
  if (!ASKS_THING.test(last.question)) return undefined;
  const pointer = thingPointerIn(followUp, tools);
  if (!pointer) return undefined;
  const word = pointer.word.toLowerCase();
  const countFirst = PLURAL_POINTER.test(word) || COUNT_NOUN.test(pointer.noun ?? "");
  const answer = withoutNoteMarkers(last.answer);
  const things = [designationIn(answer), quotedIn(answer), countIn(answer)];
  const ordered = countFirst ? [things[2], things[0], things[1]] : things;
  const named = ordered.find((thing): thing is string => thing !== undefined);
  if (!named || namedIn(named, last.question)) return undefined;
  return { named, at: pointer.end, length: 0, text: ` (${named})` };
}

interface ThingPointer {
  word: string;
  /** The noun the pointer carries, if any ("word" in "that word"). */
  noun?: string;
  /** Where the name is read in: after the pointer, or after its noun. */
  end: number;
}

/** The follow-up's first thing pointer that opens its ask, if any. */
function thingPointerIn(followUp: string, tools: ReferentTools): ThingPointer | undefined {
  for (const m of followUp.matchAll(THING_POINTER)) {
    const word = m[0];
    const after = followUp.slice(m.index + word.length);
    const lone = word.toLowerCase();
    if ((lone === "that" || lone === "this") && NOT_THING_AFTER.test(after)) continue;
    if (lone === "that" && CLAUSE_BEFORE.test(followUp.slice(0, m.index))) continue;
    if (lone === "it" && CHAT_IT.test(followUp.slice(0, m.index))) continue;
    const before = followUp.slice(0, m.index);
    if (!opensOnPointer(before, THING_OPENING) && !afterDashClause(before, tools, THING_OPENING)) {
      return undefined;
    }
    const noun = /^(?:that|this|those|these)$/.test(lone) ? THING_NOUNS.exec(after) : null;
    const end = m.index + word.length + (noun ? noun[0].length : 0);
    return { word, end, ...(noun ? { noun: noun[0].trim() } : {}) };
  }
  return undefined;
}

/**
 * Whether the words before a pointer are a clause of the asker's own closed by a dash, and the
 * pointer opens the ask after it: "and the paper it links to - did she write that herself?". The
 * clause names no one (no capitalised name, no word the corpus writes as a name), or the pointer
 * could stand for that.
 */
function afterDashClause(
  before: string,
  { wordCase }: ReferentTools,
  reading: OpeningReading = PERSON_OPENING,
): boolean {
  const dash = /\s[–—-]+\s(?!.*\s[–—-]+\s)/u.exec(before);
  if (!dash) return false;
  const clause = before.slice(0, dash.index);
  if (namesBefore(clause)) return false;
  const words = clause.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  if (wordCase && words.some((w) => w.length > 2 && writesAsName(wordCase(w)))) return false;
  return opensOnPointer(before.slice(dash.index + dash[0].length), reading);
}

/** The answer's first designation, a series without its glosses ("Articles 5A, 5B and 8A"). */
function designationIn(answer: string): string | undefined {
  return DESIGNATION.exec(answer)?.[0].replace(/\s*\([^)]*\)/g, "");
}

function quotedIn(answer: string): string | undefined {
  const quoted = QUOTED_TERM.exec(answer)?.[1]?.trim();
  return quoted && quoted.split(/\s+/).length <= 6 ? quoted : undefined;
}

/** The answer's first count with its noun (`COUNT`), not a year, a day or a percentage. */
function countIn(answer: string): string | undefined {
  for (const m of answer.matchAll(new RegExp(COUNT.source, "gu"))) {
    if (NOT_COUNT.test(m[0])) continue;
    const count = m[0].replace(/[,.;:]+$/, "").replace(COUNT_TAIL, "");
    if (/(?:[^s']s|people)$/i.test(count)) return count;
  }
  return undefined;
}

/** Whether the earlier question names the thing itself ("What was TD-64?" answered "TD-64…"). */
function namedIn(thing: string, question: string): boolean {
  const words = (s: string) => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const asked = new Set(words(question));
  const own = words(thing).filter((w) => /\d/.test(w) || w.length > 3);
  return own.length > 0 && own.every((w) => asked.has(w));
}
