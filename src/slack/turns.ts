// Turns of the event loop for work that can wait. The HTTP acknowledgement of a request must not
// queue behind other requests' work, and Node runs every setImmediate queued before its check phase
// in one go: a hundred answers' follow-up work queued at once would keep the loop from reading and
// acknowledging the requests arriving meanwhile. So deferred work takes turns: each call resolves
// one loop iteration after the previous call did, and the network is polled in between.

/** Resolves on this caller's own turn of the event loop, after every earlier caller's. */
export type TakeTurn = () => Promise<void>;

export function createTurns(): TakeTurn {
  let last: Promise<void> = Promise.resolve();
  return () => {
    const turn = last.then(() => new Promise<void>((resolve) => setImmediate(resolve)));
    last = turn;
    return turn;
  };
}
