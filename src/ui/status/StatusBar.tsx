/** Bottom line: cursor plan coordinates, floor, selection count, and the score line of the last check. */
import { useStore } from 'zustand';
import { findFloor } from '../../core';
import { useEditorState, useT } from '../EditorContext';
import { checkStore } from '../findings/check-store';
import { scoreLine } from '../findings/score-line';
import { cursorOf } from './cursor';
import { area } from '../../core/geometry/polygon';

export function StatusBar() {
  const t = useT();
  const cursor = useEditorState(cursorOf);
  const n = useEditorState((s) => s.selection.length);
  const floor = useEditorState((s) => findFloor(s.doc, s.floorId));
  const result = useStore(checkStore, (s) => s.result);
  return (
    <footer className="statusbar" data-testid="statusbar">
      <span className="coords" data-testid="cursor">
        {t('status.cursor')} {cursor ? `x ${cursor[0].toFixed(2)} m, y ${cursor[1].toFixed(2)} m` : '—'}
      </span>
      <span>
        {t('status.floor')} {floor?.name ?? '—'} · {t('status.elements', { n: floor?.elements.length ?? 0 })}
      </span>
      <span data-testid="floor-area" title={t('draw.areaTitle')}>
        {floor?.outline ? t('draw.area', { a: area(floor.outline).toFixed(1) }) : t('draw.noOutline')}
      </span>
      <span data-testid="selection-count">{t('status.selection', { n })}</span>
      <span className="spacer" />
      {result && <span className="score">{scoreLine(result, t)}</span>}
    </footer>
  );
}
