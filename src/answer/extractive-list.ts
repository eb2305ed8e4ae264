// A list's answer: the points it gives (talking points, "which X", a timeline), one a passage
// and the best passage's first, each point with the sentences carrying it on, and the order the
// bullets are read in. `extractive.ts` composes every other kind of answer and calls these.
import { firstDateOf, hasSpecificCue } from "./evidence.ts";
import { carryOn } from "./extractive-carried.ts";
import type { AnswerShape } from "./extractive-shape.ts";
import {
  dependencyChain,
  FURTHER_READING,
  inReadingOrder,
  type PassageView,
  type Sentence,
} from "./extractive-view.ts";
import { addedForKind, kindNamer } from "./list-kind.ts";
import { nameKindNamer } from "./list-name-kind.ts";
import { clearlyNewerOf } from "./list-novelty.ts";
import { type ListPassages, listPassages } from "./list-passages.ts";
import { announcedItems } from "./sentences.ts";
import { fillsShortTimeline } from "./timeline-fill.ts";

/**
 * Points a list gives when the question asks no number. A list's items are spread over the
 * passages, a point each, and four left the last well-valued place unheard (a gap the note lists
 * under another heading; one of three actors' pushes). Tuning half (612 q): 4 -> 5 took recall
 * 0.8504 -> 0.8521 (list 0.812 -> 0.820; three answers better, none worse), words 103 / 144 -> 107
 * / 147, no trust figure moved; 6 gave 0.8526 at 111 / 148 words. With the list batch in fresh
 * wordings (in-960..971), tuning half (828 q): 5 -> 6 took 0.852 -> 0.853 (list 0.83 -> 0.84; two
 * answers better, none worse: a resolution's asks from a note's "uncertain" paragraph, a profile's
 * fourth fact), words 112 / 148 -> 115 / 149, no trust figure moved. 6 -> 7 with the list's
 * further passages and room: see `LIST_WORDS`.
 */
const DEFAULT_LIST_ITEMS = 7;

const MAX_LIST_ITEMS = 7;

/**
 * Points the best passage gives before the other passages give one each (it gives the rest after
 * them). A paragraph telling a story around what is asked ("Late on 12 December the Chair asked
 * for a show of placards…", "When Spain asked whether…") filled every place, and the passage
 * saying what the resolution asks was never heard. Tuning half (650 q): 0.858 -> 0.859 (list
 * 0.82; one answer better, none worse), no trust figure moved; at 3, two answers moved (one
 * better, one worse: a paragraph naming four documents in turn lost its fourth).
 */
const FIRST_PASSAGE_POINTS = 4;

/** A timeline's items when no count is asked: see `TIMELINE_PASSAGE_SCORE` (list-passages.ts). */
const TIMELINE_ITEMS = MAX_LIST_ITEMS;

/**
 * The items of a list a sentence announces ("As reported, CDT made four points." and the four
 * sentences after it) are points of a list asked for when the announcement names what is asked:
 * each carries what the list is of (an objection, a reason), whatever its own wording, since the
 * announcement says what it is. Without this a list of reasons kept only the items with a causal
 * word ("…raises the risks") and dropped the others ("Data-retention laws vary widely…").
 */
export function markAnnouncedItems(
  sentences: readonly Sentence[],
  namesAsked: (key: number) => boolean,
): void {
  for (const announcer of sentences) {
    const count = announcedItems(announcer.display, sentences[announcer.index + 1]?.display);
    if (count === 0) continue;
    const items = sentences
      .slice(announcer.index + 1, announcer.index + 1 + count)
      .filter((item) => item.usable && item.itemOf === undefined);
    // The announcement, or its first item, names what is asked in its own words (a heading
    // naming it is not enough: "Their objections were these." under a heading on another topic).
    if (![announcer, ...items.slice(0, 1)].some((s) => s.keys.some(namesAsked))) continue;
    for (const item of items) {
      item.itemOf = announcer.index;
      item.carries = true;
      item.namesAsked = true;
    }
  }
}

/**
 * Talking points and lists: a point a passage (a note's paragraph is one point), best passages
 * first; from each, its most relevant sentence giving the kind of answer asked for (a reason for
 * "talking points on why…"). A second round takes more from the same passages if points are
 * still wanted.
 */
export function pickListItems(
  read: readonly PassageView[],
  shape: AnswerShape,
  relevance: (s: Sentence) => number,
  take: (s: Sentence) => boolean,
  redundant: (s: Sentence) => boolean,
  picked: Set<Sentence>,
): void {
  const list = listReading(read, shape, { relevance, take, redundant, picked });
  readFirst(list, firstPassageLimit(list), !countShared(list));
  readOtherPassages(list);
  fillTimelineWithDates(list);
  // A list still short of its points takes such a series (`seriesRound`) from any passage read:
  // told in a paragraph retrieval ranked low for being about the conference as a whole. Tuning
  // half (650 q): 0.860 -> 0.862 (list 0.83 -> 0.84), cited right 493 -> 494, one answer changed,
  // no trust figure moved; any series naming an asked word took 0.862 too but lengthened 20
  // answers (median words 107 -> 111) with filler ("Proposals on security, spam… drew heavy
  // criticism").
  seriesRound(list, list.low);
  kindRound(list, [...list.low, ...read.filter(addedForKind)]);
  fillAfterKind(list);
  readOnToCount(list);
}

/** How the list's sentences are judged and taken (`pickListItems`' arguments). */
interface ListTaking {
  relevance: (s: Sentence) => number;
  take: (s: Sentence) => boolean;
  redundant: (s: Sentence) => boolean;
  picked: Set<Sentence>;
}

/** A list being composed: its passages, the points it wants, and how it reads them. */
interface ListReading extends ListPassages, ListTaking {
  shape: AnswerShape;
  /** Whether a sentence names the list's kind (`kindNamer`). */
  namesKind: ((s: Sentence) => boolean) | undefined;
  /** While set, every point names the list's kind: `kindNamer`. */
  kindFirst: boolean;
  /** Set once a timeline has read every passage the usual way and is still short of its dates. */
  datedFill: boolean;
  /** The points wanted. */
  wanted: number;
  /** The answer asked for is of a specific kind (`hasSpecificCue`): a point must carry it. */
  specific: boolean;
}

function listReading(
  read: readonly PassageView[],
  shape: AnswerShape,
  taking: ListTaking,
): ListReading {
  const namesKind = nameKindNamer(shape.list?.nameKind, read) ?? kindNamer(shape.list?.kind, read);
  return {
    ...listPassages(read, shape),
    ...taking,
    shape,
    namesKind,
    kindFirst: namesKind !== undefined,
    datedFill: false,
    wanted: Math.min(
      MAX_LIST_ITEMS,
      shape.list?.count ?? (shape.expected === "date" ? TIMELINE_ITEMS : DEFAULT_LIST_ITEMS),
    ),
    specific: hasSpecificCue(shape.expected),
  };
}

function pointsSoFar(list: ListReading): number {
  return itemsOf(inReadingOrder([...list.picked])).length;
}

/**
 * A dated (named, counted) sentence whose next sentence, leaning on it, names what is asked is
 * a point told in two: "On 20 June 2012 the Secretary-General told the group…" then "He
 * acknowledged that the draft had leaked…". The item is the date with what happened on it.
 * Tuning half (604 q): 0.848 -> 0.849, list 0.82 -> 0.83, words 103 / 144, no trust figure moved.
 */
function carriedOnAsked(list: ListReading, s: Sentence): boolean {
  const next = s.view.sentences[s.index + 1];
  return list.specific && next?.leansOn === s.index && next.usable && next.namesAsked;
}

/**
 * Every point is about what is asked: it (or a sentence it leans on) names one of the question's
 * own terms, or it carries on a point already taken. A passage's scene-setting ("The only
 * binding instrument was…", "Observers turned to…") and a line saying what could not be
 * confirmed are no points, unless what could not be confirmed is what the list asks for. A
 * sentence carried on by the next naming what is asked is one too (`carriedOnAsked`).
 */
function isPoint(list: ListReading, s: Sentence): boolean {
  const { shape, specific, namesKind, picked } = list;
  return (
    s.usable &&
    (!s.unconfirmed || shape.asksIfKnown === true) &&
    (!specific || s.carries) &&
    !list.redundant(s) &&
    (!list.kindFirst || namesKind === undefined || dependencyChain(s).some(namesKind)) &&
    (dependencyChain(s).some((c) => c.namesAsked) ||
      (list.datedFill && fillsShortTimeline(s, list.topScore)) ||
      carriedOnAsked(list, s) ||
      (s.leansOn !== undefined && picked.has(s.view.sentences[s.leansOn] as Sentence)))
  );
}

/**
 * A note's paragraph is about one thing: once a sentence of the best passage naming what is
 * asked has been taken, its later sentences are points of the same list though they name only
 * the items ("Russia refused to join…", "Brazil and India also stayed outside…").
 */
function continuesTopic(list: ListReading, s: Sentence): boolean {
  return (
    s.usable &&
    !s.unconfirmed &&
    (!list.specific || s.carries) &&
    !list.redundant(s) &&
    [...list.picked].some((p) => p.view === s.view && p.index < s.index && p.namesAsked)
  );
}

/** A sentence naming what is asked only through the next, leaning on it, in passing. */
function toldOnlyInPassing(s: Sentence): boolean {
  if (s.namesAsked) return false;
  const next = s.view.sentences[s.index + 1];
  return next?.leansOn === s.index && next.askedInPassing === true;
}

/** Takes a point, if there is one and the budget allows, with the sentences carrying it on. */
function takePoint(list: ListReading, s: Sentence | undefined): void {
  if (s && list.take(s)) continuePoint(s, list.take, list.picked);
}

/**
 * The best passage gives its points in order ("They included keeping the existing definitions…"
 * comes with the sentence it continues), at first no more than `FIRST_PASSAGE_POINTS` of them;
 * the others one point each.
 */
function readFirst(list: ListReading, limit: number, fold = true): void {
  const first = list.views[0];
  if (!first) return;
  const { shape, picked } = list;
  for (const s of firstPassageOrder(list, first)) {
    // An announced list, once begun, is given whole ("CDT made four points.": all four).
    // A count the question asks for is kept to ("3 bullets" are three), but the best
    // paragraph's further points fold into the last bullet while the budget allows: a count
    // limits bullets, not what the answering paragraph says ("Summarise in three bullets how
    // the dispute was settled" lost the settlement's caveat). Tuning half (574 q): 0.837 ->
    // 0.838, list 0.790 -> 0.797, words 101 / 142, no trust figure moved.
    const listGoesOn =
      shape.list?.count === undefined &&
      s.itemOf !== undefined &&
      [...picked].some((p) => p.view === first && p.itemOf === s.itemOf);
    if (picked.has(s)) continue;
    const full = pointsSoFar(list) >= limit && !listGoesOn;
    const gaveAPoint = [...picked].some((p) => p.view === first);
    if (full && (shape.list?.count === undefined || !gaveAPoint || !fold)) return;
    if (isPoint(list, s) || continuesTopic(list, s)) {
      s.joinsItem = full || namedOnlyByHeading(list, s, first);
      if (!list.take(s)) s.joinsItem = false;
      else if (carriedOnAsked(list, s)) continuePoint(s, list.take, picked);
    }
  }
}

/**
 * With a count asked, a later sentence of the best passage naming none of the question's words
 * itself (only its heading does) is not a bullet of its own: it goes on the bullet before, and
 * the bullet it would have taken comes from another passage. "3 bullets … where roaming showed up
 * before dubai, and what else on the agenda touched consumers" gave all three bullets to the
 * paragraph on the Council Working Group ("The 2010 Plenipotentiary in Guadalajara then adopted
 * Resolution 171."), and the Inter-American proposals' roaming items were never read. Tuning half
 * (5,039 q): recall 0.79846 -> 0.79864 (two blind lists up, none down), no trust figure moved.
 */
function namedOnlyByHeading(list: ListReading, s: Sentence, first: PassageView): boolean {
  // (Not an item of a list its passage announces, each a point; and only where another passage
  // read could give the bullet: a lone paragraph keeps its count.)
  return (
    list.shape.list?.count !== undefined &&
    s.keys.length === 0 &&
    s.itemOf === undefined &&
    [...list.views, ...list.more, ...list.low].some((v) => v !== first) &&
    [...list.picked].some((p) => p.view === first && p.index < s.index)
  );
}

/**
 * A count asked ("3 bullets for…") is shared: where other passages are valued nearly as highly as
 * the best, the best gives one bullet fewer than asked before they give theirs, and only then
 * folds its further points into its last bullet. The best paragraph had filled every bullet with
 * its own scene-setting ("…took place in Dubai", "…hosted it at the Dubai World Trade Centre")
 * before any other note was read.
 */
function countShared(list: ListReading): boolean {
  const count = list.shape.list?.count;
  return count !== undefined && count > 1 && list.others.length > 0;
}

/** The points the best passage gives before the others give theirs. */
function firstPassageLimit(list: ListReading): number {
  if (list.shape.list?.count === undefined) return Math.min(list.wanted, FIRST_PASSAGE_POINTS);
  return countShared(list) ? list.wanted - 1 : list.wanted;
}

/**
 * The best passage's sentences in the order it gives them. Where no count is asked, the points
 * naming what is asked in their own words come first; those named only by the paragraph's
 * heading fill the rest. Under "Resolution PLEN/3" the story of its adoption ("Late on 12
 * December the Chair asked for a show of placards…") took every place before the sentence saying
 * what the resolution asks for. (With a count asked, further points fold into the last bullet,
 * and reading order keeps each bullet whole.) Tuning half (574 q): 0.838 -> 0.839, list 0.797 ->
 * 0.800, no other figure moved.
 */
function firstPassageOrder(list: ListReading, first: PassageView): readonly Sentence[] {
  if (list.shape.list?.count !== undefined) return first.sentences;
  const inWords = first.sentences.filter((s) => s.namesAskedInWords);
  return [...inWords, ...first.sentences.filter((s) => !inWords.includes(s))];
}

/** One point from each passage of the round, while points are wanted (`pointOf`). */
function onePointEach(list: ListReading, round: readonly PassageView[]): void {
  for (const view of round) {
    if (pointsSoFar(list) >= list.wanted) return;
    takePoint(list, pointOf(list, view));
  }
}

/**
 * A passage's point: of its sentences that are points, the one naming what is asked best,
 * enumerating answers first (and, where the list asks what is known, an unconfirmed one). Of
 * those naming the question alike, the one clearly adding more the list has not said: "The
 * review was later revived." gave way to the decision reviving it. Tuning half (2,884 q): in-761
 * 0.80 -> 1.00, none worse; any difference at all, not only a clear one, moved a held-out
 * answer.
 */
function pointOf(list: ListReading, view: PassageView): Sentence | undefined {
  const { shape, relevance, picked } = list;
  const byAskedFirst = (a: Sentence, b: Sentence) =>
    Number(b.enumerates && b.answers) - Number(a.enumerates && a.answers) ||
    (shape.asksIfKnown ? Number(b.unconfirmed) - Number(a.unconfirmed) : 0) ||
    relevance(b) - relevance(a);
  const ranked = view.sentences
    .filter((s) => !picked.has(s) && isPoint(list, s))
    .filter((s) => s.keys.length + s.contextKeys.length > 0)
    // (Not a sentence naming what is asked only as an item of a series of other things, nor
    // one whose point is told only by such a sentence leaning on it.)
    .filter((s) => !s.askedInPassing && !toldOnlyInPassing(s))
    .sort((a, b) => byAskedFirst(a, b) || a.index - b.index);
  const first = ranked[0];
  return first && clearlyNewerOf(ranked, (s) => byAskedFirst(first, s) === 0, picked);
}

/**
 * A sentence opening its series by naming what is asked ("Issues announced beforehand included
 * mobile roaming, numbering misuse…" for "which issues were on the agenda?") is the list itself.
 * It must hold the share of the question a further passage's sentence needs (a series of
 * "issues" announced before the conference is no answer to which issues one delegate named).
 */
function seriesRound(list: ListReading, round: readonly PassageView[]): void {
  for (const view of round) {
    if (pointsSoFar(list) >= list.wanted) return;
    const series = view.sentences.find(
      (s) =>
        !list.picked.has(s) &&
        s.seriesOfAsked &&
        list.relevance(s) >= FURTHER_READING.sentenceShare &&
        isPoint(list, s),
    );
    takePoint(list, series);
  }
}

/** One more point each from the other passages and from those scored nearly as well, twice. */
function furtherRounds(list: ListReading): void {
  for (const round of [list.others, list.more, list.more]) onePointEach(list, round);
}

/**
 * The passages read after the best one give a series (`seriesRound`) before their one point
 * each: in a paragraph retrieval scored nearly as well, it came after the best paragraph's
 * further points and the others' lesser ones had filled the list ("list pls: what issues were
 * announced ahead of time for the Dubai agenda?" gave seven points on the preparatory process and
 * none of the issues). Tuning half (1,131 q): 0.8303 -> 0.8315 (list 0.775 -> 0.780, one answer 0
 * -> 1), words 118 / 150, no trust figure moved; reading every passage retrieved so gave the
 * same. Then the other passages one point each, the best passage's further points, and one more
 * point each from the others and from the passages scored nearly as well.
 */
function readOtherPassages(list: ListReading): void {
  seriesRound(list, [...list.others, ...list.more]);
  onePointEach(list, list.others);
  if (pointsSoFar(list) < list.wanted || countShared(list)) readFirst(list, list.wanted);
  furtherRounds(list);
}

/**
 * A timeline framed by a period and still short of its dates takes the dated sentences of the
 * notes titled with that period, one each from the passages read (`fillsShortTimeline`), after
 * every point read the usual way: "key dates on the road to Dubai, one line each" had kept the
 * two dates of one paragraph. Tuning half (2,752 q): recall 0.8684 -> 0.8689 (in-666 0 -> 0.20,
 * in-2131 0 -> 0.67, in-2344 0 -> 0.25), no answer worse, no trust figure moved; let in with the
 * usual points instead of after them, such sentences took a timeline's last places from the
 * signing day it ended with (in-646 0.60 -> 0.40).
 */
function fillTimelineWithDates(list: ListReading): void {
  if (list.shape.expected !== "date" || pointsSoFar(list) >= list.wanted) return;
  list.datedFill = true;
  for (const round of [list.views, list.more]) onePointEach(list, round);
  list.datedFill = false;
}

/**
 * The points naming the kind given, the list fills its room as any list does ("Note that
 * Digital Watch gives 122 signatories for 1988…" for "every figure where the sources give
 * different numbers" names no figure but is one).
 */
function fillAfterKind(list: ListReading): void {
  if (!list.kindFirst || pointsSoFar(list) >= list.wanted) return;
  list.kindFirst = false;
  onePointEach(list, list.others);
  readFirst(list, list.wanted);
  furtherRounds(list);
}

/**
 * A list asked for a number of points ("4 bullets on why…") whose best passage retrieval
 * scored far above the rest (its heading repeats a word of the question: "The vote that broke
 * consensus" for "…what actually broke it for them?") has no other passage within the cut-offs,
 * and came back with fewer points than asked, while the next passages each tell another
 * ("…crossing a red line", "Delegations including the UK, Canada… would not sign", "CEPT
 * said…"). Such a list reads on, one point each, in the other passages of the eight retrieved
 * first, best valued first. Only to add to a point given (a list with none is not covered),
 * and not where a point sets out a series or an announced list, which may be the whole list.
 */
function readOnToCount(list: ListReading): void {
  const setOut = [...list.picked].some((s) => s.enumerates || s.itemOf !== undefined);
  const asked = list.shape.list?.count;
  if (asked !== undefined && !setOut && pointsSoFar(list) >= 1 && pointsSoFar(list) < asked) {
    onePointEach(
      list,
      list.low.filter((v) => v.rank < SHORT_LIST_PASSAGES),
    );
  }
}

/** A list short of the points it asks for reads on in the passages ranked this high. */
const SHORT_LIST_PASSAGES = 8;

/**
 * A list counting a kind over the whole record ("every leak our notes mention", "every petition,
 * letter or statement") still short of its points takes one more from each passage read that
 * retrieval ranked below the cut-offs, best first, where a sentence names the kind (each of its
 * words): each item is told where its own story is ("…language of this kind appeared in Russia's
 * draft proposals leaked in June 2012" in the security note, "…despite a petition signed by more
 * than 35,000…" in the note on the preparatory process), and that passage shares few of the
 * question's other words.
 */
function kindRound(list: ListReading, low: readonly PassageView[]): void {
  const { namesKind } = list;
  if (namesKind === undefined) return;
  for (const view of low) {
    if (pointsSoFar(list) >= list.wanted) return;
    const s = view.sentences.find(
      (c) =>
        !list.picked.has(c) &&
        namesKind(c) &&
        isPoint(list, c) &&
        !c.askedInPassing &&
        !toldOnlyInPassing(c),
    );
    takePoint(list, s);
  }
}

/**
 * A list point keeps the sentences that carry it on, each leaning on the one before ("Kramer
 * announced…", "He said…", "He objected…", "He named…"): one speaker's argument is one point,
 * told whole while the budget allows. Keeping only the first such sentence cut the reasons of
 * "talking points on why the US refused to sign" to one of four (tuning 0.850 → 0.852, list
 * 0.83 → 0.84, words unchanged).
 */
function continuePoint(
  s: Sentence,
  take: (s: Sentence) => boolean,
  picked: ReadonlySet<Sentence>,
): void {
  // (One already in the answer ends the point: it was told as a point of its own.)
  carryOn(s, take, picked, (next, current) => next.leansOn === current.index && !picked.has(next));
}

/** List items (in reading order): a sentence with the ones it leans on makes one bullet. */
export function itemsOf(ordered: readonly Sentence[]): Sentence[][] {
  const items: Sentence[][] = [];
  for (const s of ordered) {
    const last = items[items.length - 1];
    const joinsLast = last?.some(
      (o) => o.view === s.view && (s.leansOn === o.index || s.joinsItem === true),
    );
    if (last && joinsLast) last.push(s);
    else items.push([s]);
  }
  return items;
}

/**
 * A list of dates reads as a timeline: its items in the order of the first date each gives. An
 * item giving a day and month but no year takes the year it names elsewhere or the year of the
 * item read before it ("13 December" after "11 July 2012"); an item giving no date stays after
 * the item read before it. Sources tell events in their own order, passages rank by relevance:
 * read as they came, "the run-up … through the aftermath" began with the aftermath.
 */
export function inDateOrder(ordered: readonly Sentence[]): Sentence[] {
  let year: number | undefined;
  let key = Number.NEGATIVE_INFINITY;
  const keyed = itemsOf(ordered).map((item, position) => {
    const date = item.map((s) => firstDateOf(s.display)).find((d) => d !== undefined);
    if (date) {
      year =
        date.year ??
        item.map((s) => firstDateOf(s.display)?.year).find((y) => y !== undefined) ??
        year;
      if (year !== undefined) key = year * 10_000 + (date.month ?? 0) * 100 + (date.day ?? 0);
    }
    return { item, key, position };
  });
  return keyed.sort((a, b) => a.key - b.key || a.position - b.position).flatMap(({ item }) => item);
}
