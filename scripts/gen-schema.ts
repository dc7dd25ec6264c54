/** Writes hall.schema.json (JSON Schema of the .hall.json format) from the zod schema. */
import { writeFileSync } from 'node:fs';
import { z } from 'zod';
import { HallDocumentSchema } from '../src/core/document';

const schema = z.toJSONSchema(HallDocumentSchema, { io: 'input', unrepresentable: 'any' });
const out = {
  ...schema,
  $id: 'https://halltwin.local/schema/hall.schema.json',
  title: 'HallTwin hall document (.hall.json), format version 1',
};
writeFileSync(new URL('../hall.schema.json', import.meta.url), JSON.stringify(out, null, 2) + '\n');
console.log('wrote hall.schema.json');
