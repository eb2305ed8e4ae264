// What a question asks someone to have said, decided or proposed: "What did X say / tell / think
// of…" (`asksWhatWasSaid`, with who spoke: `speakerWords`), "What did the forum agree…"
// (`asksWhatWasDecided`), "What did X recommend / propose…" (`asksWhatWasProposed`, with whose
// proposal: `proposerAsked`). Read from the wording alone.

/**
 * Verbs of saying, as a question asks them ("What did X say / tell / argue…?"): the answer is what
 * was said, not that someone spoke.
 */
export const SPEECH_VERBS =
  "say|says|said|tell|tells|told|argue|argues|argued|claim|claims|claimed|announce|announced|warn|warned|state|stated|write|wrote|declare|declared";

/**
 * "What did X think/make of Y": a view asked, which only what X said or judged gives, not what X
 * did ("Brazil stayed outside the Convention").
 */
const VIEW_VERBS = "think|thinks|thought|feel|feels|felt|make\\s+of|made\\s+of";

const ASKS_WHAT_WAS_SAID = new RegExp(
  `\\bwhat\\s+(?:did|does|do|has|have|had)\\b[^?]*?\\b(?:${SPEECH_VERBS}|${VIEW_VERBS})\\b`,
  "i",
);

/** Whether a question asks what someone said ("What did X tell delegates?", "what X argued"). */
export function asksWhatWasSaid(question: string): boolean {
  return ASKS_WHAT_WAS_SAID.test(question);
}

/**
 * The words naming who spoke in "What did X say…?" (between the auxiliary and the verb of saying:
 * "Touré" in "What did Touré say at the 2014 Busan conference?"), as written.
 */
export function speakerWords(question: string): string {
  const m = new RegExp(
    `\\bwhat\\s+(?:did|does|do|has|have|had)\\s+([^?]*?)\\s+(?:${SPEECH_VERBS}|${VIEW_VERBS})\\b`,
    "i",
  ).exec(question);
  return m?.[1] ?? "";
}

/** Verbs of deciding, as a question asks them ("What did X agree / decide / adopt…?"). */
const OUTCOME_VERB_STEMS = "agre|decid|adopt|approv|conclud|resolv|settl|endors";

const ASKS_WHAT_WAS_DECIDED = new RegExp(
  `\\bwhat\\s+(?:did|does|do|has|have|had)\\b[^?]*?\\b(?:${OUTCOME_VERB_STEMS})(?:e|es|ed|eing|ing|s)?\\b`,
  "i",
);

/**
 * Whether a question asks what someone decided ("What did the forum agree on…?", "what the
 * Council ended up adopting"): the answer is an outcome, not that a meeting was held or coming.
 */
export function asksWhatWasDecided(question: string): boolean {
  return ASKS_WHAT_WAS_DECIDED.test(question);
}

/** Verbs of asking others to act, as a question asks them ("What did X recommend / urge…?"). */
const PROPOSAL_VERB_STEMS = "recommend|urg|propos|suggest|advis|demand";

const ASKS_WHAT_WAS_PROPOSED = new RegExp(
  `\\bwhat\\s+(?:did|does|do|has|have|had)\\b[^?]*?\\b(?:${PROPOSAL_VERB_STEMS})(?:e|es|ed|ing|s)?\\b`,
  "i",
);

/**
 * Whether a question asks what someone recommended or urged ("What did X recommend the US do…?"):
 * the answer is a course of action put to others, not a summary or an argument of theirs.
 */
export function asksWhatWasProposed(question: string): boolean {
  return ASKS_WHAT_WAS_PROPOSED.test(question);
}

/** A name as a question writes it: capitalised words, a possessive's "'s" left off. */
const PROPOSER_NAME = String.raw`(\p{Lu}[\p{L}\p{M}-]*(?:\s+\p{Lu}[\p{L}\p{M}-]*)*)`;
const PROPOSER_ASKED = [
  // "What did ETNO propose…", "What has the Commission recommended…"
  new RegExp(
    String.raw`\b[Ww]hat\s+(?:did|does|do|has|have|had)\s+(?:the\s+)?${PROPOSER_NAME}\s+(?:\p{Ll}+\s+)?(?:${PROPOSAL_VERB_STEMS})\p{L}*`,
    "u",
  ),
  // "…on what LIRNEasia proposed", "tell me what the Commission recommended": the clause a request
  // wraps, with no auxiliary.
  new RegExp(
    String.raw`\b[Ww]hat\s+(?:the\s+)?${PROPOSER_NAME}\s+(?:had\s+)?(?:${PROPOSAL_VERB_STEMS})(?:ed|d)\b`,
    "u",
  ),
];

/**
 * The name a question asks the proposals of ("What did ETNO propose…", "talking points on what
 * LIRNEasia proposed…"), if it names one: the answer is a course of action that one put forward,
 * not another's proposal beside a remark of theirs.
 */
export function proposerAsked(question: string): string | undefined {
  for (const pattern of PROPOSER_ASKED) {
    const name = pattern.exec(question)?.[1];
    if (name !== undefined) return name;
  }
  return undefined;
}
