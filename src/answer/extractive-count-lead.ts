// A how-many answer opens with the count asked for. The best passage is read whole in reading
// order, and a note's paragraph often reaches its count last, after sentences on something else
// that share the question's words: "the US delegation size — how many people was it?" was
// answered with three sentences of reactions to the outcome (Genachowski, Strickling, Kramer)
// before "One outlet put the US delegation at 123 members." in the same passage.
import { countedThing } from "./demand-counted.ts";
import { countsThing } from "./evidence.ts";
import { dependencyChain, inReadingOrder, type Sentence } from "./extractive-view.ts";
import { isRequired, isTopicTerm } from "./key-term-roles.ts";
import { type Analyze, containsTerm, type KeyTerm } from "./terms.ts";

/**
 * Nouns naming a count itself, not what is counted ("I've seen a figure quoted", "what was the
 * tally", "the total"): they say a number is asked, not whose. A sentence naming one ("It compared
 * the figure with 1988…") says nothing of the thing counted.
 */
const COUNT_NOUNS = "figure figures number numbers count counts tally tallies total totals sum";

/**
 * Where the question's counted noun is an everyday one ("how many people…") or none ("how many
 * signed…"), a count states what is asked when its sentence names this share of the question's
 * subject (by weight).
 */
const STATES_SUBJECT = 0.5;

/**
 * The sentences a how-many answer opens with: the sentence giving the count asked for, with the
 * sentences it leans on and those after it in its paragraph leaning on it ("That figure is not
 * corroborated elsewhere…"). What the count is of (`about`) is the question's own words other
 * than the thing counted, the count's own nouns ("figure", "tally") and the corpus's topic, those
 * of the ask asking how many when there are several (`countAsk`), a heading naming one at half
 * weight (`contextShare`); its subject is the required ones. A count asked of a thing ("how many
 * TIMES did the group meet", "how many VERSIONS…") is a sentence counting that thing (or the
 * corpus's other noun for its class) and naming some of what it is of; one asked of "people", or
 * with no noun, a count in a sentence naming at least half of the subject. The count naming the
 * most of what it is of leads. None when the answer already opens with a count saying as much:
 * `assemble` then keeps reading order.
 */
export function countLead(
  kept: readonly Sentence[],
  keyTerms: readonly KeyTerm[],
  analyzeText: Analyze,
  contextShare: number,
  countAsk?: readonly string[],
): Sentence[] {
  const countNouns = new Set(analyzeText(COUNT_NOUNS));
  const thing = countedThing(keyTerms, analyzeText);
  const isThing = thing
    ? (word: string) => thing.isCounted(word) || (thing.countsAlike?.(word) ?? false)
    : undefined;
  const { about, subject } = countedOf(keyTerms, countNouns, countAsk);
  const share = (s: Sentence, terms: readonly number[]) =>
    termShare(s, terms, keyTerms, contextShare);
  const counts = (s: Sentence) =>
    s.usable && s.carries && (isThing === undefined || countsThing(s.display, isThing));
  // (A count of the thing asked must still say something of what is asked: "…pointing to the 54
  // other countries that had stood with it" counts countries, not those that signed the treaty.)
  const saysWhose = (s: Sentence) =>
    isThing ? share(s, about) > 0 : share(s, subject) >= STATES_SUBJECT;
  /** How well the sentence states the count asked: -1 when it does not. */
  const states = (s: Sentence) => (counts(s) && saysWhose(s) ? share(s, about) : -1);
  const read = inReadingOrder(kept);
  const first = read.find((s) => s.usable);
  if (!first) return [];
  let best: Sentence | undefined;
  for (const s of read) if (states(s) > (best ? states(best) : -1)) best = s;
  if (!best || best === first || states(best) <= states(first)) return [];
  return countWithLeaning(best, kept, read);
}

/**
 * What the count is of: the question's own words (in a question asking more than one thing,
 * those of the ask asking how many), not the thing counted, the count's own nouns or the
 * corpus's topic; its subject is the required ones among them. Both as indices of key terms.
 */
function countedOf(
  keyTerms: readonly KeyTerm[],
  countNouns: ReadonlySet<string>,
  countAsk: readonly string[] | undefined,
): { about: number[]; subject: number[] } {
  const inAsk = countAsk === undefined ? undefined : new Set(countAsk);
  const about = keyTerms.flatMap((k, i) =>
    !k.counted &&
    !k.fromContext &&
    !k.generic &&
    !countNouns.has(k.term) &&
    !isTopicTerm(k) &&
    (inAsk === undefined || containsTerm(inAsk, k))
      ? [i]
      : [],
  );
  const subject = about.filter((i) => isRequired(keyTerms[i] as KeyTerm));
  return { about, subject };
}

/** The share of `terms` (by weight) the sentence names, its headings at `contextShare`. */
function termShare(
  s: Sentence,
  terms: readonly number[],
  keyTerms: readonly KeyTerm[],
  contextShare: number,
): number {
  const total = terms.reduce((sum, i) => sum + (keyTerms[i]?.weight ?? 0), 0);
  if (total === 0) return 1;
  const own = new Set(s.keys);
  const context = new Set([...s.contextKeys, ...s.view.headingKeys]);
  let sum = 0;
  for (const i of terms) {
    const weight = keyTerms[i]?.weight ?? 0;
    if (own.has(i)) sum += weight;
    else if (context.has(i)) sum += contextShare * weight;
  }
  return sum / total;
}

/**
 * The sentence giving the count with the kept sentences it leans on, then those after it in its
 * passage (in reading order) leaning on one of these.
 */
function countWithLeaning(
  best: Sentence,
  kept: readonly Sentence[],
  read: readonly Sentence[],
): Sentence[] {
  const lead = dependencyChain(best).filter((c) => kept.includes(c));
  for (const s of read) {
    if (s.view !== best.view || s.index <= best.index || s.leansOn === undefined) continue;
    if (lead.some((l) => l.index === s.leansOn)) lead.push(s);
  }
  return lead;
}
