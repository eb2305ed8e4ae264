// A key term narrowed to the alternatives a place must say it by: without its thesaurus words,
// its verb's other forms, the names whose long form holds its sense, or the field's nouns for it.

import type { KeyTerm } from "./terms.ts";

/** The key term without its thesaurus words (`senseWords`): as a sentence must say it. */
export function withoutSenseWords(key: KeyTerm): KeyTerm {
  return withoutListed(key, "senseWords");
}

/** The key term without its verb's other forms (`formWords`): as it is stated for "full". */
export function withoutFormWords(key: KeyTerm): KeyTerm {
  return withoutListed(key, "formWords");
}

/** The key term without the names whose long form holds its sense (`nameWords`). */
export function withoutNameWords(key: KeyTerm): KeyTerm {
  const { nameWords, broaderWords } = key;
  if (nameWords === undefined && broaderWords === undefined) return key;
  const { nameWords: _, broaderWords: __, ...rest } = key;
  return withoutSaid(rest, [...(nameWords ?? []), ...(broaderWords ?? [])]);
}

/** A key term's alternatives and sense words without those `said` lists. */
function withoutSaid(key: KeyTerm, said: readonly string[][]): KeyTerm {
  const listed = new Set(said.map((a) => a.join(" ")));
  const keep = (a: string[]) => !listed.has(a.join(" "));
  const senseWords = key.senseWords?.filter(keep) ?? [];
  return {
    ...key,
    alternatives: key.alternatives.filter(keep),
    ...(senseWords.length > 0 ? { senseWords } : { senseWords: undefined }),
  };
}

/** The key term without the alternatives its `field` lists, nor the field itself. */
function withoutListed(key: KeyTerm, field: "senseWords" | "formWords"): KeyTerm {
  const listed = key[field];
  if (listed === undefined) return key;
  const { [field]: _, ...rest } = key;
  const said = new Set(listed.map((a) => a.join(" ")));
  return { ...rest, alternatives: key.alternatives.filter((a) => !said.has(a.join(" "))) };
}

/** The key term without the field's nouns for it (`fieldWords`): as a heading must say it. */
export function withoutFieldWords(key: KeyTerm): KeyTerm {
  const { fieldWords } = key;
  if (fieldWords === undefined) return key;
  const { fieldWords: _, ...rest } = key;
  return withoutSaid(rest, fieldWords);
}
