/**
 * The editor: document history, UI state (a zustand vanilla store), the active tool and the input
 * plumbing. No React, no three: the view and panels subscribe to `store` and forward input here. The commands
 * it offers live by concern beside it (keys.ts, selection-commands.ts, clipboard.ts, outline-commands.ts,
 * floor-commands.ts), written against `EditorHost`; the methods here are their one entry point.
 */
import { afterHistoryChange, clearErrorOnNextAction, initialState } from './editor-state';
import { createEditorStore, type EditorStore } from './store';
import { CommandError, type Command, type DrawOrder, replaceDocument, updateFloor } from '../core/commands';
import type { Floor, HallDocument } from '../core/document';
import { describeProblems, type LoadResult, parseHallText } from '../core/io';
import { changeProblems, documentProblems } from '../core/change-check';
import { bbox, type Polygon } from '../core/geometry/polygon';
import type { Vec2 } from '../core/geometry/vec';
import { History } from '../core/history';
import { labelTerm } from '../core/commands/label-term';
import type { Term } from '../core/vocab';
import { nextId } from '../core/ids';
import type { HallElement } from '../core/kinds/registry';
import { allIds, findElement, groundFloor } from '../core/query';
import { standingOn, standsAlsoOn } from '../core/standing-on';
import type { AlignEdge, Axis } from './arrange';
import { Clipboard } from './clipboard';
import * as floors from './floor-commands';
import { elementBBox, hitTest } from './hit-test';
import { handleKey } from './keys';
import * as outlines from './outline-commands';
import * as sel from './selection-commands';
import { type SnapOptions, type SnapResult, snapPoint } from './snapping';
import type { Tool } from './tools/tool';
import { EMPTY_OVERLAY, type EditorHost, type EditorKeyEvent, type EditorState, type Overlay, type PlanPointerEvent, type ToolId, type ToolOptions } from './types';
import type { BuiltinToolId } from './types';

export type { EditorState } from './types';

/** Makes each tool for an editor, by tool id: every one of the editor's own, and those kinds declare. */
export type ToolSet = { [K in BuiltinToolId]: (editor: Editor) => Tool } & Record<string, (editor: Editor) => Tool>;

export class Editor implements EditorHost {
  readonly history: History;
  readonly store: EditorStore<EditorState>;
  /** Snap distance in metres; the view sets it from the zoom (≈ 10 px). */
  snapTolerance = 0.3;
  /** How far the pointer must travel before a press becomes a drag (metres; the view sets ≈ 4 px). */
  dragThreshold = 0.1;
  private tool: Tool;
  private readonly clipboard = new Clipboard(this);
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
    this.store = createEditorStore<EditorState>(() => initialState(doc));
    this.tool = tools.select(this);
    this.history.subscribe((h) => this.store.setState(afterHistoryChange(this.store.getState(), h, this.history.inGesture)));
    this.store.subscribe(clearErrorOnNextAction(this.store));
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
  /** What stands on the current floor: its elements and those of other floors that join it (a stair from below). */
  get standing(): readonly HallElement[] {
    return standingOn(this.doc.floors, this.floor);
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
    return hitTest({ elements: this.standing }, p, this.snapTolerance);
  }

  snap(p: Vec2, o: Pick<SnapOptions, 'exclude' | 'disabled' | 'from' | 'vertex'> = {}): SnapResult {
    const g = this.grid;
    // What stands here snaps here: a stair or lift stored on the floor below snaps on every floor it joins.
    return snapPoint({ ...this.floor, elements: this.standing }, p, { ...o, grid: g.size, gridSnap: g.snap, tolerance: this.snapTolerance });
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
      const what = labelTerm(cmd.label);
      this.fail({ zh: `${what.zh}：修改无效或超出大厅限制，未执行`, en: `${what.en}: invalid or past the hall's limits, not done` }, problems);
      return false;
    }
    // The checked result is recorded as is: applying the command again would double its cost on every drag step.
    this.history.record(cmd, applied);
    return true;
  }

  /** Shows the error banner; a message in both languages shows the UI language's (a string is shown as it is). */
  fail(message: Term | string, details?: string[]): void {
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
    const before = this.doc;
    if (this.history.undo()) this.showChangedFloor(before);
  }

  redo(): void {
    this.tool.exit?.();
    const before = this.doc;
    if (this.history.redo()) this.showChangedFloor(before);
  }

  /** An undo or redo that changed another floor and not this one shows that floor, so the user sees what it did. */
  private showChangedFloor(before: HallDocument): void {
    const was = new Map(before.floors.map((f) => [f.id, f]));
    if (this.doc.floors.find((f) => f.id === this.floorId) !== was.get(this.floorId)) return;
    const changed = this.doc.floors.find((f) => was.has(f.id) && was.get(f.id) !== f);
    if (changed) this.setFloor(changed.id);
  }

  /**
   * Replace the hall (import IFC or DXF, restore an autosave) as one undoable step. The document is checked as the
   * loader checks a file; one it would refuse is not opened, the problems are shown and the open hall is kept.
   */
  openDocument(doc: HallDocument, label = '打开 / Open'): boolean {
    const r = documentProblems(doc);
    if (!r.ok) {
      const what = labelTerm(label);
      this.fail(
        {
          zh: `${what.zh}：结果无效或超出大厅限制，未打开，当前大厅保持不变`,
          en: `${what.en}: the result is invalid or past the hall's limits; not opened, the open hall is kept`,
        },
        r.problems,
      );
      return false;
    }
    this.openChecked(r.doc, label);
    return true;
  }

  /** Open a document the loader has already checked (a hall file read in a worker), as one undoable step. */
  openLoaded(doc: HallDocument, label = '打开 / Open'): void {
    this.openChecked(doc, label);
  }

  /** Open a document the loader has already checked. */
  private openChecked(doc: HallDocument, label: string): void {
    this.tool.exit?.();
    this.history.execute(replaceDocument(doc, label));
    const floorId = groundFloor(doc)?.id ?? '';
    // what belonged to the hall that was open (offers about its outline or new floor, the selection) goes with it
    const gone = { outlineOffer: undefined, floorCopyOffer: undefined, linkExtendOffer: undefined, flag: undefined, selection: [], highlight: [], error: undefined };
    this.store.setState((s) => ({ floorId, ...gone, cameraRequest: { ids: [], floorId, nonce: ++this.cameraNonce }, hallsOpened: (s.hallsOpened ?? 0) + 1 }));
  }

  /** Open `.hall.json` text. On failure the open hall is untouched and the problems are shown with their JSON paths. */
  loadFile(text: string, fileName = ''): LoadResult {
    const r = parseHallText(text);
    if (r.ok) this.openChecked(r.doc, `打开 ${fileName} / Open`.trim());
    else
      this.fail(
        { zh: `无法打开 ${fileName}：文件有 ${r.problems.length} 处问题`, en: `Cannot open ${fileName}: ${r.problems.length} problem(s)` },
        describeProblems(r.problems, 20).split('\n'),
      );
    return r;
  }

  // ---- selection, view state (never in history) ------------------------------------------------

  select(ids: string[], mode: 'replace' | 'add' | 'toggle' = 'replace'): void {
    this.store.setState({ selection: sel.nextSelection(this.selection, ids, mode) });
  }

  setTool(id: ToolId, opts?: ToolOptions): void {
    this.tool.exit?.();
    this.tool = this.tools[id](this);
    // A placing tool starts from nothing selected, as in Revit: the inspector then speaks of what is being placed,
    // not of the element picked before (a door's fields while the lift tool is armed). Measuring keeps the selection.
    const keep = id === 'select' || id === 'measure';
    this.store.setState((s) => ({ tool: id, toolOptions: { ...s.toolOptions, ...opts }, overlay: EMPTY_OVERLAY, ...(keep ? {} : { selection: [] }) }));
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
    // Leaving the floor keeps the outline just made from its walls: the offer to remove it stays behind with it.
    this.store.setState({ floorId: id, selection: [], outlineOffer: undefined, cameraRequest: { ids: [], floorId: id, nonce: ++this.cameraNonce } });
  }

  /** Zoom to fit: frame the whole current floor (the F key and the toolbar button). */
  fitView(): void {
    this.store.setState({ cameraRequest: { ids: [], floorId: this.floorId, nonce: ++this.cameraNonce } });
  }

  /** Ask the view to frame elements, as a clicked finding does: on floor `on` where they stand there (a stair joining it), else on theirs. */
  frame(ids: string[], highlight = true, on = this.floorId): void {
    const ref = ids.map((id) => findElement(this.doc, id)).find(Boolean);
    const floorId = ref && ref.floor.id !== on && !standsAlsoOn(ref.element, on) ? ref.floor.id : on;
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

  keyDown(e: EditorKeyEvent): boolean {
    return handleKey(this, e);
  }

  // ---- commands on the selection, the clipboard, the outline and floors (each one undo step) -----

  alignSelection(edge: AlignEdge): boolean {
    return sel.alignSelection(this, edge);
  }
  /** Bring the selection to the front of its floor's draw order, or send it to the back. */
  orderSelection(to: DrawOrder): boolean {
    return sel.orderSelection(this, to);
  }
  distributeSelection(axis: Axis): boolean {
    return sel.distributeSelection(this, axis);
  }
  flipSelection(): boolean {
    return sel.flipSelection(this);
  }
  toggleLock(): boolean {
    return sel.toggleLock(this);
  }
  selectSimilar(): boolean {
    return sel.selectSimilar(this);
  }
  arraySelection(count: number, spacing: Vec2): boolean {
    return sel.arraySelection(this, count, spacing);
  }
  moveSelectionToFloor(floorId: string): boolean {
    return sel.moveSelectionToFloor(this, floorId);
  }
  deleteSelection(): boolean {
    return sel.deleteSelection(this);
  }
  setWallLength(id: string, length: number): boolean {
    return sel.setWallLength(this, id, length);
  }

  copy(): void {
    this.clipboard.copy();
  }
  cut(): boolean {
    if (!this.selection.length) return false;
    this.clipboard.copy();
    return this.deleteSelection();
  }
  paste(): boolean {
    return this.clipboard.paste();
  }
  duplicate(): boolean {
    return this.clipboard.duplicate();
  }

  setOutline(outline: Polygon | undefined, label = '楼层外轮廓 / Floor outline', floorId = this.floorId): boolean {
    return outlines.setOutline(this, outline, label, floorId);
  }
  proposedOutline(auto: boolean, extra: readonly { a: Vec2; b: Vec2 }[] = []): Polygon | undefined {
    return outlines.proposedOutline(this, auto, extra);
  }
  outlineFromWalls(): boolean {
    return outlines.outlineFromWalls(this);
  }
  offerOutline(outline: Polygon, previous: Polygon | undefined): void {
    outlines.offerOutline(this, outline, previous);
  }
  answerOutlineOffer(keep: boolean): void {
    outlines.answerOutlineOffer(this, keep);
  }

  addFloor(): string {
    return floors.addFloor(this);
  }
  offerStructureCopy(floorId: string): void {
    floors.offerStructureCopy(this, floorId);
  }
  copyStructure(fromId: string, toId: string): boolean {
    return floors.copyStructure(this, fromId, toId);
  }
  extendLinks(floorId: string, ids: readonly string[]): boolean {
    return floors.extendLinks(this, floorId, ids);
  }
  renameFloor(id: string, name: string): boolean {
    return this.execute(updateFloor(id, { name }, '重命名楼层 / Rename floor'));
  }
  moveFloor(id: string, dir: -1 | 1): boolean {
    return floors.moveFloor(this, id, dir);
  }
  deleteFloor(id: string): boolean {
    return floors.deleteFloor(this, id);
  }
}
