// A later ask that leaves out its verb and leans on the first ask (ellipsis31): "how many countries
// signed the 1988 regs on the spot, and how many later on?", "…, and how many did in Dubai?". Read
// alone, "how many later on" asks nothing a place can be checked for; read with the first ask's
// question noun, verb and object ("how many countries signed the 1988 regs later on") it asks the
// second count. Parts of speech are the tagger's (`taggedWords`), not word lists.
import { AUXILIARIES, type TaggedWord, taggedWords } from "./tagged-words.ts";

/** The words after "how" that belong to its question ("how MANY", "how LONG"). */
const HOW_DEGREE = /^(?:many|much|long|often|far|soon|late|early|big|large|old)$/i;

/** Whether a word is a verb that carries an ask's meaning: not an auxiliary ("did", "could"). */
function isMainVerb(word: TaggedWord): boolean {
  const said = (word.normal ?? word.text).toLowerCase();
  return word.tags.includes("Verb") && !AUXILIARIES.has(said) && !/^(?:has|have|had)$/.test(said);
}

/**
 * Whether an ask past its question (`asked` words) has a clause of its own: a verb that is no
 * auxiliary ("who DRAFTED it"), or an auxiliary with a subject after it ("what did India do",
 * "how did India vote on it", where the tagger may read "do" or "vote" otherwise). "how many DID
 * in Dubai" has neither: its auxiliary stands for the first ask's verb.
 */
function hasClauseOfItsOwn(words: readonly TaggedWord[], asked: number): boolean {
  if (words.some(isMainVerb)) return true;
  return words.some(
    (w, i) =>
      i >= asked &&
      AUXILIARIES.has((w.normal ?? w.text).toLowerCase()) &&
      words[i + 1] !== undefined &&
      inNounPhrase(words[i + 1] as TaggedWord),
  );
}

/** Whether a word is a noun phrase's ("the 1988 regs", "their names", "it"). */
function inNounPhrase(word: TaggedWord): boolean {
  return (
    ["Determiner", "Possessive", "Value", "Noun", "ProperNoun", "Acronym", "Pronoun"].some((t) =>
      word.tags.includes(t),
    ) ||
    (word.tags.includes("Adjective") && !word.tags.includes("Comparative"))
  );
}

/**
 * How many words open an ask as its question: the question word and, after "how", its degree word
 * ("how many"), after "what", "which" or "whose", the noun it asks of ("which countries").
 * Undefined where the ask opens with no question word.
 */
function questionLength(words: readonly TaggedWord[], from = 0): number | undefined {
  const first = words[from];
  const second = words[from + 1];
  if (!first?.tags.includes("QuestionWord")) return undefined;
  const said = (first.normal ?? first.text).toLowerCase();
  let end = from + 1;
  if (said === "how") {
    if (second === undefined || !HOW_DEGREE.test(second.normal ?? second.text)) return end;
    end += 1;
  } else if (!/^(?:what|which|whose)$/.test(said)) return end;
  while (end < words.length && isQuestionNoun(words[end] as TaggedWord)) end += 1;
  // (Its noun ends it: "how many AGAINST" asks of no noun.)
  while (end > from + 1 && !words[end - 1]?.tags.includes("Noun")) end -= 1;
  return said === "how" ? Math.max(end, from + 2) : end;
}

/** A word of the noun a question word asks of ("how many COUNTRIES", "which RESOLUTION"). */
function isQuestionNoun(word: TaggedWord): boolean {
  return (
    (word.tags.includes("Noun") || word.tags.includes("Adjective")) &&
    !word.tags.includes("Pronoun") &&
    !word.tags.includes("Comparative") &&
    !isMainVerb(word)
  );
}

/** Whether the word at `at` continues a verb group: a verb, adverb or particle, "to" before a verb. */
function inVerbGroup(words: readonly TaggedWord[], at: number): boolean {
  const word = words[at] as TaggedWord;
  if (["Verb", "Adverb", "Particle"].some((t) => word.tags.includes(t))) return true;
  return /^to$/i.test(word.text) && words[at + 1]?.tags.includes("Verb") === true;
}

/** The text of tagged words, as written (each word with what followed it, the last without). */
function textOf(words: readonly TaggedWord[]): string {
  return words
    .map((w, i) => `${w.pre ?? ""}${w.text}${i === words.length - 1 ? "" : (w.post ?? " ")}`)
    .join("")
    .replace(/[\s,;:]+$/, "");
}

/**
 * The first ask's verb phrase as a later ask may borrow it: what follows its question up to and
 * with its main verb (its auxiliary and subject with it: "did the council adopt"), the verb's
 * particles, and the noun phrase right after it ("the 1988 regs", "their names", "it"). What
 * follows that (where, when, by whose count) is the first ask's own and is left. Undefined where
 * the ask has no main verb.
 */
function borrowedVerbPhrase(words: readonly TaggedWord[], from: number): TaggedWord[] | undefined {
  // (Its last verb: "when was it HELD".)
  const verb = words.findLastIndex((w, i) => i >= from && isMainVerb(w));
  if (verb < 0) return undefined;
  let end = verb + 1;
  // (The rest of its verb group: "were ACCREDITED TO SIGN", "set UP".)
  while (end < words.length && inVerbGroup(words, end)) end += 1;
  while (end < words.length && inNounPhrase(words[end] as TaggedWord)) {
    end += 1;
    // (A comma closes the object: "…signed the regs, per the ITU".)
    if (/[,;]/.test(words[end - 1]?.post ?? "")) break;
  }
  return words.slice(from, end);
}

/**
 * A later ask read with what it leaves out of the first (`ownAsks`): where it opens with a
 * question word and has no verb of its own ("how many later on?", "how many did in Dubai?",
 * "how many against?"), its question, the first ask's verb phrase (`borrowedVerbPhrase`) and its
 * own words after; its question takes the first ask's noun where it asks the same way without one
 * ("how many" after "how many countries…"). Otherwise the ask as written.
 */
export function withElisionFilled(first: string, later: string): string {
  const own = taggedWords(later);
  const asked = questionLength(own);
  if (asked === undefined || hasClauseOfItsOwn(own, asked)) return later;
  // (The first ask's question may follow a topic set before it: "Iran's access-rights sentence in
  // Dubai - how many delegations backed it".)
  const words = taggedWords(first);
  const opens = words.findIndex((w) => w.tags.includes("QuestionWord"));
  const firstAsked = opens < 0 ? undefined : questionLength(words, opens);
  if (firstAsked === undefined) return later;
  const lead = words.slice(opens);
  const phrase = borrowedVerbPhrase(words, firstAsked);
  if (phrase === undefined) return later;
  const rest = own.slice(asked).filter((w) => !AUXILIARIES.has((w.normal ?? w.text).toLowerCase()));
  // Nothing of its own after its question: "…, and why?" asks of the whole first ask.
  if (rest.length === 0) return later;
  const question = own.slice(0, asked);
  const sameQuestion =
    asked < firstAsked - opens &&
    question.every(
      (w, i) =>
        (w.normal ?? w.text).toLowerCase() === (lead[i]?.normal ?? lead[i]?.text)?.toLowerCase(),
    );
  const opening = sameQuestion ? lead.slice(0, firstAsked - opens) : question;
  return `${textOf(opening)} ${textOf(phrase)} ${textOf(rest)}`.replace(/\s+/g, " ").trim();
}

/**
 * The words a later ask writes after its question, of its own ("later" of "how many later on?",
 * "Dubai" of "how many did in Dubai?"): its nouns, names, numbers, adjectives and adverbs, not its
 * prepositions, determiners, pronouns or auxiliaries.
 */
export function wordsAfterQuestion(later: string): string[] {
  const words = taggedWords(later);
  const asked = questionLength(words) ?? 0;
  return words
    .slice(asked)
    .filter(
      (w) =>
        ["Noun", "Adjective", "Adverb", "Value"].some((t) => w.tags.includes(t)) &&
        !w.tags.includes("Pronoun") &&
        !AUXILIARIES.has((w.normal ?? w.text).toLowerCase()),
    )
    .map((w) => w.text);
}

/** A later ask that counts ("how many later on?", "how much did …"). */
const COUNTS = /^\s*how\s+(?:many|much)\b/i;

/** A number as written: digits or a number word the tagger reads as a value. */
function numbersOf(text: string): string[] {
  return taggedWords(text)
    .filter((w) => w.tags.includes("Value") && !w.tags.includes("Ordinal"))
    .map((w) => (w.normal ?? w.text).toLowerCase());
}

/**
 * Whether a later ask that counts and leaves out its verb ("how many countries signed the 1988
 * regs on the spot, and how many later on?") is unmet by a window covering the whole question: no
 * sentence of the window holds a word the later ask writes of its own (`wordsAfterQuestion`,
 * as `readText` reads it) together with a number the question does not write. The first ask's
 * count ("112 countries signed on the spot") beside a sentence saying "later signatures" exist
 * answers one count, not two.
 */
export function elidedCountUnmet(
  question: string,
  written: readonly string[],
  elided: readonly boolean[],
  window: string,
  sentences: readonly string[],
  readText: (text: string) => string[],
): boolean {
  const asked = new Set(numbersOf(question));
  return written.some((later, i) => {
    if (i === 0 || elided[i] !== true || !COUNTS.test(later)) return false;
    const own = wordsAfterQuestion(later).flatMap((w) => readText(w));
    if (own.length === 0 || window === "") return false;
    return !sentences.some((sentence) => {
      const read = new Set(readText(sentence));
      return own.some((w) => read.has(w)) && numbersOf(sentence).some((n) => !asked.has(n));
    });
  });
}
