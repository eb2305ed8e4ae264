// Which passage leads the answer when the best-valued one is not the one to read first: a
// comparison's passage naming every side, a why answer's section headed "Why…", a passage naming
// the one acting or headed with the name asked. Split out of `extractive.ts`, which calls these.
import { FURTHER_PASSAGE_SCORE, moveToLead, type PassageView } from "./extractive-view.ts";
import { isRequired } from "./key-term-roles.ts";
import { seriesLength } from "./sentences.ts";
import { type Analyze, containsTerm, type KeyTerm } from "./terms.ts";

/**
 * A comparison is led by a passage setting the sides side by side: one naming every side ("Not
 * every delegation shared the US view. India, for example, …") over a better-scored one naming a
 * side in passing, or none. Among those retrieval scored nearly as well, the best such passage
 * leads; the other sides' passages still follow (`pickSides`).
 */
export function leadWithEverySide(
  ranked: PassageView[],
  sideCount: number,
  topScore: number,
): void {
  const namesEvery = (v: PassageView) =>
    Array.from({ length: sideCount }, (_, side) => side).every(
      (side) =>
        v.sideContext.includes(side) || v.sentences.some((s) => s.usable && s.sides.includes(side)),
    );
  const best = ranked[0];
  if (!best || namesEvery(best)) return;
  const lead = ranked.find(
    (v) => v.scored.score >= FURTHER_PASSAGE_SCORE * topScore && namesEvery(v),
  );
  if (!lead) return;
  moveToLead(ranked, lead);
}

/** A section headed with "Why" leads a why answer when valued within this much of the best. */
const WHY_SECTION_MARGIN = 0.2;

/**
 * A why answer is led by the note's own answer to a why (`headedWhy`: "Why some still objected."
 * for "what made CEPT and Kroes keep complaining about it anyway?") when it is valued nearly as
 * highly as the best passage, which had been the paragraph before it naming more of the
 * question's words ("The compromise."). Only the lead moves: valued higher among the further
 * passages, such a section had taken the room of a sentence more to the point ("…spam is a form
 * of content…" for why critics thought the spam article meant inspecting content).
 */
export function leadWithWhySection(ranked: PassageView[]): void {
  const best = ranked[0];
  const lead = ranked.find((v) => v.headedWhy === true);
  if (!best || !lead || lead === best || lead.value + WHY_SECTION_MARGIN < best.value) return;
  moveToLead(ranked, lead);
}

/**
 * "How did the ITU play down the resolution?" asks what its subject did: the question's first
 * content word that is no verb or adjective, when it is a name the question capitalises ("the
 * ITU"), a required term or not (the corpus's topic words are not). When the best passage never names that subject, in a sentence or a
 * heading, a passage retrieval scored nearly as well whose sentence names it with every required
 * term ("…the ITU said publicly that resolutions do not have treaty status") leads: the best
 * passage describes the thing, not what the subject did about it.
 */
export function leadWithActor(
  ranked: PassageView[],
  keyTerms: readonly KeyTerm[],
  actor: number,
  names: readonly string[],
  topScore: number,
): void {
  const best = ranked[0];
  // Only a name can be the one acting ("the ITU", "Access"); "the line saying…" is no actor.
  if (actor < 0 || !best || !names.includes(keyTerms[actor]?.term ?? "")) return;
  const required = keyTerms.flatMap((k, i) => (isRequired(k) ? [i] : []));
  const namesActor = (v: PassageView) =>
    v.headingKeys.includes(actor) || v.sentences.some((s) => s.keys.includes(actor));
  if (namesActor(best)) return;
  const lead = ranked.find(
    (v) =>
      v.scored.score >= FURTHER_PASSAGE_SCORE * topScore &&
      v.sentences.some(
        (s) => s.usable && s.keys.includes(actor) && required.every((i) => s.keys.includes(i)),
      ),
  );
  if (!lead) return;
  moveToLead(ranked, lead);
}

/** A title naming this many topics in a series ("CWG-WCIT12, TD-64 and WCITLeaks") is on several. */
const TITLE_TOPICS = 3;

/**
 * "How did the Arab States prepare…?" asks about one of several named things. A note's
 * introduction names them all in one series ("These are CITEL (the Americas), CEPT (Europe), …,
 * the Arab States group, …") and retrieval may rank it first, yet the note's section headed with
 * that name is about it. When the best passage names the question's names (those it requires:
 * not the corpus's topic words) only inside series, or not at all, and its own heading does not
 * name them, a passage retrieval scored nearly as well whose own heading
 * (not its document's title) names every one of them leads. Tuned on the tuning half: 0.826 →
 * 0.830; a value bonus for such a heading on every passage instead lost (0.819), as did counting
 * the corpus's topic names ("ITU", "WCIT-12": a how-many question led by the conference's intro).
 * The names are `headedNames`, a name of several words included: with only the words capitalised
 * on their own, "the Arab States" gave none and the rule never fired for it (0.841 → 0.845).
 */
export function leadWithNamedSection(
  ranked: PassageView[],
  keyTerms: readonly KeyTerm[],
  names: readonly string[],
  analyzeText: Analyze,
  topScore: number,
): void {
  const asked = keyTerms.flatMap((k, i) => (names.includes(k.term) && isRequired(k) ? [i] : []));
  const best = ranked[0];
  if (asked.length === 0 || !best) return;
  const headedByNames = (v: PassageView) => {
    const own = new Set(analyzeText(v.scored.passage.sectionPath.at(-1) ?? ""));
    return asked.every((i) => containsTerm(own, keyTerms[i] as KeyTerm));
  };
  if (headedByNames(best)) return;
  // In a note on them (its title names them, not as one of a series of topics: "The CDT paper…",
  // not "…, TD-64 and WCITLeaks"), every section is about them.
  const title = best.scored.document.title;
  const titleTerms = new Set(analyzeText(title));
  const onTopics = seriesLength(title) >= TITLE_TOPICS;
  if (!onTopics && asked.every((i) => containsTerm(titleTerms, keyTerms[i] as KeyTerm))) {
    return;
  }
  const naming = best.sentences.filter((s) => s.usable && s.keys.some((k) => asked.includes(k)));
  if (naming.some((s) => !s.enumerates)) return;
  const lead = ranked.find(
    (v) => v !== best && v.scored.score >= FURTHER_PASSAGE_SCORE * topScore && headedByNames(v),
  );
  if (!lead) return;
  moveToLead(ranked, lead);
}
