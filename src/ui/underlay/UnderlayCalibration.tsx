/**
 * Scale an underlay by two points: the measure tool's two clicks, then the real distance between them. The
 * underlay scales about the first clicked point, so that point stays where it is on the plan.
 */
import { useEffect, useRef, useState } from 'react';
import { useStore } from 'zustand';
import type { Underlay } from '../../core/document';
import { useEditor, useEditorState, useT } from '../EditorContext';
import { notify } from '../ui-store';
import { underlayStore } from './underlay-store';

export function UnderlayCalibration({ underlay: u, patch }: { underlay: Underlay; patch: (p: Partial<Underlay>, label?: string) => void }) {
  const editor = useEditor();
  const t = useT();
  const measure = useEditorState((s) => s.overlay.measure);
  const tool = useEditorState((s) => s.tool);
  const calibrating = useStore(underlayStore, (s) => s.calibrating);
  const [distance, setDistance] = useState('');
  const measured = calibrating && tool === 'measure' && measure && measure.length > 1e-6 ? measure : undefined;
  // The second click asks for the real distance: the box takes the keyboard, so "10 ↵" works as in a CAD scale command.
  // Focused a task later: the click's own mousedown moves the focus to the page after the tool has answered it.
  const box = useRef<HTMLInputElement>(null);
  const asking = !!measured?.done;
  useEffect(() => {
    if (!asking) return;
    const later = setTimeout(() => box.current?.focus(), 0);
    return () => clearTimeout(later);
  }, [asking]);
  const apply = () => {
    const real = Number(distance);
    if (!measured || !(real > 0)) return;
    const k = real / measured.length;
    const a = measured.a;
    patch({ metresPerPixel: u.metresPerPixel * k, position: [a[0] + (u.position[0] - a[0]) * k, a[1] + (u.position[1] - a[1]) * k] }, '底图比例 / Underlay scale');
    underlayStore.setState({ calibrating: false });
    editor.setTool('select');
    setDistance('');
    notify(t('underlay.scaled', { s: (u.metresPerPixel * k).toPrecision(3) }));
  };
  if (!calibrating)
    return (
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
    );
  if (!measured) return <span data-testid="underlay-hint">{t('underlay.calibrateHint')}</span>;
  return (
    <span>
      {measured.length.toFixed(3)} m → {t('underlay.distance')}{' '}
      <input
        ref={box}
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
  );
}
