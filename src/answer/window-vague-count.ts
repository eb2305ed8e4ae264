// Whether a how-many window leaves the count asked vague: the sentence about the counted thing
// says "several", "many" or "most" of it, while any count of it stands in a sentence telling less
// of what is asked (`countLeftVague`). Read in `answerTypeGiven` (window-answer-type.ts).

import { countsRightBefore } from "./evidence.ts";
import { isRequired } from "./key-term-roles.ts";
import type { QuestionDemands } from "./question-demands.ts";
import { containsTerm } from "./terms.ts";
import type { Window } from "./window-reading.ts";

/**
 * A quantifier that counts nothing exactly, right before the counted noun (at most
 * `VAGUE_REACH` words between, none ending in punctuation): "several Western delegations", "most
 * CEPT members", "many signatories". Not "no" ("no EU Member State signed" gives a count, none),
 * nor "all" or "both", which a reader can count.
 */
const VAGUE = /^(?:several|many|most|some|few|numerous|various|multiple)$/i;
const VAGUE_REACH = 2;

/** Whether `text` writes the counted thing after a vague quantifier. */
function quantifiesVaguely(text: string, isCounted: (word: string) => boolean): boolean {
  const words = text.split(/\s+/).filter((w) => w !== "");
  return words.some(
    (w, q) =>
      VAGUE.test(w) &&
      words
        .slice(q + 1, q + 2 + VAGUE_REACH)
        .some(
          (next, n, after) =>
            isCounted(next) && after.slice(0, n).every((between) => !/[,;:.)]$/.test(between)),
        ),
  );
}

/**
 * "How many Western delegations saw the access vote as crossing a red line?" where the note says
 * "It passed 77 to 33 with 8 abstentions, and several Western delegations saw that moment as
 * crossing a red line"; "how many CEPT members didn't sign?" beside "CEPT said its 48 members had
 * succeeded…. It added that … most CEPT members could not accept them, and it listed the CEPT
 * states that did not sign." The window's sentence that says a required word or a verb of the
 * question ("western", "sign") no window sentence counting the thing says names the thing counted
 * only as "several" or "most" of it: the counts beside it are of other things (the vote's tally, CEPT's
 * whole membership), and the count asked is not given. Only where the thing counted is written
 * after the quantifier: "It passed 77 to 33 …, and several Western delegations saw…" still
 * answers how many voted for the sentence, whose words the vague sentence does not add. (Only the
 * window's sentences: read in its whole passage, "many" in another sentence of the WCITLeaks
 * paragraph refused two in-scope counts of the documents the site had posted, in-3009 and
 * in-3196.)
 */
export function countLeftVague(d: QuestionDemands, w: Window): boolean {
  const { counted, isCounted, keyTerms } = d;
  if (d.expected !== "number" || counted === undefined || isCounted === undefined) return false;
  const { sentences } = w.passage;
  const says = (j: number) => new Set(sentences[w.at + j] ?? []);
  // (Its verbs too, as a count of the thing names them: "sign" in "…states that did not sign".
  // Only the counting ask's own words: in "how many docs had it put up…, and how many people backed
  // access's petition…", "access" is the second ask's, and "…obtained through ITU password access"
  // beside "many of the documents" leaves nothing of the first ask's count vague.)
  const own = keyTerms.filter(
    (k) =>
      (isRequired(k) || k.verb === true) &&
      k !== counted &&
      !k.fromContext &&
      k.generic !== true &&
      (d.countingAskTerms === undefined || d.countingAskTerms.has(k.term)),
  );
  const counting = w.spans.flatMap((s, j) => (countsRightBefore(s.text, isCounted) ? [j] : []));
  return w.spans.some(
    (s, j) =>
      quantifiesVaguely(s.text, isCounted) &&
      !countsRightBefore(s.text, isCounted) &&
      own.some((k) => containsTerm(says(j), k) && !counting.some((c) => containsTerm(says(c), k))),
  );
}
