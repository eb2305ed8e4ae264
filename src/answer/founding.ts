// A founding date asked: "When was ETNO founded?", "When was the ITU established?". The notes
// date what a body did ("ETNO filed contribution C-109 on 6 June 2012"), rarely when it began; a
// date of another of its acts does not say when it was founded. The place must tell a founding
// (`tellsFounding`): "set up", "created", "creating", "established", "founded", "formed",
// "launched". Read in `answerTypeGiven` (window-answer-type.ts), for a when question asking that
// one thing (a question with a second ask, "…set up the EG-ITRs, and when was its report due?",
// is left to the other checks).

/** "When was X founded?", "What year was X set up?" as the whole question. */
const FOUNDING_ASKED =
  /^\s*(?:when|(?:in )?what year|(?:in )?which year)\b[^;?]*\b(?:founded|established|set up|created|formed|started|begun|born)\b[^;?]*\??\s*$/i;
/** A second ask joined to the first. */
const SECOND_ASK = /\band\b/i;

/** Words telling a body's founding. */
const FOUNDING_TOLD =
  /\b(?:found(?:ed|ing)?|establish(?:ed|es|ing)?|set(?:s|ting)? up|creat(?:ed|es|ing)|form(?:ed|ing)|launch(?:ed|es|ing)|inaugurat\w*|started|began)\b/i;

/** Whether a question asks only when something was founded. */
export function asksFounding(question: string): boolean {
  return FOUNDING_ASKED.test(question) && !SECOND_ASK.test(question);
}

/** Whether a text tells a founding. */
export function tellsFounding(text: string): boolean {
  return FOUNDING_TOLD.test(text);
}
