// Which words of a question name things (nouns, names, numbers) and which say something about them
// (verbs, adjectives, adverbs). A source that answers "Who led the delegation?" may well say
// "chose X to head the delegation": the predicate is worded otherwise, the topic is not. Tagging
// is compromise's (a rule-based English tagger, no model, about a millisecond a question).
import nlp from "compromise/two";

const PREDICATE_TAGS = ["Verb", "Adjective", "Adverb"];
const NAMING_TAGS = ["Noun", "Value", "Acronym", "ProperNoun"];

/** The question's words (lower case) used only as verbs, adjectives or adverbs. */
export function predicateWords(question: string): Set<string> {
  const out = new Set<string>();
  const naming = new Set<string>();
  for (const term of nlp(question).terms().json() as TaggedTerm[]) {
    for (const t of term.terms) {
      const word = t.normal ?? t.text.toLowerCase();
      if (t.tags.some((tag) => NAMING_TAGS.includes(tag))) naming.add(word);
      else if (t.tags.some((tag) => PREDICATE_TAGS.includes(tag))) out.add(word);
    }
  }
  for (const word of naming) out.delete(word);
  return out;
}

interface TaggedTerm {
  terms: { text: string; normal?: string; tags: string[] }[];
}
