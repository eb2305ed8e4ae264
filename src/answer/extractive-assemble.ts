// The answer's assembly: the chosen sentences put in reading order (a list's dates in date
// order), each cited, citations numbered in order of first use, the text rendered (bullets for a
// list), and whether it holds the kind of answer asked. Split out of `extractive.ts`, which calls it.
import { citationNumbering } from "./citations.ts";
import { carriesAnswer, givesReasons, hasSpecificCue, statesExactCount } from "./evidence.ts";
import { inDateOrder, itemsOf } from "./extractive-list.ts";
import type { AnswerShape, ExtractiveAnswer } from "./extractive-shape.ts";
import { inReadingOrder, passagesOf, type Sentence, wordCount } from "./extractive-view.ts";

/**
 * A when answer from a note's paragraph that is dated only by its run-in heading ("**Busan
 * 2014.** New America's Open Technology Institute reported that PP-14 made only minor
 * changes…", "**Sign-on letter (September 2012).** CDT circulated a letter…") gave no date: the
 * heading is never shown as a sentence, and none of the paragraph's sentences says when. Where
 * none of the sentences taken from such a paragraph gives a date and its own heading does, the
 * first of them is shown after the heading as its label ("Busan 2014: New America's…"). It is the
 * source's own dating of the paragraph; the label still never counts toward `full` (the coverage
 * rule for a heading's date, `answersTypeOf`), since the sentence itself does not say when.
 */
export function datedByHeading(
  chosen: readonly Sentence[],
  shape: AnswerShape,
): Map<Sentence, string> {
  const labels = new Map<Sentence, string>();
  if (shape.expected !== "date" || shape.list) return labels;
  for (const view of passagesOf(chosen)) {
    const own = chosen.filter((s) => s.view === view && s.usable).sort((a, b) => a.index - b.index);
    const first = own[0];
    if (!first || own.some((s) => carriesAnswer(s.display, "date"))) continue;
    // Only a paragraph about what is asked: one of its sentences taken names a question word.
    if (!own.some((s) => s.keys.length > 0)) continue;
    const path = view.scored.passage.sectionPath;
    const heading = (path[path.length - 1] ?? "").replace(/[*_]/g, "").replace(/[\s.:;]+$/, "");
    if (heading === "" || !carriesAnswer(heading, "date")) continue;
    labels.set(first, heading);
  }
  return labels;
}

export function answersTypeOf(sentences: Sentence[], shape: AnswerShape): boolean {
  if (shape.sides.length > 1) {
    return shape.sides.every((_, i) => sentences.some((s) => s.sides.includes(i)));
  }
  // A list set out in one sentence ("They included keeping X, keeping Y voluntary, avoiding Z,
  // and W.") is answered, though it shows as one bullet with the sentence it leans on: two
  // complete answers were labelled `partial` (tuning half: recall unchanged, 2 answers at recall 1
  // now `full`, no out-of-scope answer `full`).
  if (shape.list) {
    return (
      itemsOf(inReadingOrder(sentences)).length >= 2 ||
      sentences.some((s) => s.usable && s.enumerates && s.answers)
    );
  }
  if (!hasSpecificCue(shape.expected)) return true;
  const answering = sentences.filter((s) => s.usable && s.answers);
  if (shape.expected === "number") return answering.some((s) => statesExactCount(s.display));
  if (shape.expected !== "reason") return answering.length > 0;
  // A reason comes with its grounds, in the answering passage: a sentence reporting only that
  // the thing asked happened ("…countries that firmly refused, Canada among them") gives none.
  return answering.some((a) =>
    sentences.some((s) => s.usable && s.view === a.view && givesReasons(s.display)),
  );
}

/**
 * Orders the sentences for reading: passages in the order they were judged best, a passage's
 * sentences in their original order; numbers citations in order of first use, one per passage and
 * set of primary sources (sentences of one paragraph share a citation).
 */
export function assemble(
  chosen: Sentence[],
  shape: AnswerShape,
  share: (keys: Iterable<number>) => number,
  lead: readonly Sentence[] = [],
  labels: ReadonlyMap<Sentence, string> = new Map(),
): ExtractiveAnswer {
  const read = [...lead, ...inReadingOrder(chosen).filter((s) => !lead.includes(s))];
  const ordered = shape.list && shape.expected === "date" ? inDateOrder(read) : read;
  const { citations, numberFor } = citationNumbering();
  const sentences: ExtractiveAnswer["sentences"] = [];
  for (const s of ordered) {
    const { passage } = s.view.scored;
    const n = numberFor(s.view.scored, s.quote);
    const label = labels.get(s);
    sentences.push({
      text: label ? `${label}: ${s.display}` : s.display,
      passageId: passage.id,
      n,
    });
  }
  const text = shape.list
    ? itemsOf(ordered)
        .map(
          (item) =>
            `- ${item.map((s) => `${s.display} [${sentences[ordered.indexOf(s)]?.n}]`).join(" ")}`,
        )
        .join("\n")
    : sentences.map((s) => `${s.text} [${s.n}]`).join(" ");
  const covered = new Set(ordered.flatMap((s) => [...s.keys, ...s.contextKeys]));
  return {
    text,
    citations,
    termCoverage: share(covered),
    answersType: answersTypeOf(ordered, shape),
    sentences,
    words:
      ordered.reduce((sum, s) => sum + s.words, 0) +
      [...labels.values()].reduce((sum, l) => sum + wordCount(l), 0),
  };
}
