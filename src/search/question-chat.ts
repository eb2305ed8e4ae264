// Chat around a message's ask that says nothing of what is asked: what closes it (thanks, "keep
// it short", a link, "cc @sam") and what opens it (a greeting, an apology, "Q:"). The engine reads
// the ask without it, so that every reader of a question's first and last words reads the ask's.

import { ASKING_OPENING } from "./question-lead-ins.ts";
import { APOLOGY, GREETING, NOT_EXPERT_HEDGE, THANKS, TIME_GREETING } from "./question-openers.ts";
import { alt, CLAUSE_END } from "./question-words.ts";

/** "@dana", "cc @sam @lee": colleagues named or copied, who are no part of what is asked. */
const MENTIONS = "(?:c\\.?c\\.?:?\\s*)?@[\\w.-]+(?:,?\\s+(?:and\\s+)?@[\\w.-]+)*";

/**
 * A request about the answer's length: "Keep it short.", "short answer is fine", "tl;dr pls". Its
 * own sentence or clause: in "Why did they keep it short?" the words are the ask's.
 */
const LENGTH_REQUESTS = [
  "(?<=^|[.!?,;:)—–-]\\s*)(?:(?:pls|please|plz),? )?keep it (?:short|brief|tight|snappy)(?: (?:pls|please|plz))?",
  "(?<=^|[.!?,;:)—–-]\\s*)(?:short|brief|quick) (?:answer|version|one) (?:is )?(?:fine|ok|okay|pls|please)",
  "tl;?dr(?: (?:pls|please|plz|is fine|fine|ok|version))?",
];
const LENGTH_REQUEST = new RegExp(`^(?:${alt(LENGTH_REQUESTS)})[\\s.!?]*$`, "i");

/**
 * Chat that closes a message after its ask and says nothing of what is asked (wrappers26): thanks
 * and sign-offs ("thx in advance", "Thanks so much!!", "ty!", "cheers"), a request about the
 * answer's length that the extractive answer cannot heed ("Keep it short.", "tl;dr pls"), an
 * aside asking for sources (every answer cites its own), a pasted link, an emoji shortcode
 * (":pray:"), colleagues named or copied ("cc @sam"), and "asking for a friend". Each is one
 * piece ending the text, cut from the end one at a time.
 */
const CHAT_AFTER = new RegExp(
  `(?:^|(?<=[\\s,.:;!?)—–-]))(?:${alt([
    "(?:thanks?(?: you)?|thx|thnx|ty|tia|(?<=[.!?,)]\\s*)cheers|much appreciated|appreciate (?:it|the help))(?: (?:so|very) much| in advance| a lot| all| again| heaps)?",
    ...LENGTH_REQUESTS,
    "\\((?:(?:pls|please|plz) )?(?:cite (?:the |your )?sources?|with sources|sources (?:pls|please)|links? (?:pls|please)|no rush)\\)",
    "(?:pls|please|plz) cite (?:the |your )?sources?",
    "<?(?:https?://|www\\.)[^\\s>]+>?",
    ":[a-z0-9_+'-]+:(?::skin-tone-\\d:)?",
    MENTIONS,
    "asking for a friend(?: (?:lol|haha))?",
    "(?:lol|haha)",
  ])})[\\s.!?]*$`,
  "i",
);

/**
 * The message without the chat closing it after its ask (`CHAT_AFTER`), and with a run of "?"
 * and "!" ending the ask read as one "?" ("…anyway?! Thanks so much!!" → "…anyway?"). The engine
 * reads this with `withoutChatBefore`, so that every reader of a question's last words reads the
 * ask's: a series ending the ask ("…Genachowski, Strickling, Kramer thx in advance") and an ask's
 * last clause ("…and who hated it Keep it short.") stay as typed bare. A message with neither, or
 * nothing but chat, is returned as typed.
 */
export function withoutChatAfter(question: string): string {
  let { rest } = chatClosing(question);
  // "?!", "?!!", "??": chat emphasis; the ask ends on its question mark.
  rest = rest.replace(/\?[?!]*!+[?!]*$|\?{2,}$/, "?").replace(/!{2,}$/, "!");
  return /[\p{L}\p{N}]/u.test(rest) ? rest : question;
}

/**
 * Whether the chat closing the message asks for a short answer ("…who hated it? Keep it short.",
 * "… tl;dr pls"). The extractive answer is short anyway; the model is told (`answerByModel`),
 * since the chat is cut from the question it reads.
 */
export function asksShortAnswer(question: string): boolean {
  return chatClosing(question).pieces.some((piece) => LENGTH_REQUEST.test(piece));
}

/** The message's ask before the chat closing it (`CHAT_AFTER`), and that chat's pieces, last first. */
function chatClosing(question: string): { rest: string; pieces: string[] } {
  let rest = question.replace(/\s+$/, "");
  const pieces: string[] = [];
  for (let m = CHAT_AFTER.exec(rest); m && m.index > 0; m = CHAT_AFTER.exec(rest)) {
    const before = rest.slice(0, m.index).replace(/[\s,;—–-]+$/, "");
    if (!/[\p{L}\p{N}]/u.test(before)) break;
    pieces.push(m[0].trim());
    rest = before;
  }
  return { rest, pieces };
}

/**
 * Chat that opens a message before its ask, and says nothing of it: a greeting ("Hey wcit-desk,",
 * "Morning all"), the asker's apology or hedge ("Sorry if this is obvious, but", "I'm not an
 * expert on this, but"), a label ("Q:", "FYI:"), thanks. Not the openers that tell the answer's
 * look ("quick yes/no check") or a thread's turn ("follow-up:", "next,").
 */
const CHAT_OPENING = new RegExp(
  `^(?:${alt([
    GREETING,
    TIME_GREETING,
    APOLOGY,
    "(?:dumb|silly|basic|naive|stupid) question(?:,? but)?",
    "(?:context|background|q|fyi)(?=\\s*:)",
    NOT_EXPERT_HEDGE,
    THANKS,
    // A colleague named or copied ("@dana", "cc @sam"), a "+1" to someone's question before
    // the ask ("+1 to Priya's q:"), "asking for a friend", "tl;dr?" (wrappers26).
    `${MENTIONS}`,
    "\\+1(?: (?:to|on) [^:?\\n]{1,40}?)?(?=\\s*[:,—–-])",
    "asking for a friend(?: (?:lol|haha))?",
    "tl;?dr\\??",
  ])})${CLAUSE_END}[\\s,.:;!—–-]*`,
  "i",
);

/**
 * The message without the chat that opens it (`CHAT_OPENING`), an asking word first capitalised
 * ("Hey wcit-desk, who chaired the talks?" → "Who chaired the talks?"): every reader of the
 * question's first words reads the ask's. Unchanged where no such chat opens it, or where nothing
 * but chat is typed.
 */
export function withoutChatOpening(question: string): string {
  let rest = question;
  for (let m = CHAT_OPENING.exec(rest); m && m[0].length > 0; m = CHAT_OPENING.exec(rest)) {
    rest = rest.slice(m[0].length);
  }
  if (rest === question || !/[\p{L}\p{N}]/u.test(rest)) return question;
  return capitalisedAsk(rest);
}

/**
 * A text left after chat, its asking word capitalised as a question opens ("who chaired…" → "Who
 * chaired…"); any other first word as typed, so that no plain word is made a name ("raw numbers
 * pls: …" is not "Raw").
 */
export function capitalisedAsk(text: string): string {
  // (So is an acronym whose first capital was lost, "fCC chair vs…".)
  return ASKING_OPENING.test(text) || /^\p{Ll}\p{Lu}+\b/u.test(text)
    ? text.charAt(0).toUpperCase() + text.slice(1)
    : text;
}
