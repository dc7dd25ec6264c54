/** The room schedule's rows: every zone of every floor with what a planner sorts and filters by. */
import type { HallDocument } from '../../core/document';
import { area } from '../../core/geometry/polygon';
import { zoneTypeTerm } from '../../core/terms';
import type { Term, ZoneType } from '../../core/vocab';
import type { Finding } from '../../rules/types';

export interface RoomRow {
  id: string;
  floorId: string;
  floorName: string;
  floorIndex: number;
  name: string;
  number: string;
  type: ZoneType;
  /** The type as the hall's province names it (src/core/terms.ts): what the row shows, sorts and filters by. */
  typeName: Term;
  /** 0–1 for a guessed type, undefined once a person set it. */
  confidence?: number;
  guessFrom?: string;
  area: number;
  findings: number;
}

export type RoomColumn = 'name' | 'number' | 'type' | 'confidence' | 'area' | 'floor' | 'findings';

export function roomRows(doc: HallDocument, findings: readonly Finding[] = []): RoomRow[] {
  const count = new Map<string, number>();
  for (const f of findings) for (const id of f.elementIds) count.set(id, (count.get(id) ?? 0) + 1);
  const out: RoomRow[] = [];
  doc.floors.forEach((f, fi) => {
    for (const e of f.elements) {
      if (e.kind !== 'zone') continue;
      out.push({
        id: e.id,
        floorId: f.id,
        floorName: f.name,
        floorIndex: fi,
        name: e.name ?? '',
        number: e.number ?? '',
        type: e.type,
        typeName: zoneTypeTerm(e.type, doc.meta.preset),
        confidence: e.typeGuess?.confidence,
        guessFrom: e.typeGuess?.from,
        area: Math.round(area(e.polygon) * 10) / 10,
        findings: count.get(e.id) ?? 0,
      });
    }
  });
  return out;
}

const collator = new Intl.Collator(['zh-CN', 'en'], { numeric: true, sensitivity: 'base' });

export function sortRows(rows: readonly RoomRow[], col: RoomColumn, dir: 1 | -1, locale: 'zh-CN' | 'en'): RoomRow[] {
  const key = (r: RoomRow): string | number => {
    switch (col) {
      case 'name':
        return r.name;
      case 'number':
        return r.number;
      case 'type':
        return locale === 'en' ? r.typeName.en : r.typeName.zh;
      // Rooms typed by hand are surest of all.
      case 'confidence':
        return r.confidence ?? 2;
      case 'area':
        return r.area;
      case 'floor':
        return r.floorIndex;
      case 'findings':
        return r.findings;
    }
  };
  return [...rows].sort((a, b) => {
    const x = key(a);
    const y = key(b);
    const c = typeof x === 'number' && typeof y === 'number' ? x - y : collator.compare(String(x), String(y));
    return c * dir || collator.compare(a.number + a.name, b.number + b.name);
  });
}

export function filterRows(rows: readonly RoomRow[], f: { text?: string; type?: ZoneType | ''; floorId?: string }): RoomRow[] {
  const q = f.text?.trim().toLowerCase();
  return rows.filter((r) => {
    if (f.type && r.type !== f.type) return false;
    if (f.floorId && r.floorId !== f.floorId) return false;
    if (q && !`${r.name}\n${r.number}\n${r.typeName.zh}\n${r.typeName.en}\n${r.guessFrom ?? ''}`.toLowerCase().includes(q)) return false;
    return true;
  });
}
