/**
 * The citizen nav map: plain TypeScript + DOM (no framework, to stay small), bundled into the exported HTML.
 * Reads the embedded JSON, draws the floor with readable labels, finds destinations the way people ask, opens a
 * card for a tapped place, routes in the page (wheelchair option) and lists and speaks the steps, in Chinese or
 * English. The link may carry the start, the destination and options: #from=ID&to=ID|05&mode=wheelchair&lang=en.
 */
import type { Vec2 } from '../core/geometry/vec';
import { routePrompts, type Step } from '../nav/instructions';
import type { Destination, NavMapData } from './data';
import { clear, h, hashParam } from './dom';
import { counterGroups } from './browse';
import { createMap } from './map';
import { pageSteps } from './page-doc';
import { placeAt } from './place-at';
import { type DistanceField, distanceField, pageGraph, type PageRoute } from './router';
import { searchPlaces } from './search';
import { fill, pickLang, STRINGS, type Lang } from './strings';
import { speak } from './voice';
import { bare, hoursLine, roundMetres, spokenEn } from './words';

const data = JSON.parse(document.getElementById('navdata')!.textContent!) as NavMapData;
const graph = pageGraph(data);

const stepsFor = pageSteps(data);

interface From {
  floorId: string;
  p: Vec2;
  zh: string;
  en: string;
  via?: 'entrance' | 'sign';
  facing?: Vec2;
}

const state = {
  lang: pickLang(location.hash, navigator.languages?.length ? navigator.languages : [navigator.language]) as Lang,
  floor: 0,
  from: undefined as From | undefined,
  dest: undefined as Destination | undefined,
  accessible: hashParam('mode') === 'wheelchair',
  large: false,
  route: null as PageRoute | null,
  steps: [] as Step[],
  spoken: [] as string[],
  voiceMsg: '',
  card: undefined as { d?: Destination; floorId: string; p: Vec2 } | undefined,
  dist: undefined as { key: string; f: DistanceField } | undefined,
};
const T = () => STRINGS[state.lang];
const en = () => state.lang === 'en';
const nameOf = (d: Destination) => (en() ? d.en : d.zh);
const floorName = (id: string) => {
  const f = data.floors.find((x) => x.id === id);
  return f ? (en() ? (f.nameEn ?? f.name) : f.name) : '';
};

function fromHash(): From | undefined {
  const id = hashParam('from') ?? data.defaultFrom;
  // A link may also start at a place, e.g. from a counter's own QR code to the toilets.
  const place = data.here.some((x) => x.id === id) ? undefined : data.dests.find((d) => d.id === id);
  if (place) return { floorId: place.floorId, p: place.at, zh: bare(place.zh), en: spokenEn(place) };
  const p = data.here.find((x) => x.id === id) ?? data.here.find((x) => x.id === data.defaultFrom);
  return p && { floorId: p.floorId, p: p.p, zh: p.zh, en: `the ${p.en.toLowerCase()}`, via: p.via, facing: p.facing };
}

function destFromHash(): Destination | undefined {
  const to = hashParam('to');
  if (!to) return undefined;
  return data.dests.find((d) => d.id === to) ?? searchPlaces(data, to, { limit: 1, distance: distanceTo })[0];
}

// ---- layout
const title = h('h1', {});
const floorBar = h('div', { class: 'bar floors', role: 'group' });
const wheelBtn = h('button', { type: 'button', 'aria-pressed': String(state.accessible), id: 'wheelchair' });
const largeBtn = h('button', { type: 'button', 'aria-pressed': 'false', id: 'large' });
const langBtn = h('button', { type: 'button', id: 'lang' });
const header = h('header', {}, h('div', { class: 'titlebar' }, title, langBtn), h('div', { class: 'bar' }, floorBar, wheelBtn, largeBtn));
const mapHost = h('div', { id: 'map' });
const sheet = h('div', { id: 'sheet' });
const live = h('div', { class: 'sr', 'aria-live': 'polite' });
document.getElementById('app')!.append(header, mapHost, sheet, live);

const map = createMap(mapHost, onMapTap);

const hereRow = h('div', { class: 'here' });
const search = h('input', { type: 'search', id: 'search', autocomplete: 'off' });
const cardBox = h('div', { id: 'card-host' });
const results = h('div', { id: 'results' });
const routeBox = h('div', { id: 'route' });
sheet.append(hereRow, search, cardBox, routeBox, results);

function renderChrome(): void {
  const t = T();
  document.documentElement.lang = en() ? 'en' : 'zh-CN';
  title.textContent = en() && data.titleEn ? data.titleEn : data.title;
  floorBar.setAttribute('aria-label', t.floors);
  wheelBtn.textContent = t.wheelchair;
  largeBtn.textContent = t.large;
  langBtn.textContent = t.switchLang;
  langBtn.setAttribute('aria-label', t.switchLangLabel);
  search.placeholder = t.searchPlaceholder;
  search.setAttribute('aria-label', t.searchLabel);
  map.setOptions({ lang: state.lang, large: state.large }, t);
  renderFloors();
}

function renderFloors(): void {
  clear(floorBar);
  data.floors.forEach((f, i) => {
    const b = h('button', { type: 'button', 'aria-current': String(i === state.floor), 'data-floor': f.id }, en() ? (f.nameEn ?? f.name) : f.name);
    b.addEventListener('click', () => showFloor(i));
    floorBar.append(b);
  });
}

function showFloor(i: number): void {
  state.floor = i;
  renderFloors();
  map.draw(data.floors[i], { lang: state.lang, large: state.large });
  map.fit();
  drawRoute();
}

function drawRoute(): void {
  const f = data.floors[state.floor];
  const r = state.route;
  const line = r ? r.points.filter((p) => p.floorId === f.id).map((p) => p.p) : [];
  const start = state.from && state.from.floorId === f.id ? state.from.p : undefined;
  const end = state.dest?.floorId === f.id ? { p: state.dest.position, label: bare(nameOf(state.dest)), id: state.dest.id } : undefined;
  const links = state.steps.filter((st) => st.kind === 'link' && st.floorId === f.id).map((st) => ({ p: st.at, label: en() ? st.en : st.zh }));
  map.drawRoute(line, start, end, links);
}

// ---- distances, for results and cards
function fieldFromHere(): DistanceField | undefined {
  const from = state.from;
  if (!from) return undefined;
  const key = `${from.floorId}:${from.p[0]},${from.p[1]}:${state.accessible}`;
  if (state.dist?.key !== key) state.dist = { key, f: distanceField(graph, { floorId: from.floorId, p: from.p }, state.accessible) };
  return state.dist.f;
}

/** What ranks places: walking cost, a floor change costing what its stairs or lift take. */
function distanceTo(d: Destination): number | undefined {
  return fieldFromHere()?.cost({ floorId: d.floorId, p: d.at });
}

/** Metres walked on the floors, as the route's summary counts them. */
function walkedTo(d: Destination): number | undefined {
  return fieldFromHere()?.walked({ floorId: d.floorId, p: d.at });
}

function walkText(m: number | undefined): string {
  if (m === undefined) return state.from ? T().unreachable : '';
  if (m < 5) return T().walkFew;
  return fill(T().walk, { m: roundMetres(m) });
}

// ---- search
function destButton(d: Destination): HTMLElement {
  const meta = [en() ? d.groupEn : d.groupZh, floorName(d.floorId), walkText(walkedTo(d))].filter(Boolean).join(' · ');
  const b = h('button', { type: 'button', 'data-dest': d.id, 'data-category': d.category }, `${d.accessible ? '♿ ' : ''}${nameOf(d)}`, h('small', {}, meta));
  b.addEventListener('click', () => openCard({ d, floorId: d.floorId, p: d.position }));
  return h('li', {}, b);
}

const CATS: Destination['category'][] = ['counter', 'zone', 'toilet', 'link', 'aed', 'exit', 'facility'];

function renderResults(): void {
  clear(results);
  const q = search.value.trim();
  if (q) {
    const found = searchPlaces(data, q, { distance: distanceTo });
    if (!found.length) results.append(h('p', { class: 'msg' }, fill(T().noMatch, { q })));
    else results.append(h('ul', { class: 'list' }, ...found.map(destButton)));
    return;
  }
  if (state.dest || state.card) return;
  for (const cat of CATS) {
    const ds = data.dests.filter((d) => d.category === cat);
    if (!ds.length) continue;
    const det = h('details', {}, h('summary', {}, en() ? `${T().categories[cat]} (${ds.length})` : `${T().categories[cat]}（${ds.length}）`));
    det.addEventListener('toggle', () => {
      if (!det.open || det.childElementCount > 1) return;
      if (cat === 'counter') {
        for (const [g, list] of counterGroups(ds, state.lang)) det.append(h('h3', {}, g), h('ul', { class: 'list' }, ...list.map(destButton)));
      } else det.append(h('ul', { class: 'list' }, ...ds.map(destButton)));
    });
    results.append(det);
  }
}

search.addEventListener('input', () => {
  state.card = undefined;
  renderCard();
  renderResults();
});

// ---- place cards
function onMapTap(p: Vec2): void {
  const f = data.floors[state.floor];
  openCard({ d: placeAt(data, f, p, Math.max(1, 22 / map.scale())), floorId: f.id, p });
}

function openCard(c: NonNullable<typeof state.card>): void {
  state.card = c;
  search.value = '';
  renderCard();
  renderResults();
  sheet.scrollTop = 0;
}

function renderCard(): void {
  clear(cardBox);
  const c = state.card;
  markPicked();
  if (!c) return;
  const t = T();
  const d = c.d;
  const close = h('button', { type: 'button', id: 'card-close', 'aria-label': t.close }, '✕');
  close.addEventListener('click', () => {
    state.card = undefined;
    renderCard();
    renderResults();
  });
  const card = h('section', { id: 'card', 'aria-label': t.place }, h('div', { class: 'top' }, h('h2', {}, d ? `${d.accessible ? '♿ ' : ''}${nameOf(d)}` : t.thisSpot), close));
  if (d) {
    card.append(h('p', { class: 'meta', id: 'card-meta' }, [floorName(d.floorId), en() ? d.groupEn : d.groupZh].filter(Boolean).join(' · ')));
    const hours = hoursLine(d, data.hours, state.lang);
    if (hours) card.append(h('p', { class: 'meta', id: 'card-hours' }, hours));
    const w = walkText(walkedTo(d));
    if (w) card.append(h('p', { class: 'meta', id: 'card-walk' }, w));
  } else card.append(h('p', { class: 'meta' }, floorName(c.floorId)));
  const actions = h('div', { class: 'actions' });
  if (d) {
    const go = h('button', { type: 'button', id: 'go', class: 'primary' }, t.goHere);
    go.addEventListener('click', () => {
      state.card = undefined;
      renderCard();
      choose(d);
    });
    actions.append(go);
  }
  const here = h('button', { type: 'button', id: 'iamhere' }, t.iAmHere);
  here.addEventListener('click', () => {
    state.from = d ? { floorId: d.floorId, p: d.at, zh: bare(d.zh), en: bare(d.en) } : { floorId: c.floorId, p: c.p, zh: STRINGS.zh.chosenSpot, en: STRINGS.en.chosenSpot };
    state.card = undefined;
    renderCard();
    recompute();
  });
  actions.append(here);
  card.append(actions);
  cardBox.append(card);
}

/** The place whose card is open is pinned and named on its floor (shown if another one was), as a map app does. */
function markPicked(c = state.card): void {
  const fi = c ? data.floors.findIndex((f) => f.id === c.floorId) : -1;
  if (c && fi >= 0 && fi !== state.floor) showFloor(fi);
  map.markPlace(c && { floorId: c.floorId, p: c.d ? c.d.position : c.p, label: c.d && bare(nameOf(c.d)) });
}

function choose(d: Destination): void {
  state.dest = d;
  search.value = '';
  recompute();
}

// ---- routing and steps
function recompute(): void {
  renderHere();
  state.route = null;
  state.steps = [];
  const { from, dest } = state;
  if (from && dest) {
    // The route the results measured (same field, same path), so the list and the summary name the same metres.
    state.route = fieldFromHere()?.route({ floorId: dest.floorId, p: dest.at }) ?? null;
    if (state.route) {
      state.steps = stepsFor({
        points: state.route.points,
        links: state.route.links,
        from: { zh: from.zh, en: from.en, via: from.via, facing: from.facing },
        to: { zh: bare(dest.zh), en: spokenEn(dest), position: dest.position },
      });
    }
    const fi = data.floors.findIndex((f) => f.id === from.floorId);
    if (fi >= 0 && fi !== state.floor) showFloor(fi);
  }
  drawRoute();
  // The sheet first: its steps take height from the map, and the route is framed in the map as it will stay.
  renderRoute();
  renderResults();
  // Frame the route on the floor shown, as a navigation app does; the whole floor again without one.
  const f = data.floors[state.floor];
  const onFloor = state.route ? state.route.points.filter((p) => p.floorId === f.id).map((p) => p.p) : [];
  if (onFloor.length > 1) map.fitTo(onFloor);
  else map.fit();
}

function renderHere(): void {
  clear(hereRow);
  const f = state.from;
  const t = T();
  hereRow.append(
    h('span', { 'aria-hidden': 'true' }, '◉'),
    h('b', { id: 'here' }, f ? (en() ? `${t.hereIs}${f.en.replace(/^the /, '')} (${floorName(f.floorId)})` : `${t.hereIs}${f.zh}（${floorName(f.floorId)}）`) : t.hereUnset),
  );
}

function renderRoute(): void {
  clear(routeBox);
  const { dest, route } = state;
  const t = T();
  if (!dest) return;
  routeBox.append(h('p', { class: 'summary' }, `${t.to}${nameOf(dest)}`));
  if (!state.from) {
    routeBox.append(h('p', { class: 'msg' }, t.needFrom));
    return;
  }
  if (!route) {
    routeBox.append(h('p', { class: 'msg err', id: 'unreachable' }, state.accessible ? t.noRouteWheelchair : t.noRoute));
    return;
  }
  const metres = roundMetres(route.length);
  routeBox.append(h('p', { class: 'summary' }, `${fill(t.about, { m: metres })}${state.accessible ? ` · ${t.accessibleRoute}` : ''}`));
  const speakBtn = h('button', { type: 'button', id: 'speak' }, t.speak);
  const repeatBtn = h('button', { type: 'button', id: 'repeat' }, t.repeat);
  const clearBtn = h('button', { type: 'button', id: 'clear' }, t.clear);
  speakBtn.addEventListener('click', () => say(routePrompts(state.steps, state.lang)));
  repeatBtn.addEventListener('click', () => say(state.spoken.length ? state.spoken : routePrompts(state.steps, state.lang)));
  clearBtn.addEventListener('click', () => {
    state.dest = undefined;
    recompute();
  });
  routeBox.append(h('div', { class: 'actions' }, speakBtn, repeatBtn, clearBtn));
  if (state.voiceMsg) routeBox.append(h('p', { class: 'msg', id: 'voice-msg' }, state.voiceMsg));
  routeBox.append(
    h(
      'ol',
      { class: 'steps', id: 'steps' },
      ...state.steps.map((st) => {
        const li = h('li', { 'data-floor': st.floorId, 'data-kind': st.kind }, en() ? st.en : st.zh);
        li.addEventListener('click', () => {
          // Show the floor the step is on, then say it.
          const fi = data.floors.findIndex((f) => f.id === st.floorId);
          if (fi >= 0 && fi !== state.floor) showFloor(fi);
          void say(st.prompts.map((p) => p[state.lang]));
        });
        return li;
      }),
    ),
  );
}

async function say(texts: string[]): Promise<void> {
  state.spoken = texts;
  const r = await speak(texts, state.lang);
  state.voiceMsg = r === 'spoken' ? '' : r === 'no-api' ? T().noSpeechApi : T().noVoice;
  live.textContent = r === 'spoken' ? texts.join(en() ? '. ' : '。') : state.voiceMsg;
  renderRoute();
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
  map.setOptions({ lang: state.lang, large: state.large }, T());
});
langBtn.addEventListener('click', () => {
  state.lang = en() ? 'zh' : 'en';
  state.voiceMsg = '';
  state.spoken = [];
  renderChrome();
  renderCard();
  recompute();
});
window.addEventListener('hashchange', () => {
  state.from = fromHash();
  state.dest = destFromHash() ?? state.dest;
  if (hashParam('mode')) state.accessible = hashParam('mode') === 'wheelchair';
  wheelBtn.setAttribute('aria-pressed', String(state.accessible));
  recompute();
});

state.from = fromHash();
state.dest = destFromHash();
renderChrome();
const startFloor = state.from ? data.floors.findIndex((f) => f.id === state.from!.floorId) : 0;
showFloor(Math.max(0, startFloor));
recompute();
document.body.setAttribute('data-ready', '1');
// For the benchmark: milliseconds from navigation start to interactive.
document.body.setAttribute('data-ready-at', String(Math.round(performance.now())));
