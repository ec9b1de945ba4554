/** One named measurement with its own target; `npm run bench` runs them all in order. */
export interface Benchmark {
  name: string;
  /** How much of `unit` the measured part may take. */
  target: number;
  /** Milliseconds unless told. */
  unit?: string;
  /** Returns the measured amount; may print details of its own. */
  run: () => number | Promise<number>;
}
