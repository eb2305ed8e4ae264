// The words that point back at something said before them ("who backed IT", "what was ITS
// line", "HE acknowledged that…", "THOSE points"): one list, in three named parts, that every
// reader of a pointing-back word builds its pattern from. A reader taking only some of them says
// why beside its pattern.
import { alt } from "./question-words.ts";

/** Pronouns standing for a thing or a group: "it", "its", "they", "them", "their". */
export const THING_PRONOUNS: readonly string[] = ["it", "its", "they", "them", "their"];

/** Pronouns standing for a person: "he", "him", "his", "she", "her". */
export const PERSON_PRONOUNS: readonly string[] = ["he", "him", "his", "she", "her"];

/** Demonstratives: "this", "that", "these", "those". */
export const DEMONSTRATIVES: readonly string[] = ["this", "that", "these", "those"];

/** Every word pointing back: the pronouns and the demonstratives. */
export const POINTING_WORDS: readonly string[] = [
  ...THING_PRONOUNS,
  ...PERSON_PRONOUNS,
  ...DEMONSTRATIVES,
];

/** The object forms ("them", "him"): a sentence never opens on one. */
export const OBJECT_PRONOUNS: readonly string[] = ["them", "him"];

/** The possessives ("its", "their", "his"): they point back while naming a thing of their own. */
export const POSSESSIVES: readonly string[] = ["its", "their", "his"];

/** Some pointing words without others, as a regular-expression group: "(?:it|its|…)". */
export function pointingWords(words: readonly string[], without: readonly string[] = []): string {
  return alt(words.filter((w) => !without.includes(w)));
}
