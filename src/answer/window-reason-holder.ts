// Whose reason a sentence gives. A why question naming its doer ("Why did Spain ask…", "How come
// Iran pushed…") is answered by that doer's grounds, not by another party's view of the same
// moment standing beside it: "It passed 77 to 33…, and several Western delegations SAW that moment
// as crossing a red line" is the Western delegations' reading of Iran's vote, not Iran's reason;
// "When Spain asked whether that had been a vote, the Chair SAID it had not" is the Chair's answer,
// not Spain's motive.

import { MONTHS, SENTENCE_OPENERS } from "../text.ts";
import { isCommonWord } from "./common-words.ts";
import { reasonCueAt, reasonCues } from "./evidence.ts";
import type { QuestionDemands } from "./question-demands.ts";
import { type Analyze, containsTerm, type KeyTerm } from "./terms.ts";

/** Where the clause holding a reason word starts: after a comma, a colon or a joining word. */
const CLAUSE_BREAK = /[,;:()]|\b(?:and|but|while|whereas|when|then|as|after|before)\b/gi;
/** The first such break: where a sentence's opening clause ends. */
const CLAUSE_BREAK_ONCE = new RegExp(CLAUSE_BREAK.source, "i");

/** Plural nouns of parties that hold views of their own ("several Western delegations saw…"). */
const PARTY_NOUNS =
  /\b(?:delegations|delegates|countries|states|governments|administrations|critics|observers|commentators|groups|members|others|analysts|officials|activists)\b/i;

const PARTY_NOUN = new RegExp(`^${PARTY_NOUNS.source}$`, "i");

const MONTH = new RegExp(`^(?:${MONTHS})$`, "i");

/** A clause that is a name alone, after "the" at most: "the Chair", "the Secretary-General". */
const BARE_NAME = /^\s*(?:the\s+)?\p{Lu}[\p{L}\p{M}-]*(?:\s+\p{Lu}[\p{L}\p{M}-]*)*\s*$/u;

/**
 * Whether the first reason or position word of `sentence` (`reasonCueAt`: "said", "saw",
 * "argued", "should") is held by a party other than the doer (`heldAt`), a plural noun of parties
 * included ("several Western delegations saw…").
 */
export function reasonHeldByOther(
  sentence: string,
  doer: KeyTerm,
  questionTerms: ReadonlySet<string>,
  analyzeText: Analyze,
): boolean {
  return heldAt(sentence, reasonCueAt(sentence), doer, questionTerms, analyzeText, true);
}

/** A stance of one's own: an argument, a criticism, a fear, what ought to be. */
const STANCE =
  /\b(?:argu\w*|warn\w*|fear\w*|worr\w*|concern\w*|object\w*|insist\w*|believ\w*|contend\w*|criticis\w*|criticiz\w*|condemn\w*|should|must|ought)\b/i;
/**
 * A cause the acting party gives itself: a participle after its act ("…refused to join, citing
 * sovereignty"). (Not one reported by someone else: "…explains why", "the reasons".)
 */
const OWN_CAUSE = /^(?:citing|cited)$/i;
/** Wording that states a reason whoever reports it ("…explains why", "…because…"). */
const STATED_CAUSE =
  /\b(?:because|since|due to|owing to|so that|in order to|reasons?|why|citing|cited|explain\w*)\b/i;

/**
 * Whether a sentence giving grounds outright gives only another party's stance: its first word of
 * stance ("criticised", "argued", "should") stands in a clause naming a party the question does
 * not, by name ("CDT and Reporters Without Borders criticised the procedure" for Spain's reason),
 * and it states no cause as such ("The Czech delegation's account explains why…" reports the
 * doer's reason, whoever gives the account), or only the cause another party gave for its own act
 * ("Russia refused to join, citing sovereignty" for why Brazil stayed out). A clause naming no one
 * is its sentence's opening clause's ("The Czech delegation likewise said…, and that governments
 * should not…"). On the tuning half (1,818 q): four near misses refused (Brazil's, India's and
 * Iran's reasons), no in-scope answer changed.
 */
export function stanceHeldByOther(
  sentence: string,
  doer: KeyTerm,
  questionTerms: ReadonlySet<string>,
  analyzeText: Analyze,
): boolean {
  const cause = STATED_CAUSE.exec(sentence);
  if (cause) {
    // (A cause the acting party gives for its own act is that party's: "Russia refused to join,
    // CITING sovereignty" gives Russia's reason, not Brazil's.)
    return (
      OWN_CAUSE.test(cause[0]) &&
      heldAt(sentence, cause.index, doer, questionTerms, analyzeText, false, true)
    );
  }
  const at = STANCE.exec(sentence)?.index ?? -1;
  return (
    heldAt(sentence, at, doer, questionTerms, analyzeText, false, true) ||
    heldByNonState(sentence.slice(0, Math.max(at, 0)), doer, questionTerms, analyzeText)
  );
}

/** A country's parties that are not its state ("civil society", "industry", "NGOs", "the press"). */
const NON_STATE =
  /\b(?:civil\s+society|industry|NGOs?|activists?|press|media|journalists?|companies|businesses|academics?)\b/gi;

/**
 * Whether the words before a stance name one of a country's non-state parties as its holder, and
 * not the doer: "Indian civil society and industry had OBJECTED…" is their objection, not India's
 * reason ("Indian" does not meet "India" in a passage: a demonym is read one way). Not a party the
 * question asks about itself.
 */
function heldByNonState(
  before: string,
  doer: KeyTerm,
  questionTerms: ReadonlySet<string>,
  analyzeText: Analyze,
): boolean {
  if (before === "" || containsTerm(new Set(analyzeText(before)), doer)) return false;
  return [...before.matchAll(NON_STATE)].some(
    (m) => !analyzeText(m[0]).some((t) => questionTerms.has(t)),
  );
}

/**
 * Whether the word at `at` stands in a clause (cut at a comma, a colon or a joining word) that
 * does not name the doer but names another party: a capitalised word none of whose terms the
 * question has (not an opener, a common word or a month), or, with `partyNouns`, a plural noun of
 * parties the question does not use ("delegations", "critics"). A clause without a subject of its
 * own ("…, citing sovereignty") or with a pronoun ("He argued…") holds nobody else's view.
 */
function heldAt(
  sentence: string,
  at: number,
  doer: KeyTerm,
  questionTerms: ReadonlySet<string>,
  analyzeText: Analyze,
  partyNouns: boolean,
  openingSubject = false,
): boolean {
  if (at < 0) return false;
  const before = sentence.slice(0, at);
  let start = 0;
  for (const m of before.matchAll(CLAUSE_BREAK)) start = m.index + m[0].length;
  let clause = before.slice(start);
  // (With `openingSubject`, a clause without a subject of its own is the opening clause's: a
  // participle's ("Russia refused to join, citing sovereignty") and a reported clause naming no
  // one ("The Czech delegation likewise said …, and that governments should not regulate it").)
  if (
    openingSubject &&
    (!/\p{L}/u.test(clause) || (/^\s*that\b/i.test(clause) && !/\p{Lu}/u.test(clause)))
  ) {
    const end = before.search(CLAUSE_BREAK_ONCE);
    clause = end < 0 ? before : before.slice(0, end);
  }
  if (containsTerm(new Set(analyzeText(clause)), doer)) return false;
  // (A clause that is only a name, "the Chair said…", is that party's word, though the question
  // names it too: "How come Spain asked the Chair whether…" asks Spain's reason, not the Chair's.)
  if (
    partyNouns &&
    BARE_NAME.test(clause) &&
    !SENTENCE_OPENERS.has(clause.trim().replace(/^the\s+/i, ""))
  ) {
    return true;
  }
  const asked = (word: string) => analyzeText(word).some((t) => questionTerms.has(t));
  const party = partyNouns ? PARTY_NOUNS.exec(clause)?.[0] : undefined;
  if (party !== undefined && !asked(party)) return true;
  return [...clause.matchAll(/(?:^|[\s"“'‘(])(\p{Lu}[\p{L}\p{M}'-]+)/gu)].some((m) => {
    const word = m[1] as string;
    if (SENTENCE_OPENERS.has(word) || isCommonWord(word) || MONTH.test(word)) return false;
    // ("Critics feared…": a noun of parties opening the sentence is no name.)
    if (PARTY_NOUN.test(word)) return false;
    return !asked(word);
  });
}

/**
 * Parties of a country's own that are not its government, after its name: "INDIA's civil society
 * objected…" is their view, not India's, though it names India.
 */
const OTHER_PARTY_OF =
  /^(?:['’]s\s+)?(?:civil\s+society|industry|industries|NGOs?|non-governmental|activists?|press|media|journalists?|companies|businesses|operators?|carriers?|academics?|experts?|commentators?|critics?|advocates?|users?|opposition|courts?|citizens?|groups?)\b/i;

/**
 * Whether every word of `sentence` meeting the doer names one of its other parties ("India's
 * industry", "US companies"): the sentence is about them, not the doer.
 */
export function namesOnlyItsOtherParty(
  sentence: string,
  doer: KeyTerm,
  analyzeText: Analyze,
): boolean {
  const found = [...sentence.matchAll(/[\p{L}\p{M}-]+/gu)].filter((m) =>
    containsTerm(new Set(analyzeText(m[0])), doer),
  );
  return (
    found.length > 0 &&
    found.every((m) => OTHER_PARTY_OF.test(sentence.slice(m.index + m[0].length).trimStart()))
  );
}

/**
 * `sentence` without its words of the act asked ("opposed" for "Washington's opposition"): the
 * question's own words other than the doer, written in any form of their stem (one stem the start
 * of the other, five letters at least). What is left says whether grounds are given.
 */
export function withoutAskedAct(
  sentence: string,
  d: Pick<QuestionDemands, "keyTerms">,
  doer: KeyTerm,
  analyzeText: Analyze,
): string {
  const asked = d.keyTerms.filter((k) => k !== doer && !k.fromContext).map((k) => k.term);
  const sameStem = (a: string, b: string) =>
    Math.min(a.length, b.length) >= 5 && (a.startsWith(b) || b.startsWith(a));
  return sentence.replace(/[\p{L}\p{M}'’-]+/gu, (word) =>
    analyzeText(word).some((t) => asked.some((q) => sameStem(t, q))) ? "—" : word,
  );
}

/**
 * A party's own telling of its case, with no word of grounds: what it pointed out, stressed,
 * noted, complained of or replied, and what it put down to a cause ("The United States REPLIED by
 * asking whether the text meant security of message content or only…", "It ATTRIBUTED most
 * refusals to Resolution PLEN/3"). Not a request ("asked for a vote", "urged work towards…"):
 * asking for a thing is the act, not the reason for it.
 */
const ARGUED =
  /\b(?:not(?:ed|ing)|point(?:ed|ing)\s+(?:out|to)|stress(?:ed|ing)|complain(?:ed|ing)|repl(?:ied|ying)|attribut(?:ed|ing))\b/gi;
/**
 * A count or list of items a party gives, set out in the sentences after it: "Access's
 * post-conference analysis COUNTED SEVERAL losses for the expansionist side.", "It RAISED THREE
 * problems:" (`ANNOUNCES_ITEMS`).
 */
const ENUMERATED = /\b(?:count(?:ed|ing)|list(?:ed|ing)|raised|made|gave)\b/gi;
/** A verb in the passive: "It was LISTED as coming from…" tells no one's own account. */
const PASSIVE_BEFORE = /\b(?:was|were|is|are|be|been|being)\s+(?:\p{L}+ly\s+)?$/iu;
/** Items an account announces, set out in the sentences after it: "counted SEVERAL losses". */
const ANNOUNCES_ITEMS =
  /^\s*(?:several|a\s+number\s+of|a\s+few|(?:two|three|four|five|six|\d+)\s+\p{L}+s\b|these\b|the\s+following\b)/iu;
/** Where what a verb reports ends: at a clause break that starts another act. */
const REPORT_END = /[.;:]|,\s+(?:and|but|while|whereas)\b/;
/** Verbs that only report speech: what they report may be nothing but the act asked. */
const SAYING = /^(?:said|says|stated)$/i;

/**
 * Whether what a verb ending at `end` reports holds something of its own: a figure ("says 151
 * ITU Member States attended"), or a word that is not common English ("it had not"), nor a dash
 * (`own` has the asked act's words dashed out, `withoutAskedAct`), nor a word of the question.
 */
function reportsContentOfItsOwn(
  own: string,
  end: number,
  questionTerms: ReadonlySet<string>,
  analyzeText: Analyze,
): boolean {
  const rest = own.slice(end);
  const cut = rest.search(REPORT_END);
  const reported = cut < 0 ? rest : rest.slice(0, cut);
  if (/\d/.test(reported.replace(/\[\d{1,3}\]/g, ""))) return true;
  return [...reported.matchAll(/\p{L}[\p{L}\p{M}'’-]*/gu)].some((m) => {
    const word = m[0];
    if (isCommonWord(word)) return false;
    const terms = analyzeText(word);
    return terms.length > 0 && !terms.some((t) => questionTerms.has(t));
  });
}

/**
 * Whether the only words of reason or position a sentence holds are verbs of saying that report
 * nothing but the act asked: "On 10 December the Chair SAID it was off the table" tells that the
 * Chair took the text off the table, not why. `own` is the sentence with the asked act's words
 * dashed out (`withoutAskedAct`).
 */
export function onlyReportsTheAct(
  own: string,
  questionTerms: ReadonlySet<string>,
  analyzeText: Analyze,
): boolean {
  const cues = reasonCues(own);
  return (
    cues.length > 0 &&
    cues.every(
      (c) =>
        SAYING.test(c.word) &&
        !reportsContentOfItsOwn(own, c.index + c.word.length, questionTerms, analyzeText),
    )
  );
}

/**
 * Whether the clause before a verb names the doer and no other party: each capitalised word in it
 * is one of the doer's own words, the question's, or a common word ("CIS India noted…" is an
 * organisation's account, not India's; "The United States replied…" is the US's).
 */
function doerAlone(
  clause: string,
  doer: KeyTerm,
  questionTerms: ReadonlySet<string>,
  analyzeText: Analyze,
): boolean {
  if (!containsTerm(new Set(analyzeText(clause)), doer)) return false;
  const doerWords = new Set([doer.term, ...doer.alternatives.flat()]);
  return [...clause.matchAll(/(?:^|[\s"“'‘(])(\p{Lu}[\p{L}\p{M}'’-]*)/gu)].every((m) => {
    const word = (m[1] as string).replace(/['’]s$/, "");
    if (SENTENCE_OPENERS.has(word) || isCommonWord(word) || MONTH.test(word)) return true;
    const terms = analyzeText(word);
    return terms.every((t) => doerWords.has(t) || questionTerms.has(t));
  });
}

/**
 * Whether a sentence tells the doer's own case for the act: a verb of pointing out, complaining,
 * replying or putting down to a cause (`ARGUED`) that reports something of its own beyond the
 * question's words, or a count or list it announces (`ENUMERATED`, "counted several losses…"),
 * in the active voice, its clause naming the doer (or no one: "It raised…") and no other party
 * (`doerAlone`). `own` has the asked act's words dashed out, so the act asked is no account of
 * itself.
 */
export function tellsOwnAccount(
  own: string,
  doer: KeyTerm,
  questionTerms: ReadonlySet<string>,
  analyzeText: Analyze,
): boolean {
  const holdsIt = (at: number) => {
    if (PASSIVE_BEFORE.test(own.slice(0, at))) return false;
    const before = own.slice(0, at);
    let start = 0;
    for (const b of before.matchAll(CLAUSE_BREAK)) start = b.index + b[0].length;
    const clause = before.slice(start);
    return /\p{Lu}/u.test(clause)
      ? doerAlone(clause, doer, questionTerms, analyzeText)
      : /^\s*(?:it|they|he|she)\b/i.test(clause);
  };
  return (
    [...own.matchAll(ARGUED)].some(
      (m) =>
        holdsIt(m.index) &&
        reportsContentOfItsOwn(own, m.index + m[0].length, questionTerms, analyzeText),
    ) ||
    [...own.matchAll(ENUMERATED)].some(
      (m) => holdsIt(m.index) && ANNOUNCES_ITEMS.test(own.slice(m.index + m[0].length)),
    )
  );
}
