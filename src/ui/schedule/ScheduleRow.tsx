/** One room of the schedule: a click (or Enter) selects it and frames it on its floor; the tick chooses it for a bulk change. */
import { useEditor, useT } from '../EditorContext';
import { type Locale, term } from '../i18n';
import { ConfidenceBar } from './ConfidenceBar';
import type { RoomRow } from './schedule-rows';

export function ScheduleRow({
  r,
  locale,
  marked,
  ticked,
  onTick,
}: {
  r: RoomRow;
  locale: Locale;
  marked: boolean;
  ticked: boolean;
  onTick: (on: boolean, range: boolean) => void;
}) {
  const editor = useEditor();
  const t = useT();
  const show = () => {
    editor.frame([r.id]);
    editor.select([r.id]);
  };
  return (
    <tr
      data-testid="schedule-row"
      data-id={r.id}
      data-type={r.type}
      className={(marked ? 'sel ' : '') + (r.type === 'unclassified' ? 'unclassified' : '')}
      tabIndex={0}
      onClick={show}
      onKeyDown={(e) => e.key === 'Enter' && show()}
    >
      <td>
        <input
          type="checkbox"
          data-testid="schedule-tick"
          onClick={(e) => e.stopPropagation()}
          checked={ticked}
          onChange={(e) => onTick(e.target.checked, (e.nativeEvent as MouseEvent).shiftKey)}
        />
      </td>
      <td>{r.number}</td>
      <td>{r.name}</td>
      <td className="type">{term(r.typeName, locale)}</td>
      <td title={r.confidence !== undefined ? t('schedule.guessFrom', { from: r.guessFrom ?? '', p: Math.round(r.confidence * 100) }) : t('schedule.byUser')}>
        <ConfidenceBar value={r.confidence} />
      </td>
      <td className="num">{r.area.toFixed(1)}</td>
      <td>{r.floorName}</td>
      <td className="num">{r.findings || ''}</td>
    </tr>
  );
}
