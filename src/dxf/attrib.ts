/**
 * ATTRIB entities for dxf-parser, which skips them: registered as an entity handler (the parser's extension
 * point, as for HATCH) rather than a fork. A block's attributes are where AutoCAD keeps the text a user types
 * per insert: the letter or number in a grid bubble (轴号), a room tag's name and number. Each comes back shaped
 * as a TEXT (position, alignment point, height, rotation) with its tag and whether it is hidden.
 */
import type DxfParser from 'dxf-parser';

interface Group {
  code: number;
  value: unknown;
}

interface Scanner {
  next(): Group;
  isEOF(): boolean;
}

export interface AttribEntity {
  type: 'ATTRIB';
  layer: string;
  handle?: string;
  inPaperSpace?: boolean;
  extrusionDirectionZ?: number;
  text: string;
  tag: string;
  invisible: boolean;
  startPoint?: { x: number; y: number };
  endPoint?: { x: number; y: number };
  textHeight?: number;
  rotation?: number;
  halign?: number;
  valign?: number;
}

const num = (v: unknown): number => (typeof v === 'number' && Number.isFinite(v) ? v : 0);

/** One attribute's groups (everything up to the next entity) as a TEXT-like entity. */
export function attribFromGroups(groups: Group[]): AttribEntity {
  const e: AttribEntity = { type: 'ATTRIB', layer: '0', text: '', tag: '', invisible: false };
  const start = { x: 0, y: 0 };
  const end = { x: 0, y: 0 };
  let hasStart = false;
  let hasEnd = false;
  for (const g of groups) {
    // R2018 multi-line attributes append an embedded MTEXT (101) whose points are not the attribute's own.
    if (g.code === 101) break;
    switch (g.code) {
      case 1:
        e.text = String(g.value ?? '');
        break;
      case 2:
        e.tag = String(g.value ?? '');
        break;
      case 5:
        e.handle = String(g.value);
        break;
      case 8:
        e.layer = String(g.value);
        break;
      case 10:
        start.x = num(g.value);
        hasStart = true;
        break;
      case 20:
        start.y = num(g.value);
        break;
      case 11:
        end.x = num(g.value);
        hasEnd = true;
        break;
      case 21:
        end.y = num(g.value);
        break;
      case 40:
        e.textHeight = num(g.value);
        break;
      case 50:
        e.rotation = num(g.value);
        break;
      case 67:
        e.inPaperSpace = g.value === 1;
        break;
      case 70:
        e.invisible = (num(g.value) & 1) === 1;
        break;
      case 72:
        e.halign = num(g.value);
        break;
      // An attribute's vertical alignment is 74 (73 is its field length), unlike TEXT's 73.
      case 74:
        e.valign = num(g.value);
        break;
      case 230:
        e.extrusionDirectionZ = num(g.value);
        break;
    }
  }
  if (hasStart) e.startPoint = start;
  if (hasEnd) e.endPoint = end;
  return e;
}

/** The handler dxf-parser calls at each `0 / ATTRIB`; it must stop on the next entity's `0` group. */
class AttribHandler {
  ForEntityName = 'ATTRIB';
  parseEntity(scanner: Scanner, curr: Group): AttribEntity {
    void curr;
    const groups: Group[] = [];
    let g = scanner.next();
    while (!scanner.isEOF() && g.code !== 0) {
      groups.push(g);
      g = scanner.next();
    }
    return attribFromGroups(groups);
  }
}

/** Teach a parser to read block attributes. */
export function registerAttrib(parser: DxfParser): void {
  parser.registerEntityHandler(AttribHandler as unknown as Parameters<DxfParser['registerEntityHandler']>[0]);
}
