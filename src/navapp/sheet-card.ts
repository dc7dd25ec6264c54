/** The card of a tapped or searched place: its name, floor, type, hours and walk, with 到这里去 and 我在这里. */
import type { Actions, App } from './app';
import { placeStart } from './deep-link';
import { clear, h } from './dom';
import { STRINGS } from './strings';
import { hoursLine } from './words';

export function renderCard(app: App, act: Actions, cardBox: HTMLElement): void {
  clear(cardBox);
  const { state } = app;
  const c = state.card;
  if (!c) return;
  const t = app.T();
  const d = c.d;
  const close = h('button', { type: 'button', id: 'card-close', 'aria-label': t.close }, '✕');
  close.addEventListener('click', () => act.closeCard());
  const card = h('section', { id: 'card', 'aria-label': t.place }, h('div', { class: 'top' }, h('h2', {}, d ? `${d.accessible ? '♿ ' : ''}${app.nameOf(d)}` : t.thisSpot), close));
  if (d) {
    card.append(h('p', { class: 'meta', id: 'card-meta' }, [app.floorName(d.floorId), app.en() ? d.groupEn : d.groupZh].filter(Boolean).join(' · ')));
    const hours = hoursLine(d, app.data.hours, state.lang);
    if (hours) card.append(h('p', { class: 'meta', id: 'card-hours' }, hours));
    const w = app.walkText(app.walkedTo(d));
    if (w) card.append(h('p', { class: 'meta', id: 'card-walk' }, w));
  } else card.append(h('p', { class: 'meta' }, app.floorName(c.floorId)));
  const actions = h('div', { class: 'actions' });
  if (d) {
    const go = h('button', { type: 'button', id: 'go', class: 'primary' }, t.goHere);
    go.addEventListener('click', () => {
      act.closeCard();
      act.choose(d);
    });
    actions.append(go);
  }
  const here = h('button', { type: 'button', id: 'iamhere' }, t.iAmHere);
  here.addEventListener('click', () => {
    state.from = d ? placeStart(d) : { floorId: c.floorId, p: c.p, zh: STRINGS.zh.chosenSpot, en: STRINGS.en.chosenSpot };
    state.linkMissing = { ...state.linkMissing, from: undefined };
    act.closeCard();
    act.recompute();
  });
  actions.append(here);
  card.append(actions);
  cardBox.append(card);
}
