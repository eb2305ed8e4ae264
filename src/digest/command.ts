// `/wcit digest …`: subscribe a channel, change or stop its digest, post one now, preview it.
// The Slack app acks the slash command and hands us the text after "digest"; every reply is
// ephemeral (settings are shown to whoever changed them) except the posted digest itself.
import { type Config, isValidTimeZone } from "../config.ts";
import { userMessageOf, WcitError } from "../errors.ts";
import type { Logger } from "../log.ts";
import type { Cadence, DigestStore, DigestSubscription } from "../store/digest.ts";
import type { CommandReply, SubcommandHandler } from "../types.ts";
import { composeDigest, type DigestSchedule, type DigestSources } from "./compose.ts";
import { type DigestSlack, deliverDigest } from "./deliver.ts";
import { renderDigest } from "./render.ts";
import { defaultInstanceId } from "./schedule.ts";
import { formatLocalDate, localMoment, nextLocalDate, parseClockTime } from "./time.ts";

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

/** A bad `/wcit digest` argument; its message (with an example) goes straight to the user. */
export class DigestCommandError extends WcitError {
  constructor(message: string) {
    super("digest_command_invalid", message);
  }
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

const TIME_EXAMPLE = "Use a 24-hour time like `08:30` or `17:45`";

function parseTimeArgument(raw: string | undefined, command: string): string {
  if (raw === undefined) {
    throw new DigestCommandError(`Which time? For example: \`/wcit digest ${command} 08:30\`.`);
  }
  const time = parseClockTime(raw);
  if (!time) {
    throw new DigestCommandError(
      `“${raw}” is not a time. ${TIME_EXAMPLE}, for example: \`/wcit digest ${command} 08:30\`.`,
    );
  }
  return time;
}

/** An IANA zone name, canonicalized (`europe/brussels` → `Europe/Brussels`). */
function parseTimeZoneArgument(raw: string | undefined): string {
  const example =
    "For example: `/wcit digest tz Europe/Brussels` (or `UTC`, `America/New_York`, `Africa/Nairobi`).";
  if (raw === undefined) throw new DigestCommandError(`Which time zone? ${example}`);
  // Offsets such as +02:00 would ignore daylight saving; only named zones are accepted.
  if (!/^[A-Za-z][A-Za-z0-9_+-]*(?:\/[A-Za-z0-9_+-]+)*$/.test(raw) || !isValidTimeZone(raw)) {
    throw new DigestCommandError(`“${raw}” is not an IANA time zone name. ${example}`);
  }
  return new Intl.DateTimeFormat("en-US", { timeZone: raw }).resolvedOptions().timeZone;
}

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

export function createDigestSubcommand(deps: DigestCommandDeps): SubcommandHandler {
  const clock = deps.clock ?? (() => new Date());
  const instanceId = deps.instanceId ?? defaultInstanceId();
  const { store } = deps;

  const todayTaken = async (sub: DigestSchedule, now: Date) =>
    (await store.postFor(sub.channelId, localMoment(now, sub.timeZone).date)) !== undefined;

  /** The subscription, or the defaults a new one would get (for `now` and `preview` before `on`). */
  const scheduleFor = async (channelId: string, now: Date): Promise<DigestSchedule> =>
    (await activeSubscription(channelId)) ?? {
      channelId,
      time: deps.config.defaultTime,
      timeZone: deps.config.timeZone,
      cadence: "daily",
      activeSince: now.toISOString(),
      topicsShown: [],
    };

  const activeSubscription = async (channelId: string) => {
    const sub = await store.get(channelId);
    return sub?.active ? sub : undefined;
  };

  const requireSubscription = async (channelId: string): Promise<DigestSubscription> => {
    const sub = await activeSubscription(channelId);
    if (!sub) {
      throw new DigestCommandError(
        "This channel has no digest yet. Start one with `/wcit digest on 08:30`.",
      );
    }
    return sub;
  };

  /** Changes an active subscription's schedule and says what it is now (`time`, `weekdays`, `tz`). */
  const changeSchedule = async (
    channelId: string,
    changes: Parameters<typeof store.update>[1],
    now: Date,
  ): Promise<CommandReply> => {
    await requireSubscription(channelId);
    const sub = await store.update(channelId, changes, now);
    // Stopped between the check and the update, by another command or a failed post.
    if (!sub) throw new DigestCommandError("This channel's digest was just stopped.");
    return reply(
      `Done: the digest comes ${describeSchedule(sub, now, await todayTaken(sub, now))}.`,
    );
  };

  const noArguments = (command: string, rest: string[]) => {
    if (rest.length) {
      throw new DigestCommandError(
        `\`/wcit digest ${command}\` takes no arguments (got “${rest.join(" ")}”).`,
      );
    }
  };

  async function run(
    words: string[],
    inv: Parameters<SubcommandHandler>[0],
  ): Promise<CommandReply> {
    const [first, ...rest] = words;
    const command = (first ?? "").toLowerCase();
    const now = clock();
    const channelId = inv.channelId;

    switch (command) {
      case "":
      case "help":
      case "status": {
        const sub = await activeSubscription(channelId);
        const status = sub
          ? `This channel gets a digest ${describeSchedule(sub, now, await todayTaken(sub, now))}.`
          : "This channel has no digest.";
        return reply(`${status}\n\n${DIGEST_USAGE}`);
      }
      case "on": {
        if (rest.length > 1) {
          throw new DigestCommandError(
            `\`/wcit digest on\` takes at most a time, like \`/wcit digest on 08:30\` (got “${rest.join(" ")}”).`,
          );
        }
        const time = rest[0] === undefined ? undefined : parseTimeArgument(rest[0], "on");
        const existing = await store.get(channelId);
        const sub = await store.subscribe(
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
          `Done: this channel gets a digest ${describeSchedule(sub, now, await todayTaken(sub, now))}. ` +
            "Stop it with `/wcit digest off`.",
        );
      }
      case "off": {
        noArguments("off", rest);
        const stopped = await store.unsubscribe(channelId, `off by ${inv.userId}`, now);
        if (stopped) deps.log.info({ channel: channelId, user: inv.userId }, "digest off");
        return reply(
          stopped
            ? "Done: no more digests in this channel. Start again with `/wcit digest on`."
            : "This channel has no digest to stop. Start one with `/wcit digest on 08:30`.",
        );
      }
      case "time": {
        if (rest.length > 1) {
          throw new DigestCommandError(
            `Give one time, like \`/wcit digest time 08:30\` (got “${rest.join(" ")}”).`,
          );
        }
        const time = parseTimeArgument(rest[0], "time");
        return changeSchedule(channelId, { time }, now);
      }
      case "weekdays":
      case "daily":
      case "weekday":
      case "everyday": {
        noArguments(command, rest);
        const cadence: Cadence = command.startsWith("weekday") ? "weekdays" : "daily";
        return changeSchedule(channelId, { cadence }, now);
      }
      case "tz":
      case "timezone": {
        if (rest.length > 1) {
          throw new DigestCommandError(
            `Give one zone name, like \`/wcit digest tz Europe/Brussels\` (got “${rest.join(" ")}”).`,
          );
        }
        const timeZone = parseTimeZoneArgument(rest[0]);
        return changeSchedule(channelId, { timeZone }, now);
      }
      case "now": {
        noArguments("now", rest);
        const schedule = await scheduleFor(channelId, now);
        const outcome = await deliverDigest(
          { store, sources: deps.sources, slack: deps.slack, log: deps.log, instanceId },
          schedule,
          { now, trigger: "command" },
        );
        if (outcome.status === "sent") {
          const subscribed = await activeSubscription(channelId);
          return reply(
            subscribed
              ? "Posted a digest in this channel."
              : "Posted a digest in this channel. Get one every day with `/wcit digest on 08:30`.",
          );
        }
        if (outcome.status === "unsubscribed") {
          return reply(
            `I can't post in this channel (Slack said \`${outcome.error}\`), so its digest is off. Invite me to the channel, then \`/wcit digest on\` again.`,
          );
        }
        if (outcome.status === "found-posted") {
          return reply("Today's digest is already in this channel.");
        }
        if (outcome.status === "failed") {
          return reply(
            `The digest could not be posted (${outcome.error}). Please try again later.`,
          );
        }
        return reply("A digest is being posted in this channel right now.");
      }
      case "preview": {
        noArguments("preview", rest);
        const schedule = await scheduleFor(channelId, now);
        const last = await store.lastSent(channelId);
        const digest = await composeDigest({
          ...deps.sources,
          subscription: schedule,
          now,
          ...(last?.sentAt ? { lastDigestAt: new Date(last.sentAt) } : {}),
          todayTaken: await todayTaken(schedule, now),
        });
        const message = renderDigest(digest);
        return reply(message.text, { blocks: message.blocks });
      }
      default:
        throw new DigestCommandError(
          `I don't know \`/wcit digest ${first}\`. Try \`/wcit digest on 08:30\`, or:\n\n${DIGEST_USAGE}`,
        );
    }
  }

  return async (invocation) => {
    const words = invocation.args.trim().split(/\s+/).filter(Boolean);
    try {
      return await run(words, invocation);
    } catch (err) {
      // The one rule (src/errors.ts): an error written for users is the reply; anything else goes
      // to the Slack app's own error reply.
      const message = userMessageOf(err);
      if (message !== undefined) return reply(message);
      throw err;
    }
  };
}
