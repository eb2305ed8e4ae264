// A later ask that leaves out the first ask's question and verb and names only who it is asked of
// (gapping): "what did China table at the CWG meeting, and the US?", "when did ETNO file C-109, and
// India its doc 21?". `splitAsks` cuts no ask there (no question word follows "and"), so the
// question was judged as one ask whose words no one passage holds, and refused. Read here as two
// asks, the later one written out with the first ask's question and verb (`gappedAsks`), for
// `byEachAsk` to judge each alone.

import { AUXILIARY, QUESTION_WORD } from "../search/question-words.ts";
import { taggedWords } from "./tagged-words.ts";

/**
 * The first ask, then ", and" or ", plus" and the later ask's words to the end (a question mark
 * at most after them). Not ", or": "…with strings attached, or clean?" offers another answer.
 */
const GAPPED = /^(.*\S)\s*,\s*(?:and|plus)\s+([^,;:?!]+?)\s*[?!.]*\s*$/isu;

/**
 * The opening of the first ask: a question word (with its noun, "how many countries", "which
 * article"), then an auxiliary (`AUXILIARY`). What follows is the subject and the verb.
 */
// (Its question words stay written out: `QUESTION_WORD` has "whose", which this reading has
// never taken, and not "how many" or "how much".)
const OPENING = new RegExp(
  String.raw`^\s*((?:what|which|who|whom|when|where|why|how(?:\s+(?:many|much))?)(?:\s+[\p{L}-]+)?\s+${AUXILIARY}\s+)(.*)$`,
  "iu",
);

/** Words that open a subject of two words ("the council", "its group"). */
const DETERMINER = /^(?:the|a|an|its|their|his|her|that|this|those|these)$/i;

/**
 * Words a gapped ask does not open with: an auxiliary (`splitAsks` reads that as an ask of its
 * own), a preposition ("…, and then at council in '23?" sets a time, not a party) or chat
 * ("…, and thanks"); nor holds anywhere: a question word ("…, and over what stretch?").
 */
const NOT_A_SUBJECT = new RegExp(
  String.raw`^(?:${AUXILIARY}|at|on|in|for|by|from|to|of|with|over|during|before|after|under|since|then|also|thanks?|pls|please|so|not|if|whether)\b|\b${QUESTION_WORD}\b`,
  "i",
);

/** A possessive standing for the later party's own thing: "India ITS doc 21". */
const OWN_THING = /^(?:its|their|his|her)$/i;

/**
 * A preposition that ends the first ask's object: "file C-109 [on 6 June]" (owner-noun.ts ends
 * the first ask's thing there too).
 */
export const PREPOSITION =
  /^(?:at|on|in|for|to|from|by|with|during|before|after|under|over|about)$/i;

/** A year as typed: "2011", "'16" (not a bare number: "doc 21"). */
const YEAR = /^['’]\d{2}$|^(?:19|20)\d{2}$/;

/** The most words a gapped ask runs to: more is a clause or a list of its own. */
const MAX_GAPPED_WORDS = 6;

/**
 * The two asks of a question whose later ask leaves out the first ask's question and verb,
 * each written out: "when did ETNO file C-109, and India its doc 21?" → ["when did ETNO file
 * C-109", "when did India file its doc 21"]; "what did China table at the CWG meeting, and the
 * US?" → [… , "what did the US table at the CWG meeting"]. The later words stand for the first
 * ask's subject (`subjectLengthOf`); where they go on with a possessive
 * ("India ITS doc 21"), what follows stands for the first ask's object (to its first
 * preposition). Where they name a year, the first ask's years are left out ("…in '16, and the
 * Bucharest plenipot in '22?"). Empty unless the first ask opens with a question word and an
 * auxiliary, and the later words name something (a capital or a number, as the question is
 * read), open on no question word, auxiliary or preposition, and hold no verb (a clause of their
 * own is an ask `splitAsks` reads, or a remark).
 */
export function gappedAsks(question: string): string[] {
  const match = GAPPED.exec(question);
  if (!match) return [];
  const first = match[1] as string;
  const later = (match[2] as string).trim();
  const laterWords = later.split(/\s+/);
  if (laterWords.length > MAX_GAPPED_WORDS || NOT_A_SUBJECT.test(later)) return [];
  if (!/\p{Lu}|\p{N}/u.test(later)) return [];
  if (taggedWords(later).some((w) => w.tags.includes("Verb"))) return [];
  const opening = OPENING.exec(first);
  if (!opening) return [];
  const [, asked, rest] = opening as unknown as [string, string, string];
  const words = rest.split(/\s+/).filter((w) => w !== "");
  const subjectLength = subjectLengthOf(words, rest);
  if (words.length <= subjectLength) return [];
  const verb = words[subjectLength] as string;
  const after = words.slice(subjectLength + 1);
  const own = laterWords.findIndex((w, i) => i > 0 && OWN_THING.test(w));
  const subject = own > 0 ? laterWords.slice(0, own) : laterWords;
  const objectEnd = after.findIndex((w) => PREPOSITION.test(w));
  const context = own > 0 ? (objectEnd < 0 ? [] : after.slice(objectEnd)) : after;
  const yearNamed = laterWords.some((w) => YEAR.test(w));
  const object = own > 0 ? laterWords.slice(own) : [];
  const written = [...subject, verb, ...object, ...(yearNamed ? withoutYears(context) : context)];
  return [first.trim(), `${asked}${written.join(" ")}`];
}

/**
 * How many words the first ask's subject runs to: up to the first word the tagger reads as a
 * verb ("did the first ITR expert group MEET"), or, where it reads none ("did China table…",
 * "did the Harbour Union file…": the tagger takes both for nouns), a determiner and the
 * capitalised words after it (the name, as the question is read), at least one word.
 */
function subjectLengthOf(words: readonly string[], text: string): number {
  const bare = (w: string) => w.toLowerCase().replace(/[^\p{L}\p{N}-]/gu, "");
  const verbs = new Set(
    taggedWords(text)
      .filter((w) => w.tags.includes("Verb") && !w.tags.includes("Auxiliary"))
      .map((w) => bare(w.text)),
  );
  const at = words.findIndex((w, i) => i > 0 && verbs.has(bare(w)));
  if (at > 0 && at <= MAX_SUBJECT_WORDS) return at;
  let end = DETERMINER.test(words[0] ?? "") ? 1 : 0;
  const start = end;
  while (end < words.length - 1 && (end === start || /^[\p{Lu}\p{N}]/u.test(words[end] ?? "")))
    end++;
  return end;
}
/** The most words a subject is read as running to before its verb. */
const MAX_SUBJECT_WORDS = 5;

/** Words without a year and the preposition before it: "on the ITRs in '16" → "on the ITRs". */
function withoutYears(words: readonly string[]): string[] {
  const kept: string[] = [];
  for (const word of words) {
    if (YEAR.test(word)) {
      if (PREPOSITION.test(kept[kept.length - 1] ?? "")) kept.pop();
      continue;
    }
    kept.push(word);
  }
  return kept;
}
