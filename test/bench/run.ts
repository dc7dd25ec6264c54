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
process.stdout.write(JSON.stringify(out, null, 2) + '\n');
