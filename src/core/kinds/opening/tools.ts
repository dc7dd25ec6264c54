/** How the editor offers doors: a click near a wall sets one into it (the generic on-wall placing). */
import type { KindTool, OnWall, ToolOptions } from '../roles';

/** The door tool, placing what `create` makes with the tool's options, put into the wall clicked by `put`. */
export function openingTools<E>(create: (id: string, options: ToolOptions) => E, put: (el: E, on: OnWall) => E): readonly KindTool<E>[] {
  return [
    {
      id: 'door',
      label: { zh: '门', en: 'Door' },
      hint: { zh: '在墙附近单击放置门（门保持在墙内，不与同墙的门窗重叠）', en: 'Click near a wall to set a door into it (kept inside the wall, clear of its doors and windows)' },
      shortcut: 'D',
      icon: [{ d: 'M3 20h18M6 20V5h2' }, { d: 'M8 5a14 14 0 0 1 11 15', dash: '2 2' }],
      catalogue: { group: 'building', entries: [{ id: 'door', label: { zh: '门', en: 'Door' } }] },
      place: { gesture: 'on-wall', make: (on, id, options) => put(create(id, options), on) },
    },
  ];
}
