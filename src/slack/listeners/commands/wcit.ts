// `/wcit`: an empty ack at once (Slack allows 3 seconds), then the reply through `respond`. A
// replayed command is acknowledged but answered once; a question waits its turn in the answer queue.
import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from "@slack/bolt";
import type { DeliveryServices, SlackServices } from "../../deps.ts";
import { isFirstDelivery, requestLog } from "../../guards.ts";
import { questionFromSlackText } from "../../history.ts";
import { BUSY_TEXT, errorTextFor } from "../../messages.ts";
import { type AskServices, askReply } from "./ask.ts";
import { gapsReply } from "./gaps.ts";
import { helpReply } from "./help.ts";
import { searchReply } from "./search.ts";
import { sourcesReply } from "./sources.ts";
import type { WcitInvocation, WcitReply } from "./types.ts";

const BUILTIN_SUBCOMMANDS = ["help", "search", "sources", "gaps"] as const;

/** Splits "search article 5b" into ("search", "article 5b"); the word is matched case-insensitively. */
/** What `/wcit` uses: its subcommands' services, the answer queue and delivery claims. */
type WcitServices = AskServices &
  DeliveryServices &
  Pick<SlackServices, "answerQueue" | "takeQuietTurn" | "extraSubcommands" | "track" | "corpus">;

export function parseWcit(text: string): { word: string; rest: string } {
  const trimmed = text.trim();
  const match = /^(\S+)\s*([\s\S]*)$/.exec(trimmed);
  return { word: (match?.[1] ?? "").toLowerCase(), rest: (match?.[2] ?? "").trim() };
}

export function wcitCommandListener(s: WcitServices) {
  return async ({
    command,
    body,
    ack,
    respond,
    context,
  }: SlackCommandMiddlewareArgs & AllMiddlewareArgs) => {
    const log = requestLog(context, s.log).child({
      channel: command.channel_id,
      user: command.user_id,
    });
    // The command's text is escaped as a message's is: read what the person typed.
    const typed = questionFromSlackText(command.text ?? "", context.botUserId);
    const { word, rest } = parseWcit(typed);
    const isQuestion =
      word !== "" &&
      !(BUILTIN_SUBCOMMANDS as readonly string[]).includes(word) &&
      !(word in s.extraSubcommands);
    // An empty ack: a message in the ack cannot be replaced later through the response_url
    // (slackapi/bolt-js#2287, slackapi/bolt-python#1268). A question's progress is posted through
    // the response_url instead (ask.ts).
    await ack();
    if (!(await isFirstDelivery(s, body, context))) return;

    const inv: WcitInvocation = {
      args: isQuestion ? typed : rest,
      teamId: command.team_id,
      channelId: command.channel_id,
      userId: command.user_id,
      log,
      progress: (reply) => respond(reply),
    };
    await s.track(
      (async () => {
        let reply: WcitReply;
        try {
          reply = await replyTo(s, word, isQuestion, inv);
        } catch (err) {
          log.error({ err, subcommand: word, outcome: "failed" }, "/wcit failed");
          reply = { response_type: "ephemeral", text: errorTextFor(err) };
        }
        const { followUps = [], ...first } = reply;
        for (const message of [first, ...followUps]) {
          await respond(message).catch((err: unknown) => log.error({ err }, "respond failed"));
        }
      })(),
    );
  };
}

/** A question answered in its turn, or "busy" at once when the answer queue is full. */
async function questionReply(
  s: AskServices & Pick<SlackServices, "answerQueue" | "takeQuietTurn">,
  inv: WcitInvocation,
): Promise<WcitReply> {
  const place = s.answerQueue.enter();
  if (!place) {
    inv.log.warn(
      { outcome: "busy", ...s.answerQueue.stats() },
      "answer queue full; question refused",
    );
    return { response_type: "ephemeral", text: BUSY_TEXT };
  }
  try {
    return await askReply(s, { ...inv, turn: place.turn.then(() => s.takeQuietTurn()) });
  } finally {
    place.leave();
  }
}

async function replyTo(
  s: WcitServices,
  word: string,
  isQuestion: boolean,
  inv: WcitInvocation,
): Promise<WcitReply> {
  if (isQuestion) return questionReply(s, inv);
  switch (word) {
    case "":
    case "help":
      return helpReply(Object.keys(s.extraSubcommands));
    case "search":
      return searchReply(s, inv);
    case "sources":
      return sourcesReply(s);
    case "gaps":
      return gapsReply(s, inv);
  }
  const handler = s.extraSubcommands[word];
  if (!handler) return helpReply(Object.keys(s.extraSubcommands));
  const reply = await handler({
    args: inv.args,
    teamId: inv.teamId,
    channelId: inv.channelId,
    userId: inv.userId,
  });
  return {
    response_type: reply.responseType ?? "ephemeral",
    text: reply.text,
    ...(reply.blocks ? { blocks: reply.blocks as WcitReply["blocks"] } : {}),
  };
}
