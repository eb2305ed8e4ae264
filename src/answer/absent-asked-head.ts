// The head the question asks for ("which AMENDMENTS did Russia table", "what PENALTY does Article
// 5B set", "which indian MINISTRY drafted it") where the corpus never writes it and no word of its
// commonest sense stands for it (`absentAskedHeads`, read by `absentTermsOf`). An unseen plain word
// elsewhere in a question is the asker's idiom ("gripe", "binned", "streamed") and is never absent;
// an unseen asked head is the asker's idiom too where it names a view, a reason or a thing of the
// talk ("what was India's STANCE", "what was the LOGIC", "which TOOLS does Res 52 list"), which the
// notes set out in their own words. It is a thing the corpus does not record where it names an act
// (WordNet's commonest noun sense files it under acts), as an unseen verb of the event asked is
// ("Who was ELECTED…?"), or where it is an initialism no dictionary holds ("which wrc revised
// them"), as a name typed in capitals that the corpus lacks is. A word naming a group is not read:
// WordNet files kind words there too ("what CATEGORY of instrument", whose head is the instrument),
// and on the blind probes that refused an answer the notes give (see absent44's section).

import { nounSynsetsOf } from "../search/thesaurus.ts";
import type { QuestionDemands } from "./question-demands.ts";
import { withoutSenseWords } from "./term-alternatives.ts";
import { type Analyze, containsTerm, type KeyTerm, writtenWords } from "./terms.ts";
import { clippedFrom } from "./window-terms.ts";

/** WordNet's lexicographer file of nouns naming an act (noun.act). */
const ACT_FILE = 4;

/** A word of three or more letters with no vowel: an initialism ("wrc", "cwg"), no English word. */
const INITIALISM_SHAPE = /^[b-df-hj-np-tv-xz]{3,}$/;

/**
 * The question's asked heads (`KeyTerm.asked`) the corpus never writes, as plain words of the
 * asker's (`unknown`: no name, no common or everyday word, not counted), that no word of the same
 * sense the corpus has stands for (`senseWords`), that the passages looked at (`seen`) do not
 * name, even clipped, and that name an act or an initialism (`namesUnrecordedThing`).
 */
export function absentAskedHeads(
  demands: QuestionDemands,
  seen: ReadonlySet<string>,
  analyzeText: Analyze,
): string[] {
  const { question } = demands;
  if (question === undefined) return [];
  return demands.keyTerms
    .filter(
      (k) =>
        k.asked === true &&
        k.unknown === true &&
        !k.fromContext &&
        !k.generic &&
        !k.everyday &&
        !k.familiar &&
        !k.counted &&
        (k.senseWords?.length ?? 0) === 0,
    )
    .filter((k) => !containsTerm(seen, withoutSenseWords(k)) && !clippedFrom(k, seen))
    .filter((k) => writtenAs(question, k, analyzeText).some(namesUnrecordedThing))
    .map((k) => k.term);
}

/** The question's words, lower case, that the index reads as the term. */
function writtenAs(question: string, k: KeyTerm, analyzeText: Analyze): string[] {
  return writtenWords(question)
    .map((w) => w.toLowerCase().replace(/['’]s?$/, ""))
    .filter((w) => analyzeText(w).includes(k.term));
}

/**
 * Whether a written word names an act (its commonest noun sense in WordNet's noun.act:
 * "amendment", "penalty"; not "stance", "logic", "tool", "heavyweight"), or is an initialism no
 * dictionary holds ("wrc").
 */
function namesUnrecordedThing(word: string): boolean {
  const senses = nounSenses(word);
  const file = senses[0]?.lexFile;
  if (file === ACT_FILE) return true;
  return senses.length === 0 && INITIALISM_SHAPE.test(word);
}

/** A written noun's WordNet senses, read from it or its singular ("ministries" → "ministry"). */
function nounSenses(word: string): ReturnType<typeof nounSynsetsOf> {
  for (const lemma of [word, word.replace(/ies$/, "y"), word.replace(/e?s$/, "")]) {
    const senses = nounSynsetsOf(lemma);
    if (senses.length > 0) return senses;
  }
  return [];
}
