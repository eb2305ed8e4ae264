// A paragraph tells an act in its opening and names who did it, or who did not, further down, by
// a sentence that leans back on the opening's set: "On 14 December 2012, the last day, 89 Member
// States signed the Final Acts. … so 55 did not sign on the spot. … News reports said the 55
// included countries that firmly refused (the US, UK, Canada, Australia and others)…". A yes/no
// question asking whether one of them did the act ("Did Australia sign the Final Acts?") meets
// the act and its object only in the opening and the party only in the later sentence: no window
// of two sentences holds both, and the question was refused. `openingNamesCarried`
// (paragraph-lead.ts) lends the opening's names to a later window, but not for a yes/no question
// and only where the window says more of the question's names than it is lent. Here the later
// sentence itself says it is about the opening's act (it points back at it), so the window is
// lent the opening's words of the act for a yes/no question (`openingActCarried`), and
// `assessRelevance` (relevance.ts) takes that reading only where it covers the question.

import { isTopicTerm } from "./key-term-roles.ts";
import { partyKinds } from "./paragraph-lead.ts";
import type { QuestionDemands } from "./question-demands.ts";
import { mentionsNumber, numbersReferredTo, opensWithReferent } from "./sentences.ts";
import { WINDOW_SENTENCES } from "./window-reading.ts";

/** What `openingActCarried` reads of a passage: its sentences as written and their index terms. */
interface SetReading {
  spans: readonly { text: string }[];
  sentences: readonly (readonly string[])[];
}

/**
 * The question's terms that the opening of the window's paragraph (its first `WINDOW_SENTENCES`
 * sentences) says and the window from sentence `at` does not, lent to a window holding the party
 * a yes/no question asks about; undefined when no such reading applies. All of these must hold:
 * - The question is a yes/no question or a claim to check (`checksVerb`); other questions have
 *   `openingNamesCarried`.
 * - The window lies after the opening, and a sentence of it names a party of the question
 *   (a country, a person, an organisation: `partyKinds`) that the opening does not name, and
 *   every such party the question names stands in that sentence or the opening.
 * - That sentence points back at the paragraph's act (`pointsBackAtAct`): by "the N" for a number
 *   an earlier sentence of the paragraph gave ("the 55"), or by opening with a referent ("They",
 *   "It", "These"). (A verb of the question told again was a third way, taken out: "Did Peru host
 *   the 2019 fisheries talks?" read "talks" as a verb and lent "host" to "Peru sent observers to
 *   the talks".)
 * - Only the words of the act and its object are lent: never a party's name (the opening's doer
 *   is not the asked party), nor the corpus's topic words.
 */
export function openingActCarried(
  d: Pick<QuestionDemands, "keyTerms" | "checksVerb" | "question">,
  passage: SetReading,
  at: number,
): Set<string> | undefined {
  if (!d.checksVerb || at < WINDOW_SENTENCES) return undefined;
  const kinds = partyKinds(d.question ?? "");
  if (kinds.size === 0) return undefined;
  const opening = new Set(passage.sentences.slice(0, WINDOW_SENTENCES).flat());
  const parties = [...kinds.keys()].filter((t) => !opening.has(t));
  if (parties.length === 0) return undefined;
  const end = Math.min(at + WINDOW_SENTENCES, passage.sentences.length);
  let found = false;
  for (let j = at; j < end && !found; j++) {
    const own = new Set(passage.sentences[j]);
    found = parties.every((t) => own.has(t)) && pointsBackAtAct(passage, j);
  }
  if (!found) return undefined;
  const window = new Set(passage.sentences.slice(at, end).flat());
  const carried = new Set(
    d.keyTerms
      .filter((k) => !isTopicTerm(k) && !kinds.has(k.term))
      .map((k) => k.term)
      .filter((t) => opening.has(t) && !window.has(t)),
  );
  return carried.size > 0 ? carried : undefined;
}

/** How many sentences back "the 55" looks for the sentence that gave the number. */
const NUMBER_REACH = 3;

/**
 * Whether sentence `j` of the paragraph points back at what the paragraph told before it: "the N"
 * for a number given in one of the `NUMBER_REACH` sentences before it, or an opening referent.
 */
function pointsBackAtAct(passage: SetReading, j: number): boolean {
  const text = passage.spans[j]?.text ?? "";
  const counted = numbersReferredTo(text).some((n) =>
    passage.spans
      .slice(Math.max(0, j - NUMBER_REACH), j)
      .some((earlier) => mentionsNumber(earlier.text, n)),
  );
  return counted || opensWithReferent(text);
}
