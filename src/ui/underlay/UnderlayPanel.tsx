/**
 * The current floor's underlay: show, fade, rotate, move, scale by two points (the measure tool's two clicks,
 * then the real distance), straighten a photo taken at an angle by its four corners, choose another PDF page, embed or link by file name (and locate a missing linked
 * file), remove. Every change is one undoable floor edit. The panel sits over the plan's top-left corner, so it
 * folds to one short row (title, show, scale), and while a two-point scale or a straightening runs it shows only that command:
 * the points to click are never under it.
 */
import type { Underlay } from '../../core/document';
import { updateFloor } from '../../core/commands';
import { useStore } from 'zustand';
import { useEditor, useEditorState, useT } from '../EditorContext';
import { UnderlayCalibration } from './UnderlayCalibration';
import { UnderlayPlacement } from './UnderlayPlacement';
import { UnderlayStraighten } from './UnderlayStraighten';
import { UnderlayToggles } from './UnderlayToggles';
import { setUnderlayFolded, underlayStore } from './underlay-store';

export function UnderlayPanel() {
  const editor = useEditor();
  const t = useT();
  const floorId = useEditorState((s) => s.floorId);
  const u = useEditorState((s) => s.doc.floors.find((f) => f.id === s.floorId)?.underlay);
  const folded = useStore(underlayStore, (s) => s.folded);
  const calibrating = useStore(underlayStore, (s) => s.calibrating);
  const straightening = useStore(underlayStore, (s) => s.straighten?.floorId === floorId);
  if (!u) return null;
  const patch = (p: Partial<Underlay>, label = '底图 / Underlay') => editor.execute(updateFloor(floorId, { underlay: { ...u, ...p } }, label));
  const full = !folded && !calibrating && !straightening;
  return (
    <fieldset className={'underlay-panel' + (full ? '' : ' underlay-panel--folded')} aria-label={t('underlay.title')} data-testid="underlay-panel" title={u.name}>
      <button
        type="button"
        className="underlay-panel__fold"
        data-testid="underlay-fold"
        aria-expanded={!folded}
        title={t(folded ? 'underlay.unfold' : 'underlay.fold')}
        onClick={() => setUnderlayFolded(!folded)}
      >
        {folded ? '▸' : '▾'} <strong>{t('underlay.title')}</strong>
      </button>
      {!calibrating && !straightening && <UnderlayToggles underlay={u} floorId={floorId} patch={patch} only={full ? undefined : 'show'} />}
      {full && <UnderlayPlacement underlay={u} floorId={floorId} patch={patch} />}
      {!straightening && <UnderlayCalibration underlay={u} patch={patch} />}
      {(full || straightening) && <UnderlayStraighten underlay={u} patch={(next, label) => editor.execute(updateFloor(floorId, { underlay: next }, label))} />}
      {full && (
        <button type="button" data-testid="underlay-remove" onClick={() => editor.execute(updateFloor(floorId, { underlay: undefined }, '删除底图 / Remove underlay'))}>
          {t('underlay.remove')}
        </button>
      )}
    </fieldset>
  );
}
