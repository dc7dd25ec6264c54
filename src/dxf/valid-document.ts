/** The imported hall checked by the schema; elements it refuses are dropped with a warning rather than losing the import. */
import { HallDocumentSchema, type HallDocument } from '../core/document';
import type { Term } from '../core/vocab';
import { certainlyValid } from '../ifc/valid-hall';
import { DxfImportError } from './errors';

export function validDocument(doc: HallDocument, warnings: Term[]): HallDocument {
  // The IFC import's quick check: a hall the schema would take as it is (every field as the schema gives it)
  // needs no parse, which on a plan of a few hundred walls costs as much as building it.
  if (certainlyValid(doc)) return doc;
  for (let attempt = 0; attempt < 5; attempt++) {
    const res = HallDocumentSchema.safeParse(doc);
    if (res.success) return res.data;
    const drop = new Map<number, Set<number>>();
    let fixedOutline = false;
    for (const issue of res.error.issues) {
      const [a, fi, b, ei] = issue.path as (string | number)[];
      if (a === 'floors' && b === 'elements' && typeof fi === 'number' && typeof ei === 'number') {
        const set = drop.get(fi) ?? new Set();
        set.add(ei);
        drop.set(fi, set);
      } else if (a === 'floors' && b === 'outline' && typeof fi === 'number') {
        delete doc.floors[fi].outline;
        fixedOutline = true;
      }
    }
    if (drop.size === 0 && !fixedOutline) {
      const why = res.error.issues[0]?.message ?? '';
      throw new DxfImportError({ zh: `导入结果不是有效的大厅：${why}`, en: `the imported hall is not valid: ${why}` }, 'plan');
    }
    for (const [fi, set] of drop) {
      const els = doc.floors[fi].elements;
      const gone = new Set([...set].map((i) => els[i]?.id));
      doc.floors[fi].elements = els.filter((e, i) => !set.has(i) && !(e.kind === 'opening' && e.wallId && gone.has(e.wallId) && (delete (e as { wallId?: string }).wallId, false)));
      warnings.push({ zh: `楼层 ${doc.floors[fi].id} 有 ${set.size} 个图元无法使用，未导入`, en: `${set.size} element(s) of floor ${doc.floors[fi].id} could not be used` });
    }
  }
  return HallDocumentSchema.parse(doc);
}
