// The scheduler: once a minute, post the digests that are due. All state lives in the store
// (subscriptions and claimed posts), so a restart loses nothing and `tick(now)` can be driven by a
// test clock without waiting. croner only decides when to call `tick`.
import os from "node:os";
import { Cron } from "croner";
import { type DeliveryDeps, type DeliveryOutcome, deliverDigest, mayRetake } from "./deliver.ts";
import { dueLocalDate } from "./time.ts";

export interface SchedulerDeps extends Omit<DeliveryDeps, "instanceId"> {
  /** The clock `start()` ticks with (default: the real one). */
  clock?: () => Date;
  instanceId?: string;
}

export interface DigestScheduler {
  /** Posts every digest due at `now` (catching up today's missed ones); one outcome per attempt. */
  tick(now?: Date): Promise<DeliveryOutcome[]>;
  /** Ticks once now (catch-up after downtime), then at the start of every minute. */
  start(): void;
  /** Stops the timer; a tick in progress finishes. */
  stop(): Promise<void>;
}

export function defaultInstanceId(): string {
  return `${os.hostname()}:${process.pid}:${Math.random().toString(36).slice(2, 8)}`;
}

export function createDigestScheduler(deps: SchedulerDeps): DigestScheduler {
  const clock = deps.clock ?? (() => new Date());
  const delivery: DeliveryDeps = { ...deps, instanceId: deps.instanceId ?? defaultInstanceId() };
  let job: Cron | undefined;
  let running: Promise<DeliveryOutcome[]> | undefined;

  async function tick(now: Date = clock()): Promise<DeliveryOutcome[]> {
    // Ticks of one process never overlap; other processes are kept out by the store's claims.
    while (running) await running.catch(() => undefined);
    running = postDueDigests(deps, delivery, now);
    try {
      return await running;
    } finally {
      running = undefined;
    }
  }

  const onTimer = () =>
    tick().catch((err: unknown) => deps.log.error({ err }, "digest tick failed"));

  return {
    tick,
    start() {
      if (job) return;
      void onTimer();
      job = new Cron(
        "* * * * *",
        { protect: true, name: `wcit-digest-${delivery.instanceId}` },
        async () => {
          await onTimer();
        },
      );
    },
    async stop() {
      job?.stop();
      job = undefined;
      await running?.catch(() => undefined);
    },
  };
}

/**
 * Posts every active subscription's digest due at `now` that is not yet sent or claimed, or whose
 * claim may be taken over; one outcome per post attempted. A channel's store error is logged and
 * the others go on.
 */
async function postDueDigests(
  deps: SchedulerDeps,
  delivery: DeliveryDeps,
  now: Date,
): Promise<DeliveryOutcome[]> {
  const outcomes: DeliveryOutcome[] = [];
  for (const sub of await deps.store.listActive()) {
    const localDate = dueLocalDate(sub, now);
    if (!localDate) continue;
    try {
      // Cheap read first: most minutes of a due day find the digest already sent (or claimed
      // and not yet up for a retry), and need nothing more.
      const existing = await deps.store.postFor(sub.channelId, localDate);
      if (existing && mayRetake(existing, now) !== true) continue;
      // A failed claim is not retried once an extra `/wcit digest now` went out that day.
      if (existing && (await deps.store.lastSent(sub.channelId))?.localDate === localDate) continue;
      outcomes.push(await deliverDigest(delivery, sub, { now, trigger: "schedule" }));
    } catch (err) {
      // One channel's failure (a store error) must not stop the others.
      deps.log.error({ err, channel: sub.channelId }, "digest tick failed for a channel");
    }
  }
  return outcomes;
}
