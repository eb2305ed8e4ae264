// A Slack thread as conversation history: earlier questions paired with the bot's answers.
import type { Turn } from "../types.ts";

export interface ThreadMessage {
  user?: string;
  bot_id?: string;
  text?: string;
  ts?: string;
  subtype?: string;
}

/**
 * A person's message as the question it asks: without the bot's mention, and with Slack's markup
 * read as what the person typed. Message and command text escape "&", "<" and ">" as entities and
 * write mentions, channels and links in angle brackets, and emoji as ":name:"
 * (https://docs.slack.dev/messaging/formatting-message-text/). Read as typed, "US &amp; UK" asks
 * about "amp", and "Morning all :wave: why…" about "wave"; another person's mention names no one
 * the corpus knows (their ID is all the text holds), so it goes, as the bot's does.
 */
export function questionFromSlackText(text: string, botUserId?: string): string {
  const own = botUserId
    ? new RegExp(`<@${botUserId}(?:\\|[^>]*)?>`, "g")
    : /^\s*<@[A-Z0-9]+(?:\|[^>]*)?>/;
  return text
    .replace(own, " ")
    .replace(OTHER_MENTION, " ")
    .replace(CHANNEL_LINK, (_, name?: string) => (name ? `#${name}` : " "))
    .replace(LINK, (_, url: string, label?: string) => label ?? url)
    .replace(EMOJI, " ")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ")
    .trim();
}
/** A person or group mentioned, or a broadcast ("<!here>"): "<@U123>", "<!subteam^S1|@team>". */
const OTHER_MENTION = /<(?:@[A-Z0-9]+|!subteam\^[A-Z0-9]+|!here|!channel|!everyone)(?:\|[^>]*)?>/g;
const CHANNEL_LINK = /<#[A-Z0-9]+(?:\|([^>]*))?>/g;
const LINK = /<((?:https?|mailto):[^|>]*)(?:\|([^>]*))?>/g;
/** ":wave:", ":+1:", ":thumbsup::skin-tone-2:", standing alone (not "10:30:00"). */
const EMOJI = /(?<![\p{L}\p{N}:]):[a-z0-9_+'-]+:(?::skin-tone-\d:)?(?![\p{L}\p{N}])/gu;

export function mentionsUser(text: string, userId: string | undefined): boolean {
  return Boolean(userId) && text.includes(`<@${userId}`);
}

const MAX_TURNS = 6;

/**
 * Pairs each user message with the bot message that follows it. Messages at or after `beforeTs`
 * (the question being answered now) are left out; so are placeholders and unanswered chatter.
 */
export function threadToTurns(
  messages: ThreadMessage[],
  bot: { userId?: string; botId?: string },
  beforeTs?: string,
): Turn[] {
  const isBot = (m: ThreadMessage) =>
    Boolean(m.bot_id && m.bot_id === bot.botId) || Boolean(m.user && m.user === bot.userId);
  const turns: Turn[] = [];
  let pending: string | undefined;
  for (const m of messages) {
    if (beforeTs && m.ts && Number(m.ts) >= Number(beforeTs)) break;
    const text = (m.text ?? "").trim();
    if (!text) continue;
    if (isBot(m)) {
      if (pending !== undefined && !text.startsWith(":hourglass")) {
        turns.push({ question: pending, answer: text });
        pending = undefined;
      }
    } else if (!m.bot_id && !m.subtype) {
      const q = questionFromSlackText(text, bot.userId);
      if (q) pending = q;
    }
  }
  return turns.slice(-MAX_TURNS);
}
