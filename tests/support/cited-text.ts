// Answers made by hand for the readers that add a sentence to an answer (asks.ts): each sentence
// cites the passage given with it, numbered in order of first citation.
import type { CitedText } from "../../src/answer/asks.ts";
import type { Citation } from "../../src/types.ts";

const cite = (n: number, passageId: string): Citation => ({
  n,
  passageId,
  documentId: passageId.split(":")[0] as string,
  title: passageId,
  quote: "",
});

/** An answer whose sentences each cite the passage given with them. */
export function cited(sentences: readonly (readonly [string, string])[]): CitedText {
  const ids = [...new Set(sentences.map(([, id]) => id))];
  return {
    text: sentences.map(([s, id]) => `${s} [${ids.indexOf(id) + 1}]`).join(" "),
    citations: ids.map((id, i) => cite(i + 1, id)),
  };
}
