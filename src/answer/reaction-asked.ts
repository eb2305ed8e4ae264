// A named party's reaction asked: "how did algiers react to being listed on the leaked ruc
// rewrite", "what did the chinese delegation say once the ruc rewrite … got taken off the table",
// "fight for the future's response to the council's decision". The party is the one reacting and
// the event what it reacts to. The other checks weigh the question's terms together, so a window
// naming the party only in a list of sponsors ("It was listed as coming from Russia, the UAE,
// China, …"), or as the one acted on ("The United States asked China…"), or a window where the
// party acts on another thing, with no word of the event, could still cover it (blind49's out-1815
// and out-1817, places45's out-1703). Read here (`reactionAsked`), with the key terms of each side
// (`reactionDemand`); `reactionTold` asks the window to name the party as one acting wherever it
// writes its name, and to meet a word of the event.

import { mainClause } from "./sentence-act.ts";
import { sideTerms } from "./speaker-topic.ts";
import { type TaggedWord, taggedWords } from "./tagged-words.ts";
import { type Analyze, containsTerm, type KeyTerm } from "./terms.ts";

/** The party asked to have reacted and the event it reacted to (empty where none is named). */
export interface ReactionAsked {
  party: string;
  event: string;
}

/** The key terms of each side (`ReactionAsked`); `event` may be empty. */
export interface ReactionDemand {
  party: KeyTerm[];
  event: KeyTerm[];
}

/** Verbs of reacting ("how did X REACT to…"). */
const REACT = String.raw`(?:react|respond|reply|answer|retort|hit\s+back)`;

/** What opens the event a reaction follows: "to", "when", "once", "after"… */
const EVENT_OPENING = "(?:to|when|once|after|following|upon|on)";

/**
 * The readings, each on one clause of the question: the party between the auxiliary and the verb
 * of reacting, or before a possessive noun of reacting; the event after the word opening it.
 */
const READINGS: readonly RegExp[] = [
  // "how did x react to y", "how did x respond when y", "did x ever respond to y", "how did x answer"
  new RegExp(
    String.raw`\b(?:how\s+)?(?:did|does|do|has|have|had|would)\s+(?<party>.+?)\s+(?:(?:ever|actually|even|really|publicly|officially|first)\s+)?${REACT}(?:ed)?\b(?:\s+${EVENT_OPENING}\s+(?<event>.+))?`,
    "i",
  ),
  // "what did x say once y", "what did x do after y"
  /\bwhat\s+(?:did|does|do|has|have|had)\s+(?<party>.+?)\s+(?:(?:actually|publicly|officially|then)\s+)?(?:say|do|reply|answer|respond)\s+(?:in\s+response\s+to|(?:once|after|when|following|upon))\s+(?<event>.+)/i,
  // "x's reaction to y", "what was x's response to y"
  /(?<party>(?:[\p{L}\d.&-]+\s+){0,4}[\p{L}\d.&-]+)(?:'s|’s|s'|s’)\s+(?:(?:own|official|public|first|initial|immediate)\s+)?(?:reaction|response|reply|answer|retort)\s+(?:to|when|once|after)\s+(?<event>.+)/iu,
];

/** Where one clause of a question ends: a spaced dash, a question mark, a semicolon or colon. */
const CLAUSE_END = /\s[-–—]+\s|[?;:]\s*/;

/** What ends the event: a second ask joined after it, or the other side of a comparison. */
const EVENT_END =
  /,?\s+(?:and|but|plus|or)\s+(?:what|how|who|whom|whose|why|when|where|which|did|does|do|was|were|is|are|has|had)\b.*$|\s+(?:differ|differed|compare|compared|vs\.?|versus)\b.*$/i;

/**
 * A comparison of reactions ("how did X's response compare with Y's"), or a reaction asked of
 * each of several parties: each side may be told in a place of its own.
 */
const COMPARED = /\b(?:compar\w*|differ\w*|vs\.?|versus|contrast\w*|same\s+as|similar\w*|each)\b/i;

/** A party that is only a pronoun: the lead-in names it ("free press was one … - what did it say"). */
const PRONOUN = /^(?:it|they|he|she|them|its)$/i;

/** An earlier ask or a question's lead ending inside the party: the party is what follows it. */
const PARTY_LEAD = /^.*\b(?:what|how|did|does|do|was|were|is|are)\s+/i;

/**
 * The party and the event a question asks the party's reaction to, read from the first clause
 * that asks it; a party written as a pronoun is the subject of the clause before ("the uae's
 * regulator hosted wcit - how did it respond…"). Undefined where none is asked.
 */
export function reactionAsked(question: string): ReactionAsked | undefined {
  if (COMPARED.test(question)) return undefined;
  const clauses = question.split(CLAUSE_END);
  for (const [i, clause] of clauses.entries()) {
    for (const reading of READINGS) {
      const m = reading.exec(clause);
      let party = m?.groups?.party?.replace(PARTY_LEAD, "").trim();
      if (m === null || party === undefined || party === "") continue;
      if (PRONOUN.test(party)) {
        const before = clauses[i - 1];
        party = before === undefined ? undefined : mainClause(before).subject.trim();
        if (party === undefined || party === "") return undefined;
      }
      const event = (m.groups?.event ?? "")
        .replace(EVENT_END, "")
        .replace(/[.!]+$/, "")
        .trim();
      return { party, event };
    }
  }
  return undefined;
}

/**
 * The party's and the event's key terms (`ReactionDemand`) where the question asks a named
 * party's reaction and the party has a term a place must name; undefined otherwise. A word on
 * both sides is the event's ("how did the itu react to the itu council's…").
 */
export function reactionDemand(
  question: string | undefined,
  keyTerms: readonly KeyTerm[],
  analyzeText: Analyze,
): ReactionDemand | undefined {
  const asked = question === undefined ? undefined : reactionAsked(question);
  if (asked === undefined) return undefined;
  const event = sideTerms(asked.event, keyTerms, analyzeText);
  const party = sideTerms(asked.party, keyTerms, analyzeText).filter((k) => !event.includes(k));
  if (party.length === 0) return undefined;
  return { party, event };
}

/** Words a list of names runs on with: "Russia, the UAE, China and Egypt". */
function inList(w: TaggedWord): boolean {
  return /^\p{Lu}/u.test(w.text) || /^(?:the|and|or)$/i.test(w.text);
}

/** Words a doer's name may run on with before its verb: "Egypt publicly denied", "the US also". */
const AFTER_DOER = ["Adverb", "Auxiliary", "Negative", "Determiner", "Conjunction"];
/** How many such words at most. */
const AFTER_DOER_WORDS = 5;

/** Words opening a list of those acting: "Delegations INCLUDING the UK, Canada, … then declared". */
const LIST_OPENING = /^(?:including|include|includes|included|like|as|among)$/i;

/**
 * Whether a verb follows the word at `j`, the words between capitalised (the rest of its name)
 * or adverbs, auxiliaries and conjunctions, never across a comma: "Egypt publicly denied", not
 * "…, Algeria, Sudan and Egypt, and amounted to".
 */
function verbFollows(words: readonly TaggedWord[], j: number): boolean {
  let k = j;
  for (let skipped = 0; skipped <= AFTER_DOER_WORDS; skipped++) {
    if ((words[k]?.post ?? "").includes(",")) return false;
    const next = words[k + 1];
    if (next === undefined) return false;
    if (next.tags.includes("Verb") && !next.tags.includes("Gerund")) return true;
    if (!AFTER_DOER.some((t) => next.tags.includes(t)) && !/^\p{Lu}/u.test(next.text)) return false;
    k++;
  }
  return false;
}

/**
 * Whether the word at `j` names one acting: an owner ("China's contribution proposed…"), the
 * agent after "by" (a list before it run through), the subject of a verb after it
 * (`verbFollows`), or a member of a list opened by "including" whose last member is such a
 * subject ("Delegations including the UK, Canada, … and Poland then declared…"). A name in a
 * list governed by a preposition or a verb ("listed as coming from Russia, the UAE, China, …")
 * does nothing.
 */
function actsAt(words: readonly TaggedWord[], j: number): boolean {
  const w = words[j] as TaggedWord;
  if (/['’]s?$/.test(w.text) && /['’]/.test(w.text)) return true;
  let i = j - 1;
  while (i >= 0 && inList(words[i] as TaggedWord)) i--;
  const opening = words[i]?.text ?? "";
  if (/^by$/i.test(opening)) return true;
  if (verbFollows(words, j)) return true;
  if (!LIST_OPENING.test(opening)) return false;
  let last = j;
  while (last + 1 < words.length && inList(words[last + 1] as TaggedWord)) last++;
  return verbFollows(words, last);
}

/** Whether a sentence writes a word of the party, and whether it writes one as one acting. */
function partyIn(
  sentence: string,
  party: readonly KeyTerm[],
  analyzeText: Analyze,
): { named: boolean; acting: boolean } {
  const words = taggedWords(sentence);
  let named = false;
  for (const [j, w] of words.entries()) {
    const own = new Set(analyzeText(w.text.replace(/['’]s?$/, "")));
    const withNext = new Set([...own, ...analyzeText(words[j + 1]?.text ?? "")]);
    if (!party.some((k) => containsTerm(own, k) || containsTerm(withNext, k))) continue;
    named = true;
    if (actsAt(words, j)) return { named, acting: true };
  }
  return { named, acting: false };
}

/**
 * Whether the window tells the party's reaction, where one is asked: a window writing the
 * party's name only in a list or as the one acted on ("It was listed as coming from Russia, the
 * UAE, China, …", "The United States asked China…") tells nothing the party did; and a window
 * where it acts must meet a word of the event it reacted to, where the question names one ("which
 * the Internet Democracy Project saw as a move into the content layer" meets nothing of "the us
 * refusing to sign"). A window not writing the party's name (its reaction told after "He…", or
 * the party met by another of its names) is judged by the event alone.
 */
export function reactionTold(
  demand: ReactionDemand | undefined,
  spans: readonly { text: string }[],
  meetsTerm: (k: KeyTerm) => boolean,
  analyzeText: Analyze,
): boolean {
  if (demand === undefined) return true;
  const read = spans.map((s) => partyIn(s.text, demand.party, analyzeText));
  if (read.some((r) => r.named) && !read.some((r) => r.acting)) return false;
  // (Half the event's weight, not one word: "Not every delegation shared the US view" meets the
  // US of "the us refusing to sign", not the refusal.)
  const total = demand.event.reduce((sum, k) => sum + k.weight, 0);
  const met = demand.event.filter(meetsTerm).reduce((sum, k) => sum + k.weight, 0);
  return demand.event.length === 0 || met >= total / 2;
}
