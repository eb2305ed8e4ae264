// A question asking whether: an inverted auxiliary ("Did…", "Is…"), a statement put to be checked
// ("The US didn't sign, did it?", "So no EU country signed?"), and the hedges and embedded counts
// that leave a question asking what it asks. Read by `analyzeQuestion` (question.ts).

/** The clause after a statement and a dash or a colon, as the message's last clause. */
export const UNMARKED_YES_NO_AFTER = /(?:\s[-–—]+\s*|:\s+)([^-–—:]+)$/u;

export const YES_NO_LEAD =
  /^(?:did|does|do|was|is|were|are|has|have|had|can|could|will|would|should|may|might|must|shall|isn't|wasn't|didn't|doesn't|don't|aren't|weren't|hasn't|haven't|won't|wouldn't|couldn't|shouldn't)\b/i;

/** A question word anywhere in the ask: what it asks is named, not whether. */
export const WH_WORD = /\b(?:what|what's|which|who|whom|whose|when|where|why|how)\b/i;

/**
 * A question word opening a clause ("why did…", "…, who chaired…"), or an inverted auxiliary
 * opening the question ("were they…"; not a tag after a statement: "89 signed, did they?").
 */
const ASK_OPENING =
  /(?:^|[,:;?—–-]\s*)(?:what|what's|whats|which|who|who's|whom|whose|when|where|why|how)\s|^\W*(?:did|does|do|is|are|was|were|has|have|had)\s/i;

/**
 * Whether a question with a claim frame ("correct me if I'm wrong, but", "if I remember right",
 * a closing ", I think?") asks a question of its own, a clause opening with a question word or an
 * inverted auxiliary: the frame hedges the asker's memory, and the question asks what it asks.
 * Read as a claim to check, its verb had to stand where its terms meet (`claimVerbStood`), and
 * "correct me if I'm wrong but why did the US refuse to sign…" or "were civil-society groups
 * united…, I think?" were refused where the bare questions were answered.
 */
export function hedgesAsk(content: string): boolean {
  return ASK_OPENING.test(content);
}

/** A tag after a statement: "…, didn't it?", "…, do they?", "…, is there?". */
const TAG_QUESTION =
  /,\s*(?:(?:do|does|did|is|are|was|were|has|have|had|can|could|will|would|should|wo|ca)(?:n't)?|(?:do|does|did|is|are|was|were|has|have|had) not) (?:it|they|he|she|we|you|i|there|that|this|those|these)\s*\?+\s*$/i;

/** A statement asked as a question from its first word: "So the US didn't sign?", "Surely…?". */
const STATEMENT_ASKED = /^(?:so|surely|presumably|and so|then)\b,?\s+\S.*\?+\s*$/i;

/**
 * A statement asked with a question mark alone, told by its finite auxiliary or "never" after
 * its subject: "The resolution was never voted on?", "The ITRs don't define spam?".
 */
const STATEMENT_WITH_AUXILIARY =
  /^\S.*?\s(?:is|was|were|are|has|have|had|did|does|do|isn't|wasn't|weren't|aren't|hasn't|haven't|hadn't|didn't|doesn't|don't|won't|wouldn't|can't|couldn't|never)\s.*\?+\s*$/i;

/**
 * Whether a question with no question word of its own asks whether a statement holds: one put to
 * be checked (`checksClaim`: "Fact check: …", "…, right?", "Am I right that…"), one ending in a
 * tag ("The US didn't sign, did it?") or one opening with "So", "Surely" or "Presumably" and
 * ending in a question mark ("So no EU country signed in Dubai?"). Read as fact questions, these
 * were answered with what the passage says about the statement's topic rather than led by the
 * sentence settling it (the yes/no reading, `src/answer/extractive-yes-no.ts`).
 */
export function asksWhether(
  lead: string,
  checksClaim: boolean,
  instructions: readonly string[],
): boolean {
  // (An opening "So" is read as an instruction and is no longer in the lead.)
  const openedBySo = /^(?:and )?so$/i.test(instructions[0] ?? "") && /\?\s*$/.test(lead);
  return (
    checksClaim ||
    TAG_QUESTION.test(lead) ||
    STATEMENT_ASKED.test(lead) ||
    STATEMENT_WITH_AUXILIARY.test(lead) ||
    openedBySo
  );
}

/**
 * "Did CDT play down how much cybersecurity matters?", "Is it true that how often…": a yes/no
 * question with a "how much/many" clause inside asks whether, not how many. (Not "Do you know how
 * many…", "Can you tell me how many…": a polite way to ask the count.)
 */
export function embedsCount(lead: string): boolean {
  if (!YES_NO_LEAD.test(lead)) return false;
  const at = /\bhow (?:many|much|long|often|large|big|high|low)\b/i.exec(lead)?.index;
  if (at === undefined || at === 0) return false;
  return !/\b(?:know|tell|say|confirm|remember|find out|idea|sure)(?:\s+(?:me|us))?\s+$/i.test(
    lead.slice(0, at),
  );
}
