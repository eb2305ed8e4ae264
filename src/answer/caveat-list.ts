// A list or drafting request about the notes' own caveats ("draft a source-caveats box: the
// claims across our notes flagged as single-sourced, uncorroborated or only likely", "pull
// together everything our notes own up to not being able to verify"): its items are the notes'
// caveat sentences, told one or two to a note across many notes, and written in the notes' own
// words for a caveat ("comes from a single news source", "is not corroborated elsewhere", "likely
// but not confirmed", "This corpus did not verify…"), which are not the asker's. No one place
// covers such a request, and its words ("caveats", "claims", "flagged") meet nothing, so it was
// refused. Read here (`byCaveat`, coverage-otherwise.ts), it is covered where the notes hold two
// or more caveat sentences, gathered by searching the notes' caveat wording, and answered one
// cited bullet a passage, the caveats sharing most of the question's own words first. Only a list
// request that names the notes as the teller ("our notes", "the corpus") and asks of their
// caveats by a caveat word of its own; never "full".
import { splitSentences } from "../text.ts";
import type { ScoredPassage } from "../types.ts";
import type { StatedItem } from "./named-items.ts";
import { isAboutTheCorpus, isFragment, isSectionLabel, leansOnPrevious } from "./sentences.ts";
import type { Analyze } from "./terms.ts";

/**
 * A question word asking of caveats: the thing ("caveat", "health warning"), a hedge ("hedge"),
 * or a caveat's own kind ("uncorroborated", "single-sourced", "unverified", "unconfirmed",
 * "uncertain", "not being able to verify", "never retrieved", "check against…before quoting").
 * "flag", "claim", "confirm" or "rely on" alone ask of no caveat ("what did our notes confirm").
 */
const ASKS_CAVEATS =
  /\b(?:caveats?|hedg\w*|health\s+warnings?|(?:un)?corroborat\w*|single[-\s]sourced?|(?:un)?verif\w*|unconfirmed|uncertain\w*|retriev\w*|check(?:ed)?\s+against)\b/i;

/**
 * The notes' own wording of a caveat: a gap they own up to ("did not verify", "could not
 * retrieve", "has not confirmed", "not corroborated", "unverified"), a claim's thin sourcing ("a
 * single news source", "likely but not confirmed"), a count they call uncertain ("is therefore
 * uncertain", "treat it as uncertain"; not "left security cooperation uncertain", a claim about
 * the world), or a warning to check or not rely on a claim.
 */
const CAVEAT_SENTENCE =
  /\b(?:(?:did|could|has|have|does|do)\s+not\s+(?:yet\s+)?(?:verify|confirm|retrieve|corroborate|retrieved|confirmed|verified)|not\s+(?:been\s+)?(?:verified|confirmed|corroborated)|unverified|unconfirmed|(?:is|as|remains?)\s+(?:therefore\s+|still\s+)?uncertain|single\s+(?:\w+\s+)?source|should\s+not\s+be\s+relied|should\s+be\s+checked|check\s+(?:those|it|them|this|these)\s+against)\b/i;

/** The notes' caveat wording searched for the passages holding caveats. */
const CAVEAT_QUERIES = [
  "this corpus did not verify",
  "could not retrieve",
  "has not confirmed",
  "not corroborated should not be relied on",
  "single news source",
  "likely but not confirmed",
  "should be checked against the official Final Acts",
  "the exact count is uncertain",
];

/** Fewest caveats that make a gathered list: one is no list. */
const MIN_CAVEATS = 2;
/** Most caveats an answer gives: a box, not the notes' every caveat. */
const MAX_CAVEATS = 5;

/** Whether a list request asks of the notes' own caveats (it names the notes and a caveat). */
export function asksNotesCaveats(question: string): boolean {
  return isAboutTheCorpus(question) && ASKS_CAVEATS.test(question);
}

/** Whether a question's word (an index term: "caveat", "verifi") asks of a caveat: no topic. */
export function isCaveatWord(term: string): boolean {
  return (
    ASKS_CAVEATS.test(term) ||
    /^(?:caveat|verifi|unverifi|corrobor|uncorrobor|hedg|retriev)/.test(term)
  );
}

/** Whether a sentence states a caveat in the notes' own wording. */
export function isCaveat(sentence: string): boolean {
  return CAVEAT_SENTENCE.test(sentence);
}

/**
 * One passage's caveat: its caveat sentences in order, each with the sentence before where it
 * leans on it ("One outlet put the US delegation at 123 members. That figure is not corroborated
 * elsewhere…": the figure is the caveat's subject). Undefined where the passage states none.
 */
export function passageCaveat(scored: ScoredPassage): StatedItem | undefined {
  const spans = splitSentences(scored.passage.text).map(({ text }) => text);
  const taken = new Set<number>();
  for (const [i, text] of spans.entries()) {
    if (isFragment(text) || isSectionLabel(text, scored.passage.sectionPath)) continue;
    if (!isCaveat(text)) continue;
    const before = spans[i - 1];
    if (i > 0 && before !== undefined && leansOnPrevious(text) && !isFragment(before))
      taken.add(i - 1);
    taken.add(i);
  }
  if (taken.size === 0) return undefined;
  const sentence = [...taken]
    .sort((a, b) => a - b)
    .map((i) => spans[i]?.trim())
    .join(" ");
  return { item: "caveat", scored, sentence };
}

/**
 * The question as a caveat's words meet it: an asker's negated form read as the notes' "not X"
 * ("uncorroborated" as "corroborated", "non-binding" as "binding"), a hyphened compound as its
 * words ("single-sourced" as "single sourced").
 */
export function askedKinds(question: string): string {
  return question.replace(/\b(?:un|non)-?(?=[a-z]{4,})/gi, "").replace(/(\w)-(\w)/g, "$1 $2");
}

/**
 * The caveats gathered for a request from the passages given (the question's, then those the
 * caveat wording finds), one a passage: those sharing most of the question's own terms first,
 * then in the order found; at most `MAX_CAVEATS`, none where fewer than `MIN_CAVEATS` are found.
 */
export function gatheredCaveats(
  question: string,
  passages: readonly ScoredPassage[],
  readText: Analyze,
): StatedItem[] {
  const asked = new Set(readText(askedKinds(question)));
  const seen = new Set<string>();
  const found: { one: StatedItem; shared: number; at: number }[] = [];
  for (const scored of passages) {
    if (seen.has(scored.passage.id)) continue;
    seen.add(scored.passage.id);
    const one = passageCaveat(scored);
    if (one === undefined) continue;
    const shared = new Set(readText(one.sentence).filter((t) => asked.has(t))).size;
    found.push({ one, shared, at: found.length });
  }
  if (found.length < MIN_CAVEATS) return [];
  return found
    .sort((a, b) => b.shared - a.shared || a.at - b.at)
    .slice(0, MAX_CAVEATS)
    .map(({ one }) => one);
}

/** The searches that find the notes' caveats. */
export const caveatQueries: readonly string[] = CAVEAT_QUERIES;
