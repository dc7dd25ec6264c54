/**
 * The room schedule: every zone of every floor in one table (name, number, function with how sure its
 * guess is, area, floor, findings), sortable and filterable. Rows are ticked one by one, with Shift for a
 * range or all at once, and given a function together (one undoable step, counted as set by hand). A
 * click on a row selects the room and frames it on its floor.
 */
import { useMemo, useRef, useState } from 'react';
import { useStore } from 'zustand';
import { replaceElements } from '../../core/commands';
import { findElement } from '../../core/query';
import type { HallElement } from '../../core/kinds/registry';
import { ZONE_TYPES, ZONE_TYPE_IDS, type ZoneType } from '../../core/vocab';
import { useEditor, useEditorState, useT } from '../EditorContext';
import { term, type MessageKey } from '../i18n';
import { checkStore } from '../findings/check-store';
import { uiStore } from '../ui-store';
import { filterRows, roomRows, sortRows, type RoomColumn } from './schedule-rows';
import { ConfidenceBar } from './ConfidenceBar';

const COLUMNS: RoomColumn[] = ['number', 'name', 'type', 'confidence', 'area', 'floor', 'findings'];

export function RoomSchedule() {
  const editor = useEditor();
  const t = useT();
  const doc = useEditorState((s) => s.doc);
  const locale = useEditorState((s) => s.locale);
  const selection = useEditorState((s) => s.selection);
  const result = useStore(checkStore, (s) => (s.resultDoc === doc ? s.result : undefined));
  const [sort, setSort] = useState<{ col: RoomColumn; dir: 1 | -1 }>({ col: 'floor', dir: 1 });
  const [text, setText] = useState('');
  const [type, setType] = useState<ZoneType | ''>('');
  const [floorId, setFloorId] = useState('');
  const [ticked, setTicked] = useState<Set<string>>(new Set());
  const [bulkType, setBulkType] = useState<ZoneType>('counter-service');
  const lastTicked = useRef<number>(-1);
  const all = useMemo(() => roomRows(doc, result?.findings), [doc, result]);
  const rows = useMemo(() => sortRows(filterRows(all, { text, type, floorId }), sort.col, sort.dir, locale), [all, text, type, floorId, sort, locale]);
  const unclassified = all.filter((r) => r.type === 'unclassified').length;
  const live = new Set(all.map((r) => r.id));
  const chosen = [...ticked].filter((id) => live.has(id));

  const tick = (i: number, on: boolean, range: boolean) => {
    const next = new Set(ticked);
    const [a, b] = range && lastTicked.current >= 0 ? [Math.min(lastTicked.current, i), Math.max(lastTicked.current, i)] : [i, i];
    for (let k = a; k <= b; k++) on ? next.add(rows[k].id) : next.delete(rows[k].id);
    lastTicked.current = i;
    setTicked(next);
  };
  const applyType = () => {
    const next = chosen
      .map((id) => findElement(doc, id)?.element)
      .filter((e): e is Extract<HallElement, { kind: 'zone' }> => !!e && e.kind === 'zone')
      .map((e) => {
        // Set by hand: the guess no longer stands for it.
        const { typeGuess: _drop, ...rest } = e;
        return { ...rest, type: bulkType, also: e.also.filter((x) => x !== bulkType) } as HallElement;
      });
    if (next.length) editor.execute(replaceElements(next, `设置 ${next.length} 个房间的功能 / Set function of ${next.length} rooms`));
  };
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
      <header>
        <h2>{t('schedule.title')}</h2>
        <span className="muted" data-testid="schedule-count">
          {t('schedule.count', { n: all.length, u: unclassified })}
        </span>
        <input type="search" data-testid="schedule-filter" placeholder={t('schedule.filter')} value={text} onChange={(e) => setText(e.target.value)} />
        <select data-testid="schedule-type-filter" aria-label={t('schedule.col.type')} value={type} onChange={(e) => setType(e.target.value as ZoneType | '')}>
          <option value="">{t('schedule.allTypes')}</option>
          {ZONE_TYPE_IDS.map((z) => (
            <option key={z} value={z}>
              {term(ZONE_TYPES[z], locale)}
            </option>
          ))}
        </select>
        <select aria-label={t('schedule.col.floor')} value={floorId} onChange={(e) => setFloorId(e.target.value)}>
          <option value="">{t('schedule.allFloors')}</option>
          {doc.floors.map((f) => (
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
      <div className="bulk">
        <span data-testid="schedule-selected">{t('schedule.selected', { n: chosen.length })}</span>
        <label>
          {t('schedule.setType')}{' '}
          <select data-testid="bulk-type" value={bulkType} onChange={(e) => setBulkType(e.target.value as ZoneType)}>
            {ZONE_TYPE_IDS.map((z) => (
              <option key={z} value={z}>
                {term(ZONE_TYPES[z], locale)}
              </option>
            ))}
          </select>
        </label>
        <button data-testid="bulk-apply" disabled={!chosen.length} onClick={applyType}>
          {t('schedule.apply')}
        </button>
      </div>
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th>
                <input
                  type="checkbox"
                  aria-label={t('schedule.selectAll')}
                  data-testid="schedule-select-all"
                  checked={rows.length > 0 && rows.every((r) => ticked.has(r.id))}
                  onChange={(e) =>
                    setTicked(e.target.checked ? new Set([...ticked, ...rows.map((r) => r.id)]) : new Set([...ticked].filter((id) => !rows.some((r) => r.id === id))))
                  }
                />
              </th>
              {COLUMNS.map(header)}
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => (
              <tr
                key={r.id}
                data-testid="schedule-row"
                data-id={r.id}
                data-type={r.type}
                className={(selection.includes(r.id) || ticked.has(r.id) ? 'sel ' : '') + (r.type === 'unclassified' ? 'unclassified' : '')}
                tabIndex={0}
                onClick={() => {
                  editor.frame([r.id]);
                  editor.select([r.id]);
                }}
                onKeyDown={(e) => {
                  if (e.key !== 'Enter') return;
                  editor.frame([r.id]);
                  editor.select([r.id]);
                }}
              >
                <td>
                  <input
                    type="checkbox"
                    data-testid="schedule-tick"
                    onClick={(e) => e.stopPropagation()}
                    checked={ticked.has(r.id)}
                    onChange={(e) => tick(i, e.target.checked, (e.nativeEvent as MouseEvent).shiftKey)}
                  />
                </td>
                <td>{r.number}</td>
                <td>{r.name}</td>
                <td className="type">{term(ZONE_TYPES[r.type], locale)}</td>
                <td title={r.confidence !== undefined ? t('schedule.guessFrom', { from: r.guessFrom ?? '', p: Math.round(r.confidence * 100) }) : t('schedule.byUser')}>
                  <ConfidenceBar value={r.confidence} />
                </td>
                <td className="num">{r.area.toFixed(1)}</td>
                <td>{r.floorName}</td>
                <td className="num">{r.findings || ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
