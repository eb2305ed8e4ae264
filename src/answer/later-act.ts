// A later ask naming nothing of its own but asking a new act ("when did ETNO file C-109 and when
// did they formally pull it"): `laterAskUnmet` reads only a later ask's names and `byAsk` skips a
// later ask naming none, so the first ask's paragraph covered the question, though it says only
// that ETNO was "considering withdrawing it" (laterask32).
import type { ScoredPassage } from "../types.ts";
import { namesOfAsk } from "./asks.ts";
import type { AskTools } from "./asks-stated.ts";
import { asksAndWindowPassage } from "./each-ask.ts";
import { isRequired } from "./key-term-roles.ts";
import type { Relevance } from "./relevance.ts";
import { containsTerm } from "./terms.ts";

/**
 * Words that leave an act untold in the sentence saying it: a hedge ("considering", "likely",
 * "reported to be", "would", "due"), a denial or a negation ("denied", "not"). An act met only
 * in such sentences is not stated as done.
 */
/** The failed check logged where a later ask's act is untold. */
export const LATER_ACT_UNTOLD = "laterActUntold";

const UNTOLD =
  /\b(?:consider(?:s|ed|ing)?|likely|would|could|might|may|due|reportedly|expected|plann(?:ed|ing)|intend(?:s|ed)?|denie[sd]|deny|not|never|no)\b/i;

/**
 * Pronouns the tagger can read as a verb's own word ("when did HE deny…"): they stand for the
 * first ask's subject and are no act.
 */
const PRONOUN = new Set(["he", "she", "they", "it", "we", "i", "you", "them", "him", "her"]);

/**
 * Whether a later ask, set apart as an ask and naming no name of its own, asks an act (its own
 * required words, none the other asks write) that the passage whose window covers the whole
 * question does not state as done: each such word is absent from the passage, or met only in
 * sentences that hedge, deny or negate (`UNTOLD`, words of the act itself aside: "when did he
 * deny the reports" is told by "denied"). Then the first ask's paragraph does not answer the
 * question and it is refused.
 */
export function laterActUntold(
  question: string,
  assessed: Relevance,
  passages: readonly ScoredPassage[],
  tools: Pick<AskTools, "keyTermsFor" | "analyzeText" | "readText">,
): boolean {
  const read = asksAndWindowPassage(question, assessed, passages);
  if (read === undefined) return false;
  const { asks, passage } = read;
  const sentences = windowParagraph(passage.text, assessed.window).split(/(?<=[.;!?])\s+/);
  const terms = asks.map(tools.keyTermsFor);
  return asks.some((ask, i) => {
    if (i === 0 || namesOfAsk(ask, tools.analyzeText).length > 0) return false;
    const others = new Set(terms.flatMap((ts, j) => (j === i ? [] : ts.map((k) => k.term))));
    const act = (terms[i] ?? []).filter(
      (k) =>
        (isRequired(k) || (k.predicate === true && !k.generic && !k.fromContext)) &&
        !k.asked &&
        !PRONOUN.has(k.term) &&
        !others.has(k.term),
    );
    if (act.length === 0) return false;
    const hedged = UNTOLD.test(ask.replace(/['’]d\b/g, " would"));
    return act.every(
      (k) =>
        !sentences.some((sentence) => {
          const said = new Set(tools.readText(sentence));
          if (!containsTerm(said, k)) return false;
          // (The act's own words aside: "denied" tells "when did he deny".)
          const rest = sentence
            .split(/\s+/)
            .filter((w) => !containsTerm(new Set(tools.readText(w)), k))
            .join(" ");
          // (Nor where the ask itself hedges: "what did he say he'd recommend" is told by "he
          // would recommend".)
          return !UNTOLD.test(rest) || hedged;
        }),
    );
  });
}

/**
 * The paragraph of a passage that holds the window covering the question (its first words,
 * citation markers aside): the act must be told of the first ask's subject, not in the next
 * paragraph of another party ("Norland withdrew it" for "when did Ostria … and when did they
 * walk out"). The whole passage where none is found.
 */
function windowParagraph(text: string, window: string | undefined): string {
  const opening = (window ?? "").trim().slice(0, 40);
  if (opening === "") return text;
  const paragraphs = text.split(/\n\s*\n/);
  const found = paragraphs.find((p) => p.replace(/\s*\[\d+\]/g, "").includes(opening));
  return found ?? text;
}
