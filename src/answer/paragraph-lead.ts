// A paragraph names its subject once, in its opening, and tells of it further down by a short
// name or by none: "Two researchers at George Mason University's Mercatus Center, Jerry Brito and
// Eli Dourado, launched WCITLeaks.org…" opens the paragraph whose fifth sentence says "A 2014
// FreedomInfo report said many of the documents were obtained through ITU password access…". A
// question asking that fact by the subject's names ("Brito and Dourado's Mercatus leak project -
// a later 2014 write-up said…") meets them only in the opening, which no window of two sentences
// shares with the answer; a keyword-heavier window (the opening itself) was judged instead and
// refused. `judgeWindow` (coverage-window.ts) reads such a window again with the names the
// opening carries (`openingNamesCarried`), and `assessRelevance` (relevance.ts) takes that
// reading only where it covers the question.

import { stem } from "../search/analyze.ts";
import { isTopicTerm } from "./key-term-roles.ts";
import type { QuestionDemands } from "./question-demands.ts";
import { normalOf, taggedWords } from "./tagged-words.ts";
import { WINDOW_SENTENCES } from "./window-reading.ts";

/** What `openingNamesCarried` reads of a passage: its sentences' index terms. */
interface OpeningReading {
  sentences: readonly (readonly string[])[];
}

/**
 * The question's names and numbers (`QuestionDemands.namesOrNumbers`) that the opening of the
 * window's paragraph (its first `WINDOW_SENTENCES` sentences: a note's bold lead-in and the
 * sentence after it) says and the window from sentence `at` does not; undefined when the window
 * overlaps the opening or the opening carries none. Only names and numbers: the subject a
 * paragraph is about, which its later sentences take as read. (A plain word of the opening, a
 * "critics" or a "treaty", may be what the question asks of another part of the paragraph.)
 *
 * Two guards, both met by the near misses of the tuning half that a first version answered:
 * - The window must say more of the question's names and numbers itself (not the
 *   corpus's topic, "Internet" or "ITU") as it is lent. A window lent every name the question
 *   has ("Iran" for "which countries voted against Iran's right-of-access sentence?", meeting
 *   "The result was 77 in favour, 33 against…") says nothing of the asker's own, and may tell of
 *   another thing the paragraph goes on to (a "related Senate resolution sponsored by…").
 * - Not for a yes/no question or a claim to check (`checksVerb`): "Was WCIT-12 held in Geneva in
 *   November 2012?" would be met by a paragraph whose opening names Geneva for another meeting.
 * - Not a party (a country, a person, an organisation) where the paragraph, after its opening
 *   and up to the window's end, names another of the question's parties of that kind: "how did
 *   Tunisia vote on Iran's right-of-access sentence?" beside "Iran asked for a vote… It passed
 *   77 to 33", in a paragraph opening on Tunisia's own proposal. The window's acts are the other
 *   party's, not the opening's (`partyKinds`).
 */
export function openingNamesCarried(
  d: Pick<QuestionDemands, "namesOrNumbers" | "keyTerms" | "checksVerb" | "question">,
  passage: OpeningReading,
  at: number,
): Set<string> | undefined {
  if (d.checksVerb || at < WINDOW_SENTENCES || d.namesOrNumbers.size === 0) return undefined;
  const names = new Set(
    d.keyTerms.filter((k) => d.namesOrNumbers.has(k.term) && !isTopicTerm(k)).map((k) => k.term),
  );
  const own = new Set(passage.sentences.slice(at, at + WINDOW_SENTENCES).flat());
  const opening = new Set(passage.sentences.slice(0, WINDOW_SENTENCES).flat());
  const candidates = [...names].filter((t) => opening.has(t) && !own.has(t));
  const said = [...names].filter((t) => own.has(t)).length;
  // (Most windows lend nothing: the question is tagged only for those that might.)
  if (candidates.length === 0 || said <= 1) return undefined;
  const kinds = partyKinds(d.question ?? "");
  // (The paragraph from its opening's end to the window's: "Iran asked for a vote…" before "It
  // passed 77 to 33" moves the paragraph on to another party.)
  const since = new Set(passage.sentences.slice(WINDOW_SENTENCES, at + WINDOW_SENTENCES).flat());
  const ownKinds = new Set([...names].filter((t) => since.has(t)).map((t) => kinds.get(t)));
  const carried = new Set(candidates.filter((t) => !(kinds.has(t) && ownKinds.has(kinds.get(t)))));
  return carried.size > 0 && said > carried.size ? carried : undefined;
}

/** Tags the tagger gives a party's name, most particular first. */
const PARTY_TAGS = ["Person", "Organization", "Country", "Place"];

/** The question's names the tagger reads as a party, each by its index term, with its kind. */
export function partyKinds(question: string): Map<string, string> {
  const kinds = new Map<string, string>();
  for (const word of taggedWords(question)) {
    const kind = PARTY_TAGS.find((tag) => word.tags.includes(tag));
    const written = normalOf(word).replace(/['’]s$/, "");
    if (kind !== undefined) kinds.set(stem(written), kind);
  }
  return kinds;
}
