/**
 * After an import that marked no entrance: the ground floor's exterior doors, found from its outer walls,
 * and the one proposed as main entrance, confirmed in one click (or another one picked, or shown first).
 */
import { useMemo, useState } from 'react';
import { replaceElements } from '../../core/commands';
import { proposeEntrances } from '../../core/entrances';
import type { HallElement } from '../../core/kinds/registry';
import { elementLabel } from '../../core/element-label';
import { useEditor, useEditorState, useT } from '../EditorContext';

export function EntranceBar() {
  const editor = useEditor();
  const t = useT();
  const doc = useEditorState((s) => s.doc);
  const locale = useEditorState((s) => s.locale);
  const [dismissed, setDismissed] = useState<string | null>(null);
  const p = useMemo(() => proposeEntrances(doc), [doc]);
  const [choice, setChoice] = useState<string | undefined>(undefined);
  if (!p || p.hasMain || !p.mainId || dismissed === p.floorId) return null;
  const lang = locale === 'en' ? 'en' : 'zh';
  const main = choice && p.doors.some((d) => d.id === choice) ? choice : p.mainId;
  const confirm = () => {
    const floor = doc.floors.find((f) => f.id === p.floorId)!;
    const found = new Set(p.doors.map((d) => d.id));
    const next = floor.elements
      .filter((e) => e.kind === 'opening' && (e.id === main || (found.has(e.id) && e.exterior === undefined)))
      .map((e) => (e.id === main ? { ...e, entrance: 'main', exterior: true } : { ...e, exterior: true }) as HallElement);
    editor.execute(replaceElements(next, '确认主入口 / Confirm main entrance'));
  };
  return (
    <div className="entrance-bar" data-testid="entrance-bar" role="status">
      <span>{t('entrance.found', { n: p.doors.length })}</span>
      <select aria-label={t('entrance.main')} data-testid="entrance-choice" value={main} onChange={(e) => setChoice(e.target.value)}>
        {p.doors.map((d) => (
          <option key={d.id} value={d.id}>
            {elementLabel(doc, d.id)?.[lang] ?? d.id}
            {d.id === p.mainId ? ` — ${t('entrance.proposed')}` : ''}
          </option>
        ))}
      </select>
      <button className="link" onClick={() => editor.frame([main])}>
        {t('entrance.show')}
      </button>
      <button className="primary" data-testid="entrance-confirm" onClick={confirm}>
        {t('entrance.confirm')}
      </button>
      <button className="link" onClick={() => setDismissed(p.floorId)}>
        {t('entrance.later')}
      </button>
    </div>
  );
}
