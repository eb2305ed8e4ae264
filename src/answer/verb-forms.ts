// The irregular forms of a question's verbs (`irregularVerbs`): the bare form of a past written
// irregularly ("brought" → "bring") and a verb's other forms ("binds" → "bound"), which the stemmer
// leaves words apart; read by the tagger and its conjugator.
import nlp from "compromise/two";
import { endsClause, normalOf, type TaggedWord, taggedAfter, wordsOf } from "./tagged-words.ts";

/** The irregular forms of a question's verbs, read from one tagging of the question. */
export interface IrregularVerbs {
  /**
   * The bare form of each verb written in an irregular past form, by the word as written (lower
   * case): "brought" → "bring", "wrote" → "write", "sought" → "seek". The stemmer reads "signed"
   * as "sign" but leaves "brought" a word of its own, which a corpus saying "bring" or "bringing"
   * never has. Only forms whose bare form the stemmer reads otherwise are kept.
   */
  bases: Map<string, string>;
  /**
   * The irregular other forms of each verb, by the word as written (lower case): "binds" →
   * ["bound"], "hold" → ["held"], "take" → ["took", "taken"], "took" → ["take", "taken"]. The
   * stemmer meets "signs" with "signed" but leaves "bound" a word apart from "bind", so a source
   * saying the parties "remain bound" never met a question asking which rules "bind" them. Read
   * only of words the tagger takes for verbs in the question (not "the lead", "a draw"); only
   * forms whose stem differs from the written word's are kept. Not the verbs that carry tense or
   * voice ("was", "did", "has").
   */
  forms: Map<string, string[]>;
}

/**
 * The question's irregular verb forms (`IrregularVerbs`): the tagger (compromise, with its roots)
 * reads the question once for both readings.
 */
export function irregularVerbs(question: string, stem: (word: string) => string[]): IrregularVerbs {
  const bases = new Map<string, string>();
  const forms = new Map<string, string[]>();
  const doc = nlp(question);
  doc.compute("root");
  const words = wordsOf(doc);
  for (const [i, word] of words.entries()) {
    const written = normalOf(word);
    if (!/^\p{L}+$/u.test(written)) continue;
    if (!bases.has(written)) {
      const base = pastFormBase(word, written, stem);
      if (base !== undefined) bases.set(written, base);
    }
    if (!forms.has(written)) {
      const others = otherVerbForms(word, words[i - 1], written, stem);
      if (others.length > 0) forms.set(written, others);
    }
  }
  return { bases, forms };
}

/** The bare form of `word` (written `written`) if it is an irregular past form (`bases`). */
function pastFormBase(
  word: TaggedWord,
  written: string,
  stem: (word: string) => string[],
): string | undefined {
  if (!word.tags.includes("PastTense") && !word.tags.includes("Participle")) return undefined;
  const base = word.root?.toLowerCase();
  if (base === undefined || !/^\p{L}+$/u.test(base) || base === written) return undefined;
  const [baseStem] = stem(base);
  const [writtenStem] = stem(written);
  if (baseStem === undefined || baseStem === writtenStem) return undefined;
  return base;
}

/** Verbs that only carry tense, mood or voice: their other forms say nothing of the event. */
const CARRIER_VERBS = new Set([
  "be",
  "have",
  "do",
  "will",
  "would",
  "can",
  "could",
  "shall",
  "should",
  "may",
  "might",
  "must",
  "get",
]);

/** The irregular other forms of `word` (written `written`), if it is a verb (`forms`). */
function otherVerbForms(
  word: TaggedWord,
  previous: TaggedWord | undefined,
  written: string,
  stem: (word: string) => string[],
): string[] {
  if (!word.tags.includes("Verb") && !pluralReadAsVerb(word, previous)) return [];
  if (word.tags.some((tag) => tag === "Auxiliary" || tag === "Copula" || tag === "Modal"))
    return [];
  const base = (word.root ?? written).toLowerCase();
  if (!/^\p{L}+$/u.test(base) || CARRIER_VERBS.has(base)) return [];
  const [writtenStem] = stem(written);
  if (writtenStem === undefined) return [];
  const conjugated = conjugate(base);
  const others = new Set<string>();
  for (const form of [base, conjugated.PastTense, conjugated.Participle]) {
    if (form === undefined || !/^\p{L}+$/u.test(form)) continue;
    const [formStem] = stem(form);
    if (formStem !== undefined && formStem !== writtenStem) others.add(form);
  }
  return [...others];
}

/**
 * A word the tagger read as a plural noun that is a verb's "-s" form after its subject: "which one
 * BINDS whom" (not after a determiner, a possessive or an adjective: "the leads", "its draws").
 */
function pluralReadAsVerb(word: TaggedWord, previous: TaggedWord | undefined): boolean {
  if (!word.tags.includes("Plural") || previous === undefined) return false;
  if (endsClause(previous)) return false;
  if (
    previous.tags.some((tag) => tag === "Determiner" || tag === "Possessive" || tag === "Adjective")
  )
    return false;
  return taggedAfter("it", word)?.tags.includes("PresentTense") === true;
}

type Conjugation = { PastTense?: string; Participle?: string };
let conjugator: ((verb: string) => Conjugation) | undefined;

/** The tagger's conjugation of a verb's bare form ("bind" → past "bound"). */
function conjugate(verb: string): Conjugation {
  if (!conjugator) {
    // (compromise exposes its conjugator as a method on its world, untyped.)
    const methods = nlp.methods() as {
      two?: { transform?: { verb?: { conjugate?: (v: string, m: unknown) => Conjugation } } };
    };
    const model = nlp.model();
    const conj = methods.two?.transform?.verb?.conjugate;
    conjugator = conj ? (v) => conj(v, model) : () => ({});
  }
  return conjugator(verb);
}

/**
 * A bare verb's past and participle as the conjugator writes them ("write" → ["wrote",
 * "written"], "head" → ["headed"]), for a verb that stands in no question (a word of an asked
 * verb's sense, `KeyTerm.verbSenseWords`). Empty for a phrase.
 */
export function pastForms(verb: string): string[] {
  if (!/^\p{L}+$/u.test(verb)) return [];
  const conjugated = conjugate(verb);
  return [conjugated.PastTense, conjugated.Participle].filter(
    (f): f is string => typeof f === "string" && /^\p{L}+$/u.test(f) && f !== verb,
  );
}
