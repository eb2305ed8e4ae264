// What the model is told to write for each kind of question: one sentence of instruction per kind,
// filled into prompts/answer.md's {{answer_guidance}}. The question analysis decides the kind; this
// table is the one place its wording lives. Verification does not change with the kind.

const GUIDANCE = {
  fact: "Answer the question directly in your first sentence, then add what the passages say that bears on it.",
  why: "The question asks why: state the reasons the passages give, each reason in its own sentence, attributed to whoever gave it.",
  how: "The question asks how: set out the steps or the mechanism the passages describe, in their order.",
  who: "The question asks who: name the people, delegations or organisations the passages name, and what each of them did or said.",
  when: "The question asks when: give the date or period the passages state in your first sentence, then what happened then.",
  "how-many":
    "The question asks how many: give the number the passages state in your first sentence, and say exactly what it counts.",
  compare:
    "The question asks for a comparison: set out each side in its own sentence, as the passages state it, then say where they differ.",
  list: "The question asks for a list (points, arguments, talking points): write one sentence per item, each resting on its own passage.",
  "yes-no":
    "The question asks yes or no: answer it in your first sentence as far as the passages support an answer, then give the evidence.",
} as const satisfies Record<string, string>;

type QuestionKind = keyof typeof GUIDANCE;

const ALIASES: Record<string, QuestionKind> = {
  drafting: "list",
  "talking-points": "list",
  "yes/no": "yes-no",
  yesno: "yes-no",
  number: "how-many",
  comparison: "compare",
};

/**
 * The instruction for a question of this kind ("why", "how-many", "compare"…; case, spaces and
 * underscores do not matter). An unknown kind gets the plain factual instruction.
 */
export function guidanceFor(kind: string): string {
  const key = kind
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, "-");
  const known = key in GUIDANCE ? (key as QuestionKind) : ALIASES[key];
  return GUIDANCE[known ?? "fact"];
}

/**
 * Added to the list instruction when the list asks each item for a kind of answer ("key dates…",
 * "a timeline…": dates; "list who…": names; "the vote tallies": numbers), as the extractive
 * answer keeps only items giving one.
 */
const LIST_ITEM_GUIDANCE: Readonly<Record<string, string>> = {
  date: "Give each item's date as the passages state it, and put the items in date order.",
  number: "Give each item's number as the passages state it, and say what it counts.",
  agent: "Name in each item the person, delegation or organisation it is about.",
  reason: "Make each item a reason the passages give, attributed to whoever gave it.",
};

/** The instruction for what each item of a list gives (an expected answer type), if any. */
export function listItemGuidance(expected: string): string | undefined {
  return LIST_ITEM_GUIDANCE[expected];
}

/**
 * Added to the kind's instruction when no one place in the passages states the whole question (the
 * coverage judge's verdict): the model says what the passages do establish and what they leave
 * open, as the extractive answer quotes each leading source then.
 */
export const UNSETTLED_GUIDANCE =
  "No single passage states everything the question asks: say what the passages do establish, each point resting on its own passage, and say plainly which part of the question they leave open.";

/**
 * Added to the kind's instruction when the question asks what a work or its author says as a whole
 * ("What does the CDT paper say?"): the sources also say where, when and by whom it was published,
 * which the extractive answer leaves out for the sections saying what it argues.
 */
export const WORK_SAYS_GUIDANCE =
  "The question asks what a work says: state its arguments, findings or recommendations as the passages report them, not where, when or by whom it was published.";

/**
 * Added when the chat closing the message asks for a short answer ("Keep it short.", "tl;dr pls",
 * `asksShortAnswer`): the engine cuts that chat from the question the model reads, so the model is
 * told here instead.
 */
export const SHORT_ANSWER_GUIDANCE =
  "The asker asked for a short answer: answer in one or two sentences, the ones that state what was asked.";
