export {};
/**
 * `npm run bench`: prints one JSON object with every benchmark's numbers. Each area adds a module in
 * test/bench/ exporting `bench(): Promise<Record<string, unknown>>` and one line here.
 * Not a test: timings are reported, never asserted (CI machines are noisy).
 */
const SUITES: Record<string, () => Promise<{ bench: () => Promise<Record<string, unknown>> }>> = {
  core: () => import('./core'),
  nav: () => import('./nav'),
  rules: () => import('./rules'),
  ifc: () => import('./ifc'),
  ifcapp: () => import('./ifc-app'),
  live: () => import('./live'),
  navmap: () => import('./navmap'),
  editor: () => import('./editor'),
};

const only = process.argv.slice(2);
const out: Record<string, unknown> = { node: process.version, date: new Date().toISOString() };
for (const [name, load] of Object.entries(SUITES)) {
  if (only.length && !only.includes(name)) continue;
  try {
    out[name] = await (await load()).bench();
  } catch (e) {
    out[name] = { error: e instanceof Error ? e.message : String(e) };
  }
}
const text = JSON.stringify(out, null, 2) + '\n';
process.stdout.write(text);
// Also to a file: `npm run bench` prints npm's own banner before the JSON (use `npm run -s bench` for pure JSON).
const { mkdirSync, writeFileSync } = await import('node:fs');
mkdirSync(new URL('../../test-results/', import.meta.url), { recursive: true });
writeFileSync(new URL('../../test-results/bench.json', import.meta.url), text);
