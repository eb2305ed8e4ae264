// A question in the bot's DM, answered in a thread: a top-level message (the agent messaging
// experience, where "the root message will appear from the user") or a reply in a thread (both
// experiences). The thread gets a title from its first question, a status while the answer is
// made, and the earlier turns as history.
//
// assistant.threads.setTitle / setStatus are used in both experiences: under `agent_view` Slack's
// compatibility bridge applies them to the thread's agent session (a non-empty status sets it to
// `processing`, an empty one back to `active`), so one code path serves apps that still declare
// `assistant_view` too. https://docs.slack.dev/ai/migrating-to-agent-messaging/
import type { Logger } from "../../../log.ts";
import { type AnswerOutcome, answerInSlack, fetchThreadTurns } from "../../answering.ts";
import type { AnsweringServices, WebClient } from "../../deps.ts";
import { safeTitle } from "../../render/mrkdwn.ts";

const TITLE_CHARS = 60;

export interface DmThreadQuestion {
  client: WebClient;
  bot: { userId?: string; botId?: string };
  channel: string;
  /** The thread: the question's own ts when it was posted at the top level. */
  threadTs: string;
  messageTs: string;
  userId: string;
  teamId?: string;
  question: string;
  surface: "dm" | "assistant";
  log: Logger;
  stream?: boolean;
}

/** A thread title from a question: plain text, mentions and links made inert, short. */
function threadTitle(question: string): string {
  return safeTitle(question, TITLE_CHARS);
}

export async function answerInDmThread(
  s: AnsweringServices,
  q: DmThreadQuestion,
): Promise<AnswerOutcome> {
  const { client, log } = q;
  const thread = { channel_id: q.channel, thread_ts: q.threadTs };
  const history =
    q.threadTs === q.messageTs
      ? []
      : await fetchThreadTurns(
          client,
          { channel: q.channel, threadTs: q.threadTs, beforeTs: q.messageTs },
          q.bot,
          log,
        );
  if (!history.length) {
    // https://docs.slack.dev/reference/methods/assistant.threads.setTitle
    await client.assistant.threads
      .setTitle({ ...thread, title: threadTitle(q.question) })
      .catch((err: unknown) => log.warn({ err }, "setTitle failed"));
  }
  const outcome = await answerInSlack(s, {
    client,
    question: q.question,
    channel: q.channel,
    threadTs: q.threadTs,
    messageTs: q.messageTs,
    userId: q.userId,
    ...(q.teamId ? { teamId: q.teamId } : {}),
    surface: q.surface,
    history,
    log,
    // https://docs.slack.dev/reference/methods/assistant.threads.setStatus (needs chat:write)
    setStatus: (status) => client.assistant.threads.setStatus({ ...thread, status }),
    ...(q.stream ? { stream: true } : {}),
  });
  if (outcome !== "duplicate") {
    // Slack clears a status when the app replies (setStatus docs); under the agent experience's
    // bridge an empty status also sets the thread's session from `processing` back to `active`.
    await client.assistant.threads
      .setStatus({ ...thread, status: "" })
      .catch((err: unknown) => log.warn({ err }, "clearing the status failed"));
  }
  return outcome;
}
