// A payer or a funding asked ("who paid for X", "how was X funded", "who put up the money for
// it", "was it paid for by a grant"), and whether a sentence tells a payment of any kind. A
// passage naming the thing without any payment, sum, budget or funder does not say who paid.

import { statesAmountOfMoney } from "./evidence.ts";

/**
 * "paid" as the payer's act, not the payee's ("carriers … get paid for delivering traffic", "was
 * paid"): the word before it is not a verb of being or getting.
 */
const PAID = String.raw`(?<!\b(?:get|gets|got|getting|be|been|being|is|was|were|are)\s)paid`;

/** The verbs and phrases of paying for something, in any tense. */
const PAYING = String.raw`(?:pay|pays|paying|${PAID}|fund|funds|funded|funding|financ(?:e|es|ed|ing)|bankroll(?:s|ed|ing)?|underwr(?:ote|ite|itten)|foot(?:s|ed|ing)?\s+the\s+(?:bill|cost)|put(?:ting)?\s+up\s+the\s+(?:money|cash|funds?))`;

/** A word standing alone, not part of a hyphened name ("sender-pays", "pay-for-delivery"). */
const ALONE = (word: string) => String.raw`(?<!-)${word}\b(?!-)`;

/**
 * The shapes asking a payer or a funding:
 * - a payer: "who paid for…", "who was paying…", "whose network was meant to pay…", "who put up
 *   the money…", "who footed the bill" (within the same clause as "who");
 * - a manner of funding: "how was X funded", "how did X fund…", "how were they paid for";
 * - a funder asked yes or no: "was X paid for by a grant", "was it funded out of…";
 * - a sum of funding: "how much funding / money", "where did the money come from".
 */
export const FUNDING_ASKED = new RegExp(
  [
    String.raw`\bwho(?:se\s+[\p{L}-]+)?\b[^?.;,]{0,40}?\b${ALONE(PAYING)}`,
    String.raw`\bhow\b[^?.;]*?\b${ALONE(PAYING)}`,
    String.raw`\b(?:was|were|is|are)\b[^?.;]*?\b(?:${PAID}\s+for|funded|financed|bankrolled|underwritten)\s+(?:by|out\s+of|from|through|with)\b`,
    String.raw`\bwhere\s+did\s+(?:the\s+|its\s+|their\s+)?(?:money|funding|funds|cash)\b`,
  ].join("|"),
  "iu",
);

/**
 * A payment told: a funder, a sum, a budget, a sponsor, a sale or a price ("funded by", "paid",
 * "budget", "grant", "sender-pays", "sold to paying members", "fair compensation").
 */
const PAYMENT_TOLD =
  /\b(?:fund(?:s|ed|ing|er|ers)?|paid|pay(?:s|ing|ment|ments|er|ers)?|financ\w*|bankroll\w*|underwr\w*|money|grants?|donat\w*|donors?|budget\w*|sponsor\w*|compensation|sold|bought|subsidi\w*|costs?|spent|spend\w*|fees?|charges?|price[sd]?)\b/iu;

/** Whether a question's shape asks who paid for something, or how it was funded. */
export function asksFunding(question: string): boolean {
  return FUNDING_ASKED.test(question);
}

/** Where a sentence tells a payment (`PAYMENT_TOLD`, or a sum of money), or -1. */
export function paymentToldAt(sentence: string): number {
  const at = sentence.search(PAYMENT_TOLD);
  return at >= 0 || !statesAmountOfMoney(sentence) ? at : 0;
}
