/**
 * Timing helpers for benchmarks (reported, never asserted). Each run is timed twice: wall clock (`medianMs`) and
 * the process's CPU time (`cpuMedianMs`, user + system from process.cpuUsage). On a shared machine the wall clock
 * includes time spent waiting for a core; CPU time does not, so it is the one to compare across runs there.
 */
export function timeit(fn: () => void, runs = 50, warmup = 5): { medianMs: number; p95Ms: number; minMs: number; cpuMedianMs: number; cpuMinMs: number; runs: number } {
  for (let i = 0; i < warmup; i++) fn();
  const t: number[] = [];
  const c: number[] = [];
  for (let i = 0; i < runs; i++) {
    const u = process.cpuUsage();
    const s = performance.now();
    fn();
    t.push(performance.now() - s);
    const d = process.cpuUsage(u);
    c.push((d.user + d.system) / 1000);
  }
  t.sort((a, b) => a - b);
  c.sort((a, b) => a - b);
  const r = (x: number) => Math.round(x * 1000) / 1000;
  return {
    medianMs: r(t[Math.floor(t.length / 2)]),
    p95Ms: r(t[Math.floor(t.length * 0.95)]),
    minMs: r(t[0]),
    cpuMedianMs: r(c[Math.floor(c.length / 2)]),
    cpuMinMs: r(c[0]),
    runs,
  };
}
