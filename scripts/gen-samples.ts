/** Writes the sample halls in models/ from the code in scripts/samples/ (deterministic). */
import { writeFileSync } from 'node:fs';
import { HallDocumentSchema } from '../src/core/document';
import { serializeHall } from '../src/core/io';
import { countyHall } from './samples/county';
import { townshipHall } from './samples/township';
import { failingHall } from './samples/failing';

const samples = { 'county-hall': countyHall(), 'township-hall': townshipHall(), 'failing-hall': failingHall() };
for (const [name, doc] of Object.entries(samples)) {
  const parsed = HallDocumentSchema.safeParse(doc);
  if (!parsed.success) {
    console.error(name, parsed.error.issues.slice(0, 10));
    process.exit(1);
  }
  writeFileSync(new URL(`../models/${name}.hall.json`, import.meta.url), serializeHall(parsed.data));
  const n = parsed.data.floors.reduce((s, f) => s + f.elements.length, 0);
  console.log(`models/${name}.hall.json: ${parsed.data.floors.length} floors, ${n} elements`);
}
