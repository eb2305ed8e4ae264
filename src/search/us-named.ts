// Whether "us" typed in lower case is the United States or the pronoun (corpus-capitals.ts): the
// country after "the" ("the us delegation") or as an item of a list of places ("us, uk", "russia
// vs us", "sweden and us"); the pronoun otherwise ("tell us", "for us").
import { normalizeText } from "./analyze.ts";
import { phraseKey } from "./corpus-vocabulary.ts";
import { between, type TypedWords, wordsSpan } from "./typed-words.ts";

/** What joins the items of a list of countries: "us, uk", "us/eu", "us & uk"… */
const LIST_MARK = /^\s*[,/&+]\s*$/;
/** Words after which "us" is the pronoun, whatever follows: "tell us", "for us". */
const TAKES_US: ReadonlySet<string> = new Set([
  "tell",
  "give",
  "show",
  "help",
  "let",
  "send",
  "brief",
  "remind",
  "for",
  "to",
  "with",
]);
/** …or "us and uk", "russia vs us", "uk or us". */
const LIST_WORDS: ReadonlySet<string> = new Set(["and", "or", "vs", "versus"]);

/**
 * Whether "us" at word `i` is the United States: after "the", or beside a place in a list
 * (`places`: names of places by `phraseKey`, up to three words).
 */
export function usNamedAt(typed: TypedWords, places: ReadonlySet<string>, i: number): boolean {
  const { question, words } = typed;
  const m = words[i] as RegExpMatchArray;
  const at = m.index as number;
  if (/\bthe\s+$/i.test(question.slice(Math.max(0, at - 5), at))) return true;
  const isPlace = (from: number, to: number) =>
    from >= 0 && to < words.length && places.has(phraseKey(wordsSpan(typed, from, to)));
  const before = listItemAt(typed, i, -1);
  // (Not the object of a verb or a preposition: "can you tell us and russia apart", "for us".)
  const previous = words[i - 1]?.[0];
  const next =
    previous !== undefined && TAKES_US.has(normalizeText(previous))
      ? undefined
      : listItemAt(typed, i, 1);
  for (let n = 0; n < 3; n++) {
    if (next !== undefined && isPlace(next, next + n)) return true;
    if (before !== undefined && isPlace(before - n, before)) return true;
  }
  return false;
}

/** The nearest word of the next item of a list from word `i`: past a comma, a slash, "and", "vs"… */
function listItemAt(typed: TypedWords, i: number, step: 1 | -1): number | undefined {
  const { words } = typed;
  const gap = (k: number) => between(typed, step === 1 ? k - 1 : k);
  let k = i + step;
  if (k < 0 || k >= words.length) return undefined;
  if (LIST_MARK.test(gap(k))) return k;
  if (!/^\s+$/.test(gap(k)) || !LIST_WORDS.has(normalizeText((words[k] as RegExpMatchArray)[0]))) {
    return undefined;
  }
  k += step;
  return k >= 0 && k < words.length && /^\s+$/.test(gap(k)) ? k : undefined;
}
