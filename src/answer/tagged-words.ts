// The tagger's words, shared by the modules that read a question's or a sentence's parts of speech
// (`question-predicates.ts`, `phrasal-verbs.ts`, `verb-forms.ts`, `asked-thing.ts`,
// `name-kinds.ts`, `person-names.ts`, `doer-names.ts`, `premise-guess.ts`): one tagged word, its
// normal form and whether it closes a clause, the words of a text as tagged, the words that open a
// question's verb phrase and a noun phrase, and the tagger's reading of a word after a subject. Tagging is compromise's (a rule-based English
// tagger, no model, about a millisecond a question).
import nlp from "compromise/two";

/** One word as the tagger reads it. */
export interface TaggedWord {
  text: string;
  normal?: string;
  /** What follows the word: punctuation and space. */
  post?: string;
  tags: string[];
  /** The word's bare form, where the tagger has computed it ("brought" → "bring"). */
  root?: string;
}

interface TaggedTerm {
  terms: TaggedWord[];
}

/** The words of a tagged document, in order (its terms' words, sentence after sentence). */
export function wordsOf(doc: ReturnType<typeof nlp>): TaggedWord[] {
  return (doc.terms().json() as TaggedTerm[]).flatMap((term) => term.terms);
}

/** The words of a text, as the tagger reads them. */
export function taggedWords(text: string): TaggedWord[] {
  return wordsOf(nlp(text));
}

/** A word's normal form in lower case, as the word lists are written ("Did" → "did"). */
export function normalOf(word: TaggedWord): string {
  return (word.normal ?? word.text).toLowerCase();
}

/** Whether what follows a word (",", ";", ":", "?", "!", ".") closes its clause. */
export function endsClause(word: TaggedWord): boolean {
  return /[,;:?!.]/.test(word.post ?? "");
}

/**
 * Whether the tagger reads a word only as one of a noun phrase (`nounPhraseTagged`), neither a
 * verb nor a pronoun: what a subject between an auxiliary and its verb is made of ("did THE DUBAI
 * CONFERENCE start").
 */
export function onlyNounPhraseTagged(word: TaggedWord): boolean {
  return !word.tags.includes("Verb") && !word.tags.includes("Pronoun") && nounPhraseTagged(word);
}

/** Auxiliaries that open a question's verb phrase: "When DID the conference start?". */
const AUXILIARIES = new Set(["did", "does", "do", "will", "would", "can", "could", "should"]);
/** Tags of the words of a noun phrase: "the Dubai conference", "Russia's new proposal". */
const NOUN_PHRASE_TAGS = [
  "Determiner",
  "Possessive",
  "Adjective",
  "Value",
  "Noun",
  "ProperNoun",
  "Acronym",
];

/** The index in `words` of the first auxiliary opening a question's verb phrase, -1 if none. */
export function auxiliaryIndex(words: readonly TaggedWord[]): number {
  return words.findIndex((w) => AUXILIARIES.has(normalOf(w)));
}

/**
 * Whether the tagger reads a word as one a noun phrase may hold ("the", "Russia's", "new",
 * "proposal"): what a question's subject is read from.
 */
export function nounPhraseTagged(word: TaggedWord): boolean {
  return word.tags.some((tag) => NOUN_PHRASE_TAGS.includes(tag));
}

/**
 * The tagger's reading of a word alone after a subject pronoun ("it binds", "they start"), if it
 * reads it as one word.
 */
export function taggedAfter(subject: string, word: TaggedWord): TaggedWord | undefined {
  const terms = taggedWords(`${subject} ${word.normal ?? word.text}`);
  return terms.length === 2 ? terms[1] : undefined;
}

/**
 * Whether a word can be a verb's bare form, as an auxiliary wants it ("did X start", not "does the
 * ITU coordinate orbit slots"): the tagger's reading of it after a subject ("they start").
 */
export function isBareVerb(word: TaggedWord): boolean {
  return taggedAfter("they", word)?.tags.includes("Infinitive") === true;
}
