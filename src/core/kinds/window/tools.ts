/** How the editor offers windows: a click near a wall sets one into it (the generic on-wall placing). */
import type { KindTool, OnWall } from '../roles';

/** The window tool (N), placing what `create` makes, put into the wall clicked by `put` (exterior in an outer wall). */
export function windowTools<E>(create: (id: string) => E, put: (el: E, on: OnWall) => E): readonly KindTool<E>[] {
  return [
    {
      id: 'window',
      label: { zh: '窗', en: 'Window' },
      hint: { zh: '在墙附近单击放置窗（外墙上为外窗，隔墙上为内窗）', en: 'Click near a wall to set a window into it (exterior in an outer wall, interior in a partition)' },
      shortcut: 'N',
      icon: [{ d: 'M3 9h18M3 15h18' }, { d: 'M5 11h14M5 13h14' }, { d: 'M5 9v6M19 9v6' }],
      catalogue: { group: 'building', entries: [{ id: 'window', label: { zh: '窗（外窗/内窗）', en: 'Window (exterior / interior)' } }] },
      place: { gesture: 'on-wall', make: (on, id) => put(create(id), on) },
    },
  ];
}
