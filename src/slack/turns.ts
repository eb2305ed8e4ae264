// Turns of the event loop for work that can wait. The HTTP acknowledgement of a request must not
// queue behind other requests' work, and Node runs every setImmediate queued before its check phase
// in one go: a hundred answers' follow-up work queued at once would keep the loop from reading and
// acknowledging the requests arriving meanwhile. So deferred work takes turns: each call resolves
// one loop iteration after the previous call did, and the network is polled in between.

/** Resolves on this caller's own turn of the event loop, after every earlier caller's. */
export type TakeTurn = () => Promise<void>;

export interface Turns {
  /** A turn for the little work that follows an ack (claims, a listener, a placeholder). */
  takeTurn: TakeTurn;
  /**
   * A turn with nothing waiting behind it, for long work (making an answer): it lets every request
   * that arrived meanwhile be acknowledged and followed up first, however many there are.
   */
  takeQuietTurn: TakeTurn;
}

export function createTurns(): Turns {
  let last: Promise<void> = Promise.resolve();
  /** Ordinary turns asked for and not yet given (quiet turns wait until there are none). */
  let waiting = 0;
  const slot = (ordinary: boolean): Promise<void> => {
    if (ordinary) waiting++;
    const turn = last.then(
      () =>
        new Promise<void>((resolve) =>
          setImmediate(() => {
            if (ordinary) waiting--;
            resolve();
          }),
        ),
    );
    last = turn;
    return turn;
  };
  return {
    takeTurn: () => slot(true),
    async takeQuietTurn() {
      do await slot(false);
      while (waiting > 0);
    },
  };
}
