// The asker's situation before the ask: a first sentence in the first person that states and asks
// nothing ("Context: we're prepping the board on WCIT."), read for instructions apart and left out
// of what is searched unless the ask points back at it; and the message from its ask on
// (`withoutChatBefore`), which the engine reads.

import { ASKER_STATE, FIRST_PERSON_OPENING } from "./question-asker.ts";
import { capitalisedAsk, withoutChatOpening } from "./question-chat.ts";
import { POINTS_BACK, sentencesOf, UNMARKED_ASK } from "./question-focus.ts";
import { stripInstructions } from "./question-instructions.ts";
import { ASKING_WORD, LEAD_IN, namesOnlyOccasion } from "./question-lead-ins.ts";
import { foldQuoteMarks } from "./question-quotes.ts";

/**
 * "We're prepping the board on WCIT. caveats box for a memo: what's still unverified…?": a first
 * sentence in the first person, stating and asking nothing, is the asker's situation. (Not when
 * the rest points back at it: "I read that 89 signed. Is that right?")
 */
const SITUATION = new RegExp(
  `^${FIRST_PERSON_OPENING}[^.!?]*?(?<=[\\p{L}\\p{N}]{2})[.!]+\\s+(?=\\S)`,
  "iu",
);

export function withoutSituation(content: string): string {
  const m = SITUATION.exec(content);
  if (!m || ASKING_WORD.test(m[0])) return content;
  const rest = content.slice(m[0].length);
  return pointsBackAtSituation(m[0], rest) ? content : rest;
}

/**
 * Whether what follows a situation points back at it. The asker's own state ("we're prepping the
 * board on WCIT.") is pointed at only by an ask right after it ("…on the Russian proposal. Who
 * backed it?"); a pronoun further on ("the US delegation size - … how many people was it")
 * stands for what the question itself names (wrappers23).
 */
function pointsBackAtSituation(situation: string, rest: string): boolean {
  if (!ASKER_STATE.test(situation)) return POINTS_BACK.test(rest);
  // ("…on WCIT. is it right that the US was alone…?": the "it" of a claim checked stands for
  // the claim after it, not for the asker's state.)
  const next = (sentencesOf(rest)[0] ?? rest).replace(CLAIM_IT, "$1 ");
  return UNMARKED_ASK.test(next) && POINTS_BACK.test(next);
}

/** "is it true that", "was it right that": an "it" standing for the clause after it. */
const CLAIM_IT =
  /^((?:is|was|isn't|wasn't))\s+it\s+(?=(?:really\s+)?(?:true|right|correct|accurate|the case|fair to say)\s+that\b)/i;

/** A message's first sentence, up to its end mark and the space after it. */
const FIRST_SENTENCE = /^[^.!?]*?(?<=[\p{L}\p{N}]{2})[.!]+\s+(?=\S)/u;

/**
 * What a first sentence must hold for what is left of it, its instructions read, to open as the
 * asker's state does (`ASKER_STATE`, without its anchor and its last space): a first sentence
 * without it is not read for instructions apart, only with the rest (health24).
 */
const MAY_STATE_ASKER = /(?:i|we)(?:'(?:m|re|ve|ll|d)|\s+(?:am|are|have|will|would|need|want))/i;

/**
 * "Context: we're prepping the board on WCIT. timeline slide, one line each: …": instructions are
 * read from the asker's situation and from the question after it apart, so a lead-in opening the
 * question is read as it is with no situation before it (wrappers23).
 */
export function stripAroundSituation(asked: string): ReturnType<typeof stripInstructions> {
  const stated = statedSituation(asked);
  if (stated) {
    const { head } = stated;
    const tail = stripInstructions(stated.rest);
    return {
      ...tail,
      content: `${head.content} ${tail.content}`,
      instructions: [...head.instructions, ...tail.instructions],
    };
  }
  return stripInstructions(asked);
}

/**
 * A message's first sentence read as the asker's situation: what is left of it, its instructions
 * read, opens as the asker's state does and states nothing more (`SITUATION`); with the rest of
 * the message after it. Undefined where the first sentence is no such statement. The one reading
 * of it for the instructions (`stripAroundSituation`) and for the ask (`withoutChatBefore`).
 */
function statedSituation(
  text: string,
): { head: ReturnType<typeof stripInstructions>; rest: string } | undefined {
  const m = FIRST_SENTENCE.exec(text);
  if (!m || !MAY_STATE_ASKER.test(foldQuoteMarks(m[0]))) return undefined;
  const head = stripInstructions(m[0].trim());
  if (!ASKER_STATE.test(head.content) || !SITUATION.test(`${head.content} .`)) return undefined;
  return { head, rest: text.slice(m[0].length) };
}

/**
 * The message from its ask on: without the chat opening it (`withoutChatOpening`: "Q:", "Hey
 * wcit-desk,", "Sorry if this is obvious, but") and without a first sentence stating the asker's
 * situation that the ask does not point back at ("Context: we're prepping the board on WCIT. Who
 * chaired the talks?" → "Who chaired the talks?"). The engine reads this, so every rule reading a
 * question's first words reads the ask's (wrappers25). A message with neither is returned as typed.
 */
export function withoutChatBefore(question: string): string {
  const opened = withoutOccasionLeadIn(withoutChatOpening(question));
  const stated = statedSituation(opened);
  if (!stated || ASKING_WORD.test(stated.head.content)) return opened;
  const head = stated.head.content;
  const { rest } = stated;
  if (pointsBackAtSituation(head, rest) || !/[\p{L}\p{N}]/u.test(rest)) return opened;
  return withoutChatOpening(capitalisedAsk(rest));
}

/**
 * "For our team briefing tomorrow: who chaired the talks?", "Need this for a memo: why did…": a
 * lead-in saying only what the answer is for (`namesOnlyOccasion`), before an ask, is no part of
 * it. (Not before a request with no asking word: "For the donor update: the headline numbers…".)
 */
function withoutOccasionLeadIn(question: string): string {
  const m = LEAD_IN.exec(question);
  if (!m || !namesOnlyOccasion(m[1] as string)) return question;
  const rest = question.slice(m[0].length);
  if (!UNMARKED_ASK.test(rest)) return question;
  return capitalisedAsk(rest);
}
