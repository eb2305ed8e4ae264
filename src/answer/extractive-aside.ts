// A paragraph's closing aside giving way to the next sentence of a paragraph the answer quotes.
//
// A best passage up to 115 words is read whole, and a note's paragraph often ends on another
// subject: "Specific textual concerns." gives UNESCO's objection to the "sensitive nature" clause,
// then "After Dubai, Access described the final text as mixed. The most dangerous proposals had
// been dropped…", which names nothing the question asks. Those 28 words filled the budget, and
// the next paragraph's account of the same objection stopped one sentence short of the reason:
// "UNESCO argued that this last criterion has no basis in international standards for limiting
// expression, such as Article 19(3) of the ICCPR." (for "what was UNESCO's beef with the
// 'sensitive info' carve-out?"). Background may already give way (`extractive-background.ts`),
// but only a sentence naming no key term at all and carrying no answer cue, and one at a time: an
// aside naming a generic word of the question ("text") or carrying a reason's cue ("but") stayed.
//
// Here an aside is the run of sentences an answer took at the end of a passage after its last
// sentence naming one of the question's required terms, none of them naming one or a side of a
// comparison, leaning on a sentence before the run ("He said…" after "Kramer announced…" carries
// it on), or being leaned on from outside it. When a sentence answering the question (`answers`,
// with a required term in its own words) goes straight on from a sentence the answer took from
// its paragraph and does not fit, such runs of other passages give way, whole (a run cut in half
// leaves a sentence hanging: "After Dubai, Access described the final text as mixed."), least
// relevant first, until it fits.
import type { ReadOnContext } from "./extractive-joined.ts";
import { dependencyChain, inReadingOrder, passagesOf, type Sentence } from "./extractive-view.ts";

/** What reading on past asides needs: the read-on context without its background rule. */
export type AsideContext = Omit<ReadOnContext, "background">;

/** Names one of the question's required terms itself (not only through its headings). */
function namesRequired(s: Sentence, required: ReadonlySet<number>): boolean {
  return s.keys.some((k) => required.has(k));
}

/**
 * The closing aside of each passage the answer quotes (see the module comment), in reading order
 * within each run; passages with none are left out.
 */
export function closingAsides(
  picked: ReadonlySet<Sentence>,
  required: ReadonlySet<number>,
): Sentence[][] {
  const chosen = inReadingOrder([...picked]);
  const runs: Sentence[][] = [];
  for (const view of passagesOf(chosen)) {
    const taken = chosen.filter((s) => s.view === view);
    const lastNaming = taken.findLastIndex((s) => s.usable && namesRequired(s, required));
    // A passage naming nothing asked is not an aside to its own substance: it is all there is.
    if (lastNaming < 0) continue;
    const run = taken.slice(lastNaming + 1);
    if (run.length === 0) continue;
    if (run.some((s) => !s.usable || namesRequired(s, required) || s.sides.length > 0)) continue;
    // A run leaning on the sentences before it ("He said…", "He objected…" after "Kramer
    // announced…") carries them on: it is their substance, not another subject.
    if (run.some((s) => s.leansOn !== undefined && !run.some((r) => r.index === s.leansOn))) {
      continue;
    }
    const leanedOnFromOutside = chosen.some(
      (o) =>
        !run.includes(o) &&
        o.leansOn !== undefined &&
        run.some((r) => r.view === o.view && r.index === o.leansOn),
    );
    if (leanedOnFromOutside) continue;
    runs.push(run);
  }
  return runs;
}

/** The sentence goes straight on from a sentence the answer took from its paragraph. */
function goesOnFromTaken(s: Sentence, picked: ReadonlySet<Sentence>): boolean {
  const previous = s.view.sentences[s.index - 1];
  return previous?.usable === true && picked.has(previous);
}

/**
 * Gives the next sentence of each quoted paragraph that answers the question, in place of other
 * passages' closing asides where the room is used up (see the module comment).
 */
export function readOnPastAsides(ctx: AsideContext): void {
  const { picked, required, relevance } = ctx;
  const quoted = passagesOf(inReadingOrder([...picked]));
  for (const view of quoted) {
    for (const s of view.sentences) {
      if (!s.usable || picked.has(s) || !goesOnFromTaken(s, picked) || ctx.redundant(s)) continue;
      if (!s.answers || !s.plainKeys.some((k) => required.has(k))) continue;
      if (ctx.take(s, ctx.limit)) continue;
      const chain = dependencyChain(s).filter((c) => !picked.has(c));
      if (chain.some((c) => !c.usable && !c.meta)) continue;
      const cost = chain.reduce((sum, c) => sum + c.words, 0);
      const runs = closingAsides(picked, required)
        .filter((run) => run[0]?.view !== view)
        .sort(
          (a, b) =>
            Math.max(...a.map(relevance)) - Math.max(...b.map(relevance)) ||
            (b[0]?.view.order ?? 0) - (a[0]?.view.order ?? 0),
        );
      const giving: Sentence[][] = [];
      let room = ctx.limit - ctx.words();
      for (const run of runs) {
        if (room >= cost) break;
        giving.push(run);
        room += run.reduce((sum, r) => sum + r.words, 0);
      }
      if (room < cost) continue;
      for (const run of giving) for (const r of run) ctx.drop(r);
      ctx.take(s, ctx.limit);
    }
  }
}
