/**
 * Timing helpers for benchmarks (reported, never asserted). Each run is timed twice: wall clock (`medianMs`) and
 * the process's CPU time (`cpuMedianMs`, user + system from process.cpuUsage). On a shared machine the wall clock
 * includes time spent waiting for a core; CPU time does not, so it is the one to compare across runs there.
 */
export interface Timing {
  medianMs: number;
  p95Ms: number;
  minMs: number;
  cpuMedianMs: number;
  cpuMinMs: number;
  runs: number;
}

export function timeit(fn: () => void, runs = 50, warmup = 5): Timing {
  return timeEach(() => undefined, fn, runs, warmup);
}

/** timeit with an untimed `make` before each run, whose result the timed `fn` gets (a fresh input per run). */
export function timeEach<T>(make: () => T, fn: (x: T) => void, runs = 50, warmup = 5): Timing {
  for (let i = 0; i < warmup; i++) fn(make());
  const t: number[] = [];
  const c: number[] = [];
  for (let i = 0; i < runs; i++) {
    const x = make();
    const u = process.cpuUsage();
    const s = performance.now();
    fn(x);
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
