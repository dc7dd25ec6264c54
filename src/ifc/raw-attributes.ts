/** Reading a raw STEP line's arguments as web-ifc's own line reader names and shapes them. */
import * as W from 'web-ifc';

/**
 * Where web-ifc's own line reader (FromRawLineData) takes each attribute of a line type from, and in
 * what shape it gives it: attribute name → index in the raw arguments (derived attributes, written `*`,
 * are not in them) and shape. Learnt once per schema and type by running that reader on marker
 * arguments, so it is web-ifc's reading whatever the schema; null when the reader does something the
 * markers cannot follow (such lines are read in full).
 */
type Shape = 'value' | 'list' | 'valueList' | 'numberList' | 'textList';
const attributeMaps = new Map<number, Map<number, [string, number, Shape][] | null>>();
const MARK = 2 ** 40;

export function attributeMap(schema: number, type: number): [string, number, Shape][] | null {
  let ofSchema = attributeMaps.get(schema);
  if (!ofSchema) attributeMaps.set(schema, (ofSchema = new Map()));
  let map = ofSchema.get(type);
  if (map !== undefined) return map;
  map = null;
  const read = (W.FromRawLineData as unknown as Record<number, Record<number, ((args: unknown[]) => object) | undefined> | undefined>)[schema]?.[type];
  if (read) {
    // Argument k is a one-element list that also answers .value (the marker as text): web-ifc reads it as
    // a value, a reference, an enum or a list, and converts the text to a number where it reads a number.
    const marker = (k: number) => Object.assign([{ type: 5, value: String(MARK + k) }], { type: 5, value: String(MARK + k) });
    const args = new Proxy([] as unknown[], { get: (t, p) => (typeof p === 'string' && /^\d+$/.test(p) ? marker(Number(p)) : Reflect.get(t, p)) });
    const index = (x: unknown) => {
      const n = Number(x);
      return (typeof x === 'number' || typeof x === 'string') && n >= MARK && n < MARK + 1000 ? n - MARK : undefined;
    };
    try {
      const line = read(args) as Record<string, any>;
      const found: [string, number, Shape][] = [];
      const seen = new Set<number>();
      let ok = true;
      for (const [name, v] of Object.entries(line)) {
        let k: number | undefined;
        let shape: Shape = 'value';
        // An argument passed on as it is (an enum) is the marker itself: a list that has a value.
        if (Array.isArray(v) && (k = index((v as { value?: unknown }).value)) === undefined) {
          if ((k = index(v[0]?.value)) !== undefined) shape = 'list';
          else if ((k = index(v[0])) !== undefined) shape = typeof v[0] === 'number' ? 'numberList' : 'textList';
        } else if ((k = index(v?.value)) !== undefined) shape = 'value';
        else if ((k = index(v?.value?.[0])) !== undefined) shape = 'valueList';
        if (k === undefined) continue;
        if (seen.has(k)) ok = false;
        seen.add(k);
        found.push([name, k, shape]);
      }
      if (ok && found.length) map = found;
    } catch {
      // not a reader the markers can follow
    }
  }
  ofSchema.set(type, map);
  return map;
}

/** A raw argument as web-ifc's reader gives it: reals as numbers (parseFloat, as its NumberHandle does), `$` as null. */
function rawValue(v: any): any {
  if (v === undefined || v === null || v === '') return null;
  if (Array.isArray(v)) return v.map(rawValue);
  if (v.type === 4 && typeof v.value === 'string') return { type: 4, value: parseFloat(v.value) };
  if (v.type === 2) throw new Error('typed value');
  return v;
}

const present = (p: any) => p?.value !== undefined && p?.value !== null && p?.value !== '';

/** An argument in one of web-ifc's shapes (see attributeMap). */
export function shaped(v: any, shape: Shape): any {
  if (v === undefined || v === null || v === '') return null;
  switch (shape) {
    case 'value':
      return rawValue(v);
    case 'list':
      return Array.isArray(v) ? v.map(rawValue) : null;
    case 'valueList':
      return Array.isArray(v) ? { value: v.map((x: any) => x?.value) } : null;
    case 'numberList':
      return Array.isArray(v) ? v.map((p: any) => (present(p) ? Number(p.value) : null)) : null;
    case 'textList':
      return Array.isArray(v) ? v.map((p: any) => (present(p) ? p.value : null)) : null;
  }
}
