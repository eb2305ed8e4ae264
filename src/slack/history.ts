// A Slack thread as conversation history: earlier questions paired with the bot's answers.
import type { Turn } from "../types.ts";

export interface ThreadMessage {
  user?: string;
  bot_id?: string;
  text?: string;
  ts?: string;
  subtype?: string;
}

/** Removes mentions of the bot and surrounding whitespace from a question. */
export function stripBotMention(text: string, botUserId?: string): string {
  const own = botUserId
    ? new RegExp(`<@${botUserId}(?:\\|[^>]*)?>`, "g")
    : /^\s*<@[A-Z0-9]+(?:\|[^>]*)?>/;
  return text.replace(own, " ").replace(/\s+/g, " ").trim();
}

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
      const q = stripBotMention(text, bot.userId);
      if (q) pending = q;
    }
  }
  return turns.slice(-MAX_TURNS);
}
