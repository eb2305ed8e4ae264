// `/wcit digest …`: subscribe a channel, change or stop its digest, post one now, preview it.
// The Slack app acks the slash command and hands us the text after "digest"; every reply is
// ephemeral (settings are shown to whoever changed them) except the posted digest itself.
import type { Config } from "../config.ts";
import { userMessageOf } from "../errors.ts";
import type { Logger } from "../log.ts";
import type { Cadence, DigestStore, DigestSubscription } from "../store/digest.ts";
import type { CommandInvocation, CommandReply, SubcommandHandler } from "../types.ts";
import {
  atMostOneArgument,
  DigestCommandError,
  noArguments,
  parseTimeArgument,
  parseTimeZoneArgument,
} from "./command-args.ts";
import { composeDigest, type DigestSchedule, type DigestSources } from "./compose.ts";
import { type DeliveryOutcome, type DigestSlack, deliverDigest } from "./deliver.ts";
import { renderDigest } from "./render.ts";
import { defaultInstanceId } from "./schedule.ts";
import { formatLocalDate, localMoment, nextLocalDate } from "./time.ts";

export { DigestCommandError } from "./command-args.ts";

export interface DigestCommandDeps {
  store: DigestStore;
  sources: DigestSources;
  slack: DigestSlack;
  /** Defaults for new subscriptions: DIGEST_DEFAULT_TIME and DIGEST_TZ. */
  config: Config["digest"];
  log: Logger;
  clock?: () => Date;
  instanceId?: string;
}

const DIGEST_USAGE = [
  "*Daily digest* (one brief a day in this channel: a topic in focus, questions asked, new sources)",
  "`/wcit digest on [HH:MM]`: subscribe this channel (24-hour time, e.g. `/wcit digest on 08:30`)",
  "`/wcit digest off`: stop it",
  "`/wcit digest time HH:MM`: change the time",
  "`/wcit digest weekdays` or `/wcit digest daily`: skip weekends, or not",
  "`/wcit digest tz Europe/Brussels`: set the channel's time zone (an IANA name)",
  "`/wcit digest now`: post one now",
  "`/wcit digest preview`: show it only to you",
].join("\n");

function cadenceWords(cadence: Cadence): string {
  return cadence === "weekdays" ? "on weekdays" : "every day";
}

function describeSchedule(sub: DigestSchedule, now: Date, todayTaken: boolean): string {
  const next = nextLocalDate(sub, now, todayTaken);
  return `${cadenceWords(sub.cadence)} at ${sub.time} (${sub.timeZone}); next: ${formatLocalDate(next)}`;
}

function reply(text: string, extra: Partial<CommandReply> = {}): CommandReply {
  return { text, responseType: "ephemeral", ...extra };
}

/** One `/wcit digest` call: the deps, this instance's id, who asked where, the time read once. */
interface DigestCall {
  deps: DigestCommandDeps;
  instanceId: string;
  inv: CommandInvocation;
  /** The words after the subcommand. */
  rest: string[];
  now: Date;
}

export function createDigestSubcommand(deps: DigestCommandDeps): SubcommandHandler {
  const clock = deps.clock ?? (() => new Date());
  const instanceId = deps.instanceId ?? defaultInstanceId();
  return async (invocation) => {
    const [first, ...rest] = invocation.args.trim().split(/\s+/).filter(Boolean);
    try {
      return await run(first, { deps, instanceId, inv: invocation, rest, now: clock() });
    } catch (err) {
      // The one rule (src/errors.ts): an error written for users is the reply; anything else goes
      // to the Slack app's own error reply.
      const message = userMessageOf(err);
      if (message !== undefined) return reply(message);
      throw err;
    }
  };
}

type DigestReply = (call: DigestCall, command: string) => Promise<CommandReply>;

/** Each subcommand's reply, with every name it answers to. */
const REPLIES: [names: string[], replyTo: DigestReply][] = [
  [["", "help", "status"], statusReply],
  [["on"], subscribeReply],
  [["off"], unsubscribeReply],
  [["time"], timeReply],
  [["weekdays", "daily", "weekday", "everyday"], cadenceReply],
  [["tz", "timezone"], timeZoneReply],
  [["now"], postNowReply],
  [["preview"], previewReply],
];

const REPLY_BY_NAME = new Map(
  REPLIES.flatMap(([names, replyTo]) => names.map((name) => [name, replyTo] as const)),
);

async function run(first: string | undefined, call: DigestCall): Promise<CommandReply> {
  const command = (first ?? "").toLowerCase();
  const replyTo = REPLY_BY_NAME.get(command);
  if (!replyTo) {
    throw new DigestCommandError(
      `I don't know \`/wcit digest ${first}\`. Try \`/wcit digest on 08:30\`, or:\n\n${DIGEST_USAGE}`,
    );
  }
  return replyTo(call, command);
}

async function activeSubscription(store: DigestStore, channelId: string) {
  const sub = await store.get(channelId);
  return sub?.active ? sub : undefined;
}

async function todayTaken(store: DigestStore, sub: DigestSchedule, now: Date): Promise<boolean> {
  return (await store.postFor(sub.channelId, localMoment(now, sub.timeZone).date)) !== undefined;
}

/** The schedule in words, with the next date a digest comes. */
async function scheduleNow(store: DigestStore, sub: DigestSchedule, now: Date): Promise<string> {
  return describeSchedule(sub, now, await todayTaken(store, sub, now));
}

/** The subscription, or the defaults a new one would get (for `now` and `preview` before `on`). */
async function scheduleFor({ deps, inv, now }: DigestCall): Promise<DigestSchedule> {
  const channelId = inv.channelId;
  return (
    (await activeSubscription(deps.store, channelId)) ?? {
      channelId,
      time: deps.config.defaultTime,
      timeZone: deps.config.timeZone,
      cadence: "daily",
      activeSince: now.toISOString(),
      topicsShown: [],
    }
  );
}

async function requireSubscription(
  store: DigestStore,
  channelId: string,
): Promise<DigestSubscription> {
  const sub = await activeSubscription(store, channelId);
  if (!sub) {
    throw new DigestCommandError(
      "This channel has no digest yet. Start one with `/wcit digest on 08:30`.",
    );
  }
  return sub;
}

/** Changes an active subscription's schedule and says what it is now (`time`, `weekdays`, `tz`). */
async function changeSchedule(
  { deps, inv, now }: DigestCall,
  changes: Parameters<DigestStore["update"]>[1],
): Promise<CommandReply> {
  const { store } = deps;
  await requireSubscription(store, inv.channelId);
  const sub = await store.update(inv.channelId, changes, now);
  // Stopped between the check and the update, by another command or a failed post.
  if (!sub) throw new DigestCommandError("This channel's digest was just stopped.");
  return reply(`Done: the digest comes ${await scheduleNow(store, sub, now)}.`);
}

async function statusReply({ deps, inv, now }: DigestCall): Promise<CommandReply> {
  const sub = await activeSubscription(deps.store, inv.channelId);
  const status = sub
    ? `This channel gets a digest ${await scheduleNow(deps.store, sub, now)}.`
    : "This channel has no digest.";
  return reply(`${status}\n\n${DIGEST_USAGE}`);
}

/** `on [HH:MM]`: subscribes, keeping what an earlier subscription set unless a time is given. */
async function subscribeReply({ deps, inv, rest, now }: DigestCall): Promise<CommandReply> {
  atMostOneArgument(rest, "`/wcit digest on` takes at most a time, like `/wcit digest on 08:30`");
  const time = rest[0] === undefined ? undefined : parseTimeArgument(rest[0], "on");
  const channelId = inv.channelId;
  const existing = await deps.store.get(channelId);
  const sub = await deps.store.subscribe(
    {
      channelId,
      teamId: inv.teamId,
      time: time ?? existing?.time ?? deps.config.defaultTime,
      timeZone: existing?.timeZone ?? deps.config.timeZone,
      cadence: existing?.cadence ?? "daily",
      createdBy: inv.userId,
    },
    now,
  );
  deps.log.info({ channel: channelId, user: inv.userId, time: sub.time }, "digest on");
  return reply(
    `Done: this channel gets a digest ${await scheduleNow(deps.store, sub, now)}. ` +
      "Stop it with `/wcit digest off`.",
  );
}

async function unsubscribeReply({ deps, inv, rest, now }: DigestCall): Promise<CommandReply> {
  noArguments("off", rest);
  const channelId = inv.channelId;
  const stopped = await deps.store.unsubscribe(channelId, `off by ${inv.userId}`, now);
  if (stopped) deps.log.info({ channel: channelId, user: inv.userId }, "digest off");
  return reply(
    stopped
      ? "Done: no more digests in this channel. Start again with `/wcit digest on`."
      : "This channel has no digest to stop. Start one with `/wcit digest on 08:30`.",
  );
}

function timeReply(call: DigestCall): Promise<CommandReply> {
  atMostOneArgument(call.rest, "Give one time, like `/wcit digest time 08:30`");
  const time = parseTimeArgument(call.rest[0], "time");
  return changeSchedule(call, { time });
}

function cadenceReply(call: DigestCall, command: string): Promise<CommandReply> {
  noArguments(command, call.rest);
  const cadence: Cadence = command.startsWith("weekday") ? "weekdays" : "daily";
  return changeSchedule(call, { cadence });
}

function timeZoneReply(call: DigestCall): Promise<CommandReply> {
  atMostOneArgument(call.rest, "Give one zone name, like `/wcit digest tz Europe/Brussels`");
  const timeZone = parseTimeZoneArgument(call.rest[0]);
  return changeSchedule(call, { timeZone });
}

/** `now`: posts a digest at once, subscribed or not, and says how it went. */
async function postNowReply(call: DigestCall): Promise<CommandReply> {
  noArguments("now", call.rest);
  const { deps, inv, now } = call;
  const schedule = await scheduleFor(call);
  const outcome = await deliverDigest(
    {
      store: deps.store,
      sources: deps.sources,
      slack: deps.slack,
      log: deps.log,
      instanceId: call.instanceId,
    },
    schedule,
    { now, trigger: "command" },
  );
  if (outcome.status === "sent") {
    const subscribed = await activeSubscription(deps.store, inv.channelId);
    return reply(
      subscribed
        ? "Posted a digest in this channel."
        : "Posted a digest in this channel. Get one every day with `/wcit digest on 08:30`.",
    );
  }
  return reply(notPostedWords(outcome));
}

/** Why a digest asked for now was not posted. */
function notPostedWords(outcome: DeliveryOutcome): string {
  if (outcome.status === "unsubscribed") {
    return `I can't post in this channel (Slack said \`${outcome.error}\`), so its digest is off. Invite me to the channel, then \`/wcit digest on\` again.`;
  }
  if (outcome.status === "found-posted") return "Today's digest is already in this channel.";
  if (outcome.status === "failed") {
    return `The digest could not be posted (${outcome.error}). Please try again later.`;
  }
  return "A digest is being posted in this channel right now.";
}

/** `preview`: the digest that would be posted now, shown only to whoever asked. */
async function previewReply(call: DigestCall): Promise<CommandReply> {
  noArguments("preview", call.rest);
  const { deps, inv, now } = call;
  const schedule = await scheduleFor(call);
  const last = await deps.store.lastSent(inv.channelId);
  const digest = await composeDigest({
    ...deps.sources,
    subscription: schedule,
    now,
    ...(last?.sentAt ? { lastDigestAt: new Date(last.sentAt) } : {}),
    todayTaken: await todayTaken(deps.store, schedule, now),
  });
  const message = renderDigest(digest);
  return reply(message.text, { blocks: message.blocks });
}
