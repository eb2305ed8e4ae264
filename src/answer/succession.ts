// A post's holder asked by its tie to another holder: "Who was ICANN's boss before Fadi Chehadé
// took over?", "who succeeded Touré…", "Kramer's deputy", "What was Kramer's job before he was
// named ambassador?". The notes name who held a post at the time; a place naming only that holder
// ("ICANN CEO Fadi Chehadé both addressed delegates") does not say who came before, after or
// under them. The place must tell such a tie: a successor, a predecessor, a deputy, a post held
// "formerly", a take-over (`tellsSuccession`). Read in `answerTypeGiven` (window-answer-type.ts).

/** Words asking for the holder before, after or under a named one (not yes/no: see the caller). */
const SUCCESSION_ASKED = new RegExp(
  [
    // "who succeeded Touré", "Touré's successor", "Chehadé's predecessor", "Kramer's deputy"
    String.raw`\b(?:succeed(?:ed|s)?|successors?|predecessors?|deputy|deputies|preceded)\b`,
    // "who took over from Kramer", "who replaced Kramer" (a name or a person after the verb)
    String.raw`\b(?:t(?:ook|ake|aken|aking) over from|replac(?:ed|es|ing))\s+(?:him|her|them|\p{Lu})`,
    // "before Fadi Chehadé took over", "before he was named ambassador", "before he joined"
    String.raw`\bbefore\s+(?:[\p{Lu}][\p{L}'’.-]*\s+){0,3}(?:he|she|they)?\s*(?:t(?:ook|ake) over|was (?:named|appointed|chosen|picked|elected)|became|joined|took (?:the|his|her) (?:job|post|seat))\b`,
    // "where had Hill worked before…", "X's job before…" (not the noun "work": "the ITU's cyber
    // work before WCIT", nor "work out a stance before" ask no one's earlier post)
    String.raw`\b(?:worked|job|employer)\b[^?]{0,30}\bbefore\b`,
  ].join("|"),
  "u",
);

/** Words telling such a tie. */
const SUCCESSION_TOLD =
  /\b(?:succeed(?:ed|s|ing)?|successors?|predecessors?|deputy|deputies|preceded|replac(?:ed|es|ing)|t(?:ook|ake|aken|aking) over|former(?:ly)?|previously|stepp(?:ed|ing) down|until (?:he|she)|before (?:him|her|joining|becoming))\b/i;

/** Whether a question asks a holder by their tie to another (a yes/no question aside). */
export function asksSuccession(question: string, yesNo: boolean): boolean {
  return !yesNo && SUCCESSION_ASKED.test(question);
}

/** Whether a text tells a holder's tie to another: a successor, predecessor, deputy, former post. */
export function tellsSuccession(text: string): boolean {
  return SUCCESSION_TOLD.test(text);
}
