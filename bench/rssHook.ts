// Loaded with `node --import` into every child the benchmarks time (the qualia CLI
// and the raw baselines): on exit it writes the process's peak resident set (kB)
// and CPU time (µs) as JSON to the file named by QUALIA_BENCH_RSS_FILE. No
// /usr/bin/time needed, and CPU time shows how much of a slow wall time was
// waiting for a core other processes held.
import { writeFileSync } from 'node:fs';

const file = process.env.QUALIA_BENCH_RSS_FILE;
if (file) {
  process.on('exit', () => {
    const u = process.resourceUsage();
    writeFileSync(file, JSON.stringify({ maxRssKb: u.maxRSS, cpuUs: u.userCPUTime + u.systemCPUTime }));
  });
}
