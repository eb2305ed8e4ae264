// Chat shorthand analysts type ("ppl", "govt", "w/", "tbh", "the 12th", "3.8bn", "pre-Dubai"),
// written out as sources write it, so that a question does not lose the term it names.

import { MONTHS } from "../text.ts";
import { withClippedYearsRead } from "./clipped-years.ts";
import { withTimeFramesRead } from "./question-time-frames.ts";
import { withWhenAsksRead } from "./question-when-asks.ts";

/**
 * Chat shorthand analysts type ("ppl", "govt", "w/", "tbh"), as the words they stand for; the
 * asides ("tbh", "btw", "lol") stand for nothing a source says and are dropped. General English
 * of chat, never the corpus's own abbreviations (those are the glossary's). A source never writes
 * "ppl" or "reso", so read as typed the word is unseen and the question loses the term it names.
 */
const CHAT_SHORTHAND: Readonly<Record<string, string>> = {
  abt: "about",
  admin: "administration",
  admins: "administrations",
  approx: "approximately",
  "b/c": "because",
  // "cuz I've seen two dates": the reason the asker gives, as "because" reads.
  coz: "because",
  cmte: "committee",
  convo: "conversation",
  ctte: "committee",
  cttee: "committee",
  cuz: "because",
  dept: "department",
  diff: "difference",
  doc: "document",
  docs: "documents",
  "gov't": "government",
  govt: "government",
  govts: "governments",
  // "gimme a few talking points…": the request verb "give me", as typed in chat.
  gimme: "give me",
  grp: "group",
  grps: "groups",
  info: "information",
  intl: "international",
  mtg: "meeting",
  // "the industry outfits", "the itu-t recs": a kind of body or text as sources write it; left as
  // typed where it is the kind asked for (ASKED_KIND_BEFORE). refuse42.
  orgs: "organisations",
  outfit: "organisation",
  outfits: "organisations",
  pls: "please",
  plz: "please",
  ppl: "people",
  prop: "proposal",
  props: "proposals",
  recs: "recommendations",
  // "res 1379", "the Internet res": a resolution. Not in a US congressional bill's name ("H. Con.
  // Res. 127"), which sources write as typed (see inBillName).
  res: "resolution",
  reso: "resolution",
  resos: "resolutions",
  // "the rev", "rev 1": a revision. Only typed in lower case: "Rev." is how sources write a
  // revised text's edition ("Resolution 146 (Rev. Bucharest, 2022)").
  rev: "revision",
  // "how many sigs did the coalition hand in": a petition's or a letter's signatures.
  sigs: "signatures",
  smth: "something",
  // "What stats did Touré cite…": statistics, as sources write it ("growth statistics").
  stat: "statistic",
  stats: "statistics",
  sth: "something",
  thru: "through",
  tho: "though",
  u: "you",
  "w/": "with",
  "w/o": "without",
  yr: "year",
  yrs: "years",
  // Asides: how the asker feels about the question, not what it asks.
  afaik: "",
  // A hedge on a figure ("Ballpark, how many…"): the asker accepts an estimate; no source says it.
  ballpark: "",
  btw: "",
  etc: "",
  fwiw: "",
  fyi: "",
  idk: "",
  iirc: "",
  imho: "",
  imo: "",
  lol: "",
  ngl: "",
  // "rn I just need the date": right now, when the asker needs it; no source says it.
  rn: "",
  tbf: "",
  tbh: "",
};
/** Shorthand read only as typed in lower case: capitalised, it is a word sources write ("Rev."). */
const LOWER_CASE_ONLY: ReadonlySet<string> = new Set(["rev"]);
/**
 * Shorthand that is also an English verb or idiom before these words: "prop up the ITU", "props
 * to CDT" (praise) are not proposals.
 */
const WORD_BEFORE: Readonly<Record<string, RegExp>> = {
  prop: /^\s+up\b/i,
  props: /^\s+(?:up|to)\b/i,
};
/** Nouns for a kind of body or text, left as typed where they name the kind the question asks for. */
const KIND_NOUNS: ReadonlySet<string> = new Set(["orgs", "outfit", "outfits", "recs"]);
/**
 * The noun names the kind asked for: after "which", "what" or "how many", with at most two words
 * between ("which orgs drafted…", "which industry outfits…", "how many orgs signed…"). There the
 * kind readers take it as typed (`kindOfName`, name-kinds.ts; the count readers, window-terms.ts),
 * and the answer is a name or a number, not the word: written out, "which organisation filed
 * C-109" must find "organisation" beside ETNO's filing, which says "operators' association".
 */
const ASKED_KIND_BEFORE = /\b(?:which|what|how many)\s+(?:[\p{L}\p{N}'’-]+\s+){0,2}$/iu;
/** A kind noun at offset names the kind the question asks for, and stays as typed. */
function namesAskedKind(lower: string, offset: number, whole: string): boolean {
  return KIND_NOUNS.has(lower) && ASKED_KIND_BEFORE.test(whole.slice(0, offset));
}
/** What comes before "Res." in a US congressional bill's name ("H. Con. Res. 127", "S. Res. 446"). */
const BILL_NAME_BEFORE_RES = /\b[HS]\.\s?(?:(?:Con|J)\.\s?)?$/;
/**
 * Words naming the US Congress or one of its chambers: "res 127" asked beside them ("when did res
 * 127 get sent over to the senate", "congress's h con res 127", "res 127 going in on the hill") is
 * a bill, whose "Res." sources write as typed ("H. Con. Res. 127"), not a resolution of the ITU
 * ("Resolution 1379"): read as "resolution 127", the paragraph on the bill lacked the word. Not
 * "house", a word of everyday English.
 */
const CONGRESS_WORDS = /\b(?:congress|congressional|congressman|senate|senators?)\b/i;
/** "res" before a number ("res 127"), as `NUMBER_MARK` leaves it. */
const RES_BEFORE_NUMBER = /^\s*\d/;
/** A shorthand word at offset is "Res" in a bill's name, which sources write as typed. */
function inBillName(word: string, offset: number, whole: string): boolean {
  if (word.toLowerCase() !== "res") return false;
  return (
    BILL_NAME_BEFORE_RES.test(whole.slice(Math.max(0, offset - 12), offset)) ||
    (RES_BEFORE_NUMBER.test(whole.slice(offset + word.length)) && CONGRESS_WORDS.test(whole))
  );
}

/**
 * "the Hill", "Capitol Hill": the US Congress, in the shorthand of politics ("res 127 going in on
 * the hill", "what happened that month on capitol hill"). The notes write "Congress" and "the
 * House"; read as typed, "hill" was Richard Hill, a name the notes use, required and missing from
 * the very paragraph on the House's resolution. A person is never "the Hill": not "Hill", "per
 * hill", "Hill's", nor "the Hill and Powers paper".
 */
const CONGRESS_HILL = /\b(?:capitol\s+hill|the\s+hill)\b(?!\s*(?:&|and)\s*powers\b)/gi;
/**
 * A number marked as one ("doc #27", "Res. No. 1379", "doc no. 21"): sources write the noun and
 * the number ("Document 27"), so the mark is dropped and the abbreviation's dot too ("Res. 1379"
 * → "Res 1379", then "resolution 1379"); read as typed, "res." stemmed to "re", a word no source
 * holds, and "no" to a refusal word.
 */
const NUMBER_MARK =
  /\b(doc|docs|res|reso|rev|ctte|cmte)\.?(\s*)(?:#\s?|(?:no|nos|num|nr)\.\s?|(?=\d))(?=\d)/gi;
/** A shorthand word standing alone: not part of a longer word, an abbreviation ("U.S.") or a path. */
const SHORTHAND_WORD = new RegExp(
  `(?<![\\p{L}\\p{N}./'’-])(?:${Object.keys(CHAT_SHORTHAND)
    .sort((x, y) => y.length - x.length)
    .join("|")})(?![\\p{L}\\p{N}/-]|['’](?!s\\b)|\\.\\p{L})`,
  "giu",
);

/** Months as people clip them ("dec", "Sept"). */
const MONTH_SHORT = "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec";

/**
 * A day of the month named by its ordinal alone ("on the 12th?", "by the 3rd,"): sources write the
 * day as a number beside its month ("12 December"), never "the 12th". Not an ordinal before a
 * noun ("the 6th meeting"): only one ending a clause, or before a word that opens another
 * ("on the night of the 12th without a vote", "by the 3rd and…"), or a dash that does ("…couldn't
 * sign on the 13th - what exactly was he objecting to?", why20: refused for "13th" as a word no
 * source writes; not "the 12th-century", a hyphen without a space), or "that" opening what was
 * said ("…announced on the evening of the 13th that they couldn't sign…", premise24), or "of" and
 * its month ("the 3rd to the 14th of dec", numbers26).
 */
const DAY_ORDINAL = new RegExp(
  String.raw`\b(the )([12]?\d|3[01])(?:st|nd|rd|th)(?=\s*(?:[,.;:?!)–—]|$)|\s+-|\s+(?:and|or|but|that|when|while|without|before|after|as|at|in|on|to|with|during|because|so|did|was|were)\b|\s+of\s+(?:${MONTHS}|${MONTH_SHORT})\b)`,
  "gi",
);

/**
 * A day ordinal after its month ("Dec 14th", "on December 3rd,"): sources write the day as a
 * number ("14 December"); read as typed, "14th" was a word no source holds.
 */
const MONTH_DAY_ORDINAL = new RegExp(
  String.raw`\b((?:${MONTHS}|${MONTH_SHORT})\.?\s+)([12]?\d|3[01])(?:st|nd|rd|th)(?![\p{L}\p{N}-])`,
  "giu",
);

/**
 * A time prefix hyphened to an event, a name or a date ("pre-Dubai", "post-WCIT", "mid-conference",
 * "mid-December"): it says when, as "before", "after" or "during" do, and is no word of the topic.
 * Read as typed, "post" met "to post the documents" and "pre", a word no sentence about the speech
 * holds, refused "what did Kramer say in his pre-Dubai speech?". Only before a capitalised word, a
 * number or an event noun: "pre-existing" and "post-mortem" are words of their own.
 */
const TIME_PREFIX =
  /\b([Pp]re|[Pp]ost|[Mm]id)-(?=\p{Lu}|\d|(?:conference|summit|meetings?|talks|negotiations?|vote|voting|signing|sessions?|plenary|treaty|deadline|leaks?)\b)/gu;
const MONTH_OR_NUMBER = new RegExp(`^(?:\\d|${MONTHS})`);
const TIME_PREFIX_WORDS: Readonly<Record<string, string>> = { pre: "before ", post: "after " };

/** The question with its time prefixes read as words ("pre-Dubai" → "before Dubai"). */
function withTimePrefixesRead(question: string): string {
  return question.replace(TIME_PREFIX, (_, prefix: string, offset: number, whole: string) => {
    const word = prefix.toLowerCase();
    // "in mid-2012", "mid-December": the date says it; "mid-conference" is during it.
    const read =
      word === "mid"
        ? MONTH_OR_NUMBER.test(whole.slice(offset + 4))
          ? ""
          : "during "
        : (TIME_PREFIX_WORDS[word] ?? "");
    return prefix === word ? read : `${read.charAt(0).toUpperCase()}${read.slice(1)}`;
  });
}

/**
 * "between 2007-09", "the 2010–12 review": a span of years whose second year is clipped to its
 * last two digits, which sources write out ("between October 2007 and June 2009"). Read as
 * written, "09" was a number no source has, and refused the question. (Only a later year of the
 * same century: "2012-13" is "2012 to 2013", "2012-10" a date.)
 */
const CLIPPED_YEAR_RANGE = /\b((?:19|20)\d\d)\s?[-–/]\s?(\d\d)\b(?![-–/]\d)/g;

/**
 * "3.8bn people", "35k signatures", "1m+": a number with its magnitude clipped to a letter or two,
 * which sources write out ("3.8 billion", "one million"). Not "b" alone: "5B" is an article.
 */
const CLIPPED_MAGNITUDE = /\b(\d+(?:\.\d+)?)\s?(bn|mn|mln|m|k)(?=\b|\+)/gi;
const MAGNITUDE_WORDS: Readonly<Record<string, string>> = {
  bn: "billion",
  mn: "million",
  mln: "million",
  m: "million",
  k: "thousand",
};

/**
 * The question with chat shorthand written out ("ppl" → "people"; "tbh" dropped; "the 12th" → "the
 * 12"; "3.8bn" → "3.8 billion"; "'88" → "1988"), time prefixes read as words ("post-Dubai" → "after Dubai") and
 * time framing read as the time word it stands for ("once Dubai wrapped up" → "after Dubai").
 */
export function withoutShorthand(question: string): string {
  const days = withWhenAsksRead(
    withTimeFramesRead(withTimePrefixesRead(withClippedYearsRead(question))),
  )
    .replace(DAY_ORDINAL, "$1$2")
    .replace(MONTH_DAY_ORDINAL, "$1$2")
    .replace(CLIPPED_YEAR_RANGE, (whole, from: string, to: string) => {
      const end = `${from.slice(0, 2)}${to}`;
      return end > from ? `${from} to ${end}` : whole;
    })
    .replace(
      CLIPPED_MAGNITUDE,
      (_, n: string, unit: string) => `${n} ${MAGNITUDE_WORDS[unit.toLowerCase()] ?? unit}`,
    );
  const congress = days.replace(CONGRESS_HILL, "Congress");
  const marked = congress.replace(NUMBER_MARK, (mark: string, word: string, _s, offset: number) =>
    inBillName(word, offset, congress) ? mark : `${word} `,
  );
  if (!SHORTHAND_WORD.test(marked)) return marked;
  SHORTHAND_WORD.lastIndex = 0;
  return marked
    .replace(SHORTHAND_WORD, (word: string, offset: number, whole: string) => {
      const lower = word.toLowerCase();
      if (LOWER_CASE_ONLY.has(lower) && word !== lower) return word;
      if (inBillName(word, offset, whole)) return word;
      if (namesAskedKind(lower, offset, whole)) return word;
      if (WORD_BEFORE[lower]?.test(whole.slice(offset + word.length)) === true) return word;
      const full = CHAT_SHORTHAND[lower] ?? word;
      return /^\p{Lu}/u.test(word) && full ? `${full[0]?.toUpperCase()}${full.slice(1)}` : full;
    })
    .replace(/ {2,}/g, " ")
    .replace(/ +([,.?!;:])/g, "$1")
    .replace(/[,.;:]+([.?!;:])/g, "$1")
    .replace(/,(?:\s*,)+/g, ",")
    .replace(/^\s*[,;:]\s*/, "")
    .trim();
}
