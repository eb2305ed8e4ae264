// Whether a date a window gives for a when question dates the act asked (`datesAskedAct`), not
// another act told in the same paragraph.

import { stem } from "../search/analyze.ts";
import { sameSenseTerms } from "../search/word-families.ts";
import { carriesAnswer, statesMomentInEvent } from "./evidence.ts";
import { isRunInHeading, opensWithReferent } from "./sentences.ts";
import { taggedWords } from "./tagged-words.ts";
import { containsTerm, type KeyTerm } from "./terms.ts";
import type { Window, WindowReader } from "./window-reading.ts";
import type { TermMeeting } from "./window-terms.ts";

/**
 * Whether the date in window sentence `j` is the date of the act a when question asks about.
 * The act is told by the question's own verbs that the window meets; where a sentence of the
 * passage states them all (the act's sentence), the date must stand in that sentence, in the
 * sentence it leans on ("He acknowledged…", "…then declared…", "It made…" after the dated one),
 * or in one leaning on it ("That day…"). A date in a sentence about another act of the same
 * paragraph is that act's: "What day did Egypt deny backing the RUC text?" is not answered by
 * "Around 7–8 December a bloc text leaked." or "On 10 December the Chair said it was off the
 * table." around "Egypt publicly denied ever supporting it." Within the act's sentence, a date in
 * a later clause (", and in September 2011 it joined…") dates that clause's act only, and must
 * stand with every verb too. (Where no sentence states all the verbs, or the window meets none,
 * nothing is decided here; a heading dating the paragraph is read by the caller.)
 */
export function datesAskedAct(
  d: { keyTerms: readonly KeyTerm[]; question?: string },
  reader: WindowReader,
  w: Window,
  met: TermMeeting,
  j: number,
): boolean {
  const { spans, sentences, sectionPath } = w.passage;
  // A run-in heading ("Sign-on letter (September 2012).") dates its whole paragraph, and states
  // no act.
  const heading = (m: number) => isRunInHeading(spans[m]?.text ?? "", sectionPath);
  const at = w.at + j;
  if (actNotDated(d, reader, w, met)) return false;
  if (heading(at)) return true;
  const verbs = askedActVerbs(d, reader, w, met);
  if (verbs.length === 0) return true;
  const states = (terms: readonly string[]) => {
    const set = new Set(terms);
    return verbs.every((k) => containsTerm(set, k));
  };
  // (A sentence denying the act tells it did not happen: see `actNotDated`.)
  const asksDenied = NEGATED.test(d.question ?? "");
  const acts = sentences.flatMap((terms, m) =>
    states(terms) && !heading(m) && (asksDenied || !NEGATED.test(spans[m]?.text ?? "")) ? [m] : [],
  );
  // (An act timed by the event it took place in, "During the Dubai conference the House also
  // passed…", is dated by that event; nothing is decided here.)
  if (acts.length === 0 || acts.some((m) => timedByEvent(spans[m]?.text ?? ""))) return true;
  if (acts.includes(at)) return datedClauseStates(spans[at]?.text ?? "", reader, states);
  return actLeansOnDated(spans, acts, at);
}

/**
 * The question's verbs that tell the act asked: verbs the window meets or the passage writes,
 * not read from the context, nor a word the question writes as a possessor or capitalises.
 */
function askedActVerbs(
  d: { keyTerms: readonly KeyTerm[]; question?: string },
  reader: WindowReader,
  w: Window,
  met: TermMeeting,
): KeyTerm[] {
  // (A word the question writes as a possessor is a noun, whatever the tagger read: "the Arab
  // states' regional prep meeting".)
  const possessors = new Set(
    [...(d.question ?? "").matchAll(/([\p{L}-]+)['’]s?(?![\p{L}])/gu)].flatMap((m) =>
      reader.analyzeText(m[1] as string),
    ),
  );
  // (Nor is a word the question capitalises inside it, part of a name: "the Expert GROUP on the
  // ITRs", which the tagger may read as a verb.)
  const named = new Set(
    [...(d.question ?? "").matchAll(/(?<=[\p{L}\p{N},;:'’)]\s+)(\p{Lu}[\p{L}-]*)/gu)].flatMap((m) =>
      reader.analyzeText(m[1] as string),
    ),
  );
  // (A verb the passage never writes tells nothing of where the act is: "come back at" for
  // "replied".)
  const said = new Set(w.passage.sentences.flat());
  return d.keyTerms.filter(
    (k) =>
      k.verb === true &&
      !k.fromContext &&
      !possessors.has(k.term) &&
      !named.has(k.term) &&
      (met.meetsTerm(k) || containsTerm(said, k)),
  );
}

/**
 * Whether one of the act's sentences (`acts`) leans on the dated sentence `at`, directly or
 * through sentences that each lean on the one before, or the dated sentence leans on the act's
 * sentence right before it.
 */
function actLeansOnDated(
  spans: readonly { text: string }[],
  acts: readonly number[],
  at: number,
): boolean {
  // The act's sentence leans on the dated one, directly or through sentences that each lean on
  // the one before ("On 13 December Kramer announced… He said… Delegations … then declared…").
  for (const m of acts) {
    if (m <= at || m - at > LEAN_REACH) continue;
    let k = m;
    while (k > at && leansBack(spans[k]?.text ?? "")) k--;
    if (k === at) return true;
  }
  // A dated sentence leaning on the act's sentence right before it ("That day…").
  return acts.includes(at - 1) && opensWithReferent(spans[at]?.text ?? "");
}

/**
 * Whether the passage of a window tells that the act a when question asks of never happened, or
 * never names it, so that no date of it, a heading's included, dates that act (dates23):
 * - every sentence stating the question's verbs denies the act ("It did not release the other
 *   preparatory documents." for "When did the ITU Council release the rest of the CWG's
 *   preparatory documents?"), and the question itself asks of no thing not done;
 * - a verb undoing an act ("pull", of taking out: `undoingTerms`) is written nowhere in the
 *   passage in any of its family's forms: the passage dates other acts ("Russia filed Document 27
 *   on 13 November 2012…, and revised it on 17 November" for "what day did Russia pull Document
 *   27?"). A verb of no family ("bin", "come back at"), or one making something ("adopt": "the
 *   Parliament resolved…" may date it), says nothing here: the source words it its own way.
 */
export function actNotDated(
  d: { keyTerms: readonly KeyTerm[]; question?: string },
  reader: WindowReader,
  w: Window,
  met: TermMeeting,
): boolean {
  const { spans, sentences } = w.passage;
  const possessors = new Set(
    [...(d.question ?? "").matchAll(/([\p{L}-]+)['’]s?(?![\p{L}])/gu)].flatMap((m) =>
      reader.analyzeText(m[1] as string),
    ),
  );
  const said = new Set(sentences.flat());
  const asked = d.keyTerms.filter(
    (k) => k.verb === true && !k.fromContext && !possessors.has(k.term),
  );
  const unsaid = asked.some(
    (k) =>
      !k.phrasal &&
      sameSenseTerms(k.term).length > 0 &&
      undoingTerms().has(k.term) &&
      !met.meetsTerm(k) &&
      !containsTerm(said, k) &&
      !sameSenseTerms(k.term).some((t) => said.has(t)),
  );
  if (unsaid) return true;
  if (NEGATED.test(d.question ?? "")) return false;
  const verbs = asked.filter((k) => met.meetsTerm(k) || containsTerm(said, k));
  if (verbs.length === 0) return false;
  const stated = sentences.flatMap((terms, m) => {
    const set = new Set(terms);
    return verbs.every((k) => containsTerm(set, k)) ? [m] : [];
  });
  return stated.length > 0 && stated.every((m) => deniesVerb(spans[m]?.text ?? "", verbs, reader));
}

/**
 * Whether no sentence of the passage states the act a when question asks as an act: each of its
 * verbs the window meets (`askedActVerbs`) is met only by the passage's title or headings
 * ("…civil-society campaigning…" for "campaign"), by a piece of a name ("OpenMedia" for "open", of
 * "launch"), or by a word the tagger reads as no verb ("an open letter"). "When did OpenMedia
 * launch its campaign?" is then not fully answered by "On 14 December a coalition including …
 * OpenMedia said it had delivered … petition signatures" (read for the label only, `keptOf`:
 * refusing on it lost answers whose source tells the act in its own verb, "submitted" for "put
 * in"). A source's verb meeting none of the asker's ("entered into force" for "take effect")
 * leaves nothing to read here.
 */
export function actUnstated(
  d: { keyTerms: readonly KeyTerm[]; question?: string },
  reader: WindowReader,
  w: Window,
  met: TermMeeting,
): boolean {
  const verbs = askedActVerbs(d, reader, w, met);
  if (verbs.length === 0) return false;
  // (A run-in heading, "Campaign pressure.", states no act: see `datesAskedAct`.)
  const { spans, sectionPath } = w.passage;
  const stated = new Set(
    spans.flatMap((s) =>
      isRunInHeading(s.text, sectionPath) ? [] : verbTermsOf(s.text, reader.analyzeText),
    ),
  );
  return !verbs.some((k) => containsTerm(stated, k));
}

/**
 * The terms of the words a sentence writes as verbs, as the tagger reads them, each with a particle
 * or preposition right after it ("set up", "put out"); a name is read whole ("OpenMedia"), not by
 * its parts. Read once per sentence.
 */
function verbTermsOf(text: string, analyzeText: (text: string) => string[]): readonly string[] {
  const known = verbTerms.get(text);
  if (known !== undefined) return known;
  const words = taggedWords(text);
  const kept = words.flatMap((word, m) => {
    if (!word.tags.includes("Verb") || word.tags.includes("Auxiliary")) return [];
    const next = words[m + 1];
    return next !== undefined && PARTICLE_TAGS.some((t) => next.tags.includes(t))
      ? [word.text, next.text]
      : [word.text];
  });
  const terms = kept.length > 0 ? analyzeText(kept.join(" ")) : [];
  verbTerms.set(text, terms);
  return terms;
}
const verbTerms = new Map<string, readonly string[]>();

const PARTICLE_TAGS = ["Particle", "Preposition", "Adverb"];

/**
 * Whether a sentence denies one of the verbs itself: an auxiliary with "not" or "never" right
 * before it, an adverb between at most ("It did not release…", "had never formally withdrawn").
 * Not a denial inside what is reported ("complained that the groups were not webcast").
 */
function deniesVerb(text: string, verbs: readonly KeyTerm[], reader: WindowReader): boolean {
  for (const m of text.matchAll(DENIED_VERB)) {
    const words = new Set(reader.analyzeText(`${m[1] ?? ""} ${m[2] ?? ""}`));
    if (verbs.some((k) => containsTerm(words, k))) return true;
  }
  return false;
}
const DENIED_VERB =
  /\b(?:did|does|do|has|have|had|was|were|is|are|could|would|will|can)(?:\s+not|n['’]t|\s+never)\s+([\p{L}-]+)(?:\s+([\p{L}-]+))?/giu;

/**
 * Acts that undo another: taking a text out, withdrawing, dropping, scrapping. A source tells such
 * an act in its family's own words, so a passage dating a thing's other acts but none of these does
 * not date its undoing. An act that makes something ("adopt", "approve", "submit") is often told in
 * other words ("resolved", "filed"), and a passage not writing the asked verb may still date it.
 */
let undoing: ReadonlySet<string> | undefined;
function undoingTerms(): ReadonlySet<string> {
  undoing ??= new Set(
    ["withdraw", "remove", "scrap"].flatMap((w) => [stem(w), ...sameSenseTerms(stem(w))]),
  );
  return undoing;
}

/** A sentence or question denying its act: "did not", "never", "wasn't". */
const NEGATED = /\b(?:not|never)\b|n['’]t\b/i;

/** An act's sentence timed by an event: "During the Dubai conference the House also passed…". */
function timedByEvent(text: string): boolean {
  return statesMomentInEvent(text) || /^\s*(?:during|throughout)\s+the\s/i.test(text);
}

/** How many sentences back an act's sentence may lean, through others, on a dated one. */
const LEAN_REACH = 4;

/** A sentence telling what came of the one before: it opens with a referent or says "then". */
function leansBack(text: string): boolean {
  return opensWithReferent(text) || THEN.test(text) || REPLY.test(text);
}
/** A verb of answering, whose act follows the one told before: "The United States replied…". */
const REPLY = /\b(?:replied|responded|answered|retorted|countered|hit\s+back)\b/i;
const THEN = /\b(?:then|that\s+(?:day|evening|morning|night|week|month)|the\s+same\s+day)\b/i;

/**
 * Whether the date of an act's sentence dates its act: where the first clause carries no date, a
 * later clause carrying one must state the act itself.
 */
function datedClauseStates(
  text: string,
  reader: WindowReader,
  states: (terms: readonly string[]) => boolean,
): boolean {
  const clauses = text.split(CLAUSE_BREAK);
  if (clauses.length < 2 || carriesAnswer(clauses[0] ?? "", "date")) return true;
  const dated = clauses.filter((c) => carriesAnswer(c, "date"));
  return dated.length === 0 || dated.some((c) => states(reader.analyzeText(c)));
}
/** Where a sentence's clauses part: ", and", ", but", ", while", ", whereas", a semicolon. */
const CLAUSE_BREAK = /,\s+(?:and|but|while|whereas)\s+|;\s+/;
