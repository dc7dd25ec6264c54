/**
 * A selected wall's length as an inspector field (the plan's box beside the wall says it too, but only in the plan):
 * typed and committed on Enter or blur, the wall's end moves along it and the walls joined there follow.
 */
import { useEffect, useState } from 'react';
import type { ElementOf } from '../../core/kinds/registry';
import { useEditor, useT } from '../EditorContext';

export function WallLengthRow({ wall }: { wall: ElementOf<'wall'> }) {
  const editor = useEditor();
  const t = useT();
  const length = Math.hypot(wall.b[0] - wall.a[0], wall.b[1] - wall.a[1]);
  const shown = length.toFixed(2);
  const [draft, setDraft] = useState(shown);
  useEffect(() => setDraft(shown), [shown]);
  const commit = () => {
    const v = Number.parseFloat(draft);
    if (draft === shown || !Number.isFinite(v) || !editor.setWallLength(wall.id, v)) setDraft(shown);
  };
  return (
    <div className="field" data-field="length" title={t('insp.wallLengthTitle')}>
      <label htmlFor="f-wall-length">{t('insp.wallLength')}</label>
      <span className="control">
        <input
          id="f-wall-length"
          type="number"
          step={0.01}
          min={0.05}
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
          onBlur={commit}
          onKeyDown={(e) => {
            if (e.key === 'Enter') commit();
            if (e.key === 'Escape') setDraft(shown);
          }}
        />
        <span className="unit">m</span>
      </span>
    </div>
  );
}
