// Reading past the best passage's first sentences: how the best passage is read (whole, or cut to
// its relevant sentences), and the readings on that a short or unsettled answer gets (the lead's
// next paragraph, a method's outcome, a yes-no answer's grounds, what a work says, more of the
// best passage's note, each leading source when none states the whole question), with the word
// budgets and reading cut-offs they share with `extractive.ts`, which calls them.
import { type ExpectedAnswer, hasSpecificCue } from "./evidence.ts";
import { continueArgument } from "./extractive-carried.ts";
import type { AnswerShape } from "./extractive-shape.ts";
import {
  dependencyChain,
  FURTHER_READING,
  type PassageView,
  passagesOf,
  type Sentence,
} from "./extractive-view.ts";
import { isTopicTerm } from "./key-term-roles.ts";
import { announcedItems } from "./sentences.ts";
import type { KeyTerm } from "./terms.ts";

/** A comparison may say a little more: each side needs room. */
export const COMPARISON_WORDS = 150;

/** A best passage up to this long is read whole; a longer one is cut to its relevant sentences. */
const WHOLE_PASSAGE_WORDS = 115;

/** Passages contributing sentences, at most. */
export const MAX_PASSAGES = 3;

/**
 * A further passage valued at least `value` of the best passage (not a retrieval score: its value
 * also weighs the sentences and headings answering the question) is nearly as good an answer, and
 * its sentences need only `sentenceShare` of the key terms and one required term. The answer is
 * often spread over two neighbouring paragraphs of one note ("Pressure during the conference" and
 * "Dissent within civil society"), the second saying the rest in its own words. Tuning recall
 * 0.855 → 0.860 (why 0.89 → 0.93, fact 0.85 → 0.87), median words 78 → 81, no coverage figure
 * moved; 0.858 at a value of 0.7, 0.9 or 0.95, the same at a share of 0.05; two required terms, as
 * for other further passages, gave nothing.
 */
export const CLOSE_READING = { value: 0.8, sentenceShare: 0.15 };

/** A further passage's sentence names two required terms (when asked two): one shared word is no topic. */
export const MIN_SENTENCE_TERMS = 2;

/** A key term named only by a sentence's title or headings counts this much. */
export const CONTEXT_SHARE = 0.5;

/**
 * A description or a method still under this many words after every other reading has room for
 * more of a passage valued nearly as highly as the best (`readOnWhileShort`).
 */
export const ROOM_LEFT_WORDS = 90;

/**
 * In a long best passage, a sentence giving the kind of answer asked (a name, a reason, a date, a
 * count) right after a sentence about the question is read as its sequel, with this share of that
 * sentence's relevance, though it repeats none of the question's words: "CDT and Reporters Without
 * Borders criticised the procedure." after "When Spain asked whether that had been a vote…" for
 * "who called out the chair for what looked like a vote?". Tuning half (538 q): 0.810 → 0.812,
 * who 0.76 → 0.78, why 0.93 → 0.94, p90 words 114 → 115; the same at 1, 0.811 at 0.25. Not for
 * reasons: a reason's cues are common in background ("…meeting this December as Member States
 * renegotiate…, warning of the risks"), and such a sentence took the lead from the one answering
 * why (the README's quick start); without reasons no tuning figure moved (574 q: 0.817).
 */
const NEXT_TO_ASKED = 0.5;

/**
 * The best passage is read whole when it is short (a note's paragraph); a longer one gives its
 * relevant sentences, best first, with what they lean on, within the budget.
 */
export function readBestPassage(
  best: PassageView,
  expected: ExpectedAnswer,
  relevance: (s: Sentence) => number,
  take: (s: Sentence, limit?: number) => boolean,
): void {
  const usable = best.sentences.filter((s) => s.usable);
  const total = usable.reduce((sum, s) => sum + s.words, 0);
  if (total <= WHOLE_PASSAGE_WORDS) {
    // Read whole, caveats included ("…so treat it as uncertain"): they qualify what it says.
    for (const s of best.sentences) if (s.usable || s.meta) take(s);
    return;
  }
  const score = (s: Sentence) => {
    const previous = best.sentences[s.index - 1];
    return (
      relevance(s) +
      (hasSpecificCue(expected) && expected !== "reason" && s.carries && previous?.usable
        ? NEXT_TO_ASKED * relevance(previous)
        : 0)
    );
  };
  const byRelevance = [...usable].sort((a, b) => score(b) - score(a) || a.index - b.index);
  let first = true;
  for (const s of byRelevance) {
    if (!first && score(s) === 0) break;
    if (take(s, WHOLE_PASSAGE_WORDS) || first) first = false;
  }
}

/**
 * "How did they get it through?": a note tells a story in order, and a short paragraph setting the
 * scene ("Delegations split between…") is followed by the one saying how it came out ("The United
 * Kingdom suggested…"). When the best passage says little, the next paragraph of its document,
 * if retrieval found it too and it names what is asked, is read as well: shown straight after the
 * lead, as the rest of its story (it came after passages retrieval ranked above it, cut off from
 * the scene it completes), and with a comparison's room, since the way a story came out is often
 * told in one long sentence ("The adopted Article 5A says…"). Tuning half (538 q): recall 0.800 →
 * 0.801, how 0.75 → 0.76, words unchanged (81 / 112); the order alone moves no figure.
 */
export function readNextParagraph(
  best: PassageView,
  views: readonly PassageView[],
  required: ReadonlySet<number>,
  take: (s: Sentence, limit?: number) => boolean,
): void {
  const { documentId, ordinal } = best.scored.passage;
  const next = views.find(
    (v) => v.scored.passage.documentId === documentId && v.scored.passage.ordinal === ordinal + 1,
  );
  // It carries on the same story when one of its sentences names two of the question's terms.
  const minTerms = Math.min(MIN_SENTENCE_TERMS, required.size);
  const related = next?.sentences.some(
    (s) => s.usable && s.keys.filter((k) => required.has(k)).length >= minTerms,
  );
  if (!next || !related) return;
  // It is read as the rest of the lead's story, so it is shown straight after it.
  next.order = best.order + 0.5;
  for (const s of next.sentences) if (s.usable) take(s, COMPARISON_WORDS);
}

/**
 * A how answer that is still short after its best passages reads on, in passage order, for a
 * sentence giving the method that names a question word the answer lacks, with one of its
 * required terms, from a passage retrieval scored at least as well as further passages need
 * (`FURTHER_READING.score`), whatever its value. "How X evolved from A to what got adopted" names
 * its end point in a verb ("adopted"): the passage stating it ("The adopted Article 5A says…")
 * shares little else with the question and is valued below the cut-off, while the best passage
 * tells only the start. The word the answer lacks may be a common verb (a predicate), not a common
 * word otherwise, an everyday one, context, or the corpus's topic. Tuning half (574 q): 0.814 →
 * 0.816, how 0.75 → 0.76, words 82 / 115 unchanged, no trust figure moved; with the common verbs
 * left out (only rarer words), no figure moved.
 */
export function readOnToOutcome(
  ranked: readonly PassageView[],
  keyTerms: readonly KeyTerm[],
  required: ReadonlySet<number>,
  topScore: number,
  take: (s: Sentence) => boolean,
  redundant: (s: Sentence) => boolean,
  picked: ReadonlySet<Sentence>,
): void {
  const own = keyTerms.flatMap((k, i) =>
    !k.fromContext && !k.everyday && !isTopicTerm(k) && (!k.generic || k.predicate) ? [i] : [],
  );
  for (const view of ranked) {
    if (view.scored.score < FURTHER_READING.score * topScore) continue;
    const covered = new Set([...picked].flatMap((p) => [...p.keys, ...p.view.headingKeys]));
    const next = view.sentences.find(
      (s) =>
        s.usable &&
        s.carries &&
        !picked.has(s) &&
        !redundant(s) &&
        s.keys.some((k) => required.has(k)) &&
        s.keys.some((k) => own.includes(k) && !covered.has(k)),
    );
    if (next) take(next);
  }
}

/**
 * A yes-no answer still short after its best passages (one short paragraph stating the answer:
 * "…the ITU said publicly that resolutions do not have treaty status") reads on, in the order the
 * passages were judged, for grounds told elsewhere: from each passage retrieval scored at least as
 * well as further passages need (`FURTHER_READING.score`), whatever its value, its most relevant
 * sentence naming two of the question's required terms (when it asks two), with the sentences
 * carrying it on, until the answer is no longer short ("The Chair's compromise package included
 * a non-binding resolution…"). Tuning half (650 q): 0.859 -> 0.860, yes-no 0.899 -> 0.905 (one
 * answer better, one longer, none worse), words 107 / 147 unchanged, no trust figure moved.
 * Without stopping once the answer is no longer short, a passage sharing two common words added
 * an unrelated story ("Around 7–8 December a bloc text leaked…").
 * An answer no chosen sentence settles (none names every required term) reads on while it has
 * room (`least`: past 60 words, a sentence holding the share of the question a further passage's
 * sentence needs): an 80-word answer on TD-64's story left out "TD-64 did not show which country
 * had proposed which change.", the next passage's sentence, which names no term the answer lacked.
 * Tuning half (1,288 q): yes-no 0.826 -> 0.837 (three answers better, none worse), words 119 / 150
 * unchanged, no trust figure moved. Reading on past 60 words for settled answers too added such
 * stories to three `full` ones; without the share, to three more, with no answer better.
 */
export function readOnForGrounds(
  ranked: readonly PassageView[],
  shape: AnswerShape,
  required: ReadonlySet<number>,
  relevance: (s: Sentence) => number,
  topScore: number,
  short: () => boolean,
  least: () => number,
  take: (s: Sentence) => boolean,
  redundant: (s: Sentence) => boolean,
  picked: ReadonlySet<Sentence>,
): void {
  const minTerms = Math.min(MIN_SENTENCE_TERMS, required.size);
  for (const view of ranked) {
    if (!short()) return;
    if (view.scored.score < FURTHER_READING.score * topScore) continue;
    const next = view.sentences
      .filter((s) => s.usable && !picked.has(s) && !redundant(s) && relevance(s) >= least())
      .filter((s) => s.keys.filter((k) => required.has(k)).length >= minTerms)
      .sort((a, b) => relevance(b) - relevance(a) || a.index - b.index)[0];
    if (next && take(next)) continueArgument(next, shape, take, picked);
  }
}

/**
 * "What does the CDT paper say?": each section headed with what the work says (its framing, its
 * arguments, its recommendations) gives part of it, in words the question does not use, so a
 * further section adds no new question term and the further reading above passes it by. While the
 * answer has room, each such section not yet read gives its opening sentences, in reading order:
 * a note's paragraph states its point first. A section already begun reads on too: the further
 * reading may have taken a framing's first sentences ("It gives two reasons…") and not the rest.
 */
export function readOnWhatWorkSays(
  ranked: readonly PassageView[],
  take: (s: Sentence) => boolean,
  redundant: (s: Sentence) => boolean,
  picked: ReadonlySet<Sentence>,
  room: () => number,
): void {
  for (const view of ranked) {
    const used = passagesOf(picked).includes(view);
    if (!used && passagesOf(picked).length >= MAX_PASSAGES) return;
    for (const s of view.sentences) {
      if (!s.usable || picked.has(s)) continue;
      // "As reported, CDT made four points.": said with all four, or not at all.
      const count = announcedItems(s.display, view.sentences[s.index + 1]?.display);
      const items = view.sentences.slice(s.index + 1, s.index + 1 + count).filter((t) => t.usable);
      const words = [s, ...items].reduce((sum, t) => sum + t.words, 0);
      if (redundant(s) || words > room() || !take(s)) break;
      for (const item of items) take(item);
    }
  }
}

/**
 * A description or a method that is still short once every other reading is done ("What was
 * TD-64?" in 67 words, "How did civil society campaign around WCIT-12?" in 69) reads on in the
 * other paragraphs of the best passage's note valued nearly as highly as it (`CLOSE_READING.value`),
 * which say more about the same subject: the further reading takes a sentence only for a question word the answer does not
 * yet name, and the best paragraph had named them all, so the next paragraph's account ("He
 * acknowledged that TD-64 had leaked…", "On 9–10 December civil-society attendees sent Touré and
 * the Chair an open letter.") was passed by with room to spare. A sentence is taken, with what it
 * leans on, when together they hold the share of the question a further passage's sentence needs
 * and name a required term, best first, until the answer reaches `ROOM_LEFT_WORDS`; the passage
 * cap and the budget stay. Not for a name, a date, a count or reasons (the answer type asked is
 * given or not; more background does not give it), a comparison (its sides have their own
 * reading), an answer on what a work says (it reads on in the work's own sections, and gives an
 * announced list whole or not at all: `readOnWhatWorkSays`), nor a question asking for few words. Tuning half (1,402 q): recall 0.8356 -> 0.8362
 * (fact 0.892 -> 0.895, how 0.822 -> 0.824; two answers better, none worse, five texts longer),
 * median / p90 words 117 / 150 and every trust figure unchanged. Tried: any passage the further
 * reading reads (value half the best's) at a share of 0.15 (one more answer better, but thirty
 * answers took another subject's sentence: Indonesia's convention push for what the July 2012
 * Council decided); from another document's passages too (the same two answers better, but
 * another source's background added: "Proposals on pilotage … drew heavy criticism" to how
 * critics described it); for every answer type (who, when and how-many answers took unrelated lines:
 * "To address content worries…" for who chaired the conference); to 100 or 110 words, the same.
 */
export function readOnWhileShort(
  best: PassageView,
  ranked: readonly PassageView[],
  shape: AnswerShape,
  required: ReadonlySet<number>,
  share: (keys: Iterable<number>) => number,
  topScore: number,
  take: (s: Sentence, limit?: number) => boolean,
  redundant: (s: Sentence) => boolean,
  picked: Set<Sentence>,
  words: () => number,
): void {
  const minTerms = Math.min(1, required.size);
  // A story's next steps (`AnswerShape.steps`) are carried on with a comparison's room: a short
  // answer read on to an act ("…sent the Chair an open letter.") had no room left for the next.
  const carry = shape.steps === true ? (c: Sentence) => take(c, COMPARISON_WORDS) : take;
  const chainKeys = (s: Sentence) => new Set(dependencyChain(s).flatMap((c) => c.keys));
  // The sentence read with the sentences it leans on ("It raised three problems…").
  const chainShare = (s: Sentence) => {
    const keys = chainKeys(s);
    const context = new Set(
      dependencyChain(s)
        .flatMap((c) => c.contextKeys)
        .filter((k) => !keys.has(k)),
    );
    return share(keys) + CONTEXT_SHARE * share(context);
  };
  for (const view of ranked.slice(1)) {
    if (words() >= ROOM_LEFT_WORDS) return;
    if (view.value < CLOSE_READING.value * best.value) break;
    if (view.scored.score < FURTHER_READING.score * topScore) continue;
    // Another paragraph of the best passage's own document: the same note, on the same subject.
    if (view.scored.passage.documentId !== best.scored.passage.documentId) continue;
    const read = passagesOf(picked);
    if (!read.includes(view) && read.length >= MAX_PASSAGES) continue;
    // (Each sentence's chain is read once: its share, then its required terms.)
    const candidates = view.sentences
      .filter((s) => s.usable && !picked.has(s) && !redundant(s))
      .map((s) => ({ s, value: chainShare(s) }))
      .filter(({ value }) => value >= FURTHER_READING.sentenceShare)
      .filter(({ s }) => [...chainKeys(s)].filter((k) => required.has(k)).length >= minTerms)
      .sort((a, b) => b.value - a.value || a.s.index - b.s.index)
      .map(({ s }) => s);
    for (const s of candidates) {
      if (words() >= ROOM_LEFT_WORDS) return;
      if (take(s)) continueArgument(s, shape, carry, picked);
    }
  }
}

/**
 * When no one place states the whole question, the best passage may tell the story around the
 * answer while a passage ranked just below holds it in other words ("a speech at the American
 * Enterprise Institute" for "where did Kramer make his pitch"; "the adopted Article 5A says…"
 * for "how does the final security article say…"). Each of the next `passages` leading passages
 * that retrieval scored at least `score` of the top, and that gives nothing yet, adds its most
 * telling sentence naming a required term, with what it leans on and the sentences carrying it on
 * ("He objected that other administrations had kept filing…" after "Kramer announced that the
 * United States could not sign…"), within `words` (a story's room, as for comparisons), in the
 * order the passages were judged. An answer then shows what
 * each source says where it cannot tell which one answers, as a reader scanning the top results
 * would. Tuning half (574 q): recall 0.817 -> 0.834 (how 0.76 -> 0.79, fact 0.84 -> 0.87, yes-no
 * 0.86 -> 0.89), 14 answers better and none worse, words 82 / 115 -> 101 / 142, no trust figure
 * moved. Within the usual budget: 0.832 (several such sentences did not fit); from 2 or 5
 * passages, 0.831 and 0.834; at a share of 0.3, 0.829; before further reading of the how and
 * comparison answers instead of after, 0.829 (it took their room); for every answer, also where
 * one place states the question, 0.835 at 103 median words. Carrying the sentence on, on the
 * 604-question half: 0.834 -> 0.836 (two answers better, none worse), words 101 / 142 -> 103 /
 * 145; with 175 or 200 words' room instead, no better.
 */
/*
 * From 5 leading passages instead of 3, on the 650-question half with how answers reading every
 * passage retrieved: 0.863 -> 0.865 (how 0.801 -> 0.806, yes-no 0.910 -> 0.916; two answers
 * better, none worse), words 107 / 147 -> 110 / 148, cited right 493 -> 494, no trust figure
 * moved; from 4, how 0.801; from 7, no better than 5 and longer.
 */
const HEDGE = { passages: 5, sentenceShare: 0.15, score: 0.45, words: COMPARISON_WORDS };

export function hedgeAcrossSources(
  ranked: readonly PassageView[],
  shape: AnswerShape,
  required: ReadonlySet<number>,
  relevance: (s: Sentence) => number,
  topScore: number,
  take: (s: Sentence, limit?: number) => boolean,
  redundant: (s: Sentence) => boolean,
  picked: ReadonlySet<Sentence>,
): void {
  const giving = passagesOf(picked);
  for (const view of ranked.slice(1, 1 + HEDGE.passages)) {
    if (view.scored.score < HEDGE.score * topScore || giving.includes(view)) continue;
    const telling = view.sentences
      .filter((s) => s.usable && !picked.has(s) && relevance(s) >= HEDGE.sentenceShare)
      .filter((s) => s.keys.some((k) => required.has(k)) && !redundant(s))
      .sort((a, b) => relevance(b) - relevance(a) || a.index - b.index)[0];
    if (telling && take(telling, HEDGE.words)) {
      continueArgument(telling, shape, (s) => take(s, HEDGE.words), picked);
    }
  }
}
