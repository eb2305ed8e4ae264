// A document's drafters or proposer asked: "Which organisations drafted the Best Bits statement?",
// "which member state put forward Resolution 1312?", "Which partners helped CDT draft its
// letter…?". The notes name who drafted, wrote or proposed some texts and leave others unsigned;
// a place naming the asked text and, beside it, another text's drafters ("A short 'unity
// statement' was drafted by Access, CDT…", under a heading naming Best Bits) does not say who
// drafted the one asked, nor does a text "drafted with partners" (no one named) or one the
// Council "adopted". The place must tell the authorship (`tellsAuthorship`): an act of the kind
// asked (writing: drafted, wrote, penned, prepared; proposing: proposed, put forward, tabled,
// sponsored, submitted, filed, introduced) with its doer written ("X drafted", "drafted by X",
// "is by X", "attributed … to X"), and, where the question names the text by a document noun
// ("statement", "letter", "proposal"), not that noun qualified by a word the question never
// writes ("unity statement" for the Best Bits one). Read in `answerTypeGiven`
// (window-answer-type.ts).

import { type Analyze, writtenWords } from "./terms.ts";

/** The authorship a question asks: of which kind, and the text's document noun, if it names one. */
export interface AuthorshipAsked {
  /** Whether it asks who wrote the text (true) or who proposed it (false). */
  writing: boolean;
  /** The document noun naming the text asked ("statement"), as an index term. */
  head?: string;
  /** The question's index terms. */
  questionTerms: ReadonlySet<string>;
}

const WRITING_ASKED =
  "draft(?:ed)?|wr(?:ote|ite|itten)|authored|penn?(?:ed)?|prepared?|put (?:it |them |this |that )?together";
const PROPOSING_ASKED =
  "propos(?:ed|e)|put (?:it |them |this |that )?forward|(?:co-?)?sponsor(?:ed)?|introduc(?:ed|e)|tabled?|submit(?:ted)?|filed?";
/** A base form: asked after "did", "to", "help" only ("did CDT draft"; not "on file", nor "can table": a right). */
const BASE_FORM =
  /^(?:draft|write|pen|prepare|put|propose|sponsor|co-?sponsor|introduce|table|submit|file)$/i;
const BASE_LEAD = /\b(?:did|does|do|to|help(?:ed|s)?)\b/i;
/**
 * "who", "which" or "whose" opening the question or a clause of it (not a relative pronoun
 * after a noun: "why did the guy WHO WROTE in to the ITU say…" asks a reason), up to five words
 * that are no relative pronoun, conjunction or article ("who saw the chair's draft" has a noun),
 * then the act (not "wrote up": a report; not "wrote that": a saying; not "wrote in to": a
 * letter sent; not "written into" or "written out of" a text: what it holds).
 */
const AUTHORSHIP_ASKED = new RegExp(
  String.raw`(?<=^\s*|[,;:.?!()\u2013\u2014-]\s*|\b(?:and|but|so|also|then|now|ok|okay)\s+)(?:who|which|whose)\b((?:\s+(?!(?:that|which|who|whom|and|or|the|a|an|its|their|his|her)\b)[\p{L}\p{N}'’.-]+){0,5}?)\s+(${WRITING_ASKED}|${PROPOSING_ASKED})\b(?!\s+(?:up|that|into|out|off|down|in\s+to)\b)([^?;]*)`,
  "iu",
);
/** Where the asked text's words end: a further ask joined on. */
const NEXT_ASK = /,|\band\s+(?:who|what|when|how|which|where|whose|did|was|is)\b/i;
/** Nouns naming a text whose drafters or proposer may be asked. */
const DOCUMENT_NOUNS =
  /^(?:statements?|letters?|proposals?|papers?|posts?|resolutions?|documents?|contributions?|comments?|reports?|texts?|amendments?|submissions?|petitions?|declarations?|memos?|bills?)$/i;

/** The authorship a question asks, if it asks who drafted, wrote or proposed a text. */
export function asksAuthorship(
  question: string,
  yesNo: boolean,
  analyzeText: Analyze,
): AuthorshipAsked | undefined {
  if (yesNo) return undefined;
  const m = AUTHORSHIP_ASKED.exec(question);
  if (m === null) return undefined;
  const gap = m[1] ?? "";
  const verb = (m[2] ?? "").toLowerCase();
  if (BASE_FORM.test(verb.split(" ")[0] ?? "") && !/^put /.test(verb) && !BASE_LEAD.test(gap)) {
    return undefined;
  }
  // "which body objected to draft 5A.4", "who responded to draft Article 5A": after a verb's
  // "to", a base form before a number or a name is the noun ("the draft 5A.4"), not the act.
  if (BASE_FORM.test(verb) && /\bto\s*$/i.test(gap) && /^\s+[\p{Lu}\d]/u.test(m[3] ?? "")) {
    return undefined;
  }
  const writing = new RegExp(`^(?:${WRITING_ASKED})$`, "i").test(verb);
  const text = (m[3] ?? "").split(NEXT_ASK)[0] ?? "";
  const headWord = text
    .split(/[^\p{L}\p{N}'’-]+/u)
    .map((w) => w.replace(/['’]s$/, ""))
    .find((w) => DOCUMENT_NOUNS.test(w));
  const head = headWord !== undefined ? analyzeText(headWord)[0] : undefined;
  return {
    writing,
    ...(head !== undefined ? { head } : {}),
    questionTerms: new Set(analyzeText(question)),
  };
}

const WRITING_TOLD = "drafted|wrote|written|authored|penned|prepared|composed|put together";
const PROPOSING_TOLD = "proposed|put forward|(?:co-?)?sponsored|introduced|tabled|submitted|filed";
/** A doer after "by": within a few words, a capitalised one ("sponsored by Senators McCaskill"). */
const byDoer = (verbs: string) =>
  new RegExp(
    String.raw`\b(?:${verbs})\b[^.;]{0,30}?\bby\s+(?:[\p{L}'’-]+\s+){0,2}?["“]?\p{Lu}`,
    "u",
  );
/** A doer before the act: a capitalised word ("India submitted", "the Chair proposed it"). */
const activeDoer = (verbs: string) =>
  new RegExp(
    String.raw`\p{Lu}[\p{L}\p{N}'’.&-]*\s+(?:(?:also|had|has|have|then|first|later|jointly|formally)\s+)?(?:${verbs})\b(?!\s+that\b)`,
    "u",
  );
/** "The blog post is by Emma Llansó", "Bankston attributed the paper to CDT's team". */
const BYLINE = /\b(?:is|was|are|were)\s+by\s+\p{Lu}|\battribut(?:ed|es|ing)\b[^.;]{0,60}?\bto\b/u;
/** Words before a document noun that do not tell one text from another. */
const PLAIN_BEFORE =
  /^(?:a|an|the|this|that|these|those|its|their|his|her|our|short|brief|long|new|related|separate|same|own|further)$/i;

/** Whether a sentence tells the authorship asked: the act, its doer, the text asked. */
export function tellsAuthorship(
  asked: AuthorshipAsked,
  text: string,
  analyzeText: Analyze,
): boolean {
  const verbs = asked.writing ? WRITING_TOLD : `${WRITING_TOLD}|${PROPOSING_TOLD}`;
  const told =
    byDoer(verbs).test(text) ||
    activeDoer(verbs).test(text) ||
    (asked.writing && BYLINE.test(text));
  return told && !namesAnotherText(asked, text, analyzeText);
}

/**
 * Whether each time the sentence writes the asked text's document noun, a word before it the
 * question never writes qualifies it ("unity statement" for "the Best Bits statement").
 */
function namesAnotherText(asked: AuthorshipAsked, text: string, analyzeText: Analyze): boolean {
  const { head, questionTerms } = asked;
  if (head === undefined) return false;
  const words = writtenWords(text);
  const qualifiers = words.flatMap((w, n) => {
    if (!analyzeText(w).includes(head)) return [];
    let before = n - 1;
    while (before >= 0 && PLAIN_BEFORE.test(words[before] as string)) before -= 1;
    return [before >= 0 ? (words[before] as string) : ""];
  });
  return (
    qualifiers.length > 0 &&
    qualifiers.every((q) => {
      const terms = analyzeText(q);
      return terms.length > 0 && !terms.some((t) => questionTerms.has(t));
    })
  );
}
