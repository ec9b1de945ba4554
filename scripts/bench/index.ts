/**
 * npm run bench: speed and memory targets, each a named measurement. Add one by appending it to
 * `benchmarks`; they run in order and the run fails if any misses its target.
 */
import type { Benchmark } from './benchmark';
import { appendedBench, dclBench, firstFlagBench, longestTaskBench, memoryBench, scrollMemoryBench, versusMarkBench } from './browser';
import { detectorBench } from './detector';

const benchmarks: Benchmark[] = [
  detectorBench,
  dclBench,
  firstFlagBench,
  versusMarkBench,
  longestTaskBench,
  appendedBench,
  memoryBench,
  scrollMemoryBench,
];

let failed = false;
for (const bench of benchmarks) {
  console.log(bench.name);
  const measured = await bench.run();
  const ok = measured <= bench.target;
  const unit = bench.unit ?? 'ms';
  failed ||= !ok;
  console.log(`  ${measured.toFixed(unit === '×' ? 2 : 1)} ${unit} (target ≤ ${bench.target} ${unit}) ${ok ? 'OK' : 'MISSED'}`);
}
process.exitCode = failed ? 1 : 0;
