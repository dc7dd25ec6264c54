/**
 * The room schedule: every zone of every floor in one table (name, number, function with how sure its
 * guess is, area, floor, findings), sortable and filterable. Rows are ticked one by one, with Shift for a
 * range or all at once, and given a function together (one undoable step, counted as set by hand). A
 * click on a row selects the room and frames it on its floor.
 */
import { useMemo, useState } from 'react';
import { useStore } from 'zustand';
import { useEditorState, useT } from '../EditorContext';
import { checkStore } from '../findings/check-store';
import type { MessageKey } from '../i18n';
import { BulkTypeBar } from './BulkTypeBar';
import { type RoomFilter, ScheduleHeader } from './ScheduleHeader';
import { ScheduleRow } from './ScheduleRow';
import { filterRows, type RoomColumn, roomRows, sortRows } from './schedule-rows';
import { useTickedRooms } from './useTickedRooms';

const COLUMNS: RoomColumn[] = ['number', 'name', 'type', 'confidence', 'area', 'floor', 'findings'];

export function RoomSchedule() {
  const t = useT();
  const doc = useEditorState((s) => s.settledDoc);
  const locale = useEditorState((s) => s.locale);
  const selection = useEditorState((s) => s.selection);
  const result = useStore(checkStore, (s) => (s.resultDoc === doc ? s.result : undefined));
  const [sort, setSort] = useState<{ col: RoomColumn; dir: 1 | -1 }>({ col: 'floor', dir: 1 });
  const [filter, setFilter] = useState<RoomFilter>({ text: '', type: '', floorId: '' });
  const all = useMemo(() => roomRows(doc, result?.findings), [doc, result]);
  const rows = useMemo(() => sortRows(filterRows(all, filter), sort.col, sort.dir, locale), [all, filter, sort, locale]);
  const { ticked, chosen, tick, allShown, tickShown } = useTickedRooms(rows, all);
  const header = (c: RoomColumn) => (
    <th
      key={c}
      data-col={c}
      onClick={() => setSort({ col: c, dir: sort.col === c ? (-sort.dir as 1 | -1) : 1 })}
      aria-sort={sort.col === c ? (sort.dir === 1 ? 'ascending' : 'descending') : 'none'}
    >
      {t(`schedule.col.${c}` as MessageKey)} {sort.col === c ? (sort.dir === 1 ? '▲' : '▼') : ''}
    </th>
  );
  return (
    <section className="schedule" data-testid="room-schedule" aria-label={t('schedule.title')}>
      <ScheduleHeader count={all.length} unclassified={all.filter((r) => r.type === 'unclassified').length} filter={filter} onFilter={setFilter} />
      <BulkTypeBar chosen={chosen} />
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th>
                <input type="checkbox" aria-label={t('schedule.selectAll')} data-testid="schedule-select-all" checked={allShown} onChange={(e) => tickShown(e.target.checked)} />
              </th>
              {COLUMNS.map(header)}
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => (
              <ScheduleRow
                key={r.id}
                r={r}
                locale={locale}
                marked={selection.includes(r.id) || ticked.has(r.id)}
                ticked={ticked.has(r.id)}
                onTick={(on, range) => tick(i, on, range)}
              />
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
