import { useRef, useState } from 'react';
import type { RoomRow } from './schedule-rows';

/**
 * The rooms ticked in the schedule, by id: one at a time, a range from the last tick with Shift, or every shown row.
 * Only rooms still in the hall count as chosen (a deleted room's tick is kept but not applied).
 */
export function useTickedRooms(rows: RoomRow[], all: RoomRow[]) {
  const [ticked, setTicked] = useState<Set<string>>(new Set());
  const lastTicked = useRef<number>(-1);
  const live = new Set(all.map((r) => r.id));
  const chosen = [...ticked].filter((id) => live.has(id));
  const tick = (i: number, on: boolean, range: boolean) => {
    const next = new Set(ticked);
    const [a, b] = range && lastTicked.current >= 0 ? [Math.min(lastTicked.current, i), Math.max(lastTicked.current, i)] : [i, i];
    for (let k = a; k <= b; k++) on ? next.add(rows[k].id) : next.delete(rows[k].id);
    lastTicked.current = i;
    setTicked(next);
  };
  const allShown = rows.length > 0 && rows.every((r) => ticked.has(r.id));
  const tickShown = (on: boolean) => setTicked(on ? new Set([...ticked, ...rows.map((r) => r.id)]) : new Set([...ticked].filter((id) => !rows.some((r) => r.id === id))));
  return { ticked, chosen, tick, allShown, tickShown };
}
