// Background giving way to a sentence that answers, in an answer already at its budget.
//
// A best passage up to 115 words is read whole, and its sentences naming none of the question's
// words fill the budget as much as those answering it: "did CEPT walk away happy w/ the final
// text?" was led by CEPT's pre-conference paragraph, whose "In August 2012 the European
// Commission proposed an EU line: …" (43 words) and the like left no room for the next
// paragraph's "It added that the scope clause in Article 1.1 and Articles 5A and 5B were still
// unclear enough that most CEPT members could not accept them", which says how CEPT came out of
// Dubai. A sentence of a quoted passage that answers the question (`readOnInQuotedPassages`,
// `extractive-joined.ts`) could take the place only of lower passages' sentences. Here, once
// those are spent, the background of any passage gives way too: a sentence taken that names none
// of the question's key terms itself (its headings aside) and, where the answer asked for has a
// cue of its own (a count, a date, a name, a reason), carries none. Only for a sentence carrying
// on what its passage already gives the answer (it follows, or leans on, a sentence of substance
// taken from its paragraph): a passage quoted only by a caveat took its uncorroborated figure in
// place of the best paragraph's account ("One outlet put the US delegation at 123 members." for
// "did the US end up signing?").
import { hasSpecificCue } from "./evidence.ts";
import type { AnswerShape } from "./extractive-shape.ts";
import { dependencyChain, type Sentence } from "./extractive-view.ts";

/** A sentence taken only as background (see the module comment). */
export function isBackground(s: Sentence, shape: AnswerShape): boolean {
  if (!s.usable || s.keys.length > 0) return false;
  return !(hasSpecificCue(shape.expected) && s.carries);
}

/** The sentences `s` goes on from: the one before it in its paragraph, and the one it leans on. */
function goesOnFrom(s: Sentence): Sentence[] {
  const before = [
    s.view.sentences[s.index - 1],
    s.leansOn === undefined ? undefined : s.view.sentences[s.leansOn],
  ];
  return before.filter((b) => b !== undefined);
}

/** `s` goes on from a sentence of substance the answer took from its paragraph. */
export function carriesOnTaken(s: Sentence, picked: ReadonlySet<Sentence>): boolean {
  return goesOnFrom(s).some((b) => b.usable && picked.has(b));
}

/**
 * The background sentences taken that may give way to `s`, least relevant first (latest first
 * among equals); none where `s` does not carry on from its paragraph's taken sentences. Sentences
 * something else kept leans on are left out by the caller.
 */
export function backgroundGivingWay(
  s: Sentence,
  picked: ReadonlySet<Sentence>,
  shape: AnswerShape,
  relevance: (s: Sentence) => number,
): Sentence[] {
  if (!carriesOnTaken(s, picked)) return [];
  // (Never what `s` goes on from or leans on: it would stand cut off from it.)
  const kept = new Set([...goesOnFrom(s), ...dependencyChain(s)]);
  return [...picked]
    .filter((p) => !kept.has(p) && isBackground(p, shape))
    .sort(
      (a, b) => relevance(a) - relevance(b) || b.view.order - a.view.order || b.index - a.index,
    );
}
