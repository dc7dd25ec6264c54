/**
 * Straighten a photo of a plan by its four corners, as a scanner app does, before it is scaled by two points: the
 * button puts four numbered handles on the photo (dragged onto the plan's corners as they appear in it); Straighten
 * maps that quadrilateral onto a rectangle in a worker and makes the result the underlay, one undoable edit, its
 * first corner where the handle was. Cancel (or Escape on a handle) leaves the photo as it was.
 */
import { useState } from 'react';
import { useStore } from 'zustand';
import type { Underlay } from '../../core/document';
import { useEditor, useEditorState, useT } from '../EditorContext';
import { uiStore, notify } from '../ui-store';
import { linkedImages, underlayData } from './linked-images';
import { isConvexQuad, knownSize, type Pt } from './perspective';
import { straightenInWorker } from './straighten-in-worker';
import { underlayStore } from './underlay-store';
import { pixelToPlan, planToPixel } from './underlay-transform';

/** The handles start this share of the image in from its corners, on the photo and clear of its edges. */
const INSET = 0.1;

/** The four handles' first places: the image's corners drawn in a little. */
function startCorners(u: Underlay): Pt[] {
  const x0 = u.widthPx * INSET;
  const y0 = u.heightPx * INSET;
  const x1 = u.widthPx - x0;
  const y1 = u.heightPx - y0;
  return [pixelToPlan(u, x0, y0), pixelToPlan(u, x1, y0), pixelToPlan(u, x1, y1), pixelToPlan(u, x0, y1)];
}

/** Marks a straightened image's name, before the file's extension (a name is also what a link looks for). */
const STRAIGHTENED = '（已拉正）';
/** An underlay's name is kept to this many characters, as when it is added. */
const NAME_MAX = 200;

/**
 * The straightened image's own name: the file on disk under the old name is the crooked photo, so ticking "link"
 * afterwards must not find it again. Straightened twice, the name is marked once.
 */
function straightenedName(name: string): string {
  const dot = name.lastIndexOf('.');
  const [stem, ext] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
  return stem.endsWith(STRAIGHTENED) ? name : `${stem.slice(0, NAME_MAX - STRAIGHTENED.length - ext.length)}${STRAIGHTENED}${ext}`;
}

/**
 * The underlay after straightening: embedded and renamed (the file on disk is the crooked photo), its first corner
 * kept in place, at the photo's scale unless the plan's real size set it.
 */
function straightened(u: Underlay, corner: Pt, img: { data: string; widthPx: number; heightPx: number }, metresPerPixel: number): Underlay {
  const { link: _link, ...rest } = u;
  return { ...rest, name: straightenedName(u.name), data: img.data, widthPx: img.widthPx, heightPx: img.heightPx, position: corner, metresPerPixel };
}

export function UnderlayStraighten({ underlay: u, patch }: { underlay: Underlay; patch: (p: Underlay, label?: string) => void }) {
  const editor = useEditor();
  const t = useT();
  const floorId = useEditorState((s) => s.floorId);
  const active = useStore(underlayStore, (s) => (s.straighten?.floorId === floorId ? s.straighten : undefined));
  const images = useStore(linkedImages, (s) => s.images);
  const data = underlayData(u, images);
  // The plan's real width and depth, when the user knows them (the hall's overall dimensions): exact proportions and
  // scale at once, with no two-point scale afterwards.
  const [widthM, setWidthM] = useState('');
  const [depthM, setDepthM] = useState('');
  if (!active)
    return (
      <button
        type="button"
        data-testid="underlay-straighten"
        title={t('underlay.straightenTitle')}
        disabled={!data}
        onClick={() => {
          // The corners are placed on the plan: from the 3D view, the plan is shown first.
          editor.store.setState({ viewMode: '2d' });
          underlayStore.setState({ straighten: { floorId, corners: startCorners(u) }, handles: false });
        }}
      >
        {t('underlay.straighten')}
      </button>
    );
  const apply = async () => {
    const corners = active.corners.map((p) => planToPixel(u, p));
    if (!data || !isConvexQuad(corners)) {
      notify(t('underlay.straightenBad'), 'info');
      return;
    }
    const wm = Number(widthM);
    const dm = Number(depthM);
    const known = wm > 0 && dm > 0 ? knownSize(corners, wm, dm) : undefined;
    underlayStore.setState({ straighten: { ...active, running: true } });
    uiStore.setState({ busy: { label: u.name } });
    try {
      const img = await straightenInWorker({ data, corners, ...(known ? { size: known.px } : {}) });
      patch(straightened(u, active.corners[0], img, known?.metresPerPixel ?? u.metresPerPixel), '底图拉正 / Straighten underlay');
      underlayStore.setState({ straighten: undefined });
      // The plan is now smaller than the photo and starts where corner 1 was: shown whole, as a new underlay is.
      editor.fitView();
      notify(known ? t('underlay.straightenedSized', { w: wm, d: dm }) : t('underlay.straightened', { w: img.widthPx, h: img.heightPx }));
    } catch {
      underlayStore.setState({ straighten: { ...active, running: false } });
      notify(t('underlay.straightenFailed', { name: u.name }), 'info');
    } finally {
      uiStore.setState({ busy: undefined });
    }
  };
  return (
    <span className="underlay-straighten">
      <span data-testid="underlay-straighten-hint">{t('underlay.straightenHint')}</span>{' '}
      <label title={t('underlay.straightenSizeTitle')}>
        {t('underlay.straightenSize')} <input type="number" data-testid="underlay-straighten-width" min={0} step={0.1} value={widthM} onChange={(e) => setWidthM(e.target.value)} />
        {' × '}
        <input type="number" data-testid="underlay-straighten-depth" min={0} step={0.1} value={depthM} onChange={(e) => setDepthM(e.target.value)} /> m
      </label>{' '}
      <button type="button" data-testid="underlay-straighten-apply" disabled={active.running} onClick={() => void apply()}>
        {t('underlay.straightenApply')}
      </button>{' '}
      <button type="button" data-testid="underlay-straighten-cancel" disabled={active.running} onClick={() => underlayStore.setState({ straighten: undefined })}>
        {t('underlay.straightenCancel')}
      </button>
    </span>
  );
}
