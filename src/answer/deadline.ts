// A total time limit on the language model's part of one answer. The openai client's own waits are
// not all abortable (it sleeps out a Retry-After without looking at the signal), so the engine does
// not just abort: it stops waiting, aborts, and answers without the model.

export const DEADLINE_PASSED = Symbol("deadline passed");

export interface Deadline {
  /** Aborted when the deadline passes, or when the caller's own signal aborts. */
  readonly signal: AbortSignal;
  readonly passed: boolean;
  /** Settles as `work` does, or with DEADLINE_PASSED as soon as the deadline passes first. */
  race<T>(work: Promise<T>): Promise<T | typeof DEADLINE_PASSED>;
  /** Stops the timer (call when the answer is done). */
  clear(): void;
}

export function startDeadline(ms: number, outer?: AbortSignal): Deadline {
  const controller = new AbortController();
  let passed = false;
  let announce: () => void = () => {};
  const expiry = new Promise<typeof DEADLINE_PASSED>((resolve) => {
    announce = () => resolve(DEADLINE_PASSED);
  });
  const timer = setTimeout(() => {
    passed = true;
    announce();
    controller.abort(new Error(`the answer deadline of ${ms} ms passed`));
  }, ms);
  return {
    signal: outer ? AbortSignal.any([outer, controller.signal]) : controller.signal,
    get passed() {
      return passed;
    },
    race<T>(work: Promise<T>) {
      // Work left behind after the deadline may still fail; nobody is waiting for it then.
      work.catch(() => {});
      return Promise.race([work, expiry]);
    },
    clear() {
      clearTimeout(timer);
    },
  };
}

/** The fallback reason a reader sees: "the language model did not answer within 25 s". */
export function deadlineReason(ms: number): string {
  const seconds = ms >= 10_000 ? Math.round(ms / 1000) : Number((ms / 1000).toFixed(1));
  return `the language model did not answer within ${seconds} s`;
}
