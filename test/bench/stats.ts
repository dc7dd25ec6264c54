/** Timing helpers for benchmarks (reported, never asserted). */
export function timeit(fn: () => void, runs = 50, warmup = 5): { medianMs: number; p95Ms: number; minMs: number; runs: number } {
  for (let i = 0; i < warmup; i++) fn();
  const t: number[] = [];
  for (let i = 0; i < runs; i++) {
    const s = performance.now();
    fn();
    t.push(performance.now() - s);
  }
  t.sort((a, b) => a - b);
  const r = (x: number) => Math.round(x * 1000) / 1000;
  return { medianMs: r(t[Math.floor(t.length / 2)]), p95Ms: r(t[Math.floor(t.length * 0.95)]), minMs: r(t[0]), runs };
}
