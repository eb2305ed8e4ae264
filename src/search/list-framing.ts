// The framing words of a list request: the words that say how far the list should sweep ("the
// whole spam saga", "start to finish", "all the way", "every step") and the two ends of the span
// it covers ("from the cwg days to busan"), as against the subject whose items are asked for.
// Retrieval weighs the sweep words below the subject (`weighListFraming`, read by `search` in
// index.ts).

/**
 * A sweep word's weight beside the subject's. Read at full weight, "saga", "story", "whole" and
 * "way" ranked passages that happen to tell a story or name a whole above those holding the items.
 */
export const FRAMING_WEIGHT = 0.25;
/**
 * A span's ends' weight beside the subject's: the same. The ends say when the list starts and
 * stops, but they are as often items of it ("from the september sign-on letter to the petition
 * handover", "from the cairo prep meeting through to the fight over the internet resolution"):
 * weighed at half, the Cairo list (in-3345) fell from 0.50 to 0.25 on the tuning half. Only the words joining
 * them ("from", "all the way to") are framing.
 */
export const SPAN_END_WEIGHT = 1;

/** Phrases that only say the list should cover everything, whatever its subject. */
const SWEEP_PHRASES: readonly RegExp[] = [
  /\b(?:from\s+)?(?:start|beginning)\s+to\s+(?:finish|end)\b/giu,
  /\bend[\s-]+to[\s-]+end\b/giu,
  /\bfrom\s+day\s+one\b/giu,
  /\b(?:all|along)\s+the\s+way\b/giu,
  /\bfrom\s+(?:the\s+)?(?:very\s+)?(?:start|beginning|outset|get-go)\b/giu,
  /\b(?:across|over|throughout|through)\s+the\s+(?:whole|entire|full)\b/giu,
  /\bthe\s+(?:whole|entire)\b/giu,
  /\b(?:everything|every\s+(?:step|stage|twist|turn|moment|move|milestone))\b/giu,
];

/** Nouns naming the list as a story told over time: framing, never the subject. */
const SWEEP_NOUNS =
  /\b(?:saga|sagas|story|stories|tale|arc|episode|moments|milestones|twists|turns|beats)\b/giu;

/** "the cwg days", "the antalya days": a period named by what went on in it. */
const DAYS_OF = /\b(?<=the\s+[\p{L}\p{N}'-]+\s+)days\b/giu;

/**
 * A span the list covers, opening a clause: "…, from the cwg days all the way to busan", "from
 * the antalya days to the signing ceremony, …". Its two ends, up to the clause's end.
 */
const SPAN =
  /(?:^|[,;:—–(]\s*|\s[—–-]\s+)(from)\s+((?:(?![,;:?!.)]).)+?)\s+((?:(?:all\s+the\s+way|right|straight)\s+)?(?:through\s+to|up\s+to|to|through|thru|until|till|into))\s+((?:(?![,;:?!.(]).)+)/giu;

export interface ListFraming {
  /** The sweep phrases and nouns found, as written. */
  sweep: string[];
  /** The ends of the span the list covers, as written ("the cwg days", "busan"). */
  ends: string[];
}

/** The framing of a list request's content; undefined when it has none. */
export function listFramingOf(content: string): ListFraming | undefined {
  const sweep: string[] = [];
  for (const re of [...SWEEP_PHRASES, SWEEP_NOUNS, DAYS_OF]) {
    for (const m of content.matchAll(re)) sweep.push(m[0]);
  }
  const ends: string[] = [];
  for (const m of content.matchAll(SPAN)) {
    // ("from" and "all the way to" join the ends: framing of their own.)
    sweep.push(m[1] as string, m[3] as string);
    ends.push(m[2] as string, m[4] as string);
  }
  if (sweep.length === 0 && ends.length === 0) return undefined;
  return { sweep, ends };
}

/** A term and its weight in a query. */
interface Weighted {
  term: string;
  weight: number;
}

/**
 * A list request's terms with its framing weighed below its subject: a term only the sweep words
 * give counts `FRAMING_WEIGHT` of itself, one only the span's ends give `SPAN_END_WEIGHT`. A term
 * the subject also says keeps its weight, and so does every term a question with no subject left
 * outside its framing gives (then the framing is all there is to search).
 */
export function weighListFraming<T extends Weighted>(
  terms: readonly T[],
  content: string,
  framing: ListFraming,
  analyze: (text: string) => string[],
): T[] {
  let rest = content;
  for (const phrase of [...framing.ends, ...framing.sweep]) rest = withoutWords(rest, phrase);
  const subject = new Set(analyze(rest));
  const ends = new Set(framing.ends.flatMap((e) => analyze(e)));
  const sweep = new Set(framing.sweep.flatMap((s) => analyze(s)));
  // The ends less their own sweep words ("the cwg days": "cwg" is an end, "days" a sweep word).
  for (const t of sweep) ends.delete(t);
  if (subject.size === 0) return [...terms];
  return terms.map((t) => {
    if (subject.has(t.term)) return t;
    if (ends.has(t.term)) return { ...t, weight: t.weight * SPAN_END_WEIGHT };
    if (sweep.has(t.term)) return { ...t, weight: t.weight * FRAMING_WEIGHT };
    return t;
  });
}

/** `text` without the first occurrence of `phrase` as whole words ("to" is not in "story"). */
function withoutWords(text: string, phrase: string): string {
  const escaped = phrase.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return text.replace(new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, "iu"), " ");
}
