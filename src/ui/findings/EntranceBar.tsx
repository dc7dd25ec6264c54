/**
 * After an import that marked no entrance: the ground floor's exterior doors, found from its outer walls,
 * and the one proposed as main entrance, confirmed in one click (or another one picked, or shown first).
 */
import { memo, useRef, useState } from 'react';
import { replaceElements } from '../../core/commands';
import { bearingOf, entranceInputs, groundFloor, proposeEntrances, type EntranceProposal } from '../../core/entrances';
import type { HallDocument } from '../../core/document';
import type { HallElement } from '../../core/kinds/registry';
import { elementLabel } from '../../core/element-label';
import { useEditor, useEditorState, useT } from '../EditorContext';

/**
 * The proposal, worked out again only when what it depends on changed: the ground floor's walls, doors and zones
 * and the plan's bearing. Not at all while the ground floor has a main entrance (the bar is then not shown): on a
 * large hall, finding the exterior doors took longer than the rest of a drag step.
 */
function useEntranceProposal(doc: HallDocument): EntranceProposal | undefined {
  const last = useRef<{ parts: readonly unknown[]; p: EntranceProposal | undefined } | undefined>(undefined);
  const ground = groundFloor(doc);
  if (!ground || ground.elements.some((e) => e.kind === 'opening' && e.entrance === 'main')) return undefined;
  const parts: unknown[] = [ground.id, doc.meta.georef?.rotation, ...entranceInputs(ground)];
  const prev = last.current;
  if (prev && prev.parts.length === parts.length && prev.parts.every((x, i) => x === parts[i])) return prev.p;
  const p = proposeEntrances(doc);
  last.current = { parts, p };
  return p;
}

/** Memoised (no props): it follows the document itself; the findings panel's re-renders on check results need not reach it. */
export const EntranceBar = memo(function EntranceBar() {
  const editor = useEditor();
  const t = useT();
  const doc = useEditorState((s) => s.settledDoc);
  const locale = useEditorState((s) => s.locale);
  const [dismissed, setDismissed] = useState<string | null>(null);
  const p = useEntranceProposal(doc);
  const [choice, setChoice] = useState<string | undefined>(undefined);
  if (!p || p.hasMain || !p.mainId || dismissed === p.floorId) return null;
  const lang = locale === 'en' ? 'en' : 'zh';
  const sides = t('entrance.sides').split(',');
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
        {p.doors.map((d) => {
          // Doors of one width read alike ("门（1 m）"): each says which side of the building it is on.
          const option = t('entrance.option', { side: sides[Math.round(bearingOf(d.outward, doc.meta.georef?.rotation) / 45) % 8], door: elementLabel(doc, d.id)?.[lang] ?? d.id });
          return (
            <option key={d.id} value={d.id}>
              {d.id === p.mainId ? t('entrance.optionProposed', { option }) : option}
            </option>
          );
        })}
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
});
