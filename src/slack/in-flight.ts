// Work the app still owes after an acknowledgement (answers in flight), so that stop() and the
// tests can wait for it to finish.

export interface InFlight {
  /** Adds work to wait for, and returns it. */
  track<T>(work: Promise<T>): Promise<T>;
  /** Resolves when every piece of work tracked, work added meanwhile included, has settled. */
  idle(): Promise<void>;
}

export function trackInFlight(): InFlight {
  const inFlight = new Set<Promise<unknown>>();
  return {
    track(work) {
      inFlight.add(work);
      work.then(
        () => inFlight.delete(work),
        () => inFlight.delete(work),
      );
      return work;
    },
    async idle() {
      while (inFlight.size) await Promise.allSettled([...inFlight]);
    },
  };
}
