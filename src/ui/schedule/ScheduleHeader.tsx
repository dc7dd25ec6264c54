/** The room schedule's heading: how many rooms (and unclassified), the text, function and floor filters, and close. */
import type { ZoneType } from '../../core/vocab';
import { useEditorState, useT } from '../EditorContext';
import { uiStore } from '../ui-store';
import { ZoneTypeOptions } from './ZoneTypeOptions';

export interface RoomFilter {
  text: string;
  type: ZoneType | '';
  floorId: string;
}

export function ScheduleHeader({ count, unclassified, filter, onFilter }: { count: number; unclassified: number; filter: RoomFilter; onFilter: (f: RoomFilter) => void }) {
  const t = useT();
  const locale = useEditorState((s) => s.locale);
  const floors = useEditorState((s) => s.settledDoc.floors);
  return (
    <header>
      <h2>{t('schedule.title')}</h2>
      <span className="muted" data-testid="schedule-count">
        {t('schedule.count', { n: count, u: unclassified })}
      </span>
      <input type="search" data-testid="schedule-filter" placeholder={t('schedule.filter')} value={filter.text} onChange={(e) => onFilter({ ...filter, text: e.target.value })} />
      <select
        data-testid="schedule-type-filter"
        aria-label={t('schedule.col.type')}
        value={filter.type}
        onChange={(e) => onFilter({ ...filter, type: e.target.value as ZoneType | '' })}
      >
        <option value="">{t('schedule.allTypes')}</option>
        <ZoneTypeOptions locale={locale} />
      </select>
      <select aria-label={t('schedule.col.floor')} value={filter.floorId} onChange={(e) => onFilter({ ...filter, floorId: e.target.value })}>
        <option value="">{t('schedule.allFloors')}</option>
        {floors.map((f) => (
          <option key={f.id} value={f.id}>
            {f.name}
          </option>
        ))}
      </select>
      <span className="spacer" />
      <button className="link" data-testid="schedule-close" onClick={() => uiStore.setState({ scheduleOpen: false })} aria-label={t('schedule.close')}>
        ×
      </button>
    </header>
  );
}
