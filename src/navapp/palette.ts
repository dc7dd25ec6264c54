/**
 * The phone map's colours in one place, so a test can check every text/background pair against WCAG 2.1 AA
 * (4.5:1 for text; labels on the map also get a white halo, but the pair must pass without it).
 */
export const ZONE_FILL: Record<string, string> = {
  consultation: '#cfe3ff',
  'counter-service': '#d9ecd0',
  'self-service': '#e6dcf5',
  'self-service-24h': '#e0d3f7',
  'form-filling': '#fff0c7',
  'gov-disclosure': '#f4e3c3',
  waiting: '#fde2cf',
  complaint: '#f7d3d3',
  'business-services': '#d8efe9',
  'enterprise-services': '#cfe8e3',
  certificate: '#e3e8c8',
  convenience: '#dcebd9',
  culture: '#f0e0ea',
  'mother-baby': '#fbd9e8',
  toilet: '#c9e7f5',
  'accessible-toilet': '#b6dcf2',
  mediation: '#eedbd0',
  circulation: '#f7f7f4',
  specialist: '#d7e6cf',
};
export const STAFF_FILL = '#e1e3e6';
export const OTHER_FILL = '#eef0f2';
export const MAP_BG = '#e9ecf0';
export const FLOOR_FILL = '#ffffff';

/** Map label text: public places, staff-only rooms, entrances, route annotations. */
export const LABEL = '#1b2430';
export const LABEL_STAFF = '#4a525c';
export const LABEL_ENTRANCE = '#0d6b33';
export const LABEL_ROUTE = '#9c2a0e';
export const HALO = '#ffffff';

/** Icon badges: white glyph on a coloured plate. */
export const ICON = {
  toilet: '#0b5cad',
  'accessible-toilet': '#0b5cad',
  'mother-baby': '#a8325e',
  aed: '#c62828',
  'first-aid-kit': '#1f7a4d',
  elevator: '#0b5cad',
  stair: '#4a5560',
  escalator: '#4a5560',
  ramp: '#4a5560',
  exit: '#13783a',
  counter: '#7a4a1f',
  'ticket-machine': '#5a3f8f',
  'drinking-water': '#0a5f7a',
  'self-service-terminal': '#00695c',
  'help-phone': '#b23c17',
  'suggestion-box': '#6b4e16',
  'wifi-notice': '#3949ab',
  'staff-notice-board': '#4a525c',
  'name-board': '#4a5560',
} as const;
export const ICON_GLYPH = '#ffffff';

export const ROUTE = '#c2410c';
export const HERE = '#0b5cad';
export const DEST = '#c2410c';

/** Page chrome: header, body text, secondary text, placeholder, pressed toggle, messages. */
export const UI = {
  header: '#0b5cad',
  headerText: '#ffffff',
  text: '#1b1f24',
  muted: '#4f5963',
  surface: '#ffffff',
  page: '#f4f5f7',
  pressed: '#ffd54a',
  current: '#1b1f24',
  currentText: '#ffffff',
  note: '#fff4d6',
  error: '#fde7e7',
  link: '#0b5cad',
} as const;

/** Every pair of (text, background) the page draws, with where it appears. */
export function contrastPairs(): [fg: string, bg: string, where: string][] {
  const pairs: [string, string, string][] = [];
  for (const [t, fill] of Object.entries(ZONE_FILL)) pairs.push([LABEL, fill, `zone label on ${t}`]);
  pairs.push([LABEL, OTHER_FILL, 'zone label on other'], [LABEL, FLOOR_FILL, 'label on floor'], [LABEL, MAP_BG, 'label outside the floor']);
  pairs.push(
    [LABEL_STAFF, STAFF_FILL, 'staff room label'],
    [LABEL_ENTRANCE, FLOOR_FILL, 'entrance label'],
    [LABEL_ENTRANCE, MAP_BG, 'entrance label outside'],
    [LABEL_ENTRANCE, ZONE_FILL.consultation, 'entrance label on the lobby'],
  );
  pairs.push([LABEL_ROUTE, FLOOR_FILL, 'route annotation'], [LABEL_ROUTE, ZONE_FILL.waiting, 'route annotation on waiting']);
  for (const [k, c] of Object.entries(ICON)) pairs.push([ICON_GLYPH, c, `icon ${k}`]);
  pairs.push([UI.headerText, UI.header, 'header'], [UI.text, UI.surface, 'sheet text'], [UI.muted, UI.surface, 'secondary text'], [UI.text, UI.page, 'page text']);
  pairs.push(
    [UI.text, UI.pressed, 'pressed toggle'],
    [UI.currentText, UI.current, 'current floor'],
    [UI.text, UI.note, 'message'],
    [UI.text, UI.error, 'error'],
    [UI.link, UI.surface, 'link-coloured text'],
  );
  return pairs;
}

function channel(c: number): number {
  const s = c / 255;
  return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
}

/** WCAG 2.1 relative luminance of #rrggbb. */
export function luminance(hex: string): number {
  const n = Number.parseInt(hex.slice(1), 16);
  return 0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255);
}

export function contrast(a: string, b: string): number {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
}
