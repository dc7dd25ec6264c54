/**
 * The editor: document history, UI state (a zustand vanilla store), the active tool and the input
 * plumbing. No React, no three: the view and panels subscribe to `store` and forward input here.
 */
import { createEditorStore, type EditorStore } from './store';
import { History } from '../core/history';
import type { Floor, HallDocument } from '../core/document';
import {
  CommandError,
  addElements,
  batch,
  addFloor as addFloorCmd,
  moveToFloor,
  reorderElements,
  type DrawOrder,
  removeElements,
  removeFloor,
  reorderFloors,
  replaceDocument,
  replaceElements,
  rotateElements,
  updateFloor,
  moveElements,
  type Command,
} from '../core/commands';
import type { HallElement } from '../core/kinds/registry';
import { parseHallText, describeProblems, type LoadResult } from '../core/io';
import { groundFloor } from '../core/query';
import { allIds, findElement } from '../core/query';
import { nextId } from '../core/ids';
import { area, bbox, ensureCCW, isSimplePolygon, type Polygon } from '../core/geometry/polygon';
import { largestWallLoop } from '../core/geometry/wall-loops';
import type { Vec2 } from '../core/geometry/vec';
import { changeProblems, documentProblems } from '../core/change-check';
import { hitTest, elementBBox } from './hit-test';
import { snapPoint, type SnapResult } from './snapping';
import { cloneElements } from './clipboard';
import { align, arrayOffsets, distribute, flip, similarityKey, type AlignEdge, type Axis } from './arrange';
import { matchShortcut } from './shortcuts';
import type { Tool } from './tools/tool';
import { EMPTY_OVERLAY, type EditorKeyEvent, type EditorState, type Overlay, type PlanPointerEvent, type ToolId, type ToolOptions } from './types';

export type { EditorState } from './types';

/** Makes each tool for an editor, by tool id. */
export type ToolSet = Record<ToolId, (editor: Editor) => Tool>;

export class Editor {
  readonly history: History;
  readonly store: EditorStore<EditorState>;
  /** Snap distance in metres; the view sets it from the zoom (≈ 10 px). */
  snapTolerance = 0.3;
  /** How far the pointer must travel before a press becomes a drag (metres; the view sets ≈ 4 px). */
  dragThreshold = 0.1;
  private tool: Tool;
  private clipboard: HallElement[] = [];
  private pasteCount = 0;
  private cameraNonce = 0;

  /**
   * `tools` makes each tool for this editor (src/editor/tools/registry.ts; `createEditor` passes it): handed in
   * rather than imported, since every tool drives the editor and the two would otherwise import each other.
   */
  constructor(
    doc: HallDocument,
    private readonly tools: ToolSet,
  ) {
    this.history = new History(doc);
    this.store = createEditorStore<EditorState>(() => ({
      doc,
      canUndo: false,
      canRedo: false,
      floorId: doc.floors[0]?.id ?? '',
      selection: [],
      tool: 'select',
      toolOptions: { zoneType: 'waiting', counterType: 'general-intake', signKind: 'directional', pointKind: 'aed', linkKind: 'stair', counterGap: 0.3 },
      overlay: EMPTY_OVERLAY,
      viewMode: '2d',
      locale: 'zh-CN',
      grid: { size: 0.5, snap: true },
      highlight: [],
      overlays: {},
      badges: {},
      underlay: { below: true, above: false },
    }));
    this.tool = tools.select(this);
    this.history.subscribe((h) => {
      const s = this.store.getState();
      // Through the per-floor index (one floor re-indexed per edit), not a set of every id in the hall.
      const present = (id: string) => !!findElement(h.doc, id);
      const floorId = h.doc.floors.some((f) => f.id === s.floorId) ? s.floorId : (h.doc.floors[0]?.id ?? '');
      this.store.setState({
        doc: h.doc,
        canUndo: h.canUndo,
        canRedo: h.canRedo,
        undoLabel: h.undoLabel,
        redoLabel: h.redoLabel,
        floorId,
        selection: keepIf(s.selection, present),
        highlight: keepIf(s.highlight, present),
      });
    });
  }

  // ---- reading ---------------------------------------------------------------------------------

  get doc(): HallDocument {
    return this.history.doc;
  }
  get state(): EditorState {
    return this.store.getState();
  }
  get floorId(): string {
    return this.store.getState().floorId;
  }
  get floor(): Floor {
    return this.doc.floors.find((f) => f.id === this.floorId) ?? this.doc.floors[0];
  }
  get selection(): string[] {
    return this.store.getState().selection;
  }
  get toolOptions(): ToolOptions {
    return this.store.getState().toolOptions;
  }
  get overlay(): Overlay {
    return this.store.getState().overlay;
  }
  get grid(): { size: number; snap: boolean } {
    return this.store.getState().grid;
  }
  get activeTool(): Tool {
    return this.tool;
  }

  hitTest(p: Vec2): HallElement | undefined {
    return hitTest(this.floor, p, this.snapTolerance);
  }

  snap(p: Vec2, o: { exclude?: ReadonlySet<string>; disabled?: boolean; from?: Vec2 } = {}): SnapResult {
    const g = this.grid;
    return snapPoint(this.floor, p, { grid: g.size, gridSnap: g.snap, tolerance: this.snapTolerance, exclude: o.exclude, disabled: o.disabled, from: o.from });
  }

  /** A new readable id unique in the document (and in `also`). */
  newId(prefix: string, also?: ReadonlySet<string>): string {
    const taken = allIds(this.doc);
    if (also) for (const id of also) taken.add(id);
    return nextId(prefix, taken);
  }

  /** The next window number as an integer: one more than the highest numeric counter number in the hall. */
  nextCounterNumberValue(): number {
    let max = 0;
    for (const f of this.doc.floors) for (const e of f.elements) if (e.kind === 'counter') max = Math.max(max, Number.parseInt(e.number, 10) || 0);
    return max + 1;
  }
  nextCounterNumber(): string {
    return String(this.nextCounterNumberValue()).padStart(2, '0');
  }

  selectionCenter(): Vec2 {
    const pts: Vec2[] = [];
    for (const id of this.selection) {
      const el = findElement(this.doc, id)?.element;
      if (!el) continue;
      const b = elementBBox(el);
      pts.push([b.minX, b.minY], [b.maxX, b.maxY]);
    }
    if (!pts.length) return [0, 0];
    const b = bbox(pts);
    return [(b.minX + b.maxX) / 2, (b.minY + b.maxY) / 2];
  }

  // ---- changing the document -------------------------------------------------------------------

  /**
   * Run a command. What it changed is checked first (element schemas, floor fields, hall settings and the bounds of
   * src/core/limits.ts), so a self-crossing polygon, an out-of-range value or geometry pushed past a floor's span is
   * refused with a message and the document stays as it was.
   */
  execute(cmd: Command): boolean {
    let applied: ReturnType<Command['apply']>;
    try {
      applied = cmd.apply(this.doc);
    } catch (e) {
      this.fail(e instanceof CommandError || e instanceof Error ? e.message : String(e));
      return false;
    }
    const problems = changeProblems(this.doc, applied.doc);
    if (problems.length) {
      this.fail(`${cmd.label}: 修改无效或超出大厅限制，未执行 / invalid or past the hall's limits, not done`, problems);
      return false;
    }
    // The checked result is recorded as is: applying the command again would double its cost on every drag step.
    this.history.record(cmd, applied);
    return true;
  }

  fail(message: string, details?: string[]): void {
    this.store.setState({ error: { message, details } });
  }

  /** Flag a problem with what was just placed (a warning, not a refusal): the elements are highlighted. */
  flag(ids: string[], zh: string, en: string): void {
    this.store.setState({ flag: { ids, zh, en }, highlight: ids });
  }

  clearError(): void {
    this.store.setState({ error: undefined });
  }

  undo(): void {
    this.tool.exit?.();
    this.history.undo();
  }

  redo(): void {
    this.tool.exit?.();
    this.history.redo();
  }

  /**
   * Replace the hall (import IFC or DXF, restore an autosave) as one undoable step. The document is checked as the
   * loader checks a file; one it would refuse is not opened, the problems are shown and the open hall is kept.
   */
  openDocument(doc: HallDocument, label = '打开 / Open'): boolean {
    const r = documentProblems(doc);
    if (!r.ok) {
      this.fail(`${label}: 结果无效或超出大厅限制，未打开，当前大厅保持不变 / the result is invalid or past the hall's limits; not opened, the open hall is kept`, r.problems);
      return false;
    }
    this.openChecked(r.doc, label);
    return true;
  }

  /** Open a document the loader has already checked. */
  private openChecked(doc: HallDocument, label: string): void {
    this.tool.exit?.();
    this.history.execute(replaceDocument(doc, label));
    const floorId = groundFloor(doc)?.id ?? '';
    this.store.setState({ floorId, selection: [], highlight: [], error: undefined, cameraRequest: { ids: [], floorId, nonce: ++this.cameraNonce } });
  }

  /** Open `.hall.json` text. On failure the open hall is untouched and the problems are shown with their JSON paths. */
  loadFile(text: string, fileName = ''): LoadResult {
    const r = parseHallText(text);
    if (r.ok) this.openChecked(r.doc, `打开 ${fileName} / Open`.trim());
    else
      this.fail(
        `无法打开 ${fileName}：文件有 ${r.problems.length} 处问题 / Cannot open ${fileName}: ${r.problems.length} problem(s)`,
        describeProblems(r.problems, 20).split('\n'),
      );
    return r;
  }

  // ---- selection, view state (never in history) ------------------------------------------------

  select(ids: string[], mode: 'replace' | 'add' | 'toggle' = 'replace'): void {
    const cur = this.selection;
    let next: string[];
    if (mode === 'replace') next = [...new Set(ids)];
    else if (mode === 'add') next = [...new Set([...cur, ...ids])];
    else {
      const set = new Set(cur);
      for (const id of ids) set.has(id) ? set.delete(id) : set.add(id);
      next = [...set];
    }
    this.store.setState({ selection: next });
  }

  setTool(id: ToolId, opts?: ToolOptions): void {
    this.tool.exit?.();
    this.tool = this.tools[id](this);
    this.store.setState((s) => ({ tool: id, toolOptions: { ...s.toolOptions, ...opts }, overlay: EMPTY_OVERLAY }));
    this.tool.enter?.();
  }

  setOverlay(o: Partial<Overlay>): void {
    this.store.setState((s) => ({ overlay: { ...EMPTY_OVERLAY, cursor: s.overlay.cursor, ...o } }));
  }

  setCursor(p: Vec2): void {
    this.store.setState({ cursor: p });
  }

  setFloor(id: string): void {
    if (!this.doc.floors.some((f) => f.id === id)) return;
    this.tool.exit?.();
    this.store.setState({ floorId: id, selection: [], cameraRequest: { ids: [], floorId: id, nonce: ++this.cameraNonce } });
  }

  /** Zoom to fit: frame the whole current floor (the F key and the toolbar button). */
  fitView(): void {
    this.store.setState({ cameraRequest: { ids: [], floorId: this.floorId, nonce: ++this.cameraNonce } });
  }

  /** Ask the view to frame elements (switching to their floor), as a clicked finding does. */
  frame(ids: string[], highlight = true): void {
    const ref = ids.map((id) => findElement(this.doc, id)).find(Boolean);
    const floorId = ref?.floor.id ?? this.floorId;
    this.store.setState({ floorId, cameraRequest: { ids, floorId, nonce: ++this.cameraNonce }, ...(highlight ? { highlight: ids } : {}) });
  }

  // ---- input -----------------------------------------------------------------------------------

  // Each pointer event is one batch: what it changes (cursor, document, snap guides, hover) reaches the
  // subscribers as one notification.
  pointerDown(e: PlanPointerEvent): void {
    this.store.batch(() => this.tool.pointerDown?.(e));
  }
  pointerMove(e: PlanPointerEvent): void {
    this.store.batch(() => {
      this.setCursor(e.point);
      this.tool.pointerMove?.(e);
    });
  }
  pointerUp(e: PlanPointerEvent): void {
    this.store.batch(() => this.tool.pointerUp?.(e));
  }

  /** Arrow keys move the selection by a grid step (1 m with Shift). */
  private nudge(e: EditorKeyEvent): boolean {
    const arrows: Record<string, Vec2> = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, 1], ArrowDown: [0, -1] };
    const d = arrows[e.key];
    const movable = this.editable().map((el) => el.id);
    if (!d || !movable.length) return false;
    const step = e.shift ? 1 : this.grid.size || 0.1;
    return this.execute(moveElements(movable, [d[0] * step, d[1] * step], '微移 / Nudge'));
  }

  keyDown(e: EditorKeyEvent): boolean {
    if (this.tool.key?.(e)) return true;
    const sc = matchShortcut(e);
    if (!sc) return this.nudge(e);
    switch (sc.action) {
      case 'undo':
        this.undo();
        return true;
      case 'redo':
        this.redo();
        return true;
      case 'copy':
        this.copy();
        return true;
      case 'cut':
        return this.cut();
      case 'flip':
        return this.flipSelection();
      case 'lock':
        return this.toggleLock();
      case 'select-similar':
        return this.selectSimilar();
      case 'bring-to-front':
        return this.orderSelection('front');
      case 'send-to-back':
        return this.orderSelection('back');
      case 'zoom-fit':
        if (e.ctrl || e.meta) return false;
        this.fitView();
        return true;
      case 'help':
        this.store.setState((s) => ({ shortcutSheet: !s.shortcutSheet }));
        return true;
      case 'paste':
        this.paste();
        return true;
      case 'duplicate':
        this.duplicate();
        return true;
      case 'delete':
        this.deleteSelection();
        return true;
      case 'select-all':
        this.select(this.floor.elements.map((el) => el.id));
        return true;
      case 'rotate':
        if (!this.editable().length) return false;
        this.execute(
          rotateElements(
            this.editable().map((el) => el.id),
            e.shift ? 90 : 15,
            this.selectionCenter(),
          ),
        );
        return true;
      case 'cancel':
        if (this.tool.id !== 'select') this.setTool('select');
        else this.select([]);
        return true;
      case 'finish':
        return false;
      case 'view-2d':
        this.store.setState({ viewMode: '2d' });
        return true;
      case 'view-3d':
        this.store.setState({ viewMode: '3d' });
        return true;
      default:
        if (e.ctrl || e.meta) return false;
        this.setTool(sc.action as ToolId);
        return true;
    }
  }

  // ---- arranging (each one undo step) -----------------------------------------------------------

  private selected(): HallElement[] {
    return this.selection.map((id) => findElement(this.doc, id)?.element).filter((e): e is HallElement => !!e);
  }

  /** Selected elements that may change: locked ones stay where they are. */
  private editable(): HallElement[] {
    return this.selected().filter((e) => !e.locked);
  }

  private replaceAll(next: HallElement[], label: string): boolean {
    return next.length > 0 && this.execute(replaceElements(next, label));
  }

  alignSelection(edge: AlignEdge): boolean {
    return this.replaceAll(align(this.editable(), edge), '对齐 / Align');
  }

  /** Bring the selection to the front of its floor's draw order, or send it to the back, as one undo step. */
  orderSelection(to: DrawOrder): boolean {
    return this.selection.length > 0 && this.execute(reorderElements(this.selection, to));
  }

  distributeSelection(axis: Axis): boolean {
    return this.replaceAll(distribute(this.editable(), axis), '等距分布 / Distribute');
  }

  flipSelection(): boolean {
    return this.replaceAll(flip(this.editable(), this.selectionCenter()), '翻转 / Flip');
  }

  /** Lock the selection, or unlock it when every selected element is already locked. */
  toggleLock(): boolean {
    const els = this.selected();
    if (!els.length) return false;
    const lock = !els.every((e) => e.locked);
    return this.replaceAll(
      els.map((e) => ({ ...e, locked: lock || undefined }) as HallElement),
      lock ? '锁定 / Lock' : '解锁 / Unlock',
    );
  }

  /** Select every element on the floor of the same kind and type as the selected ones. */
  selectSimilar(): boolean {
    const keys = new Set(this.selected().map(similarityKey));
    if (!keys.size) return false;
    this.select(this.floor.elements.filter((e) => keys.has(similarityKey(e))).map((e) => e.id));
    return true;
  }

  /** `count` copies of the selection, each `spacing` further on (AutoCAD's rectangular array, one row), one step. */
  arraySelection(count: number, spacing: Vec2): boolean {
    const els = this.selected();
    if (!els.length || !(count >= 1) || count > 500) {
      if (count > 500) this.fail('阵列数量最多 500 / An array has at most 500 copies');
      return false;
    }
    const taken = allIds(this.doc);
    const newId = (prefix: string) => {
      const id = nextId(prefix, taken);
      taken.add(id);
      return id;
    };
    const copies = arrayOffsets(Math.floor(count), spacing).flatMap((o) => cloneElements(els, o, newId));
    let n = this.nextCounterNumberValue();
    for (const c of copies) if (c.kind === 'counter') c.number = String(n++).padStart(2, '0');
    if (!this.execute(addElements(this.floorId, copies, undefined, `阵列（${copies.length}）/ Array (${copies.length})`))) return false;
    this.select([...this.selection, ...copies.map((c) => c.id)]);
    return true;
  }

  moveSelectionToFloor(floorId: string): boolean {
    const ids = this.editable().map((e) => e.id);
    if (!ids.length || floorId === this.floorId) return false;
    return this.execute(moveToFloor(ids, floorId));
  }

  /** Change a wall's length in place: its start stays, its end moves along the wall (one undo step). */
  setWallLength(id: string, length: number): boolean {
    const w = findElement(this.doc, id)?.element;
    if (w?.kind !== 'wall') return false;
    if (!(length >= 0.05 && length <= 1000)) {
      this.fail('墙长应在 0.05–1000 m 之间 / A wall is 0.05–1000 m long');
      return false;
    }
    const l = Math.hypot(w.b[0] - w.a[0], w.b[1] - w.a[1]);
    if (l < 1e-9) return false;
    const k = length / l;
    const r = (v: number) => Math.round(v * 1e6) / 1e6;
    const b: Vec2 = [r(w.a[0] + (w.b[0] - w.a[0]) * k), r(w.a[1] + (w.b[1] - w.a[1]) * k)];
    return this.execute(replaceElements([{ ...w, b }], '修改墙长 / Wall length'));
  }

  cut(): boolean {
    if (!this.selection.length) return false;
    this.copy();
    return this.deleteSelection();
  }

  // ---- clipboard -------------------------------------------------------------------------------

  copy(): void {
    this.clipboard = this.selection.map((id) => findElement(this.doc, id)?.element).filter((e): e is HallElement => !!e);
    this.pasteCount = 0;
  }

  paste(): boolean {
    if (!this.clipboard.length) return false;
    this.pasteCount += 1;
    return this.insertCopies(this.clipboard, [this.pasteCount, -this.pasteCount], '粘贴 / Paste');
  }

  duplicate(): boolean {
    const els = this.selection.map((id) => findElement(this.doc, id)?.element).filter((e): e is HallElement => !!e);
    return els.length > 0 && this.insertCopies(els, [1, -1], '创建副本 / Duplicate');
  }

  private insertCopies(els: HallElement[], offset: Vec2, label: string): boolean {
    const taken = allIds(this.doc);
    const copies = cloneElements(els, offset, (prefix) => {
      const id = nextId(prefix, taken);
      taken.add(id);
      return id;
    });
    let n = this.nextCounterNumberValue();
    for (const c of copies) if (c.kind === 'counter') c.number = String(n++).padStart(2, '0');
    if (!this.execute(addElements(this.floorId, copies, undefined, label))) return false;
    this.select(copies.map((c) => c.id));
    return true;
  }

  deleteSelection(): boolean {
    const ids = this.selection.filter((id) => !findElement(this.doc, id)?.element.locked);
    if (!ids.length) return false;
    return this.execute(removeElements(ids));
  }

  // ---- floor outline ---------------------------------------------------------------------------

  /** Set (or clear) the current floor's outline as one undo step; a self-crossing outline is refused. */
  setOutline(outline: Polygon | undefined, label = '楼层外轮廓 / Floor outline', floorId = this.floorId): boolean {
    if (outline) {
      if (outline.length >= 3 && !isSimplePolygon(outline)) {
        this.fail('外轮廓自相交 / The outline crosses itself');
        return false;
      }
      if (outline.length < 3 || area(outline) < 1e-6) {
        this.fail('外轮廓至少需要三个不共线的点 / An outline needs at least three points that are not in a line');
        return false;
      }
      outline = ensureCCW(outline.map((p) => [p[0], p[1]] as [number, number]));
    }
    return this.execute(updateFloor(floorId, { outline }, label));
  }

  /**
   * The outline the current floor's walls (with `extra` walls about to be added) enclose, when it should become the
   * floor's outline: always when asked for, and for a loop just closed only when it encloses more than the present one.
   */
  proposedOutline(auto: boolean, extra: readonly { a: Vec2; b: Vec2 }[] = []): Polygon | undefined {
    const floor = this.floor;
    const loop = largestWallLoop([...floor.elements.filter((e) => e.kind === 'wall'), ...extra]);
    if (!loop || !isSimplePolygon(loop)) return undefined;
    if (auto && floor.outline && area(floor.outline) >= area(loop) - 1e-6) return undefined;
    return ensureCCW(loop);
  }

  /** The floor outline from the walls' loop (the "outline from walls" command), one undo step, with the keep/remove offer. */
  outlineFromWalls(): boolean {
    const previous = this.floor.outline;
    const loop = this.proposedOutline(false);
    if (!loop) {
      this.fail('墙体没有围合成封闭区域 / The walls do not enclose an area');
      return false;
    }
    if (!this.setOutline(loop, '由墙体生成外轮廓 / Outline from walls')) return false;
    this.offerOutline(loop, previous);
    return true;
  }

  /** Let the user keep or remove an outline just made from walls. */
  offerOutline(outline: Polygon, previous: Polygon | undefined): void {
    this.store.setState({ outlineOffer: { floorId: this.floorId, area: area(outline), previous } });
  }

  /** Answer to the outline offer: keep it, or put back the outline the floor had before. */
  answerOutlineOffer(keep: boolean): void {
    const offer = this.state.outlineOffer;
    this.store.setState({ outlineOffer: undefined });
    if (!offer || keep) return;
    this.setOutline(offer.previous, '移除外轮廓 / Remove outline', offer.floorId);
  }

  // ---- floors ----------------------------------------------------------------------------------

  addFloor(): string {
    const top = [...this.doc.floors].sort((a, b) => b.elevation - a.elevation)[0];
    const storey = top ? top.storey + 1 : 1;
    const id = this.newId('F');
    const floor: Floor = { id, name: `${storey}F`, storey, elevation: top ? top.elevation + top.height : 0, height: top?.height ?? 4.5, elements: [] };
    if (this.execute(addFloorCmd(floor))) {
      this.setFloor(id);
      this.offerStructureCopy(id);
    }
    return id;
  }

  /**
   * Offer to copy the outline and walls of the floor below onto a new floor: tracing the floor below is the usual
   * start of an upper floor (Revit copies levels' walls the same way). No offer when the floor below has neither.
   */
  offerStructureCopy(floorId: string): void {
    const f = this.doc.floors.find((x) => x.id === floorId);
    if (!f) return;
    const below = this.doc.floors.filter((x) => x.elevation < f.elevation).sort((a, b) => b.elevation - a.elevation)[0];
    if (below && (below.outline || below.elements.some((e) => e.kind === 'wall'))) this.store.setState({ floorCopyOffer: { floorId, fromId: below.id } });
  }

  /** Copy the outline and walls of one floor onto another, as one undo step (the answer to the new-floor offer). */
  copyStructure(fromId: string, toId: string): boolean {
    this.store.setState({ floorCopyOffer: undefined });
    const from = this.doc.floors.find((f) => f.id === fromId);
    if (!from || !this.doc.floors.some((f) => f.id === toId)) return false;
    const taken = allIds(this.doc);
    const walls = cloneElements(
      from.elements.filter((e) => e.kind === 'wall'),
      [0, 0],
      (prefix) => {
        const id = nextId(prefix, taken);
        taken.add(id);
        return id;
      },
    );
    const label = '复制下层外轮廓和墙体 / Copy outline and walls from below';
    const cmds: Command[] = [];
    if (from.outline) cmds.push(updateFloor(toId, { outline: from.outline.map((p) => [p[0], p[1]] as Vec2) }, label));
    if (walls.length) cmds.push(addElements(toId, walls, undefined, label));
    return cmds.length > 0 && this.execute(batch(label, cmds));
  }

  renameFloor(id: string, name: string): boolean {
    return this.execute(updateFloor(id, { name }, '重命名楼层 / Rename floor'));
  }

  /** Move a floor up or down in the list. */
  moveFloor(id: string, dir: -1 | 1): boolean {
    const order = this.doc.floors.map((f) => f.id);
    const i = order.indexOf(id);
    const j = i + dir;
    if (i < 0 || j < 0 || j >= order.length) return false;
    [order[i], order[j]] = [order[j], order[i]];
    return this.execute(reorderFloors(order));
  }

  deleteFloor(id: string): boolean {
    if (this.doc.floors.length <= 1) {
      this.fail('不能删除唯一的楼层 / Cannot delete the only floor');
      return false;
    }
    return this.execute(removeFloor(id));
  }
}

/** The same array when every entry stays, so subscribers that select it are not told of a change. */
function keepIf<T>(xs: T[], keep: (x: T) => boolean): T[] {
  return xs.every(keep) ? xs : xs.filter(keep);
}
