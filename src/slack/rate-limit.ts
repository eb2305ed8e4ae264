// Per-user question budget: at most `perMinute` questions in any sliding 60-second window. In memory:
// a second instance keeps its own count, which errs on the side of answering.
export interface RateLimiter {
  /** Counts one question; false when the user is over the limit (the question is not counted). */
  tryAcquire(userId: string): boolean;
  /** Seconds until the user may ask again (0 when they may now). */
  retryAfterSeconds(userId: string): number;
}

const WINDOW_MS = 60_000;

export function createRateLimiter(
  perMinute: number,
  now: () => Date = () => new Date(),
): RateLimiter {
  const asked = new Map<string, number[]>();
  const recent = (userId: string) => {
    const t = now().getTime();
    const kept = (asked.get(userId) ?? []).filter((at) => t - at < WINDOW_MS);
    if (kept.length) asked.set(userId, kept);
    else asked.delete(userId);
    return kept;
  };
  return {
    tryAcquire(userId) {
      const kept = recent(userId);
      if (kept.length >= perMinute) return false;
      kept.push(now().getTime());
      asked.set(userId, kept);
      return true;
    },
    retryAfterSeconds(userId) {
      const kept = recent(userId);
      if (kept.length < perMinute) return 0;
      const oldest = kept[kept.length - perMinute] ?? now().getTime();
      return Math.max(1, Math.ceil((oldest + WINDOW_MS - now().getTime()) / 1000));
    },
  };
}
