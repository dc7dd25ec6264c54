/** The room schedule, in the page only while it is open. */
import { useStore } from 'zustand';
import { uiStore } from '../ui-store';
import { RoomSchedule } from './RoomSchedule';

export function RoomScheduleDrawer() {
  const open = useStore(uiStore, (s) => !!s.scheduleOpen);
  return open ? <RoomSchedule /> : null;
}
