// Reading a question's instructions apart from its topic: the words that say how to answer
// ("give me three talking points on", "for my briefing tomorrow", "in bullets", "tl;dr"). The
// vocabulary lives beside this reader: `question-requests.ts` (what is asked to be written, for
// what and how), `question-openers.ts` (greetings, hedges), `question-claims.ts` (a claim's
// framing), `question-lead-ins.ts` (a lead-in before a colon); chat around the ask is read in
// `question-chat.ts`, shorthand in `question-shorthand.ts`, quotes in `question-quotes.ts`.
// `question.ts` reads the kind and the topic from what is left.
//
// Instructions are removed only where instructions stand: at the start or end of the question or
// of one of its clauses (after , : ; . ? !), and only as whole phrases. The same words elsewhere
// are content ("the draft ITRs", "the press release of 14 December", "when was the paper released").

import { CLAIM_LEAD, CONFIRMATION_TAG } from "./question-claims.ts";
import { askerHedgeAtEnd, FRAMING_LEAD_IN, FRAMING_WORD } from "./question-framing.ts";
import { formatLeadIn } from "./question-lead-ins.ts";
import { OPENER, SET_ASIDE, TOP_COUNT } from "./question-openers.ts";
import { foldQuoteMarks, QUOTED } from "./question-quotes.ts";
import {
  BARE_REQUEST,
  COUNT,
  DETERMINER,
  FIRST_PERSON_CONTEXT,
  FORMAT_ACCEPTED,
  FORMAT_MODIFIER,
  FORMAT_NOUN,
  FORMAT_NOUN_WEAK,
  FORMAT_REQUEST,
  OCCASION_PHRASE,
  REQUEST,
  TOPIC_LINK,
  TRAILING_FORMAT,
  WRITTEN_THING_REQUEST,
} from "./question-requests.ts";
import { CLAUSE_END, QUESTION_FILLER } from "./question-words.ts";

/**
 * An alternation's branches as one regular expression each, with the pattern's rest after each
 * (`tail`), tried in order from `at` (for a sticky pattern): the first match is the alternation's,
 * since an alternation tries its branches in order, each with the same rest of the pattern. Apart,
 * each is small enough for the regular expression engine to run fast; the two instruction patterns
 * written as one alternation (53,000 and 28,000 characters) ran ten times slower than their
 * branches tried one by one (health24: most of a question's reading time).
 */
function firstBranchOf(
  branches: readonly string[],
  tail: string,
  flags: string,
  head = "",
): (text: string, at?: number) => RegExpExecArray | null {
  const patterns = branches.map((branch) => new RegExp(`${head}(?:${branch})${tail}`, flags));
  return (text, at = 0) => {
    for (const pattern of patterns) {
      pattern.lastIndex = at;
      const m = pattern.exec(text);
      if (m) return m;
    }
    return null;
  };
}

/** One instruction opening the text (or a clause of it): the first branch that matches. */
const leadingInstruction = firstBranchOf(
  [
    FORMAT_ACCEPTED,
    TOP_COUNT,
    SET_ASIDE,
    OPENER,
    CLAIM_LEAD,
    `${CONFIRMATION_TAG}(?:\\s*\\?+|(?=\\s*[:—–-]))`,
    FIRST_PERSON_CONTEXT,
    WRITTEN_THING_REQUEST,
    `${REQUEST}(?: ${FORMAT_REQUEST(`(?:${FORMAT_NOUN}|${FORMAT_NOUN_WEAK})`)})?`,
    `${BARE_REQUEST} ${FORMAT_REQUEST(`(?:${FORMAT_NOUN}|${FORMAT_NOUN_WEAK})`)}`,
    FORMAT_REQUEST(FORMAT_NOUN),
    `(?:${DETERMINER}|${COUNT}) (?:${FORMAT_MODIFIER}[ -])*${FORMAT_NOUN_WEAK}(?: ${TOPIC_LINK})`,
    OCCASION_PHRASE,
    `(?:${TRAILING_FORMAT})(?: ${OCCASION_PHRASE})?(?=\\s*[,.:;!?]|$)`,
    // ("numbers sanity check: …", "date check for our timeline box - …": `FRAMING_LEAD_IN`.)
    FRAMING_LEAD_IN,
  ],
  `${CLAUSE_END}[\\s,.:;!—–-]*`,
  "i",
  "^",
);
/**
 * One instruction that ends the text, tried (sticky) at each of the last few word starts: "in
 * bullets", "please", "for my briefing tomorrow", and after a sentence, "I need it for a memo".
 */
const trailingInstructionAt = firstBranchOf(
  [
    TRAILING_FORMAT,
    OCCASION_PHRASE,
    FORMAT_REQUEST(FORMAT_NOUN),
    `(?<=[.!?]\\s*)${FIRST_PERSON_CONTEXT}`,
    `(?<=[,.!?:;—–-]\\s*)${CONFIRMATION_TAG}`,
  ],
  "[\\s.!?)]*$",
  "iy",
);
/** How far back from the end a trailing instruction may start, in characters. */
const TRAILING_CHARS = 120;
/**
 * The words a trailing instruction can start with when it does not open a clause of its own
 * ("… in bullets", "… please", "… for my briefing", "… I need it for a memo").
 */
const TRAILING_START: ReadonlySet<string> = new Set(
  `in as using with via please answer reply respond briefly concisely quickly asap thanks thank thx need want
  cheers if off and cite include give add list keep make be for ahead before to i we it's it this worth
  that which you takeaways takeaway limit cap trim cut`.split(/\s+/),
);
/** Conjunctions that open a follow-up ("And what about the EU?"); only at the very start. */
const OPENING_CONJUNCTION = /^(?:and|but|so|also|then)\b[\s,]*/i;

interface Stripped {
  content: string;
  instructions: string[];
}

/**
 * Every instruction the rules above can remove contains at least one of these words: a question
 * with none of them (most questions, and nearly every benchmark query) skips the rules. A word
 * added to a rule's vocabulary that is in no instruction yet must be added here.
 */
const INSTRUCTION_WORDS: ReadonlySet<string> = new Set(
  `fact reality sanity check checking confirm verify double correct true false accurate wrong yes no
  evidence proof indication truth safe conclude rumour rumor rumours rumors myth myths spin
  chance possibility likelihood
  speculation hearsay gossip exaggerated exaggeration overstated can could
  am fair understanding impression recollection understand remember recall think thought believe
  believed assume assumed under as if
  really mistaken misremembering told tells says said claims claimed insists insisted swears swore
  keeps mentioned thinks read heard seen saw colleague colleagues friend journalist reporter
  apart aside besides except q hi hiya hello hey sorry dumb silly basic naive stupid good morning afternoon evening thanks thank quick one another please pls kindly ok
  gist lowdown skinny scoop story deal version elevator someone somebody anyone people newcomer
  newcomers newbie newbies beginner beginners outsider outsiders layperson laypeople
  okay right now next then well question follow followup i i'm i'd i've i'll we we're we'd we've
  we'll it's need want like know understand help you u ya let idea anything tell remind show
  give send get find brief fill walk take talk run update bring explain describe summarise summarize
  outline list name identify enumerate draft write prepare provide compile produce sketch set lay
  break recap clarify spell go highlight suggest share compare contrast pull put come turn learn
  talking point points bullet bullets bulleted key summary summaries overview rundown explainer
  primer takeaway takeaways highlights soundbite soundbites sound bites line lines press release
  statement backgrounder briefing tl tldr paragraph paragraphs sentence sentences note notes memo
  answer background context reason reasons argument arguments fact facts example examples quote
  quotes tweet tweets thread message messages messaging pointer pointers item items things details
  info information briefings papers meeting meetings call calls memos hearing hearings panel panels
  interview interviews presentation presentations report reports op eds article articles newsletter
  newsletters blog post posts talk talks session sessions email emails speech speeches debate
  debates deck decks slide slides releases statements campaign campaigns workshop workshops webinar
  webinars podcast podcasts lecture lectures seminar seminars class classes audience audiences boss
  minister client clients journalist journalists reporter reporters reader readers readership team
  colleague colleagues stakeholder stakeholders member members website social media twitter
  linkedin slack tomorrow today tonight words form english language terms table detail reply
  respond briefly concisely short quickly asap thx cheers possible sources citations references
  cite include add keep make snappy tight punchy specific concise simple timeline timelines profile
  profiles each apiece per itemise itemize jot tick rattle reel checklist checklists submission
  submissions inventory inventories roundup roundups sequence chain order events pros cons nutshell
  worth flagging noting knowing highlighting mentioning sharing remembering office board have hold
  record records top map sum boil out pull version cheat crib sheet sheets step form format simple numbered
  compose craft whip knock mock limit cap trim cut fine`.split(/\s+/),
);
/** Whether a (lower-case) word is one that instructs or fills a question, never its topic. */
export function isInstructionWord(word: string): boolean {
  return INSTRUCTION_WORDS.has(word) || QUESTION_FILLER.includes(word);
}

const INSTRUCTION_WORD = new RegExp(
  `\\b(?:${[...INSTRUCTION_WORDS].sort((x, y) => y.length - x.length).join("|")})\\b`,
  "i",
);

/** Whether any instruction rule could apply: a conjunction first, or an instruction word. */
function mayHaveInstructions(text: string): boolean {
  return (
    OPENING_CONJUNCTION.test(text) ||
    INSTRUCTION_WORD.test(text) ||
    HEDGE_WORD.test(text) ||
    FRAMING_WORD.test(text)
  );
}
/** The words of the asker's doubt and framing (`NOT_SURE`, "off the top of your head", "if that makes sense"). */
const HEDGE_WORD = /\b(?:sure|certain|positive|head|sense)\b/i;

const PROTECT = "\u0001";

/**
 * The question without its instructions. Quoted phrases are set aside first, so nothing inside
 * quotes is ever taken for an instruction.
 */
export function stripInstructions(question: string): Stripped {
  const instructions: string[] = [];
  if (!mayHaveInstructions(foldQuoteMarks(question))) return { content: question, instructions };
  const quoted: string[] = [];
  const text = foldQuoteMarks(question)
    .replace(QUOTED, (m) => {
      quoted.push(m);
      return `${PROTECT}${quoted.length - 1}${PROTECT}`;
    })
    .replace(/\s+/g, " ")
    .trim();
  let out = withoutLeadingInstructions(text, instructions, quoted);
  out = withoutTrailingInstructions(out, instructions);
  out = withoutAskerHedges(out, instructions);
  if (instructions.length === 0) return { content: question, instructions };
  const content = tidiedContent(out, quoted);
  // Nothing but instructions: the question itself is all there is to read.
  if (!/[\p{L}\p{N}]/u.test(content)) return { content: question, instructions };
  return { content, instructions };
}

/**
 * Leading instructions taken out (added to `instructions`), at the start of the text and after
 * each clause boundary: what is left.
 */
function withoutLeadingInstructions(
  text: string,
  instructions: string[],
  quoted: readonly string[],
): string {
  let out = "";
  let rest = withoutFormatLeadIns(text, instructions);
  const opening = OPENING_CONJUNCTION.exec(rest);
  if (opening) {
    instructions.push(opening[0].replace(/[\s,]+$/, ""));
    rest = rest.slice(opening[0].length);
  }
  // A format lead-in after chat that opens the text ("Q: timeline slide, one line each: …",
  // "Hey wcit-desk, timeline slide…", "For our team briefing tomorrow: donor update: …") is read
  // as it is at the start: the chat is an instruction of its own, the lead-in a format.
  let leadAfterChat = true;
  while (rest.length > 0) {
    rest = withoutClauseOpeners(rest, instructions, leadAfterChat, quoted);
    leadAfterChat = false;
    const clause = keptClause(rest, instructions);
    out += clause.kept;
    rest = rest.slice(clause.cut);
  }
  return out;
}

/** The text without the format lead-ins opening it (`formatLeadIn`), at most two. */
function withoutFormatLeadIns(text: string, instructions: string[]): string {
  let rest = text;
  const formatLead = formatLeadIn(rest);
  if (formatLead) {
    instructions.push(formatLead.lead);
    rest = rest.slice(formatLead.length);
    // ("For our team briefing tomorrow: timeline slide, one line each: …": an occasion's lead-in
    // before the format's.)
    const second = formatLeadIn(rest);
    if (second) {
      instructions.push(second.lead);
      rest = rest.slice(second.length);
    }
  }
  return rest;
}

/**
 * The clause without the instructions opening it (`leadingInstruction`), one after another; after
 * chat opening the text (`leadAfterChat`), a format lead-in too.
 */
function withoutClauseOpeners(
  clause: string,
  instructions: string[],
  leadAfterChat: boolean,
  quoted: readonly string[],
): string {
  let rest = clause;
  let afterChat = leadAfterChat;
  let m = leadingInstruction(rest);
  while (m && m[0].length > 0) {
    instructions.push(m[0].replace(/[\s,.:;!—–-]+$/, ""));
    rest = withTitlesKept(m[0], rest.slice(m[0].length), quoted);
    const lead = afterChat ? formatLeadIn(rest) : undefined;
    if (lead) {
      instructions.push(lead.lead);
      rest = rest.slice(lead.length);
      afterChat = false;
    }
    m = leadingInstruction(rest);
  }
  return rest;
}

/**
 * What follows a request to write a thing, after the title it gave in quotes where the title
 * dates what the thing holds: "draft an 'october 2012' strip for the timeline graphic - every
 * item our notes pin to that month" asks for a strip, but its title is the month "that month"
 * points back to; cut with the request, the question lost its topic. A title of words alone
 * ("a 'known unknowns' box", "an 'egypt file'") is the asker's name for the thing and goes with
 * the request: what it is to hold follows the colon or dash.
 */
function withTitlesKept(instruction: string, rest: string, quoted: readonly string[]): string {
  if (!WRITTEN_THING_OPENING.test(instruction)) return rest;
  const titles = (instruction.match(TITLE_PLACEHOLDER) ?? []).filter((title) =>
    DATING.test(quoted[Number(title.slice(1, -1))] ?? ""),
  );
  return titles.length > 0 ? `${titles.join(" ")} - ${rest}` : rest;
}
/** A year, a month or a day's number: what dates a title. */
const DATING =
  /\d|\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b/i;
/** A request to write a thing, opening an instruction (`WRITTEN_THING_REQUEST`). */
const WRITTEN_THING_OPENING = new RegExp(`^(?:${WRITTEN_THING_REQUEST})`, "i");
const TITLE_PLACEHOLDER = new RegExp(`${PROTECT}\\d+${PROTECT}`, "g");

/**
 * The clause that opens `rest`, kept, running to the next boundary (punctuation and a space),
 * and where it was cut: a clause going on after a dash or a colon without the instruction it
 * ends in.
 */
function keptClause(rest: string, instructions: string[]): { kept: string; cut: number } {
  const boundary = /[,.:;!?)](?:\s+|$)|\s[—–-]\s/.exec(rest);
  const cut = boundary ? boundary.index + boundary[0].length : rest.length;
  // A clause that goes on after a dash ("… for a policy audience - who was that?") may end in
  // an instruction as a question does. On the tuning half (550 questions): nugget recall 0.813
  // → 0.815, wrong refusals 24 → 23 of 441, out-of-scope refused 93 of 109 unchanged.
  // So may a lead-in before a colon ("WCITLeaks in a nutshell: names and roles…").
  let clause = rest.slice(
    0,
    boundary && /^(?:\s[—–-]\s|:\s+)$/.test(boundary[0]) ? boundary.index : cut,
  );
  const inner = clause.length < cut ? trailingInstruction(clause) : undefined;
  if (inner && inner.at > 0) {
    instructions.push(inner.text);
    clause = clause.slice(0, inner.at).replace(/\s+$/, "");
    return { kept: `${clause}${rest.slice(boundary?.index ?? cut, cut)}`, cut };
  }
  return { kept: rest.slice(0, cut), cut };
}

/**
 * Trailing instructions ("…, in bullets please."), the longest first; also before a last clause
 * that was all instruction ("… worth flagging - 3 points").
 */
function withoutTrailingInstructions(text: string, instructions: string[]): string {
  let out = text;
  if (instructions.length > 0) out = out.replace(/(?<=\S)[\s,:;—–-]+$/, "");
  for (let found = trailingInstruction(out); found; found = trailingInstruction(out)) {
    instructions.push(found.text);
    const before = out.slice(0, found.at);
    const asked = /\?\s*$/.test(out) || /\?[\s,:;—–(-]*$/.test(before);
    const stop = asked ? "?" : /[.!]\s*$/.test(before) ? "." : "";
    out = before.replace(/[\s,.:;!?—–(-]+$/, "") + stop;
  }
  return out;
}

/**
 * A closing hedge about the asker ("…, or have i got that wrong", "… - going from memory"), one
 * clause at a time, after the instructions above have had their say (`askerHedgeAtEnd`).
 */
function withoutAskerHedges(text: string, instructions: string[]): string {
  let out = text;
  for (let hedge = askerHedgeAtEnd(out); hedge; hedge = askerHedgeAtEnd(out)) {
    instructions.push(hedge.text);
    const before = out.slice(0, hedge.at);
    const stop = /\?[\s,:;—–(-]*$/.test(before) ? "?" : "";
    out = before.replace(/[\s,.:;!?—–(-]+$/, "") + stop;
  }
  return out;
}

/** What is left tidied (spaces, stray punctuation at the ends), the quoted phrases put back. */
function tidiedContent(out: string, quoted: readonly string[]): string {
  const content = out
    .replace(/\s+([,.:;!?])/g, "$1")
    .replace(/^[\s,.:;!?—–-]+/, "")
    .replace(/([,:;—–-])\s*([.?!])?\s*$/, "$2")
    .replace(/\s+/g, " ")
    .trim();
  return content.replace(new RegExp(`${PROTECT}(\\d+)${PROTECT}`, "g"), (_, n: string) => {
    return quoted[Number(n)] ?? "";
  });
}

// (Or inside a closing aside: "… in bullets (pls cite sources)".)
const BEFORE_INSTRUCTION = /[\s,.:;!?—–(-]/;

/** The trailing instruction of a text, if any: where it starts and what it says. */
function trailingInstruction(text: string): { at: number; text: string } | undefined {
  const tail = /(?:^|[^\p{L}\p{N}'-])([\p{L}\p{N}][\p{L}\p{N}'-]*)/gu;
  tail.lastIndex = Math.max(0, text.length - TRAILING_CHARS);
  // Earliest start first: the longest instruction that runs to the end.
  for (let m = tail.exec(text); m; m = tail.exec(text)) {
    const at = m.index + m[0].length - (m[1] as string).length;
    // An instruction stands after a clause boundary or a space, never inside a word or quote; it
    // opens a clause or starts with one of the words a trailing instruction can start with.
    if (at > 0 && !BEFORE_INSTRUCTION.test(text[at - 1] as string)) continue;
    const clauseStart = at === 0 || /[,.:;!?—–(-]\s*$/.test(text.slice(Math.max(0, at - 3), at));
    if (!clauseStart && !TRAILING_START.has((m[1] as string).toLowerCase())) continue;
    const found = trailingInstructionAt(text, at);
    if (found && found[0].trim().length > 0) {
      return { at, text: found[0].replace(/[\s.!?)]+$/, "") };
    }
  }
  return undefined;
}
