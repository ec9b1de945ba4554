import { createDetector } from '../../utils/detector';
import type { Benchmark } from './benchmark';
import { generateComments } from './generate';

const COMMENTS = 100_000;
const RUNS = 5;

export const detectorBench: Benchmark = {
  name: `detector: classify ${COMMENTS.toLocaleString('en')} comments, median of ${RUNS} runs`,
  target: 300,
  run() {
    const comments = generateComments(COMMENTS);
    const compileStart = performance.now();
    const detect = createDetector();
    const compileMs = performance.now() - compileStart;
    const times: number[] = [];
    const counts: Record<string, number> = {};
    for (let run = 0; run < RUNS; run++) {
      const start = performance.now();
      for (const comment of comments) {
        const { category } = detect({ comment });
        if (run === 0) counts[category] = (counts[category] ?? 0) + 1;
      }
      times.push(performance.now() - start);
    }
    console.log(`  compile ${compileMs.toFixed(1)} ms; first (cold) run ${(times[0] ?? 0).toFixed(1)} ms; labels ${JSON.stringify(counts)}`);
    return times.sort((a, b) => a - b)[Math.floor(RUNS / 2)] ?? 0;
  },
};

