// Reading on in a passage the answer quotes. A question often joins facts that one passage states
// in separate sentences ("who picked Kramer, and where did he give his pre-Dubai speech?":
// "President Obama chose Ambassador Terry Kramer…" then "In November 2012 Kramer, in a speech at
// the American Enterprise Institute…"). The answer took from a further passage only the sentences
// bringing a term still missing, and filled what room was left with lower passages' sentences
// sharing a word with the question ("Ambassador Terry Kramer accepted that spam is a serious
// problem…"), so the second fact, in a passage already quoted, was left out. Here every sentence
// of a passage the answer quotes that itself answers the question (it carries the kind of answer
// asked and names about half of the question's required terms under its headings, one of them in
// its own words) is given too; where the room is used up, it takes the place of the least relevant
// sentences of passages judged lower than its own, if they name nothing of the question that the
// rest would then leave unnamed. Tuning half (1,606 q): recall 0.8449 -> 0.8453, eight answers
// changed (one 0.5 -> 1, none worse), no trust figure moved. Not the next sentence alone whatever
// it says: that gave 0.8458, but a third of the twenty-four answers it moved took an aside
// ("The 2010 Plenipotentiary in Guadalajara then adopted Resolution 171." for when and where
// WCIT-12 was held); not only sentences naming a required term the answer lacks: the lead passage
// names nearly every one of them somewhere, and nothing moved.
import { withoutNoteMarkers } from "../text.ts";
import { carriesOnTaken } from "./extractive-background.ts";
import { dependencyChain, inReadingOrder, passagesOf, type Sentence } from "./extractive-view.ts";

export interface ReadOnContext {
  picked: Set<Sentence>;
  /** Indexes of the question's required terms (nouns, names, numbers). */
  required: ReadonlySet<number>;
  relevance: (s: Sentence) => number;
  redundant: (s: Sentence) => boolean;
  /** Adds a sentence with what it leans on, if it fits within `limit` words. */
  take: (s: Sentence, limit: number) => boolean;
  /** Removes a sentence from the answer. */
  drop: (s: Sentence) => void;
  words: () => number;
  limit: number;
  /**
   * The sentences already taken that may give way to `s` once lower passages' sentences have,
   * wherever their passage stands: background (`extractive-background.ts`).
   */
  background?: (s: Sentence) => Sentence[];
}

/** Key terms sentences name, themselves or through the headings they are read under. */
function namedBy(sentences: Iterable<Sentence>): Set<number> {
  const named = new Set<number>();
  for (const s of sentences) for (const k of [...s.keys, ...s.view.headingKeys]) named.add(k);
  return named;
}

/** Gives each sentence of a quoted passage that answers the question (see the module comment). */
export function readOnInQuotedPassages(ctx: ReadOnContext): void {
  const { picked, required } = ctx;
  const quoted = passagesOf(inReadingOrder([...picked]));
  for (const view of quoted) {
    const candidates = view.sentences
      .filter((n) => n.usable && !picked.has(n) && !ctx.redundant(n))
      .filter((n) => n.answers && n.plainKeys.some((k) => required.has(k)))
      .sort((a, b) => ctx.relevance(b) - ctx.relevance(a));
    for (const n of candidates) if (!ctx.redundant(n)) takeInPlaceOfLower(n, ctx);
  }
}

/**
 * A quoted paragraph goes on to its next statement of the answer asked. The answer takes a further
 * passage's sentences by how many of the question's words they name, and the sentence after one
 * it took, which carries it on in the source's own words and names few of the question's words
 * itself, was left out once the room was spent on sentences naming more of them: "Article 5B is
 * headed 'Unsolicited bulk electronic communications'…" without "The obligation is soft:
 * 'should', not 'shall'." (for "what does 5B actually oblige countries to do?"); "It was
 * listed as coming from Russia, the UAE, China, Saudi Arabia, Algeria, Sudan and Egypt…" without
 * "Egypt publicly denied ever supporting it." (for "…did it also stand behind the leaked bloc
 * rewrite of the treaty?"). Here, after every other reading, each sentence of a quoted passage
 * that goes on from a sentence of substance the answer took there (the one before it, or the one
 * it leans on: `carriesOnTaken`) and carries the kind of answer asked (`carriesAsked`) is given:
 * in the room left, else in place of lower passages' sentences, then background
 * (`takeInPlaceOfLower`), each less relevant than it and none itself carrying its own paragraph on
 * so. Tuning half (3,586 q, quote36): see docs/answer-quality.md. Given way to anything less
 * relevant and read before the coverage window and the asides, it lost twelve answers for eight:
 * the sentences it displaced were of its own kind ("It says Member States 'should endeavour'…",
 * "His concern was that…"), read later by other rules.
 */
export function readOnFromQuotedSentences(
  ctx: ReadOnContext,
  carriesAsked: (s: Sentence) => boolean,
): void {
  const { picked } = ctx;
  const goesOn = (n: Sentence) =>
    n.usable && !picked.has(n) && carriesOnTaken(n, picked) && carriesAsked(n);
  // (A taken sentence carrying its own paragraph on so never gives way to another's.)
  const carriesOn = (p: Sentence) => carriesOnTaken(p, picked) && carriesAsked(p);
  for (const view of passagesOf(inReadingOrder([...picked]))) {
    const candidates = view.sentences
      .filter((n) => goesOn(n) && !ctx.redundant(n))
      .sort((a, b) => ctx.relevance(b) - ctx.relevance(a));
    // (Each is asked again: one taken may have let a sentence it carried on give way.)
    for (const n of candidates) {
      if (!goesOn(n) || ctx.redundant(n)) continue;
      takeInPlaceOfLower(n, ctx, (p) => ctx.relevance(p) < ctx.relevance(n) && !carriesOn(p));
    }
  }
}

/**
 * The coverage decision's window is two adjacent sentences of one passage judged together to state
 * what is asked ("The World Conference … took place in Dubai from 3 to 14 December 2012. The UAE's
 * Telecommunications Regulatory Authority hosted it at the Dubai World Trade Centre." for "which
 * outfit hosted the dubai conf, and in what building"). The composer values sentences one at a
 * time, and the one naming fewer of the question's words was left out though its passage was
 * quoted: the answer gave the conference's dates and not its host. Where the answer quotes a
 * sentence of the window, each other sentence of the window naming a key term is given too, in
 * place of lower passages' sentences if need be (`takeInPlaceOfLower`), when it brings a required
 * term or the question's verb (`asked`) that no quoted sentence names. Not when the answer quotes
 * none of the window.
 */
export function readOnInWindow(
  ctx: ReadOnContext,
  windowPassageId: string | undefined,
  windowText: string | undefined,
  asked: ReadonlySet<number>,
): void {
  if (windowPassageId === undefined || windowText === undefined) return;
  const window = squeezed(windowText);
  const quoted = passagesOf(inReadingOrder([...ctx.picked])).find(
    (v) => v.scored.passage.id === windowPassageId,
  );
  if (quoted === undefined) return;
  const inWindow = quoted.sentences.filter((s) => window.includes(squeezed(s.quote)));
  if (!inWindow.some((s) => ctx.picked.has(s))) return;
  for (const s of inWindow) {
    if (ctx.picked.has(s) || !s.usable || ctx.redundant(s)) continue;
    // It must bring a required term or the question's verb that the answer's own sentences do
    // not name ("hosted"), and lean on nothing outside the window the answer has not quoted (an
    // aside's lead-in is no part of it).
    const named = new Set([...ctx.picked].flatMap((p) => p.keys));
    if (!s.keys.some((k) => asked.has(k) && !named.has(k))) continue;
    const chain = dependencyChain(s).filter((c) => !ctx.picked.has(c));
    if (chain.some((c) => !inWindow.includes(c))) continue;
    takeInPlaceOfLower(s, ctx);
  }
}

/** Text with its runs of white space as one space, note markers out: how windows are compared. */
function squeezed(text: string): string {
  return withoutNoteMarkers(text).replace(/\s+/g, " ").trim();
}

/**
 * Takes `s` (with what it leans on) where it fits; else drops, least relevant first, sentences of
 * passages judged lower than its own, then background sentences of any passage (`background`),
 * that nothing kept leans on, whose required terms the rest still names and that `givesWay`
 * admits (any, unless given), until it fits. Returns whether it took `s`.
 */
function takeInPlaceOfLower(
  s: Sentence,
  ctx: ReadOnContext,
  givesWay: (p: Sentence) => boolean = () => true,
): boolean {
  if (ctx.take(s, ctx.limit)) return true;
  const { picked, required, relevance } = ctx;
  const chain = dependencyChain(s).filter((c) => !picked.has(c));
  if (chain.some((c) => !c.usable && !c.meta)) return false;
  const cost = chain.reduce((sum, c) => sum + c.words, 0);
  const leanedOn = new Set(
    [...picked].flatMap((p) => (p.leansOn === undefined ? [] : [p.view.sentences[p.leansOn]])),
  );
  const spare = [...picked]
    .filter((p) => p.view.order > s.view.order && !leanedOn.has(p))
    .sort(
      (a, b) => relevance(a) - relevance(b) || b.view.order - a.view.order || b.index - a.index,
    );
  const background = (ctx.background?.(s) ?? []).filter(
    (p) => !spare.includes(p) && !leanedOn.has(p),
  );
  const removed: Sentence[] = [];
  let room = ctx.limit - ctx.words();
  for (const p of [...spare, ...background]) {
    if (room >= cost) break;
    if (!givesWay(p)) continue;
    const rest = [...picked].filter((o) => o !== p && !removed.includes(o));
    const still = namedBy([...rest, ...chain]);
    if ([...namedBy([p])].some((k) => required.has(k) && !still.has(k))) continue;
    removed.push(p);
    room += p.words;
  }
  if (room < cost) return false;
  for (const p of removed) ctx.drop(p);
  return ctx.take(s, ctx.limit);
}
