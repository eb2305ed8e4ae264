// `npm run digest -- --channel C123 --dry-run`: the digest a channel would get now, as Block Kit
// JSON and as plain text, without Slack. Reads the channel's subscription if it has one (its time
// zone, topic round and last digest), else the configured defaults. Records nothing.
import type { Config } from "../config.ts";
import type { Logger } from "../log.ts";
import type { CorpusStore } from "../store/corpus.ts";
import type { Db } from "../store/db.ts";
import { createDigestStore } from "../store/digest.ts";
import type { QuestionLog } from "../store/questions.ts";
import type { AnswerEngine } from "../types.ts";
import { type CountVotes, composeDigest, type Digest } from "./compose.ts";
import { feedbackCountsFrom } from "./index.ts";
import { digestPlainText, renderDigest } from "./render.ts";
import { localMoment } from "./time.ts";
import { type DigestTopic, loadDigestTopicsIfPresent } from "./topics.ts";

export interface DigestCliOptions {
  /** Slack channel id whose digest to show. */
  channel: string;
  /** Only printing is supported: the Slack app posts digests (`/wcit digest now`). */
  dryRun: boolean;
  db: Db;
  corpus: CorpusStore;
  questions: QuestionLog;
  engine: AnswerEngine;
  config: Config;
  log?: Logger;
  /** Defaults to corpus/digest-topics.json under config.corpusDir (none if it is missing). */
  topics?: DigestTopic[];
  /** Defaults to the Slack app's feedback store on the same database. */
  feedbackCounts?: CountVotes;
  /** "both" (default): JSON then plain text; or one of them. */
  format?: "both" | "json" | "text";
  now?: Date;
}

export class DigestCliError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "DigestCliError";
  }
}

/** A public or private channel, or a DM, as Slack spells its ids (C0123ABCD). */
export function isChannelId(channel: string): boolean {
  return /^[CGD][A-Z0-9]{2,}$/.test(channel);
}

/** Composes the channel's digest and returns what to print. */
export async function runDigestCli(options: DigestCliOptions): Promise<string> {
  if (!options.dryRun) {
    throw new DigestCliError(
      "The command line only previews digests (--dry-run); the Slack app posts them.",
    );
  }
  if (!isChannelId(options.channel)) {
    throw new DigestCliError(
      `“${options.channel}” does not look like a Slack channel id (for example C0123ABCD).`,
    );
  }
  const digest = await composeForChannel(options);
  const message = renderDigest(digest);
  const json = JSON.stringify({ text: message.text, blocks: message.blocks }, null, 2);
  const text = digestPlainText(digest);
  const format = options.format ?? "both";
  if (format === "json") return `${json}\n`;
  if (format === "text") return `${text}\n`;
  return `--- Block Kit JSON ---\n${json}\n\n--- Plain text ---\n${text}\n`;
}

export async function composeForChannel(options: DigestCliOptions): Promise<Digest> {
  const now = options.now ?? new Date();
  const store = createDigestStore(options.db);
  const sub = await store.get(options.channel);
  const schedule =
    sub?.active === true
      ? sub
      : {
          channelId: options.channel,
          time: options.config.digest.defaultTime,
          timeZone: options.config.digest.timeZone,
          cadence: "daily" as const,
          activeSince: now.toISOString(),
          topicsShown: sub?.topicsShown ?? [],
        };
  const last = await store.lastSent(options.channel);
  const today = localMoment(now, schedule.timeZone).date;
  return composeDigest({
    engine: options.engine,
    questions: options.questions,
    corpus: options.corpus,
    topics: options.topics ?? loadDigestTopicsIfPresent(options.config.corpusDir),
    feedbackCounts: options.feedbackCounts ?? feedbackCountsFrom(options.db),
    ...(options.log ? { log: options.log } : {}),
    subscription: schedule,
    now,
    ...(last?.sentAt ? { lastDigestAt: new Date(last.sentAt) } : {}),
    todayTaken: (await store.postFor(options.channel, today)) !== undefined,
  });
}
