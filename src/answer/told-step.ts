// A step told: what a how answer's next sentence carries. A how question asks the steps, the
// means or the manner of something done ("who else said it and how did he put it", "how did CDT
// get the word out…"), and the notes tell a process as a story, one act a sentence, in order: "In
// November 2012 Kramer … and FCC Chairman Julius Genachowski both argued that cybersecurity should
// be kept out of the ITRs." then "Genachowski said international regulations are too broad, too
// inflexible and too slow…"; "Emma Llansó's blog post … describes the paper as 'issued today'."
// then "CDT's Kevin Bankston announced it to the Internet Rights and Principles list…". The method
// cue (`carriesAnswer`, evidence.ts) reads only words naming a means ("by", "through", "would",
// "process"…), and such a next act names none, so where the answer quoted the first act of a
// paragraph the one after it was not read as carrying on the answer (`readOnFromQuotedSentences`).
// A sentence tells a step when a verb of it is in the past tense, as the tagger reads it: it
// reports something done. (A caveat or a description in the present, "The obligation is soft",
// tells none; nor, as the tagger reads it, "Council 2023 set new terms…".) Tuning half (3,820 q):
// recall 0.8402 -> 0.8403 (in-4207 0.67 -> 1.00, none worse), no trust figure moved, 19 texts
// changed; see docs/answer-quality.md (how38).
import { taggedWords } from "./tagged-words.ts";

/** Whether the sentence reports an act done: a verb of it in the past tense. */
export function tellsStep(sentence: string): boolean {
  return taggedWords(sentence).some((w) => w.tags.includes("PastTense"));
}
