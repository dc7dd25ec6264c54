/**
 * The current floor's underlay: show, fade, rotate, move, scale by two points (the measure tool's two clicks,
 * then the real distance), choose another PDF page, embed or link by file name (and locate a missing linked
 * file), remove. Every change is one undoable floor edit.
 */
import { useState } from 'react';
import { useStore } from 'zustand';
import type { Underlay } from '../../core/document';
import { updateFloor } from '../../core/commands';
import { useEditor, useEditorState, useT } from '../EditorContext';
import { notify } from '../ui-store';
import { underlayStore } from './underlay-store';
import { renderPdfPage } from './add-underlay';
import { linkedImages, underlayData } from './linked-images';
import { locateUnderlay, setLinked } from './locate-underlay';

export function UnderlayPanel() {
  const editor = useEditor();
  const t = useT();
  const floorId = useEditorState((s) => s.floorId);
  const u = useEditorState((s) => s.doc.floors.find((f) => f.id === s.floorId)?.underlay);
  const measure = useEditorState((s) => s.overlay.measure);
  const tool = useEditorState((s) => s.tool);
  const { calibrating, pdf } = useStore(underlayStore);
  const [distance, setDistance] = useState('');
  const images = useStore(linkedImages, (s) => s.images);
  if (!u) return null;
  const missing = !underlayData(u, images);
  const patch = (p: Partial<Underlay>, label = '底图 / Underlay') => editor.execute(updateFloor(floorId, { underlay: { ...u, ...p } }, label));
  const measured = calibrating && tool === 'measure' && measure && measure.length > 1e-6 ? measure : undefined;
  const apply = () => {
    const real = Number(distance);
    if (!measured || !(real > 0)) return;
    // Scale about the first clicked point, so it stays where it is on the plan.
    const k = real / measured.length;
    const a = measured.a;
    patch({ metresPerPixel: u.metresPerPixel * k, position: [a[0] + (u.position[0] - a[0]) * k, a[1] + (u.position[1] - a[1]) * k] }, '底图比例 / Underlay scale');
    underlayStore.setState({ calibrating: false });
    editor.setTool('select');
    setDistance('');
    notify(t('underlay.scaled', { s: (u.metresPerPixel * k).toPrecision(3) }));
  };
  return (
    <fieldset className="underlay-panel" aria-label={t('underlay.title')} data-testid="underlay-panel" title={u.name}>
      <strong>{t('underlay.title')}</strong>
      <label className={'chip' + (u.visible ? ' on' : '')}>
        <input type="checkbox" data-testid="underlay-visible" checked={u.visible} onChange={(e) => patch({ visible: e.target.checked })} />
        {t('underlay.show')}
      </label>
      <label className={'chip' + (u.link ? ' on' : '')} title={t('underlay.linkTitle')}>
        <input type="checkbox" data-testid="underlay-link" checked={u.link === true} onChange={(e) => setLinked(editor, floorId, e.target.checked)} />
        {t('underlay.link')}
      </label>
      {missing && (
        <label className="chip warn" data-testid="underlay-missing">
          {t('underlay.missing', { name: u.name })} · {t('underlay.locate')}
          <input
            type="file"
            hidden
            accept="image/png,image/jpeg,application/pdf,.png,.jpg,.jpeg,.pdf"
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file) void locateUnderlay(editor, floorId, file);
            }}
          />
        </label>
      )}
      <label>
        {t('underlay.opacity')}{' '}
        <input
          type="range"
          data-testid="underlay-opacity"
          min={5}
          max={100}
          step={5}
          value={Math.round(u.opacity * 100)}
          onChange={(e) => patch({ opacity: Number(e.target.value) / 100 })}
        />
      </label>
      <label>
        {t('underlay.rotation')}{' '}
        <input
          type="number"
          data-testid="underlay-rotation"
          step={0.5}
          value={u.rotation}
          onChange={(e) => Number.isFinite(Number(e.target.value)) && patch({ rotation: Number(e.target.value) })}
        />
        °
      </label>
      <label>
        {t('underlay.move')} x{' '}
        <input
          type="number"
          data-testid="underlay-x"
          step={0.1}
          value={Number(u.position[0].toFixed(3))}
          onChange={(e) => Number.isFinite(Number(e.target.value)) && patch({ position: [Number(e.target.value), u.position[1]] })}
        />
      </label>
      <label>
        y{' '}
        <input
          type="number"
          data-testid="underlay-y"
          step={0.1}
          value={Number(u.position[1].toFixed(3))}
          onChange={(e) => Number.isFinite(Number(e.target.value)) && patch({ position: [u.position[0], Number(e.target.value)] })}
        />
      </label>
      {pdf && pdf.floorId === floorId && pdf.pages > 1 && (
        <label>
          {t('underlay.pdfPage', { n: pdf.pages })}{' '}
          <input
            type="number"
            data-testid="underlay-page"
            min={1}
            max={pdf.pages}
            value={u.page ?? 1}
            onChange={(e) => void renderPdfPage(editor, pdf.name, pdf.bytes, Number(e.target.value))}
          />
        </label>
      )}
      {!calibrating ? (
        <button
          type="button"
          data-testid="underlay-calibrate"
          onClick={() => {
            underlayStore.setState({ calibrating: true });
            editor.setTool('measure');
          }}
        >
          {t('underlay.calibrate')}
        </button>
      ) : measured ? (
        <span>
          {measured.length.toFixed(3)} m → {t('underlay.distance')}{' '}
          <input
            type="number"
            data-testid="underlay-distance"
            min={0}
            step={0.01}
            value={distance}
            onChange={(e) => setDistance(e.target.value)}
            onKeyDown={(e) => e.key === 'Enter' && apply()}
          />
          <button type="button" data-testid="underlay-apply" onClick={apply}>
            OK
          </button>
        </span>
      ) : (
        <span data-testid="underlay-hint">{t('underlay.calibrateHint')}</span>
      )}
      <button type="button" data-testid="underlay-remove" onClick={() => editor.execute(updateFloor(floorId, { underlay: undefined }, '删除底图 / Remove underlay'))}>
        {t('underlay.remove')}
      </button>
    </fieldset>
  );
}
