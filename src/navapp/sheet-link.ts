/**
 * Says what an opened link or QR code named that this map does not have (an outdated code, a mistyped link), instead
 * of opening the start screen as if nothing were asked, and offers the way on: search, or set the start on the map.
 */
import type { App } from './app';
import { clear, h } from './dom';
import { fill } from './strings';

export interface LinkNoteActions {
  close(): void;
  /** Starts at the hall's default start (the main entrance), when it has one. */
  startAtDefault(): void;
}

export function renderLinkNote(app: App, box: HTMLElement, search: HTMLInputElement, act: LinkNoteActions): void {
  clear(box);
  const { from, to } = app.state.linkMissing;
  if (from === undefined && to === undefined) return;
  const t = app.T();
  const note = h('div', { class: 'msg err link-note', id: 'link-missing', role: 'alert' });
  if (from !== undefined) note.append(h('p', { id: 'link-missing-from' }, fill(t.linkFromMissing, { id: from })));
  if (to !== undefined) note.append(h('p', { id: 'link-missing-to' }, fill(t.linkToMissing, { q: to })));
  const actions = h('div', { class: 'actions' });
  const main = app.data.here.find((x) => x.id === app.data.defaultFrom);
  if (from !== undefined && main) {
    const start = h('button', { type: 'button', id: 'link-start-main' }, fill(t.linkStartAt, { place: app.en() ? main.en.toLowerCase() : main.zh }));
    start.addEventListener('click', () => act.startAtDefault());
    actions.append(start);
  }
  if (to !== undefined) {
    const find = h('button', { type: 'button', id: 'link-search', class: 'primary' }, t.linkSearch);
    find.addEventListener('click', () => {
      search.focus();
      search.scrollIntoView({ block: 'nearest' });
    });
    actions.append(find);
  }
  const close = h('button', { type: 'button', id: 'link-close' }, t.close);
  close.addEventListener('click', () => act.close());
  actions.append(close);
  note.append(actions);
  box.append(note);
}
