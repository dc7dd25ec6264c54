/**
 * The citizen nav map: plain TypeScript + DOM (no framework, to stay small), bundled into the exported HTML.
 * Reads the embedded JSON, draws the floor, finds destinations (name, counter number, type, pinyin initials),
 * routes in the page (wheelchair option) and lists and speaks the steps.
 */
import type { HallDocument } from '../core/document';
import type { Vec2 } from '../core/geometry/vec';
import { routeSteps, type Step } from '../nav/instructions';
import type { Destination, NavMapData } from './data';
import { clear, h } from './dom';
import { createMap } from './map';
import { pageGraph, pageRoute, type PageRoute } from './router';
import { speak } from './voice';

const data = JSON.parse(document.getElementById('navdata')!.textContent!) as NavMapData;
const graph = pageGraph(data);

/** The instructions module reads only these fields of a hall document. */
const slimDoc = {
  floors: data.floors.map((f) => ({
    id: f.id,
    name: f.name,
    storey: f.storey,
    elements: [
      ...f.counters.map((c) => ({ kind: 'counter', id: c.id, number: c.number, type: c.type, position: c.position })),
      ...f.links.map((l) => ({ kind: 'vlink', id: l.id, linkKind: l.linkKind, name: l.name, position: l.position })),
      ...f.points.map((p) => ({ kind: 'point', id: p.id, pointKind: p.kind, position: p.position })),
      ...f.zones.filter((z) => !z.staff).map((z) => ({ kind: 'zone', id: z.id, type: z.type, name: z.name, nameEn: z.nameEn, polygon: z.polygon })),
    ],
  })),
} as unknown as HallDocument;

interface From { floorId: string; p: Vec2; zh: string; en: string }

const state = {
  floor: 0,
  from: undefined as From | undefined,
  dest: undefined as Destination | undefined,
  accessible: false,
  large: false,
  route: null as PageRoute | null,
  steps: [] as Step[],
  spoken: [] as string[],
  voiceMsg: '',
};

function fromHash(): From | undefined {
  const m = /[#&]from=([^&]+)/.exec(location.hash);
  const id = m ? decodeURIComponent(m[1]) : data.defaultFrom;
  const p = data.here.find((x) => x.id === id) ?? data.here.find((x) => x.id === data.defaultFrom);
  return p && { floorId: p.floorId, p: p.p, zh: p.zh, en: `the ${p.en.toLowerCase()}` };
}

// ---- layout
const floorBar = h('div', { class: 'bar floors', role: 'group', 'aria-label': '楼层 Floors' });
const wheelBtn = h('button', { type: 'button', 'aria-pressed': 'false', id: 'wheelchair' }, '♿ 轮椅模式');
const largeBtn = h('button', { type: 'button', 'aria-pressed': 'false', id: 'large' }, '大字 A+');
const header = h('header', {}, h('h1', {}, data.title), h('div', { class: 'bar' }, floorBar, wheelBtn, largeBtn));
const mapHost = h('div', { id: 'map' });
const sheet = h('div', { id: 'sheet' });
const live = h('div', { class: 'sr', 'aria-live': 'polite' });
document.getElementById('app')!.append(header, mapHost, sheet, live);

const map = createMap(mapHost, (p) => {
  const f = data.floors[state.floor];
  state.from = { floorId: f.id, p, zh: '您选的位置', en: 'the point you chose' };
  recompute();
});

const hereRow = h('div', { class: 'here' });
const search = h('input', { type: 'search', id: 'search', placeholder: '搜索目的地：名称、窗口号、拼音首字母 Search', 'aria-label': '搜索目的地 Search destination', autocomplete: 'off' });
const results = h('div', { id: 'results' });
const routeBox = h('div', { id: 'route' });
sheet.append(hereRow, search, routeBox, results);

function renderFloors(): void {
  clear(floorBar);
  data.floors.forEach((f, i) => {
    const b = h('button', { type: 'button', 'aria-current': String(i === state.floor), 'data-floor': f.id }, f.name);
    b.addEventListener('click', () => showFloor(i));
    floorBar.append(b);
  });
}

function showFloor(i: number): void {
  state.floor = i;
  renderFloors();
  map.draw(data.floors[i]);
  map.fit();
  drawRoute();
}

function drawRoute(): void {
  const f = data.floors[state.floor];
  const r = state.route;
  const line = r ? r.points.filter((p) => p.floorId === f.id).map((p) => p.p) : [];
  const start = state.from && state.from.floorId === f.id ? state.from.p : undefined;
  const end = state.dest && state.dest.floorId === f.id ? state.dest.position : undefined;
  const links = state.steps.filter((st) => st.kind === 'link' && st.floorId === f.id).map((st) => ({ p: st.at, label: st.zh }));
  map.drawRoute(line, start, end, links);
}

// ---- search
const norm = (t: string) => t.toLowerCase().replace(/\s+/g, '');

function matches(d: Destination, q: string): boolean {
  if (!q) return false;
  const n = norm(q);
  if (norm(d.zh).includes(n) || norm(d.en).includes(n) || norm(d.groupZh).includes(n) || norm(d.groupEn).includes(n)) return true;
  if (/^\d+$/.test(n) && d.category === 'counter') return d.zh.startsWith(`${Number(n)}号`);
  return /^[a-z]+$/.test(n) && d.py.split(' ').some((k) => k.startsWith(n) || (n.length >= 2 && k.includes(n)));
}

function destButton(d: Destination): HTMLElement {
  const floor = data.floors.find((f) => f.id === d.floorId);
  const b = h('button', { type: 'button', 'data-dest': d.id }, `${d.accessible ? '♿ ' : ''}${d.zh}`, h('small', {}, `${d.en} · ${floor?.name ?? ''}`));
  b.addEventListener('click', () => choose(d));
  return h('li', {}, b);
}

const CATS: [Destination['category'], string][] = [
  ['counter', '窗口 Counters'],
  ['zone', '功能区 Areas'],
  ['toilet', '卫生间 Toilets'],
  ['aed', 'AED 除颤器'],
  ['exit', '出入口 Exits'],
  ['facility', '设施 Facilities'],
];

function renderResults(): void {
  clear(results);
  const q = search.value.trim();
  if (q) {
    const found = data.dests.filter((d) => matches(d, q)).slice(0, 40);
    if (!found.length) results.append(h('p', { class: 'msg' }, `没有找到“${q}”。No destination matches.`));
    else results.append(h('ul', { class: 'list' }, ...found.map(destButton)));
    return;
  }
  if (state.dest) return;
  for (const [cat, label] of CATS) {
    const ds = data.dests.filter((d) => d.category === cat);
    if (!ds.length) continue;
    const det = h('details', {}, h('summary', {}, `${label}（${ds.length}）`));
    if (cat === 'counter') {
      const groups = new Map<string, Destination[]>();
      for (const d of ds) groups.set(d.groupZh, [...(groups.get(d.groupZh) ?? []), d]);
      for (const [g, list] of groups) det.append(h('h3', {}, g), h('ul', { class: 'list' }, ...list.map(destButton)));
    } else det.append(h('ul', { class: 'list' }, ...ds.map(destButton)));
    results.append(det);
  }
}

search.addEventListener('input', renderResults);

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
    state.route = pageRoute(graph, { floorId: from.floorId, p: from.p }, { floorId: dest.floorId, p: dest.at }, state.accessible);
    if (state.route) {
      const bare = (t: string) => t.replace(/（.*）$/, '').replace(/ \(.*\)$/, '');
      state.steps = routeSteps(slimDoc, { points: state.route.points, links: state.route.links, from: { zh: from.zh, en: from.en }, to: { zh: bare(dest.zh), en: bare(dest.en), position: dest.position } });
    }
    const fi = data.floors.findIndex((f) => f.id === from.floorId);
    if (fi >= 0 && fi !== state.floor) {
      showFloor(fi);
    }
  }
  drawRoute();
  renderRoute();
  renderResults();
}

function renderHere(): void {
  clear(hereRow);
  const f = state.from;
  const fl = f && data.floors.find((x) => x.id === f.floorId);
  hereRow.append(h('span', { 'aria-hidden': 'true' }, '◉'), h('b', { id: 'here' }, f ? `您在：${f.zh}（${fl?.name ?? ''}）` : '点地图设定您的位置 Tap the map to set where you are'));
}

function renderRoute(): void {
  clear(routeBox);
  const { dest, route } = state;
  if (!dest) return;
  routeBox.append(h('p', { class: 'summary' }, `前往 To: ${dest.zh}`));
  if (!state.from) {
    routeBox.append(h('p', { class: 'msg' }, '请先点地图设定您的位置。Tap the map to set where you are.'));
  } else if (!route) {
    routeBox.append(
      h(
        'p',
        { class: 'msg err', id: 'unreachable' },
        state.accessible
          ? '轮椅模式下无法到达该目的地（路线需经楼梯或扶梯，或通道过窄）。请关闭轮椅模式或向工作人员求助。This destination cannot be reached by wheelchair (the way needs stairs or an escalator, or is too narrow). Please ask staff for help.'
          : '无法从您的位置到达该目的地。请向工作人员求助。No route from here; please ask staff.',
      ),
    );
  } else {
    const metres = Math.round(route.length / 5) * 5 || Math.round(route.length);
    routeBox.append(h('p', { class: 'summary' }, `约${metres}米 · about ${metres} m${state.accessible ? ' · ♿ 无障碍路线 accessible' : ''}`));
    const speakBtn = h('button', { type: 'button', id: 'speak' }, '▶ 语音播报 Speak');
    const repeatBtn = h('button', { type: 'button', id: 'repeat' }, '↻ 重复 Repeat');
    const clearBtn = h('button', { type: 'button', id: 'clear' }, '✕ 清除 Clear');
    speakBtn.addEventListener('click', () => say(state.steps.map((st) => st.zh)));
    repeatBtn.addEventListener('click', () => say(state.spoken.length ? state.spoken : state.steps.map((st) => st.zh)));
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
          const li = h('li', { 'data-floor': st.floorId }, st.zh, h('span', { class: 'en' }, st.en));
          li.addEventListener('click', () => say([st.zh]));
          return li;
        }),
      ),
    );
  }
}

async function say(texts: string[]): Promise<void> {
  state.spoken = texts;
  const r = await speak(texts);
  state.voiceMsg =
    r === 'spoken' ? '' : r === 'no-api' ? '此浏览器不支持语音播报，请阅读下方文字步骤。This browser cannot speak; please read the steps below.' : '此设备没有中文语音，请阅读下方文字步骤。No Chinese voice on this device; please read the steps below.';
  live.textContent = r === 'spoken' ? texts.join('。') : state.voiceMsg;
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
});
window.addEventListener('hashchange', () => {
  state.from = fromHash();
  recompute();
});

state.from = fromHash();
const startFloor = state.from ? data.floors.findIndex((f) => f.id === state.from!.floorId) : 0;
showFloor(Math.max(0, startFloor));
recompute();
document.body.setAttribute('data-ready', '1');
// For the benchmark: milliseconds from navigation start to interactive.
document.body.setAttribute('data-ready-at', String(Math.round(performance.now())));
