// Global middleware, run before any listener: a per-request logger, retry dedupe by event id, the
// ignore rules (own and other bots' messages, edits, deletions, joins) and the allow-lists.
import type { AllMiddlewareArgs, AnyMiddlewareArgs, Middleware } from "@slack/bolt";
import type { Logger } from "../log.ts";
import type { DeliveryServices, SlackServices } from "./deps.ts";
import { NOT_ALLOWED_TEXT } from "./messages.ts";

type Args = AnyMiddlewareArgs & AllMiddlewareArgs;
type Loose = Record<string, unknown>;

/** The per-request logger the guards put in `context.log`. */
export function requestLog(context: Loose, fallback: Logger): Logger {
  return (context.log as Logger | undefined) ?? fallback;
}

const str = (v: unknown): string | undefined => (typeof v === "string" && v ? v : undefined);

/** Team and channel of any incoming payload (event, command, action, view). */
export function whereFrom(body: Loose): { teamId?: string; channelId?: string } {
  const event = (body.event ?? {}) as Loose;
  const team = body.team as Loose | string | undefined;
  const user = body.user as Loose | undefined;
  const channel = body.channel as Loose | undefined;
  const container = body.container as Loose | undefined;
  const assistantThread = event.assistant_thread as Loose | undefined;
  const teamId =
    str(body.team_id) ??
    (typeof team === "object" ? str(team.id) : str(team)) ??
    str(event.team) ??
    str(user?.team_id);
  const channelId =
    str(event.channel) ??
    str(assistantThread?.channel_id) ??
    str(body.channel_id) ??
    str(channel?.id) ??
    str(container?.channel_id);
  return { ...(teamId ? { teamId } : {}), ...(channelId ? { channelId } : {}) };
}

/**
 * What makes a slash command or an interaction one delivery: Slack gives each invocation its own
 * `trigger_id`, and each click its own `action_ts` (https://docs.slack.dev/interactivity/handling-user-interaction).
 * A request replayed byte for byte has the same ones. Undefined when the payload has neither.
 */
function deliveryKey(body: Loose): string | undefined {
  const trigger = str(body.trigger_id);
  if (str(body.command)) return trigger ? `command:${trigger}` : undefined;
  const action = (Array.isArray(body.actions) ? body.actions[0] : undefined) as Loose | undefined;
  const actionTs = str(action?.action_ts);
  if (!trigger && !actionTs) return undefined;
  const user = body.user as Loose | undefined;
  return `interaction:${str(user?.id) ?? ""}:${trigger ?? ""}:${actionTs ?? ""}`;
}

/**
 * Claims a command's or an interaction's delivery, after it was acknowledged (the claim writes to
 * the database; the ack must not wait for it). False for a replay, which is then dropped.
 */
export async function isFirstDelivery(
  s: DeliveryServices,
  body: unknown,
  context: Loose,
): Promise<boolean> {
  const key = deliveryKey(body as Loose);
  if (!key) return true;
  await s.takeTurn();
  if (await s.events.claim(key, s.now())) return true;
  requestLog(context, s.log).info({ outcome: "duplicate", key }, "request already handled");
  return false;
}

/** Message subtypes that carry a person's new question; everything else (edits, joins…) is noise. */
const QUESTION_SUBTYPES = new Set([undefined, "file_share", "thread_broadcast"]);

/** True for events the bot never answers: bots (itself included), edits, deletions, joins. */
export function isIgnoredEvent(event: Loose, botUserId?: string): boolean {
  const type = event.type;
  if (type !== "message" && type !== "app_mention") return false;
  if (event.bot_id || event.bot_profile) return true;
  if (botUserId && event.user === botUserId) return true;
  if (type === "message" && !QUESTION_SUBTYPES.has(event.subtype as string | undefined))
    return true;
  return false;
}

/** DMs and assistant threads are not channels: the channel allow-list leaves them alone. */
function isDirect(channelId: string | undefined): boolean {
  return Boolean(channelId && /^D/.test(channelId));
}

export function isAllowed(
  config: SlackServices["config"],
  where: { teamId?: string; channelId?: string },
): boolean {
  const { allowedTeamId, allowedChannelIds } = config.slack;
  if (allowedTeamId && where.teamId && where.teamId !== allowedTeamId) return false;
  if (allowedChannelIds.length && where.channelId && !isDirect(where.channelId)) {
    return allowedChannelIds.includes(where.channelId);
  }
  return true;
}

/** What the guards use: the delivery's turn and claims, the settings, and the work a shutdown awaits. */
type GuardServices = DeliveryServices & Pick<SlackServices, "config" | "track">;

export function createGuards(s: GuardServices): Middleware<AnyMiddlewareArgs>[] {
  return [attachLogger(s), dedupe(s), ignoreNoise(s), allowLists(s)];
}

/** The per-request logger in `context.log`; an event's work then waits for its turn, tracked. */
function attachLogger(s: GuardServices): Middleware<AnyMiddlewareArgs> {
  return async (args) => {
    const { body, context, next } = args as Args;
    const b = body as Loose;
    const event = b.event as Loose | undefined;
    context.log = s.log.child({
      ...(str(b.event_id) ? { eventId: b.event_id } : {}),
      kind: event ? `event:${String(event.type)}` : String(b.type ?? b.command ?? "request"),
      ...(context.retryNum ? { retryNum: context.retryNum } : {}),
    });
    if (!event) {
      await next();
      return;
    }
    // Slack's events are acknowledged before any middleware runs; the rest of their work (claims,
    // listeners) waits for its turn, behind the acks of requests that arrived with it, and is
    // tracked so that a shutdown waits for it.
    await s.track(s.takeTurn().then(next));
  };
}

/** An event whose id was claimed already goes no further. */
function dedupe(s: GuardServices): Middleware<AnyMiddlewareArgs> {
  return async (args) => {
    const { body, context, next } = args as Args;
    const eventId = str((body as Loose).event_id);
    if (eventId && !(await s.events.claim(`event:${eventId}`, s.now()))) {
      // A retry (X-Slack-Retry-Num) or a second copy: the first delivery is answering already.
      requestLog(context, s.log).info({ outcome: "duplicate" }, "event already processed");
      return;
    }
    await next();
  };
}

/** An event the bot never answers (`isIgnoredEvent`) goes no further. */
function ignoreNoise(s: GuardServices): Middleware<AnyMiddlewareArgs> {
  return async (args) => {
    const { body, context, next } = args as Args;
    const event = (body as Loose).event as Loose | undefined;
    if (event && isIgnoredEvent(event, context.botUserId)) {
      requestLog(context, s.log).debug({ outcome: "ignored", subtype: event.subtype }, "ignored");
      return;
    }
    await next();
  };
}

/** A request from outside the allow-lists goes no further, refused where the person asked. */
function allowLists(s: GuardServices): Middleware<AnyMiddlewareArgs> {
  return async (args) => {
    const { body, context, next, client } = args as Args;
    const b = body as Loose;
    const where = whereFrom(b);
    if (isAllowed(s.config, where)) {
      await next();
      return;
    }
    const log = requestLog(context, s.log);
    log.info({ outcome: "not_allowed", ...where }, "outside the allow-lists");
    const refusal = refusalOf(args as unknown as Loose, b);
    try {
      await sendRefusal(refusal, client);
    } catch (err) {
      log.warn({ err }, "could not send the refusal");
    }
  };
}

/** Where a refusal can go: a command's or an interaction's ack and response, or the event. */
interface Refusal {
  command: unknown;
  ack?: (r?: unknown) => Promise<void>;
  respond?: (r: unknown) => Promise<unknown>;
  event?: Loose;
}

function refusalOf(a: Loose, b: Loose): Refusal {
  return {
    command: b.command,
    ack: a.ack as Refusal["ack"],
    respond: a.respond as Refusal["respond"],
    event: b.event as Loose | undefined,
  };
}

/**
 * The refusal: in a command's ack, ephemeral after an interaction's ack, or in the thread of a
 * mention or a DM.
 */
async function sendRefusal(
  { command, ack, respond, event }: Refusal,
  client: Args["client"],
): Promise<void> {
  if (command) {
    await ack?.({ response_type: "ephemeral", text: NOT_ALLOWED_TEXT });
  } else if (ack) {
    await ack();
    await respond?.({ response_type: "ephemeral", text: NOT_ALLOWED_TEXT });
  } else if (
    event?.type === "app_mention" ||
    (event?.type === "message" && event.channel_type === "im")
  ) {
    // A short refusal where the person asked, and nothing else. Plain channel chatter gets silence.
    const channel = str(event.channel);
    if (channel) {
      await client.chat.postMessage({
        channel,
        thread_ts: str(event.thread_ts) ?? str(event.ts),
        text: NOT_ALLOWED_TEXT,
      });
    }
  }
}
