/**
 * The citizen nav map: plain TypeScript + DOM (no framework, to stay small), bundled into the exported HTML.
 * Reads the embedded JSON, draws the floor with readable labels, finds destinations the way people ask, opens a
 * card for a tapped place, routes in the page (wheelchair option) and lists and speaks the steps, in Chinese or
 * English. The link may carry the start, the destination and options: #from=ID&to=ID|05&mode=wheelchair&lang=en.
 * This file lays the page out and wires it; the sheet's parts live in sheet-*.ts, the state in app.ts.
 */
import { type Actions, App, type AppState, type Card } from './app';
import type { Destination, NavMapData } from './data';
import { linkDest, linkParam, linkStart } from './deep-link';
import { stateHash } from './link-state';
import { clear, h } from './dom';
import { createMap } from './map';
import { pageSteps } from './page-doc';
import { placeAt } from './place-at';
import { pageGraph } from './router';
import { renderCard } from './sheet-card';
import { renderLinkNote } from './sheet-link';
import { renderResults } from './sheet-results';
import { RoutePanel } from './sheet-route';
import { pickLang } from './strings';
import { bare, spokenEn } from './words';

const data = JSON.parse(document.getElementById('navdata')!.textContent!) as NavMapData;
const stepsFor = pageSteps(data);

const state: AppState = {
  lang: pickLang(location.hash, navigator.languages?.length ? navigator.languages : [navigator.language]),
  floor: 0,
  accessible: linkParam(location.hash, 'mode') === 'wheelchair',
  large: linkParam(location.hash, 'large') === '1',
  route: null,
  steps: [],
  spoken: [],
  voiceMsg: '',
  linkMissing: {},
};
const app = new App(data, pageGraph(data), state);

// ---- layout
const title = h('h1', {});
const floorBar = h('div', { class: 'bar floors', role: 'group' });
const wheelBtn = h('button', { type: 'button', 'aria-pressed': String(state.accessible), id: 'wheelchair' });
const largeBtn = h('button', { type: 'button', 'aria-pressed': String(state.large), id: 'large' });
document.body.classList.toggle('large', state.large);
const langBtn = h('button', { type: 'button', id: 'lang' });
const header = h('header', {}, h('div', { class: 'titlebar' }, title, langBtn), h('div', { class: 'bar' }, floorBar, wheelBtn, largeBtn));
const mapHost = h('div', { id: 'map' });
const sheet = h('div', { id: 'sheet' });
const live = h('div', { class: 'sr', 'aria-live': 'polite' });
document.getElementById('app')!.append(header, mapHost, sheet, live);

const map = createMap(mapHost, onMapTap);

const hereRow = h('div', { class: 'here' });
const linkBox = h('div', { id: 'link-host' });
const search = h('input', { type: 'search', id: 'search', autocomplete: 'off' });
const cardBox = h('div', { id: 'card-host' });
const results = h('div', { id: 'results' });
const routeBox = h('div', { id: 'route' });
sheet.append(hereRow, linkBox, search, cardBox, routeBox, results);

const actions: Actions = {
  openCard,
  choose(d: Destination) {
    state.dest = d;
    search.value = '';
    recompute();
  },
  recompute,
  showFloor,
  closeCard() {
    state.card = undefined;
    showCard();
    listResults();
  },
};
const routePanel = new RoutePanel(app, actions, routeBox, live);

function renderChrome(): void {
  const t = app.T();
  document.documentElement.lang = app.en() ? 'en' : 'zh-CN';
  title.textContent = app.en() && data.titleEn ? data.titleEn : data.title;
  floorBar.setAttribute('aria-label', t.floors);
  wheelBtn.textContent = t.wheelchair;
  largeBtn.textContent = t.large;
  langBtn.textContent = t.switchLang;
  langBtn.setAttribute('aria-label', t.switchLangLabel);
  search.placeholder = t.searchPlaceholder;
  search.setAttribute('aria-label', t.searchLabel);
  map.setOptions({ lang: state.lang, large: state.large }, t);
  renderFloors();
  showLinkNote();
}

/** Above this many floors the buttons say "1F" (the full name is read aloud), so they keep to one row, as Gaode's. */
const SHORT_FLOOR_NAMES = 3;

function renderFloors(): void {
  clear(floorBar);
  const short = data.floors.length > SHORT_FLOOR_NAMES;
  data.floors.forEach((f, i) => {
    const name = app.en() ? (f.nameEn ?? f.name) : f.name;
    const label = short && f.nameEn && f.nameEn !== name ? { 'aria-label': name } : {};
    const b = h('button', { type: 'button', 'aria-current': String(i === state.floor), 'data-floor': f.id, ...label }, short ? (f.nameEn ?? name) : name);
    b.addEventListener('click', () => showFloor(i));
    floorBar.append(b);
  });
}

function showFloor(i: number): void {
  state.floor = i;
  renderFloors();
  map.draw(data.floors[i], { lang: state.lang, large: state.large });
  map.fit(startOn(data.floors[i].id));
  drawRoute();
}

function drawRoute(): void {
  const f = data.floors[state.floor];
  const r = state.route;
  const line = r ? r.points.filter((p) => p.floorId === f.id).map((p) => p.p) : [];
  const start = state.from && state.from.floorId === f.id ? state.from.p : undefined;
  const end = state.dest?.floorId === f.id ? { p: state.dest.position, label: bare(app.nameOf(state.dest)), id: state.dest.id } : undefined;
  const links = state.steps.filter((st) => st.kind === 'link' && st.floorId === f.id).map((st) => ({ p: st.at, label: app.en() ? st.en : st.zh }));
  map.drawRoute(line, start, end, links);
}

const listResults = () => renderResults(app, actions, results, search.value);

function showLinkNote(): void {
  renderLinkNote(app, linkBox, search, {
    close() {
      state.linkMissing = {};
      showLinkNote();
    },
    startAtDefault() {
      state.from = linkStart(data, '').from;
      state.linkMissing = { ...state.linkMissing, from: undefined };
      recompute();
    },
  });
}

search.addEventListener('input', () => {
  state.card = undefined;
  showCard();
  listResults();
});

/** The start's place when it is on this floor. */
function startOn(floorId: string): [number, number] | undefined {
  return state.from?.floorId === floorId ? state.from.p : undefined;
}

/**
 * "Where am I", the button that begins the status line saying where the citizen is (as a map app's locate button):
 * the floor of the start and the map around its dot, or, with no start yet, how to set one.
 */
function locate(): void {
  const f = state.from;
  if (!f) {
    // Said aloud for a screen reader, and the status line that says how to set a start is outlined.
    live.textContent = app.T().hereUnset;
    hereRow.classList.add('ask');
    return;
  }
  const fi = app.floorIndex(f.floorId);
  if (fi >= 0 && fi !== state.floor) showFloor(fi);
  map.centreOn(f.p);
}

// ---- place cards
function onMapTap(p: [number, number]): void {
  const f = data.floors[state.floor];
  openCard({ d: placeAt(data, f, p, Math.max(1, 22 / map.scale())), floorId: f.id, p });
}

function openCard(c: Card): void {
  state.card = c;
  search.value = '';
  showCard();
  listResults();
  sheet.scrollTop = 0;
}

function showCard(): void {
  markPicked();
  renderCard(app, actions, cardBox);
}

/** The place whose card is open is pinned and named on its floor (shown if another one was), as a map app does. */
function markPicked(c = state.card): void {
  const fi = c ? app.floorIndex(c.floorId) : -1;
  if (c && fi >= 0 && fi !== state.floor) showFloor(fi);
  map.markPlace(c && { floorId: c.floorId, p: c.d ? c.d.position : c.p, label: c.d && bare(app.nameOf(c.d)) });
}

// ---- routing and steps
function recompute(): void {
  renderHere();
  showLinkNote();
  state.route = null;
  state.steps = [];
  const { from, dest } = state;
  if (from && dest) {
    // The route the results measured (same field, same path), so the list and the summary name the same metres.
    state.route = app.fieldFromHere()?.route({ floorId: dest.floorId, p: dest.at }) ?? null;
    if (state.route) {
      state.steps = stepsFor({
        points: state.route.points,
        links: state.route.links,
        from: { zh: from.zh, en: from.en, via: from.via, facing: from.facing },
        to: { zh: bare(dest.zh), en: spokenEn(dest), position: dest.position },
      });
    }
    const fi = app.floorIndex(from.floorId);
    if (fi >= 0 && fi !== state.floor) showFloor(fi);
  }
  drawRoute();
  // The sheet first: its steps take height from the map, and the route is framed in the map as it will stay.
  routePanel.render();
  listResults();
  // Frame the route on the floor shown, as a navigation app does; the whole floor again without one.
  const f = data.floors[state.floor];
  const onFloor = state.route ? state.route.points.filter((p) => p.floorId === f.id).map((p) => p.p) : [];
  if (onFloor.length > 1) map.fitTo(onFloor);
  else map.fit(startOn(f.id));
  keepInAddress();
}

/** The language the phone asks for, which a shared address need not repeat. */
const phoneLang = pickLang('', navigator.languages?.length ? navigator.languages : [navigator.language]);

/**
 * The state written into the address (link-state.ts). Not while the link named something this hall lacks: its note
 * says so, and the address keeps what the citizen was given until they choose.
 */
function keepInAddress(): void {
  if (state.linkMissing.from || state.linkMissing.to) return;
  const { from, dest } = state;
  const hash = stateHash({
    from: from && { id: from.id, floorId: from.floorId, p: from.p },
    to: dest?.id,
    accessible: state.accessible,
    large: state.large,
    lang: state.lang === phoneLang ? undefined : state.lang,
  });
  if (hash !== location.hash) history.replaceState(history.state, '', `${location.pathname}${location.search}${hash}`);
}

/** "main entrance" → "Main entrance": the place starts the status line's own phrase. */
const sentenceStart = (t: string) => t.charAt(0).toUpperCase() + t.slice(1);

function renderHere(): void {
  clear(hereRow);
  hereRow.classList.remove('ask');
  const f = state.from;
  const t = app.T();
  const locateBtn = h('button', { type: 'button', id: 'locate', 'aria-label': t.locate }, '◎');
  locateBtn.addEventListener('click', locate);
  hereRow.append(
    locateBtn,
    h(
      'b',
      { id: 'here' },
      f ? (app.en() ? `${t.hereIs}${sentenceStart(f.en.replace(/^the /, ''))} (${app.floorName(f.floorId)})` : `${t.hereIs}${f.zh}（${app.floorName(f.floorId)}）`) : t.hereUnset,
    ),
  );
}

wheelBtn.addEventListener('click', () => {
  state.accessible = !state.accessible;
  wheelBtn.setAttribute('aria-pressed', String(state.accessible));
  recompute();
});
largeBtn.addEventListener('click', () => {
  state.large = !state.large;
  largeBtn.setAttribute('aria-pressed', String(state.large));
  document.body.classList.toggle('large', state.large);
  map.setOptions({ lang: state.lang, large: state.large }, app.T());
  keepInAddress();
});
langBtn.addEventListener('click', () => {
  state.lang = app.en() ? 'zh' : 'en';
  state.voiceMsg = '';
  state.spoken = [];
  renderChrome();
  showCard();
  recompute();
});

/** Reads the link: the start, the destination, and what it named that this hall has not. */
function followLink(keepDest: boolean): void {
  const start = linkStart(data, location.hash);
  state.from = start.from;
  // Ranked from the start just read, as the search box ranks: "社保" means the nearest social-insurance counter.
  const to = linkDest(data, location.hash, app.distanceTo);
  state.dest = to.named || !keepDest ? to.dest : state.dest;
  state.linkMissing = { from: start.missing, to: to.missing };
}

window.addEventListener('hashchange', () => {
  followLink(true);
  const mode = linkParam(location.hash, 'mode');
  if (mode) state.accessible = mode === 'wheelchair';
  wheelBtn.setAttribute('aria-pressed', String(state.accessible));
  recompute();
});

followLink(false);
renderChrome();
const startFloor = state.from ? app.floorIndex(state.from.floorId) : 0;
showFloor(Math.max(0, startFloor));
recompute();
document.body.setAttribute('data-ready', '1');
// For the benchmark: milliseconds from navigation start to interactive.
document.body.setAttribute('data-ready-at', String(Math.round(performance.now())));
