/**
 * Resource bounds every reliability run is held to. Generous on purpose (a shared 2-core machine, other work
 * running): they catch a hang or a runaway allocation, which costs minutes and gigabytes, not a slow run.
 */
import { expect } from 'vitest';

export const TIME_LIMIT_MS = 60_000;
export const HEAP_LIMIT_BYTES = 1.5 * 1024 ** 3;
/** No single message may echo a huge input back. */
export const MESSAGE_LIMIT = 4_000;

/** Runs `f`, then asserts it took less than TIME_LIMIT_MS and left the heap under HEAP_LIMIT_BYTES. */
export async function bounded<T>(f: () => T | Promise<T>): Promise<T> {
  const t0 = performance.now();
  const out = await f();
  const ms = performance.now() - t0;
  expect(ms, `took ${Math.round(ms)} ms`).toBeLessThan(TIME_LIMIT_MS);
  expect(process.memoryUsage().heapUsed, 'heap after the run').toBeLessThan(HEAP_LIMIT_BYTES);
  return out;
}

/** Every line says where (a JSON path, a line and column, or a file) and none is longer than MESSAGE_LIMIT. */
export function expectShortLines(lines: string[]): void {
  expect(lines.length).toBeGreaterThan(0);
  for (const l of lines) expect(l.length, l.slice(0, 200)).toBeLessThan(MESSAGE_LIMIT);
}

/** Numbers of runs: a seeded slice in `npm test`, more under `npm run test:fuzz` (FC_SEED=random). */
export const runs = (seeded: number, fuzz: number) => (process.env.FC_SEED === 'random' ? fuzz : seeded);
