// A list asking for the items of a class (issue #12, trust17): a place naming the class only as
// a class ("…attached reservations") sets out none of its items. Used by \`listItemsSetOut\`
// (window-answer-type.ts).

import {
  classQualifiers,
  membersBeforeClass,
  restatesQualifiedClass,
  statesNamedBy,
} from "./class-qualifiers.ts";
import { isCommonWord } from "./common-words.ts";
import { isTopicTerm } from "./key-term-roles.ts";
import { COUNTRY, namesKind } from "./name-kinds.ts";
import type { QuestionDemands } from "./question-demands.ts";
import { seriesItems } from "./sentences.ts";
import { taggedWords } from "./tagged-words.ts";
import { containsTerm, type KeyTerm } from "./terms.ts";
import type { Window, WindowReader } from "./window-reading.ts";

/**
 * "What reservations did signatories attach…?" against "…many signatories and non-signatories
 * attached reservations.": a place naming the class asked for sets out none of its items. The
 * window names the class only where each of its sentences naming it writes the bare plural
 * ("reservations", "many Internet provisions", "Activist groups") with none of the ways a source
 * sets items out: after the noun, items introduced ("including", "such as", a colon or a
 * parenthesis, within a few words; "…were these."); before it, a name the question does not give
 * ("the Inter-American proposals") or the items as its modifiers ("the security and spam
 * provisions"); a count announcing items the next sentences give ("counted several losses for the
 * expansionist side." with more of the paragraph after it); the noun heading a series ("Proposals
 * on security, spam, naming and numbering…"; not one item of a series of other things, "…, and
 * several items on roaming prices"); or a series in a later sentence of the window that says it
 * gives them (`GIVES_ITEMS`). A singular or another form of the word ("a spam provision", "proposed
 * that…") names one item. A class the question must have named though it is no required term
 * (`askedClassStands`) is judged so on the window's whole paragraph as written when the window does
 * not name it: "many signatories… attached reservations" two sentences on, or "This corpus did not
 * verify… any reservations filed", still sets out none.
 */
export function classNamedOnly(d: QuestionDemands, reader: WindowReader, w: Window): boolean {
  const { askedClass } = d;
  if (askedClass === undefined) return false;
  // "Which African states were behind…?": states picked out by a name are not those of a place
  // lacking that name ("Russia… joined China, Tajikistan and Uzbekistan…", "small island
  // states"); and where the place writes no class, they are answered by countries' names, which
  // "an African proposal also imagined…" does not give.
  const namedBy =
    d.question === undefined ? [] : statesNamedBy(d.question, askedClass, reader.analyzeText);
  if (namedBy.length > 0 && !namedBy.every((t) => w.terms.has(t))) return true;
  const spans = w.passage.spans;
  const inWindow = classSetOut(askedClass, d, reader, spans, w.at, w.spans.length);
  if (inWindow !== undefined) return !inWindow;
  if (
    namedBy.length > 0 &&
    !w.spans.some((s) => namesKind(s.text, COUNTRY, (word) => d.given(reader.analyzeText(word))))
  ) {
    return true;
  }
  if (!d.askedClassStands || containsTerm(w.terms, askedClass)) return false;
  const { written } = w.passage;
  return classSetOut(askedClass, d, reader, written, 0, written.length) !== true;
}

/**
 * Whether the sentences `from`…`from + count` of a passage set out items of the class where they
 * name it (see `classNamedOnly`); `undefined` where none writes the class's word.
 */
function classSetOut(
  askedClass: KeyTerm,
  d: QuestionDemands,
  reader: WindowReader,
  spans: readonly { text: string }[],
  from: number,
  count: number,
): boolean | undefined {
  const last = spans.length - 1;
  const qualifiers =
    d.question === undefined ? [] : classQualifiers(d.question, askedClass, reader.analyzeText);
  let named = false;
  let seriesBeside = false;
  for (let j = from; j < Math.min(from + count, spans.length); j++) {
    const text = (spans[j] as { text: string }).text;
    const items = listedItems(text);
    let namesClass = false;
    for (const m of text.matchAll(WORD)) {
      const word = m[0];
      if (!reader.analyzeText(word).includes(askedClass.term)) continue;
      if (modifiesNoun(text, m.index as number, word)) continue;
      named = true;
      namesClass = true;
      const at = m.index as number;
      const before = text.slice(0, at);
      const after = text.slice(at + word.length);
      if (NONE_BEFORE.test(before)) continue;
      // (The class as the question qualifies it, "an African Member States proposal" or "African
      // and Arab states" for "which African states": a name or a sibling class before it is the
      // class's own wording; only items after it, names it is said of ("Kenya and Ghana were the
      // African states…") or a count announcing them set any out.)
      if (restatesQualifiedClass(before, qualifiers, reader.analyzeText)) {
        if (
          !/[^sui]s$/i.test(word) ||
          ITEMS_INTRODUCED.test(after) ||
          membersBeforeClass(before, (name) => d.given(reader.analyzeText(name))) ||
          (ITEMS_COUNTED.test(before) && ANNOUNCING_TAIL.test(after) && j < last)
        ) {
          return true;
        }
        continue;
      }
      const specified =
        !/[^sui]s$/i.test(word) ||
        ITEMS_INTRODUCED.test(after) ||
        namedBefore(before, d, reader) ||
        itemsBefore(before) ||
        kindOfItemsTold(before, after, d, reader) ||
        (ITEMS_COUNTED.test(before) && ANNOUNCING_TAIL.test(after) && j < last) ||
        (items.length > 0 && at < (items[0] as string).length) ||
        siblingsListed(items, at, askedClass, d, reader);
      if (specified) return true;
    }
    if (!namesClass && named && items.length > 0 && GIVES_ITEMS.test(text)) seriesBeside = true;
  }
  return named ? seriesBeside : undefined;
}
const WORD = /\p{L}[\p{L}\p{M}'’-]*/gu;
/**
 * Whether a plural class word stands as a modifier of the singular noun after it ("the Arab States
 * group", "an African Member States proposal"): it names a thing of another kind, not the class.
 */
export function modifiesNoun(text: string, at: number, word: string): boolean {
  if (!/[^sui]s$/i.test(word)) return false;
  const next = /^\s+(\p{Ll}[\p{L}-]*)/u.exec(text.slice(at + word.length));
  // (Not a participle: "groups meeting at the Best Bits meeting…" names the groups.)
  if (!next || /ing$/.test(next[1] as string)) return false;
  const tagged = taggedWords(`${word} ${next[1]}`);
  const head = tagged.at(-1);
  return (
    head?.tags.includes("Noun") === true &&
    head.tags.includes("Singular") &&
    !head.tags.includes("Verb")
  );
}
/** "no EU Member State signed", "not one delegation": the class written as naming none of it. */
const NONE_BEFORE = /\b(?:no|not\s+one|not\s+a\s+single)\s+(?:[\p{L}-]+\s+){0,2}$/iu;
/**
 * A sentence after one naming the class that gives its items: it opens by pointing back at them
 * ("These included…", "They were…") or introduces its series as their members ("…included",
 * "such as", "namely", a colon). "It also urged them to open processes to technical experts,
 * academics and human-rights advocates", after "CDT circulated a letter, drafted with partners",
 * lists other people, not the partners; nor does a series before the class ("…changes to the main
 * resolutions, such as Resolutions 101 and 102. It concluded… with some transparency gains.") give
 * the gains. On the tuning half (1,345 q): out-of-scope refused 279 → 280 of 346, answered "full"
 * 1 → 0 (out-632 now `partial`), no in-scope answer changed (in-1286's "These included…" kept).
 */
const GIVES_ITEMS =
  /^[\s"“(]*(?:these|they|those|such|both|all|among\s+them)\b|\b(?:includ\w*|compris\w*|consist\w*\s+of|such\s+as|namely)\b|:/iu;

/**
 * "They included keeping…, keeping…, avoiding…, and several ITEMS on roaming prices": the class
 * written as one later item of a series, whose other items are things of its kind and so are
 * set out, for "What items did the proposals include?". Not where that item holds a required
 * term of the question that no other item does ("which items on ROAMING PRICES…", "with many
 * INTERNET provisions"): the question then asks for what that item holds, which is not set out.
 */
function siblingsListed(
  items: readonly string[],
  at: number,
  askedClass: KeyTerm,
  d: QuestionDemands,
  reader: WindowReader,
): boolean {
  if (items.length === 0) return false;
  let end = 0;
  const n = items.findIndex((item) => {
    end += item.length + 1;
    return at < end;
  });
  if (n <= 0) return false;
  const termsOf = (item: string) => new Set(reader.analyzeText(item));
  const own = termsOf(items[n] as string);
  const others = items.filter((_, m) => m !== n).map(termsOf);
  return !d.required.some(
    (k) =>
      k !== askedClass &&
      !isTopicTerm(k) &&
      containsTerm(own, k) &&
      !others.some((terms) => containsTerm(terms, k)),
  );
}
/** After a class noun, within a few words, its items introduced: "reservations (on…)", "…: ". */
const ITEMS_INTRODUCED =
  /^(?:,?\s+[\p{L}\p{N}'’-]+){0,4}?,?\s*(?:\(|:|[-–—]\s|,?\s+(?:including|such\s+as|like|namely|notably|e\.g\.|for\s+(?:example|instance)|among\s+them|in\s+particular|especially)\b|(?:\s+(?:were|are|was|is))?\s+(?:these|as\s+follows|the\s+following)\s*[.:])/iu;

/**
 * Whether words beside a class noun that the question does not give tell what kind of items they
 * are: a hyphened modifier before it ("similar ANTI-SPAM commitments") or what they are about
 * after it ("bracketed qualifiers ABOUT ADVERTISING or meaningless messages"); not the question's
 * own words ("several items on mobile roaming prices", asked "which items on roaming prices").
 */
function kindOfItemsTold(
  before: string,
  after: string,
  d: QuestionDemands,
  reader: WindowReader,
): boolean {
  const untold = (phrase: string) =>
    reader
      .analyzeText(phrase)
      .some((t) => !d.given([t]) && !isCommonWord(t) && !d.questionTerms.has(t));
  const modifier = /(?:^|\s)(\p{Ll}[\p{L}]*-[\p{L}-]+)\s+$/u.exec(before);
  const about = ITEMS_ABOUT.exec(after);
  return (
    (modifier !== null && untold(modifier[1] as string)) ||
    (about !== null && untold(about[1] as string))
  );
}
const ITEMS_ABOUT = /^\s+(?:on|about|over|concerning|regarding|covering|against)\s+([^,;.()]+)/iu;
/**
 * Before a class noun, its items as modifiers: "the security and spam provisions" (not a
 * quantifier after a clause's "and": "…Regulations, and several items").
 */
function itemsBefore(before: string): boolean {
  const m = ITEMS_BEFORE.exec(before);
  return m !== null && !isCommonWord(m[1] as string);
}
const ITEMS_BEFORE = /[\p{L}-]+\s+(?:and|or)\s+([\p{L}-]+)\s+$/u;
/** Before a class noun, a count: "several losses", "three problems", "four points". */
const ITEMS_COUNTED =
  /\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a\s+few|a\s+number\s+of)\s+(?:[\p{L}-]+\s+){0,2}$/iu;
/** …ending its sentence within a few words, so that what follows gives them. */
const ANNOUNCING_TAIL = /^(?:\s+[\p{L}\p{N}'’-]+){0,5}\s*[.:]?\s*(?:\[\d+\])*\s*$/u;

/**
 * A name just before a class noun that the question does not give: "the Inter-American
 * proposals", "Russia's draft proposals" name items of the class. (Not a sentence's first word,
 * "Activist groups", nor a word the question gives, "many Internet provisions".)
 */
function namedBefore(before: string, d: QuestionDemands, reader: WindowReader): boolean {
  const m = /(?:^|[\s(])((?:\p{Lu}[\p{L}\p{M}.&-]*(?:['’]s?)?\s+)+)(?:[\p{Ll}-]+\s+){0,2}$/u.exec(
    before,
  );
  if (!m) return false;
  const opening = before.slice(0, m.index + m[0].indexOf(m[1] as string)).trim() === "";
  const names = (m[1] as string).trim().split(/\s+/);
  const named = opening ? names.slice(1) : names;
  return named.some((name) => {
    const terms = reader.analyzeText(name);
    return terms.length > 0 && !d.given(terms);
  });
}

/**
 * The items of a series of three or more that a sentence sets out, where they read as a list: an
 * item between the first and the last is a short phrase (at most six words, quotes and
 * parentheses aside), not a clause led by a preposition ("…consultation, with additions and
 * modifications keyed to…" is no series).
 */
function listedItems(text: string): string[] {
  const items = seriesItems(text);
  const middle = items
    .slice(1, -1)
    .map((item) => item.replace(/"[^"]*"|“[^”]*”|\([^()]*\)/g, " ").trim());
  return middle.length > 0 &&
    middle.every((item) => item.split(/\s+/).length <= 6 && !LED_BY_PREPOSITION.test(item))
    ? items
    : [];
}
const LED_BY_PREPOSITION =
  /^(?:with|without|in|on|at|by|from|for|to|through|after|before|while|which|who|where|when)\s/i;
