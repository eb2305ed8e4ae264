// A sentence pointing back mid-sentence by a demonstrative noun phrase ("…cannot block this
// traffic…", "…wrote that these comments had no formal standing…", "CDT made this case…"): what
// "this traffic" is was said before it in its source, and an answer quoting it without that says
// nothing a reader can place (issue #12: never a sentence whose referent is not in the answer).
// This module reads the phrase (orph41's reading, kept from the tag `study/orph41`);
// `orphan-count.ts` judges, from an answer's text, whether the answer states what it points at.

/** A demonstrative, then up to three words of the noun phrase it opens. */
const DEMONSTRATIVE = /\b(this|these|those|such)\s+([a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})(\s*:)?/g;

/**
 * Words that end a noun phrase, or show the demonstrative stands alone ("said this was…", "those
 * against…", "such as…"): verbs of being and having, modals, prepositions, conjunctions, articles.
 */
const PHRASE_END = new Set(
  `is was are were be been being has had have would will could can should may might must did does do
  of in on at to for from by with as and or but that which who whom whose what when where why how
  not no without against about into over under after before between through during within across
  the a an its it their his her our this these those such than then so if also only even just`.split(
    /\s+/,
  ),
);

/**
 * Nouns a demonstrative names without pointing back: a time ("this year", "this December"), the
 * text itself ("this note", "this corpus", "not available to this research"), "this one" (its
 * noun is in its own sentence: "resolutions do not have treaty status and that this one…").
 */
const NOT_POINTING = new Set(
  `year years week weeks month months time times morning afternoon evening day days summer autumn
  spring winter decade century moment january february march april may june july august september
  october november december note notes corpus research one`.split(/\s+/),
);

/** Words of a noun phrase telling its place or order, not what it is ("this last criterion"). */
const PLACE_WORDS = new Set(
  "last first new same other latest final second third latter former particular".split(" "),
);

/** "…of this kind": the noun classified ("language of this kind") is the noun pointed with. */
const KIND_NOUN = /^(?:kind|kinds|sort|sorts|type|types)$/;

/**
 * A thing named by its proper name after "the" ("…actually use the ITRs, and whether a
 * high-level treaty of this kind…"): a class phrase ("X of this kind", "such X") after it in its
 * sentence classifies that thing, and points back at nothing before the sentence.
 */
const NAMED_THING = /\b[Tt]he\s+\p{Lu}/u;

/** A noun phrase pointing back: where it starts in its sentence and the words naming it. */
export interface PointingPhrase {
  at: number;
  words: string[];
}

/**
 * The noun phrase a sentence points back with mid-sentence ("traffic" in "…argued that
 * governments cannot block this traffic…"), or undefined: not at its opening (`leansOnPrevious`
 * reads that), not inside a quotation, not a demonstrative standing alone ("said this was…"), not
 * a time or the text itself, nor one whose colon points forward ("lists it this way: spam is…"),
 * nor a class phrase whose thing the sentence names before it (`NAMED_THING`).
 */
export function pointingPhrase(sentence: string): PointingPhrase | undefined {
  for (const m of sentence.matchAll(DEMONSTRATIVE)) {
    const at = m.index as number;
    if (/^[\s"“'‘(*_-]*$/.test(sentence.slice(0, at)) || insideQuotes(sentence, at)) continue;
    const words: string[] = [];
    for (const w of (m[2] as string).split(/\s+/)) {
      if (PHRASE_END.has(w)) break;
      words.push(w);
    }
    const first = words[0];
    if (first === undefined || NOT_POINTING.has(first)) continue;
    if (m[3] !== undefined && words.length === (m[2] as string).split(/\s+/).length) continue;
    const classPhrase = KIND_NOUN.test(first) || m[1] === "such";
    if (classPhrase && NAMED_THING.test(sentence.slice(0, at))) continue;
    if (KIND_NOUN.test(first)) {
      const classified = /([\p{L}-]+)\s+of\s+$/u.exec(sentence.slice(0, at));
      if (classified) return { at: classified.index, words: [classified[1] as string] };
    }
    const naming = words.filter((w) => !PLACE_WORDS.has(w));
    return { at, words: naming.length > 0 ? naming : words };
  }
  return undefined;
}

/** Whether `at` falls inside a quotation (an odd number of straight quotes, or an open curly). */
function insideQuotes(sentence: string, at: number): boolean {
  const before = sentence.slice(0, at);
  const straight = (before.match(/"/g) ?? []).length;
  const opened = (before.match(/“/g) ?? []).length - (before.match(/”/g) ?? []).length;
  return straight % 2 === 1 || opened > 0;
}
