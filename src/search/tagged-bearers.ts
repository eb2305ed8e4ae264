// Names of bodies, people and peoples that English's tagger knows, for a word the corpus never
// writes and the question types in lower case (nearmiss28): "what was microsoft's view…", "did
// vodafone put its name to…", "did the norwegians sign…". Typed with its capital such a word is a
// name the corpus lacks, and the question is refused; typed in lower case it was read as a plain
// word no passage holds, which weighs little, and the question was answered from what the notes
// say of the rest.
import nlp from "compromise/two";

const known = new Map<string, boolean>();

/**
 * Words after which a lower-case word is a verb, not a name: "can you google the text", "to
 * skype", "pls google it".
 */
export const BEFORE_VERB =
  /^(?:to|can|could|will|would|should|shall|may|might|must|you|we|i|they|he|she|pls|please|plz|just|lets|let's|not)$/;

/**
 * Whether English's tagger knows a lone word as an organisation, a person's name or a people's
 * name ("microsoft", "vodafone", "obama", "saudis"; not "mozilla", "orange", "liberty", "tally").
 */
export function tagsAsBearer(word: string): boolean {
  let tagged = known.get(word);
  if (tagged === undefined) {
    tagged = nlp(word).has("(#Organization|#Person|#Demonym)");
    known.set(word, tagged);
  }
  return tagged;
}
