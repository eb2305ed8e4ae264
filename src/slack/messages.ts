// Every sentence the bot says on its own behalf (not answers): help, refusals, errors.
import { InvalidQuestionError } from "../answer/engine.ts";
import { safeText } from "./render/mrkdwn.ts";

export const PLACEHOLDER_TEXT = ":hourglass_flowing_sand: Looking through the WCIT-12 corpus…";
export const ASSISTANT_STATUS = "is looking through the WCIT-12 corpus…";

export const ERROR_TEXT =
  ":warning: Sorry, something went wrong while I was answering. Nothing was lost; please try again in a minute. If it keeps happening, tell whoever runs wcit-desk (the details are in its logs).";

/**
 * What the user sees when answering failed: a question the engine refuses gets its reason (written
 * for users); anything else gets the generic apology, never internals.
 */
export function errorTextFor(err: unknown): string {
  if (err instanceof InvalidQuestionError) return `:information_source: ${safeText(err.message)}`;
  return ERROR_TEXT;
}

export const NOT_ALLOWED_TEXT =
  "Sorry, wcit-desk is not enabled here. Ask in one of the channels it is set up for.";

export function rateLimitedText(perMinute: number, retryAfterSeconds: number): string {
  return `:raised_hand: You've asked ${perMinute} questions in the last minute, which is my limit. Please try again in about ${retryAfterSeconds} second${retryAfterSeconds === 1 ? "" : "s"}.`;
}

export function helpText(botUserId?: string): string {
  const mention = botUserId ? `<@${botUserId}>` : "@wcit-desk";
  return [
    "*wcit-desk* answers questions about the WCIT-12 treaty talks (the 2012 International Telecommunication Regulations: security, spam, Internet governance) from our corpus, with every claim cited.",
    `• Mention me in a channel: ${mention} what did Article 5A end up saying?  (I answer in the thread; follow-ups there keep the context.)`,
    "• DM me, or open me in the assistant panel.",
    "• `/wcit <question>`: an answer only you see, with a button to share it.",
    "• `/wcit search <terms>`: the best-matching passages.",
    "• `/wcit sources`: the documents I know.",
    "• `/wcit gaps`: recent questions the corpus could not answer.",
    "• `/wcit help`: this message.",
  ].join("\n");
}

export function mentionHelpText(botUserId?: string): string {
  return `Hi! Ask me a question about WCIT-12 after the mention, for example: <@${botUserId ?? "wcit-desk"}> what does Article 5B say about spam?\n\n${helpText(botUserId)}`;
}
