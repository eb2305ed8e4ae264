// A question asking what a meeting, conference or body decided (issue #12, nm36): "what did the
// 2006 antalya plenipot decide about the old itrs", "What came out of the Arab States' Cairo prep
// meeting in spring 2012?", "what WTPF-13 actually concluded", "Did the 2013 policy forum in
// Geneva adopt anything…?". The place that names the event may only say it was held, was coming
// or was sent something ("A regional preparatory meeting followed in Cairo from 28 April…", "it
// was sent to the Senate in September 2012", "the WTPF … would put Internet issues on the
// agenda"), or tell another event's or party's decision beside it ("After a first preparatory
// meeting in Dubai in December 2011, the Arab administrations set out…"): every term met, no
// outcome of the event asked. Such a place answers only where one of its sentences has the event
// (its noun, its name, or all the words saying which one) as the doer of a verb of outcome
// ("In 2009 the Council adopted…", "PP-14 made only minor changes…", "Council 2023 set new
// terms…"), a document of it as that doer ("Resolution 146 (Rev. Bucharest, 2022) told…"; "That
// resolution asked…" after the sentence naming the conference), or the event as where or by whom
// something "was adopted"; and the event's numbers and years stand in that sentence or the one
// it points back to. Read by `judgeWindow` (coverage-window.ts) as `eventOutcomeStated`.

import { isFamiliarWord } from "./common-words.ts";
import {
  ADVERBS,
  CLAUSE_WORD,
  contentSubjects,
  DOCUMENT_NOUN,
  type HeadedAsk,
  MONTH,
  met,
  NOT_QUALIFYING,
  namingsOf,
  OWNER,
  PHRASE,
  PRONOUN_OPENING,
  PRONOUN_REACH,
  qualifierMet,
} from "./document-content.ts";
import type { Analyze, KeyTerm } from "./terms.ts";
import type { Window } from "./window-reading.ts";

/** The event a question asks the outcome of: its noun or name, and the words saying which. */
export interface EventOutcomeAsk extends HeadedAsk {
  /** Its words holding a figure ("2006", "PP-14", "2007-09"): alternatives of index terms. */
  dated: readonly (readonly string[])[][];
  /** Its other names and uncommon words ("Cairo", "antalya", "ITU"): alternatives of terms. */
  words: readonly (readonly string[])[][];
}

/** Nouns of a meeting or of a body that decides, with the short forms a Slack question uses. */
const EVENT_NOUNS: Record<string, string> = {
  meeting: "meetings?",
  meetings: "meetings?",
  conference: "conferences?",
  plenipot: "plenipot(?:entiar(?:y|ies)|s)?",
  plenipotentiary: "plenipot(?:entiar(?:y|ies)|s)?",
  assembly: "assembl(?:y|ies)",
  forum: "forums?",
  summit: "summits?",
  session: "sessions?",
  council: "councils?",
  parliament: "parliaments?",
  house: "house",
  senate: "senate",
  committee: "committees?",
  commission: "commissions?",
  group: "groups?",
  groups: "groups?",
  plenary: "plenar(?:y|ies)",
};

/** An event's name with its year, as the ITU writes them: "PP-14", "WTSA-12", "WATTC-88". */
const EVENT_NAME = /^\p{L}{2,6}-\d{2}$/u;

/** The verbs a question asks an outcome by ("what did X DECIDE…", "…ENDED UP ADOPTING"). */
const OUTCOME_ASK =
  "(?:decide|decides|decided|conclude|concludes|concluded|adopt|adopts|adopted|agree|agrees|agreed|approve|approves|approved|resolve|resolves|resolved|pass|passes|passed|endorse|endorsed|settle|settled)(?:\\s+(?:on|to|upon))?|(?:end|ended)\\s+up\\s+(?:deciding|concluding|adopting|agreeing|approving|passing|endorsing)|(?:come|came)\\s+up\\s+with";
/** Its past forms only: what "on what WTPF-13 actually concluded" writes with no auxiliary. */
const FINITE_OUTCOME_ASK =
  "decided|concluded|adopted|agreed|approved|resolved|passed|endorsed|settled|came\\s+up\\s+with|ended\\s+up\\s+(?:deciding|adopting|agreeing)";
const AUX = "did|does|do|has|have|had";

const ASKS = [
  // "what did the itu council adopt back in 2009…", "what budget did the Council approve"
  new RegExp(
    `\\b(?:what|which)\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:${AUX})\\s+${PHRASE}\\s+${ADVERBS}(?:${OUTCOME_ASK})(?![\\p{L}-])`,
    "iu",
  ),
  // "…on what WTPF-13 actually concluded on internet issues"
  new RegExp(
    `\\bwhat\\s+(?!(?:${AUX}|was|were|is|are|got|gets|had|has)\\b)${PHRASE}\\s+${ADVERBS}(?:${FINITE_OUTCOME_ASK})(?![\\p{L}-])`,
    "iu",
  ),
  // "What came out of the Arab States' Cairo prep meeting in spring 2012?"
  new RegExp(
    `\\bwhat\\s+(?:came|comes|come|has\\s+come)\\s+out\\s+of\\s+${PHRASE}(?=\\s*(?:[?.,;:!]|$|\\s+(?:on|about|for|re|regarding|over)\\b|\\s+[-–—](?:\\s|$)))`,
    "iu",
  ),
  // "Did the 2013 policy forum in Geneva adopt anything on Internet governance?"
  new RegExp(
    `\\b(?:did|has|have|had)\\s+${PHRASE}\\s+${ADVERBS}(?:decide|adopt|agree|approve|conclude|pass|endorse|settle)\\s+(?:on\\s+)?(?:anything|something)\\b`,
    "iu",
  ),
];

/** A word after the event's noun that leaves it the phrase's head: a preposition, a name, a figure. */
function headsPhrase(next: string | undefined): boolean {
  return (
    next === undefined ||
    /^(?:of|on|in|at|for|from|about|with|re|back|during|last|this)$/i.test(next) ||
    /\d|^\p{Lu}/u.test(next)
  );
}

/** A preposition ending the event's own words ("the Dubai conference" in "the report ON…"). */
const PREPOSITION = /^(?:on|of|about|in|at|for|from|with|during|by)$/i;

/** A word as the phrase writes it, a possessive's "'s" and quotes left off. */
const bare = (word: string) =>
  word.replace(/(?:'s|’s|'|’)$/u, "").replace(/^[("“]+|[)"”.,]+$/gu, "");

/**
 * The event a question asks the outcome of, where it asks what a meeting, conference or body
 * decided, adopted, concluded, agreed or passed (`ASKS`) and the phrase naming the doer is headed
 * by an event's noun (`EVENT_NOUNS`) or is an event's name with its year (`EVENT_NAME`);
 * undefined otherwise (a person, an organisation, a document: "what did the final report
 * conclude" is `documentAsked`'s). `keyTerms` lend the words their other names.
 */
export function eventOutcomeAsked(
  question: string,
  keyTerms: readonly KeyTerm[],
  analyzeText: Analyze,
): EventOutcomeAsk | undefined {
  for (const pattern of ASKS) {
    const phrase = pattern.exec(question)?.groups?.doc;
    if (phrase === undefined || CLAUSE_WORD.test(phrase)) continue;
    const typed = phrase.split(/\s+/);
    const words = typed.map(bare);
    const at = eventHeadAt(typed, words);
    if (at < 0) continue;
    return eventAskOf({ phrase, words, at }, keyTerms, analyzeText);
  }
  return undefined;
}

/**
 * Where the phrase's head is an event's noun or name (the last one, not after a preposition nor
 * a possessive), as an index of its words; -1 where it has none.
 */
function eventHeadAt(typed: readonly string[], words: readonly string[]): number {
  // (The last noun heading the phrase: "meetings" in "the expert group's four meetings".)
  // (Not a noun after a preposition: "Human Rights Watch's report on the Dubai conference" is
  // a document's phrase.)
  let at = -1;
  for (let i = 0; i < words.length; i++) {
    const w = (words[i] as string).toLowerCase();
    if (PREPOSITION.test(w)) break;
    const possessive = bare(typed[i] as string) !== typed[i] && /['’]/.test(typed[i] as string);
    if (possessive) continue;
    if ((w in EVENT_NOUNS || EVENT_NAME.test(w)) && headsPhrase(words[i + 1])) at = i;
  }
  return at;
}

/**
 * The event asked, given the phrase naming it, its words and where its head is: the head's
 * pattern, the phrase's dates, its other qualifying words and its owners' words, each with its
 * other names.
 */
function eventAskOf(
  named: { phrase: string; words: readonly string[]; at: number },
  keyTerms: readonly KeyTerm[],
  analyzeText: Analyze,
): EventOutcomeAsk {
  const { phrase, words, at } = named;
  const headWord = (words[at] as string).toLowerCase();
  const head = EVENT_NOUNS[headWord] ?? headWord.replace(/-/g, "\\W?");
  const headTerms = new Set(analyzeText(headWord));
  const owned = ownerWordsOfPhrase(phrase);
  // (An owner's word as a plural's possessive leaves it, "States'": "State".)
  const ownerSet = new Set(owned.map((w) => w.toLowerCase()));
  const owns = (w: string) => ownerSet.has(w.toLowerCase().replace(/s$/, ""));
  // (A year typed clipped, "the july '12 council", is met by the year written out.)
  const namings = (w: string) => {
    const own = namingsOf(w, keyTerms, analyzeText, headTerms);
    const clipped = /^['’](\d\d)$/u.exec(w)?.[1];
    return clipped !== undefined && own.length > 0 ? [...own, [`20${clipped}`]] : own;
  };
  const which = words.filter(
    (w, i) =>
      i !== at &&
      w !== "" &&
      !NOT_QUALIFYING.has(w.toLowerCase()) &&
      !ownerSet.has(w.toLowerCase()) &&
      !owns(w) &&
      !MONTH.test(w) &&
      (/\d/.test(w) || /^\p{Lu}/u.test(w) || !isFamiliarWord(w)),
  );
  const listed = (ws: readonly string[]) => ws.map(namings).filter((n) => n.length > 0);
  return {
    head,
    dated: listed(which.filter((w) => /\d/.test(w))),
    words: listed(which.filter((w) => !/\d/.test(w))),
    owners: listed(owned),
    analyzeText,
  };
}

/** The words of the phrase's owners that qualify it: names, or words not familiar ones. */
function ownerWordsOfPhrase(phrase: string): string[] {
  return [...phrase.matchAll(OWNER)].flatMap((m) =>
    bare(m[1] as string)
      .split(/\s+/)
      .filter((w) => !NOT_QUALIFYING.has(w.toLowerCase()))
      .filter((w) => /^\p{Lu}/u.test(w) || !isFamiliarWord(w)),
  );
}

/**
 * Verbs telling what a meeting or body did, in the active voice: deciding, adopting, setting up,
 * telling others to act ("told the Secretary-General to reconvene…"), making changes. Not verbs of
 * meeting, being held or reporting ("met four times", "followed in Cairo", "reported to the
 * Council"), nor a modal's guess ("would put Internet issues on the agenda").
 */
const OUTCOME_VERB =
  "adopted|adopts|decided|decides|concluded|agreed|approved|resolved|resolves|endorsed|settled|passed|accepted|rejected|voted|revised|amended|made|set\\s+up|set\\s+out|set|created|established|launched|confirmed|published|told|tells|asked|asks|instructed|instructs|invited|invites|called\\s+(?:for|on)|urged|urges|recommended|elected|extended|dropped|issued|produced|declared|chose|opened|gave|kept|replaced|added|removed|deleted|revived|reconvened|renewed|appointed";

/** "…were adopted at the World Administrative … Conference", "was approved by the House". */
const PASSIVE =
  /(?<![\p{L}-])(?:was|were|been|being)\s+(?:(?:unanimously|formally|finally|later|then)\s+)?(?:adopted|agreed|approved|passed|decided|endorsed|revised|amended|set\s+up|created|established)\s+(?:at|by|in|during)\b/iu;

/** A subject that points back: a pronoun, or "That resolution", "The paper". */
const POINTER = new RegExp(
  `^\\s*(?:(?:That|This|These|Those|The)\\s+(?:${DOCUMENT_NOUN})(?![\\p{L}-])|(?:It|They|This|These|Those)\\b)`,
  "iu",
);

/**
 * A sentence with its brackets opened and their commas taken out, so that a subject keeps the
 * name its aside gives it: "Resolution 146 (Rev. Bucharest, 2022) told…", "The ITU's
 * standardization assembly (WTSA-12, also held in Dubai) had already revised…".
 */
const withAsidesOpened = (sentence: string) =>
  sentence.replace(/\(([^()]*)\)/g, (_, inner: string) => ` ${inner.replace(/[,;]/g, " ")} `);

/**
 * Whether the window tells what the asked event decided (see the file's opening comment): a
 * sentence of it whose verb of outcome has as doer the event's noun or name, all the words saying
 * which event, its owner where the sentence also names the event's noun, or a pointer ("It",
 * "That resolution") for a sentence up to three back naming the event; or a passive outcome
 * "at"/"by" the event. The event's figures must stand in that sentence, those pointed back to or
 * the passage's title and headings; its owner and all but one of its other words in the window
 * too.
 */
export function eventOutcomeStated(ask: EventOutcomeAsk | undefined, w: Window): boolean {
  if (ask === undefined) return true;
  const { spans, sentences, contextTerms } = w.passage;
  const headNoun = new RegExp(`(?<![\\p{L}-])(?:${ask.head})(?![\\p{L}-])`, "iu");
  const wide = new Set([...w.terms, ...contextTerms]);
  const distinguished = (near: readonly number[]) => {
    const held = new Set([...contextTerms, ...near.flatMap((k) => sentences[k] ?? [])]);
    return (
      ask.dated.every((d) => met(d, held)) &&
      ask.owners.every((o) => met(o, wide)) &&
      ask.words.filter((q) => !qualifierMet(q, wide)).length <= 1
    );
  };
  const which = [...ask.dated, ...ask.words];
  // (The event named: its noun or name, or every word saying which one.)
  const namesEvent = (text: string, terms: ReadonlySet<string>) =>
    headNoun.test(text) || (which.length > 0 && which.every((n) => met(n, terms)));
  const termsOf = (k: number) => new Set(sentences[k] ?? []);
  const read = (text: string) => new Set(ask.analyzeText(text));
  for (let j = 0; j < w.spans.length; j++) {
    const at = w.at + j;
    const text = spans[at]?.text ?? "";
    const opened = withAsidesOpened(text);
    const passive = PASSIVE.exec(opened);
    if (passive !== null) {
      const after = opened.slice(passive.index + passive[0].length);
      if (namesEvent(after, read(after)) && distinguished([at])) return true;
    }
    for (const subject of contentSubjects(opened, ask.head, OUTCOME_VERB)) {
      const subjectTerms = read(subject);
      const byOwner = ask.owners.some((o) => met(o, subjectTerms)) && headNoun.test(text);
      if ((namesEvent(subject, subjectTerms) || byOwner) && distinguished([at])) return true;
      // (The sentence's opening pointer is the verb's subject; "That" is read as a clause's
      // start, so "That resolution asked…" gives "resolution".)
      const pointer = POINTER.exec(text)?.[0].trim().toLowerCase();
      if (pointer === undefined || !pointer.endsWith(subject.trim().toLowerCase())) continue;
      for (let back = 1; back <= PRONOUN_REACH && at - back >= 0; back++) {
        const before = spans[at - back]?.text ?? "";
        const earlier = Array.from({ length: back + 1 }, (_, b) => at - b);
        if (namesEvent(before, termsOf(at - back)) && distinguished(earlier)) return true;
        if (!PRONOUN_OPENING.test(before)) break;
      }
    }
  }
  return false;
}
