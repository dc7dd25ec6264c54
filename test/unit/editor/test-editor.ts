/** A headless editor that takes pointer and key events in plan metres, like tldraw's TestEditor. */
import { Editor } from '../../../src/editor/editor';
import { TOOLS } from '../../../src/editor/tools/registry';
import { emptyDocument, type HallDocument } from '../../../src/core/document';
import type { Vec2 } from '../../../src/core/geometry/vec';
import { findElement } from '../../../src/core/query';
import type { HandleRef } from '../../../src/editor/types';

type Mods = { shift?: boolean; alt?: boolean; ctrl?: boolean; hitId?: string; handle?: HandleRef; double?: boolean };

export class TestEditor extends Editor {
  constructor(doc: HallDocument = emptyDocument('test')) {
    super(doc, TOOLS);
    this.store.setState({ grid: { size: 0.5, snap: true } });
  }
  use(tool: Parameters<Editor['setTool']>[0], opts?: Parameters<Editor['setTool']>[1]) {
    this.setTool(tool, opts);
    return this;
  }
  down(x: number, y: number, m: Mods = {}) {
    this.pointerDown({ point: [x, y], button: 0, ...m });
    return this;
  }
  move(x: number, y: number, m: Mods = {}) {
    this.pointerMove({ point: [x, y], ...m });
    return this;
  }
  up(x: number, y: number, m: Mods = {}) {
    this.pointerUp({ point: [x, y], button: 0, ...m });
    return this;
  }
  click(x: number, y: number, m: Mods = {}) {
    return this.move(x, y, m).down(x, y, m).up(x, y, m);
  }
  drag(from: Vec2, to: Vec2, m: Mods = {}, steps = 8) {
    this.move(from[0], from[1], m).down(from[0], from[1], m);
    for (let i = 1; i <= steps; i++) this.move(from[0] + ((to[0] - from[0]) * i) / steps, from[1] + ((to[1] - from[1]) * i) / steps, m);
    return this.up(to[0], to[1], m);
  }
  key(key: string, m: { ctrl?: boolean; shift?: boolean; alt?: boolean } = {}) {
    this.keyDown({ key, ...m });
    return this;
  }
  el(id: string) {
    return findElement(this.doc, id)?.element;
  }
  ofKind<K extends string>(kind: K) {
    return this.floor.elements.filter((e) => e.kind === kind);
  }
}
