/**
 * Property tests draw from one fixed seed unless FC_SEED says otherwise, so that CI on a clean clone gives
 * the same verdict every time and a failure printed there reproduces here with the seed it shows.
 * `npm run test:fuzz` (FC_SEED=random) draws new cases on every run; a counterexample it finds belongs in
 * the test as an explicit example, next to the property.
 */
import fc from 'fast-check';

const raw = process.env.FC_SEED;
if (raw !== 'random') {
  const seed = raw === undefined || raw === '' ? 20261123 : Number(raw);
  if (!Number.isInteger(seed)) throw new Error(`FC_SEED must be an integer or "random", got ${JSON.stringify(raw)}`);
  fc.configureGlobal({ seed });
}
