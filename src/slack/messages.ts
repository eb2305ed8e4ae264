// Every sentence the bot says on its own behalf (not answers): help, refusals, errors.
import { userMessageOf } from "../errors.ts";
import { safeText } from "./render/mrkdwn.ts";

export const PLACEHOLDER_TEXT = ":hourglass_flowing_sand: Looking through the WCIT-12 corpus…";
export const ASSISTANT_STATUS = "is looking through the WCIT-12 corpus…";
/** `/wcit <question>`'s progress line: still true if Slack shows the answer below it, not over it. */
export const SLASH_PROGRESS_TEXT =
  ":hourglass_flowing_sand: Looking through the WCIT-12 corpus for your question; the answer appears here when it is ready.";

function passages(n: number): string {
  return `${n} passage${n === 1 ? "" : "s"}`;
}

/** The placeholder once retrieval is done and the answer is being written. */
export function readingText(passageCount: number): string {
  return `:hourglass_flowing_sand: Reading ${passages(passageCount)} from the corpus…`;
}

/** The assistant thread's status line at the same point. */
export function readingStatus(passageCount: number): string {
  return `is reading ${passages(passageCount)}…`;
}

/** Under the sentences already checked against their sources, while the rest are checked. */
export const CHECKING_TEXT =
  ":hourglass_flowing_sand: _Checked against the sources so far; still working on the rest…_";

/** When too many questions are waiting already: said where the question was asked. */
export const BUSY_TEXT =
  ":hourglass: I'm answering a lot of questions right now and can't take this one. Please ask again in a moment.";

export const ERROR_TEXT =
  ":warning: Sorry, something went wrong while I was answering. Nothing was lost; please try again in a minute. If it keeps happening, tell whoever runs wcit-desk (the details are in its logs).";

/**
 * What the user sees when answering failed, by the error family's one rule (src/errors.ts): an
 * error written for users (a question the engine refuses) gets its reason; anything else gets the
 * generic apology, never internals (file paths, settings, what a server said).
 */
export function errorTextFor(err: unknown): string {
  const message = userMessageOf(err);
  return message === undefined ? ERROR_TEXT : `:information_source: ${safeText(message)}`;
}

export const NOT_ALLOWED_TEXT =
  "Sorry, wcit-desk is not enabled here. Ask in one of the channels it is set up for.";

export function rateLimitedText(perMinute: number, retryAfterSeconds: number): string {
  return `:raised_hand: You've asked ${perMinute} questions in the last minute, which is my limit. Please try again in about ${retryAfterSeconds} second${retryAfterSeconds === 1 ? "" : "s"}.`;
}

/**
 * How to ask privately. `<` and `>` are escaped: mrkdwn would read `<question>` as markup
 * (https://docs.slack.dev/messaging/formatting-message-text), even inside backticks.
 */
export const ASK_PRIVATELY_USAGE = "`/wcit &lt;question&gt;`";
export const SEARCH_USAGE = "`/wcit search &lt;terms&gt;`";

export function helpText(botUserId?: string): string {
  const mention = botUserId ? `<@${botUserId}>` : "@wcit-desk";
  return [
    "*wcit-desk* answers questions about the WCIT-12 treaty talks (the 2012 International Telecommunication Regulations: security, spam, Internet governance) from our corpus, with every claim cited.",
    `• Mention me in a channel: ${mention} what did Article 5A end up saying?  (I answer in the thread; follow-ups there keep the context.)`,
    "• DM me, or open me in the assistant panel.",
    `• ${ASK_PRIVATELY_USAGE}: an answer only you see, with a button to share it.`,
    `• ${SEARCH_USAGE}: the best-matching passages.`,
    "• `/wcit sources`: the documents I know.",
    "• `/wcit gaps`: recent questions the corpus could not answer.",
    "• `/wcit help`: this message.",
  ].join("\n");
}

export function mentionHelpText(botUserId?: string): string {
  return `Hi! Ask me a question about WCIT-12 after the mention, for example: <@${botUserId ?? "wcit-desk"}> what does Article 5B say about spam?\n\n${helpText(botUserId)}`;
}
