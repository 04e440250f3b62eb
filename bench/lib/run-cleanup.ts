// What a benchmark run must stop (servers, databases), newest first. One clean-up at a time, awaited
// by every caller: an interrupt stops the server under a running scenario, whose failure must not end
// the process before the server and the database are stopped.
export type Cleanups = {
  add: (stop: () => Promise<void>) => void;
  /** Runs every stop added so far, once; a failing stop is reported and the others still run. */
  run: () => Promise<void>;
};

export function cleanups(): Cleanups {
  const stops: (() => Promise<void>)[] = [];
  let cleaning = Promise.resolve();
  return {
    add: (stop) => {
      stops.push(stop);
    },
    run: () => {
      cleaning = cleaning.then(async () => {
        for (const stop of stops.splice(0).reverse()) await stop().catch((error: unknown) => console.error(error));
      });
      return cleaning;
    },
  };
}
