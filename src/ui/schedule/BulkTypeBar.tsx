/** Gives the ticked rooms one function together, as one undoable step. */
import { useState } from 'react';
import { replaceElements } from '../../core/commands';
import type { ZoneType } from '../../core/vocab';
import { useEditor, useEditorState, useT } from '../EditorContext';
import { retypedZones } from './retype-zones';
import { ZoneTypeOptions } from './ZoneTypeOptions';

export function BulkTypeBar({ chosen }: { chosen: string[] }) {
  const editor = useEditor();
  const t = useT();
  const locale = useEditorState((s) => s.locale);
  const [bulkType, setBulkType] = useState<ZoneType>('counter-service');
  const apply = () => {
    const next = retypedZones(editor.doc, chosen, bulkType);
    if (next.length) editor.execute(replaceElements(next, `设置 ${next.length} 个房间的功能 / Set function of ${next.length} rooms`));
  };
  return (
    <div className="bulk">
      <span data-testid="schedule-selected">{t('schedule.selected', { n: chosen.length })}</span>
      <label>
        {t('schedule.setType')}{' '}
        <select data-testid="bulk-type" value={bulkType} onChange={(e) => setBulkType(e.target.value as ZoneType)}>
          <ZoneTypeOptions locale={locale} />
        </select>
      </label>
      <button data-testid="bulk-apply" disabled={!chosen.length} onClick={apply}>
        {t('schedule.apply')}
      </button>
    </div>
  );
}
