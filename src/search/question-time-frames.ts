// Time framing an analyst puts around an ask ("once Dubai wrapped up", "in the run-up to Dubai",
// "in the wake of the signing"), read as the time word it stands for.

/**
 * An event a question frames its ask by: a capitalised name ("Dubai", "WCIT-12", "Busan",
 * "PP-14"), or an event noun after "the" ("the conference", "the talks", "the plenipot"). Not "the
 * treaty" or "the text": those are things asked about, not times.
 */
const EVENT = String.raw`(?:(?:the\s+)?(?:'\d\d\s+)?(?:\p{Lu}[\p{L}\p{N}]*(?:-\d+)?|dubai|wcit(?:-?12)?|busan)(?:\s+(?:conference|talks|summit|meeting|plenipot))?|the\s+(?:conference|talks|summit|negotiations|meetings?|plenipot|plenipotentiary|signing|vote))`;

/**
 * "once Dubai wrapped up", "once the conference was over": the ask is framed after the event. Only
 * a verb of ending in the past right after the event, and ending the clause: "when did the talks
 * wrap up?" asks the time itself, and "once Kramer finished his speech" names what was finished;
 * both are left alone. Not "after the conference ended": "after" already says when, and there the
 * end was the word that kept a near miss on later signatures of the 2012 text refused (out-305),
 * where the 1988 text's later signatures were the closest passage.
 */
const ONCE_ENDED = new RegExp(
  String.raw`\b[Oo]nce\s+(${EVENT})\s+(?:had\s+)?(?:wrapped\s+up|wound\s+up|(?:was|were)\s+(?:over|done|finished)|(?:had\s+)?(?:ended|closed|finished|concluded))(?=\s*(?:[,;:?!.)–—-]|$)|\s+(?:what|how|who|whom|which|where|why|when|did|do|does|was|were|is|are|had|has|have|in|and|but|so)\b)`,
  "gu",
);

/**
 * "in the run-up to Dubai", "in the lead-up to the conference", "in the build-up to Busan": the ask
 * is framed before the event. Not "going into WCIT": read as "before WCIT" it moved a comparison of
 * positions (in-661) off the paragraphs it drew, and the stance readings already take it as a time.
 */
const RUN_UP = new RegExp(
  String.raw`\b[Ii]n\s+the\s+(?:run|lead|build)[- ]?up\s+to\s+(${EVENT})`,
  "gu",
);

/** "in the aftermath of Dubai", "in the wake of the signing": the ask is framed after the event. */
const WAKE_OF = new RegExp(String.raw`\b[Ii]n\s+the\s+(?:aftermath|wake)\s+of\s+(${EVENT})`, "gu");

/** The time word and the event, capitalised where the framing was ("In the run-up…" → "Before…"). */
function framed(time: "after" | "before", event: string, framing: string): string {
  const word = /^\p{Lu}/u.test(framing) ? `${time.charAt(0).toUpperCase()}${time.slice(1)}` : time;
  return `${word} ${event}`;
}

/**
 * The question with its time framing read as "before" or "after" the event it names ("once Dubai
 * wrapped up" → "after Dubai"; "in the run-up to Dubai" → "before Dubai"). Read as typed, the
 * framing's own words ("wrap", "run-up") were terms a passage had to state, and a passage that
 * answers says when in its own words ("After Dubai, Access described…") or not at all: in-2353's
 * "once Dubai wrapped up" drew a paragraph on Busan 2014, and the paragraph on CEPT's objections never won.
 */
export function withTimeFramesRead(question: string): string {
  return question
    .replace(ONCE_ENDED, (framing: string, event: string) => framed("after", event, framing))
    .replace(RUN_UP, (framing: string, event: string) => framed("before", event, framing))
    .replace(WAKE_OF, (framing: string, event: string) => framed("after", event, framing));
}
