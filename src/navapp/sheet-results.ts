/** The sheet's list: search results for the query, or every place by category when nothing is typed or chosen. */
import type { Actions, App } from './app';
import { counterGroups } from './browse';
import type { Destination } from './data';
import { clear, h } from './dom';
import { searchPlaces } from './search';
import { fill } from './strings';

const CATS: Destination['category'][] = ['counter', 'zone', 'toilet', 'link', 'aed', 'exit', 'facility'];

function destButton(app: App, act: Actions, d: Destination): HTMLElement {
  const meta = [app.en() ? d.groupEn : d.groupZh, app.floorName(d.floorId), app.walkText(app.walkedTo(d))].filter(Boolean).join(' · ');
  const b = h('button', { type: 'button', 'data-dest': d.id, 'data-category': d.category }, `${d.accessible ? '♿ ' : ''}${app.nameOf(d)}`, h('small', {}, meta));
  b.addEventListener('click', () => act.openCard({ d, floorId: d.floorId, p: d.position }));
  return h('li', {}, b);
}

export function renderResults(app: App, act: Actions, results: HTMLElement, query: string): void {
  clear(results);
  const { data, state } = app;
  const T = app.T();
  const q = query.trim();
  if (q) {
    const found = searchPlaces(data, q, { distance: app.distanceTo });
    if (!found.length) results.append(h('p', { class: 'msg' }, fill(T.noMatch, { q })));
    else results.append(h('ul', { class: 'list' }, ...found.map((d) => destButton(app, act, d))));
    return;
  }
  if (state.dest || state.card) return;
  for (const cat of CATS) {
    const ds = data.dests.filter((d) => d.category === cat);
    if (!ds.length) continue;
    const det = h('details', {}, h('summary', {}, app.en() ? `${T.categories[cat]} (${ds.length})` : `${T.categories[cat]}（${ds.length}）`));
    det.addEventListener('toggle', () => {
      if (!det.open || det.childElementCount > 1) return;
      const button = (d: Destination) => destButton(app, act, d);
      if (cat === 'counter') {
        for (const [g, list] of counterGroups(ds, state.lang)) det.append(h('h3', {}, g), h('ul', { class: 'list' }, ...list.map(button)));
      } else det.append(h('ul', { class: 'list' }, ...ds.map(button)));
    });
    results.append(det);
  }
}
