// "Which industry groups besides ITI leaned on PP-14…?" asks for the members of a class other than
// the one it names (nearmiss28). Where the notes name only that one ("industry groups such as ITI
// had urged the conference…"), the answer can give nothing asked: it restates what the question
// already says of X, and the rest of the window is about other things. Such a question is
// refused where the window's sentence saying most of what is asked names X and no other, and no
// sentence naming another party says anywhere near as much of it (`besidesOnlyExcepted`).
import { englishLexicon } from "../search/english-lexicon.ts";
import { splitSentences } from "../text.ts";
import type { Analyze } from "./terms.ts";

/** "besides X", "apart from X", "other than X", "aside from X": X typed as a name. */
const EXCEPTING =
  /\b(?:besides|apart from|other than|aside from)\s+((?:(?:the|and|&)\s+)?(?:\p{Lu}[\p{L}\d.-]*(?:['\u2019]s)?)(?:\s+(?:(?:and|&|the)\s+)*\p{Lu}[\p{L}\d.-]*(?:['\u2019]s)?)*)/u;
/** A question asking for parties by name: "which…", "who…", "names". */
const ASKS_NAMES = /\b(?:which|who|whom|names?)\b/i;
/** Capitalised words that name no party: months, days, the pronoun "I". */
const NOT_A_PARTY =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|I)$/;
/**
 * Share of the asked terms the excepted party's sentence meets that another party's sentence must
 * meet too for the window to name another member of what is asked.
 */
const OTHER_PARTY_SHARE = 0.5;

/** The party a question excepts ("ITI" of "besides ITI"), or undefined. */
export function exceptedParty(question: string): string | undefined {
  if (!ASKS_NAMES.test(question)) return undefined;
  const m = EXCEPTING.exec(question);
  return m ? (m[1] as string) : undefined;
}

/**
 * Whether a window names, of what a "besides X" question asks, only X: its sentence meeting most
 * of the question's terms (X's own words left out) names X, and every sentence naming a party
 * neither X nor the question's own meets fewer than half as many of them.
 */
export function besidesOnlyExcepted(
  question: string,
  windowText: string,
  analyzeText: Analyze,
): boolean {
  const excepted = exceptedParty(question);
  if (excepted === undefined) return false;
  const exceptedTerms = new Set(analyzeText(excepted));
  const questionWords = new Set(wordsOf(question).map((w) => w.toLowerCase()));
  const asked = new Set(analyzeText(question).filter((t) => !exceptedTerms.has(t)));
  if (asked.size === 0) return false;
  let best = 0;
  let bestNamesExcepted = false;
  const others: number[] = [];
  for (const span of splitSentences(windowText)) {
    const terms = new Set(analyzeText(span.text));
    let met = 0;
    for (const t of asked) if (terms.has(t)) met++;
    const namesExcepted = [...exceptedTerms].some((t) => terms.has(t));
    const namesOther = partiesOf(span.text).some((run) =>
      run.every((w) => !questionWords.has(w.toLowerCase())),
    );
    if (met > best) {
      best = met;
      bestNamesExcepted = namesExcepted;
    }
    if (namesOther) others.push(met);
  }
  if (best === 0 || !bestNamesExcepted) return false;
  return others.every((met) => met < best * OTHER_PARTY_SHARE);
}

function wordsOf(text: string): string[] {
  return text.match(/[\p{L}\d][\p{L}\d.-]*/gu) ?? [];
}

/**
 * The names of a sentence, each a run of words written as names: capitalised inside it, or
 * opening it where English writes the word as a name ("LIRNEasia called…", "Egypt publicly
 * denied…"; not "The", "In"). "Milton Mueller" is one run.
 */
function partiesOf(sentence: string): string[][] {
  const { names, common } = englishLexicon();
  const runs: string[][] = [];
  let run: string[] = [];
  let at = 0;
  for (const m of sentence.replace(/['\u2019]s\b/g, "").matchAll(/[\p{L}\d][\p{L}\d.-]*/gu)) {
    const w = m[0];
    const gap = sentence.slice(at, m.index);
    at = (m.index as number) + w.length;
    const folded = w.toLowerCase();
    const isName =
      /^\p{Lu}/u.test(w) &&
      !NOT_A_PARTY.test(w) &&
      (m.index !== 0 || /\p{Lu}.*\p{Lu}/u.test(w) || names.has(folded) || !common.has(folded));
    if (isName && run.length > 0 && /^\s+$/.test(gap)) run.push(w);
    else if (isName) {
      if (run.length > 0) runs.push(run);
      run = [w];
    } else if (run.length > 0) {
      runs.push(run);
      run = [];
    }
  }
  if (run.length > 0) runs.push(run);
  return runs;
}
