/** Core benchmarks: 1,000 commands applied and undone on the county sample; loading and validating it. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { History } from '../../src/core/history';
import { moveElements, setElementField } from '../../src/core/commands';
import { parseHallText } from '../../src/core/io';
import { timeit } from './stats';

export async function bench(): Promise<Record<string, unknown>> {
  const text = readFileSync(resolve(import.meta.dirname, '../../models/county-hall.hall.json'), 'utf8');
  const r = parseHallText(text);
  if (!r.ok) throw new Error('county sample invalid');
  const doc = r.doc;
  const ids = doc.floors.flatMap((f) => f.elements.map((e) => e.id));
  const counters = doc.floors.flatMap((f) => f.elements.filter((e) => e.kind === 'counter').map((e) => e.id));
  const thousand = () => {
    const h = new History(doc, 2000);
    for (let i = 0; i < 1000; i++) {
      if (i % 2) h.execute(moveElements([ids[(i * 7) % ids.length]], [0.1, 0]));
      else h.execute(setElementField(counters[i % counters.length], 'top.height', 0.7 + (i % 10) / 100));
    }
    for (let i = 0; i < 1000; i++) h.undo();
  };
  return {
    elements: ids.length,
    fileBytes: text.length,
    apply1000AndUndo1000: timeit(thousand, 10, 2),
    loadAndValidate: timeit(() => parseHallText(text), 20, 3),
  };
}
