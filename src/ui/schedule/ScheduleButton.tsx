/** The toolbar's button that opens and closes the room schedule. */
import { useStore } from 'zustand';
import { useT } from '../EditorContext';
import { uiStore } from '../ui-store';

export function ScheduleButton() {
  const t = useT();
  const open = useStore(uiStore, (s) => !!s.scheduleOpen);
  return (
    <button
      className={'tb-btn' + (open ? ' active' : '')}
      aria-pressed={open}
      data-testid="open-schedule"
      title={t('schedule.title')}
      onClick={() => uiStore.setState({ scheduleOpen: !open })}
    >
      {t('schedule.open')}
    </button>
  );
}
