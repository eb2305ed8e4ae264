// A comparison's own ask: the clause that asks only how its sides stand to each other ("- how do
// they differ", "- same point or not", "- which one's rosier", "- do they pull in different
// directions?"), and the "vs" between them. Neither is a topic either side's passages must write:
// a side is told by what it said or did, and the answer sets the two side by side. Read by
// `bySide` (coverage-otherwise.ts) before it asks each side the comparison's topic.
import { COMPARE_SIGNAL } from "../search/question-comparison.ts";

/** Where a clause ends: a dash, colon, semicolon, question mark or full stop, or a comma before "and"/"or". */
const CLAUSE_END = /\s+[-–—]+\s+|:\s+|;\s*|[?.!]+(?:\s+|$)|,\s*(?=(?:and|or)\b)/;

/**
 * A clause asking the comparison and nothing else: a word comparing ("differ", "compare",
 * "stack up", "at odds"), "same … or not / or did they…", "which (one) is the -er", a split or a
 * shift between them, with at most the pronouns, auxiliaries and quantifiers around it.
 */
const COMPARING_ASK = new RegExp(
  [
    // "how do they differ", "how do the two pitches stack up", "do they pull in different directions"
    String.raw`^(?:(?:how|where|in what ways?)\s+)?(?:(?:do|does|did|are|were|is|was)\s+)?(?:(?:they|them|the two(?:\s+\w+)?|both|these|those|the pair|(?:their|the)\s+[\p{L}-]+)\s+)?(?:(?:really|actually|basically)\s+)?(?:${COMPARE_SIGNAL.source.replace(/^\\b\(\?:|\)\\b$/g, "")}|pull(?:ing)? in (?:different|opposite) directions|split|diverge|part ways|disagree|agree|clash)\b(?:\s+(?:much|at all|really|on it))?$`,
    // "same point or not", "same red lines or did they shift", "same thing?"
    String.raw`^(?:(?:is|was|are|were)\s+(?:it|that|they)\s+)?(?:the\s+)?same(?:\s+[\p{L}-]+){0,2}(?:\s+or\s+(?:not|different|(?:did|do|have|had)\s+(?:they|it|those|these)\s+(?:shift(?:ed)?|change[ds]?|move[ds]?|drift(?:ed)?)))?$`,
    // "which one's rosier", "which of them was harsher", "who's tougher"
    String.raw`^(?:which(?:\s+(?:one|of (?:them|the two)))?|who)(?:['’]s|\s+(?:is|was|were|are|comes? across|reads?))\s+(?:the\s+)?(?:more\s+[\p{L}-]+|[\p{L}-]+er)$`,
    // "and on what", "or not", "break it down", "figures pls": what follows a comparison's ask
    String.raw`^(?:and\s+)?(?:on|over|about)\s+what$|^or not$|^break (?:it|that|them) down$`,
  ].join("|"),
  "iu",
);

/** The question's clauses. */
function clausesOf(text: string): string[] {
  return text
    .split(CLAUSE_END)
    .map((c) => c.trim().replace(/^(?:and|or|but|so)\s+/i, ""))
    .filter((c) => c.length > 0);
}

/**
 * The comparison's topic without its own ask: each clause that only asks how the sides stand to
 * each other is taken out, and the "vs" between the sides ("…'s verdict vs  's - which one's
 * rosier, and on what" → "…'s verdict  's"). A clause naming a topic ("how did each read the
 * security outcome", "toothless, or a step into content?") is kept whole.
 */
export function withoutComparingAsk(topic: string): string {
  let kept = topic;
  for (const clause of clausesOf(topic)) {
    if (COMPARING_ASK.test(clause.replace(/[?.!,]+$/, "").trim())) kept = kept.replace(clause, " ");
  }
  return kept
    .replace(/\s(?:versus|vs\.?|v\.)(?=\s|$)/gi, " ")
    .replace(/\s+[-–—]+\s*(?=[-–—,?.!]|$)/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}
