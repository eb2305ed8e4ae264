// The focus of a question: which of its sentences ask (ending in "?", or opening with an asking word
// when typed without one), a short lead-in before a colon that is no part of the ask, a statement an
// ask points back at, and an opening context clause before the ask ("given the 89 signatures, how
// many…").

import { splitSentences } from "../text.ts";
import { POINTING_WORDS, pointingWords } from "./pointing-words.ts";
import { ASKER_STATE, FIRST_PERSON_STATEMENT } from "./question-asker.ts";
import { ASKING_WORD, LEAD_IN, namesOnlyFormat } from "./question-lead-ins.ts";
import { AUXILIARY, QUESTION_WORD } from "./question-words.ts";

/** A lower-case word that opens a question: "why", "did", "how many"… */
const ASKING_OPENER = new RegExp(String.raw`(?:${QUESTION_WORD}|${AUXILIARY})\b`);

const LOWER_CASE_SENTENCE = new RegExp(
  `(?<=\\?)\\s+(?=\\p{Ll})|(?<=[\\p{L}\\p{N}]{2}[.!])\\s+(?=${ASKING_OPENER.source})`,
  "u",
);

/** A message's end of "?" and "!" together ("…spam?!", "…?!!"). */
const EMPHATIC_END = /\?[?!]*![?!]*\s*$/;

/** An asking sentence's end: a question mark, with the "!" or "?" of chat after it ("…spam?!"). */
const ASKED_END = /\?[!?]*\s*$/;

/**
 * The asking sentences of a question's content (see QuestionAnalysis.focus), split by the one
 * sentence splitter (src/text.ts).
 */
export function focusOf(content: string, withReferents = false): string {
  // One sentence (the common case): nothing ends before the end of the text.
  if (!/[.!?:]\s/.test(content)) return content;
  // "…can now enforce it on governments?! Thanks so much!!": a "?!" closing a message is chat
  // emphasis on the whole message, not a sign that its last sentence asks; the message reads as
  // it does typed without it (wrappers23).
  const emphatic = EMPHATIC_END.exec(content);
  if (emphatic) {
    const plain = content.slice(0, emphatic.index).replace(/[\s,;:—–-]+$/, "");
    const focus = focusOf(plain, withReferents);
    // (An ask that ends the message keeps its end: "…: does the spam article bind members?!")
    return plain.endsWith(focus) ? `${focus}${emphatic[0].trim()}` : focus;
  }
  if (!content.includes("?")) return unmarkedFocus(content);
  // In chat a sentence after a question often opens in lower case ("…a flop? need Kramer's read
  // from later"), which the sentence splitter does not take for a new sentence; so does a
  // question after a statement ("We're briefing the board. why did the US walk out?").
  const sentences = sentencesOf(content).map((s) => withoutLeadIn(s));
  const asks = (x: string) => ASKED_END.test(x);
  // With its referents, an ask pointing back at the statement before it ("Someone argued that
  // the data-retention idea would never work. Who was that?") is read with that statement.
  const asking = sentences.filter((x, i) => {
    if (asks(x)) return true;
    const next = sentences[i + 1];
    // (Not the asker's own situation, "we're prepping the board on WCIT.": "it" in the ask
    // points past it, at what the question names.)
    return (
      withReferents &&
      next !== undefined &&
      asks(next) &&
      pointsBackAt(next) &&
      !FIRST_PERSON_STATEMENT.test(x)
    );
  });
  if (asking.length === 0 || asking.join(" ") === content) return content;
  return asking.join(" ");
}

/**
 * A message's last sentence typed without "?" after one that has it, where it opens with an
 * asking word (after "and", "also", "plus"…): "right, but did that line settle the spam worry?
 * what did rsf say blocking bulk msgs would need". Chat drops the last mark. Undefined where
 * there is none, or where it is read as an ask already (`focusOf`).
 */
export function unmarkedLastAsk(content: string): string | undefined {
  if (!content.includes("?")) return undefined;
  const last = sentencesOf(content)
    .map((s) => withoutLeadIn(s))
    .at(-1);
  if (last === undefined || ASKED_END.test(last)) return undefined;
  return UNMARKED_ASK.test(last.replace(ASK_JOINER, "")) ? last : undefined;
}

/** Words joining a further ask to the message's first ("and", "also", "plus"). */
const ASK_JOINER = /^(?:(?:and|also|plus|so|but|then)\b[\s,]*)+/i;

/** A content's sentences, split where a chat sentence opens in lower case too. */
export const sentencesOf = (content: string): string[] =>
  splitSentences(content).flatMap((s) => s.text.split(LOWER_CASE_SENTENCE));

/**
 * "for context, we're writing up the transparency fight ahead of dubai. what did the itu council
 * decide…", "answer yes or no, this is going in a memo: does article 5b require…": typed with no
 * question mark, an ask is a sentence (or the part after a short lead-in and a colon,
 * `withoutLeadIn`) opening with an asking word, as it is when it ends in "?". The statements
 * before the first such sentence are context, read only where the ask points back at the one just
 * before it (not the asker's own situation); every sentence from the first ask on
 * is kept (an ask typed without "?" gives no other sign where it ends: "which articles were new.
 * and who proposed them").
 */
function unmarkedFocus(content: string): string {
  const sentences = sentencesOf(content).map((s) => withoutLeadIn(s, true));
  const first = sentences.findIndex((x) => UNMARKED_ASK.test(x));
  if (first < 0) return content;
  const ask = sentences[first] as string;
  const before = sentences[first - 1];
  // (Retrieval too reads the statement with it: "the Internet resolution was adopted by a formal
  // vote. how did it actually go through" searched as "how did it actually go through" alone
  // found no passage on the vote.)
  const from =
    before !== undefined && pointsBackAt(ask) && !ASKER_STATE.test(before) ? first - 1 : first;
  const asking = sentences.slice(from).join(" ");
  return asking === "" ? content : asking;
}

/** An asking sentence's opening context clause and the ask after it (`openingContext`). */
export interface OpeningContext {
  context: string;
  ask: string;
}

/**
 * "following Russia's push to define spam, which assembly had already revised its spam
 * resolution?", "given the 89 signatures, how many signed in 1988?", "besides Hill, who…",
 * "with Iran's vote in mind - what did CEPT say…": an opening clause (after / following / given /
 * besides / apart from / aside from / since / now that / once / with … in mind / … aside), up to
 * a comma or a dash, or "re / about / regarding …" up to a colon ("about that 123-strong
 * delegation figure: who…"), before an ask opening with an asking word, is the asker's context: what the ask
 * follows on from, often stated in another paragraph than the fact asked. Its words are not
 * required where the ask is answered; the coverage decision still wants them met in the passages
 * read (engine.ts). Undefined where the asking sentence opens with no such clause, or the clause
 * runs past `OPENING_CONTEXT_WORDS` words.
 */
export function openingContext(asked: string): OpeningContext | undefined {
  const m = OPENING_CONTEXT.exec(asked.trim());
  if (!m) return undefined;
  const context = (m[1] ?? m[2] ?? m[3] ?? m[4] ?? "").trim();
  const ask = asked.trim().slice(m[0].length);
  if (context === "" || context.split(/\s+/).length > OPENING_CONTEXT_WORDS) return undefined;
  if (!UNMARKED_ASK.test(ask)) return undefined;
  return { context, ask };
}

/** The longest opening context clause read (`openingContext`): longer, it is no aside. */
const OPENING_CONTEXT_WORDS = 14;

const OPENING_CONTEXT =
  /^(?:(?:after|following|given|besides|apart from|aside from|since|now that|once)\s+([^,;:?!]+?)|with\s+([^,;:?!]+?)\s+in mind|([^,;:?!]+?)\s+aside|(?:re|about|regarding)\s+([^,;:?!]+?)(?=:))\s*(?:,|:|\s[-\u2013\u2014]+\s)\s*/i;

/**
 * An ask that points back at a statement before it: a pronoun ("Who wrote it?", "When did they
 * file?") or "that" standing for what was said ("Who was that?", "Is that right?", "When did that
 * happen?").
 */
function pointsBackAt(ask: string): boolean {
  return (
    POINTS_BACK.test(ask) ||
    /\bthat\s*[?!]|\b(?:was|is|did|does|were) that\b|\bthat (?:happen|happened|change|changed|come|came)\b/i.test(
      ask,
    )
  );
}

/**
 * "caveats box for a memo: what's still unverified…?", "slide needs the treaty's skeleton: how
 * many articles…?": a short lead-in before a colon, asking nothing and naming nothing (no capital
 * after its first word: "Genachowski vs Kramer: how did their spin differ?" names the sides),
 * says what the answer is for; the question after the colon asks. Not when the question points
 * back at the lead-in ("Article 5B: what does it say?"), unless the lead-in names only a format or
 * venue (`namesOnlyFormat`: "For the timeline slide: when did the revived expert group get its new
 * terms, and when is its report due?"), which no pronoun stands for: the pronoun then points back
 * within the question. The lead-in stays context for retrieval.
 * On the tuning half (486 questions), with the lower-case split above: wrong refusals 21 → 18 of
 * 389, out-of-scope refused 85 of 97 and answered "full" 1 unchanged, nugget recall 0.839 → 0.841.
 * (Splitting before a capitalised sentence too, or reading the lead-in whenever the question alone
 * holds no required term, refused three more: "…a brawl? I thought it was just a phone treaty".)
 */
const ASKS = new RegExp(`^${ASKING_OPENER.source}[^?]*\\?[?!]*\\s*$`, "i");

/** An ask typed without a question mark: a sentence opening with an asking word. */
export const UNMARKED_ASK = new RegExp(`^${ASKING_OPENER.source}`, "i");

/**
 * A word pointing back (pointing-words.ts), but not "that", which in an ask more often joins a
 * clause ("said that…", "the text that…") and is read by `pointsBackAt` in its pointing forms
 * only ("who was that?"), nor "him", which this reader never held (an object "backed him" in an
 * ask after a statement was not measured).
 */
export const POINTS_BACK = new RegExp(
  String.raw`\b${pointingWords(POINTING_WORDS, ["that", "him"])}\b`,
  "i",
);

function withoutLeadIn(sentence: string, unmarked = false): string {
  const m = LEAD_IN.exec(sentence);
  if (!m) return sentence;
  const lead = m[1] as string;
  const rest = sentence.slice(m[0].length);
  return (unmarked ? UNMARKED_ASK : ASKS).test(rest) &&
    !ASKING_WORD.test(lead) &&
    !/\s\p{Lu}/u.test(lead) &&
    (!POINTS_BACK.test(rest) || namesOnlyFormat(lead))
    ? rest
    : sentence;
}
