/** Every word the phone app shows or says, in Chinese and English; the page follows the phone's language. */
export type Lang = 'zh' | 'en';

const zh = {
  floors: '楼层',
  wheelchair: '♿ 轮椅模式',
  large: '大字 A+',
  switchLang: 'EN',
  switchLangLabel: 'Switch to English',
  zoomIn: '放大',
  zoomOut: '缩小',
  locate: '显示我的位置',
  map: '楼层平面图',
  searchPlaceholder: '搜窗口号、部门、厕所…',
  searchLabel: '搜索目的地：名称、窗口号、部门、拼音',
  hereIs: '您在：',
  hereUnset: '还不知道您的位置：点地图上的地点，选“我在这里”',
  chosenSpot: '您选的位置',
  thisSpot: '地图上的这个位置',
  noMatch: '没有找到“{q}”。可以试试窗口号、部门名称或“厕所”。',
  to: '前往：',
  needFrom: '请先设定您的位置：点地图上您所在的地点，再点“我在这里”。',
  noRouteWheelchair: '轮椅模式下无法到达该目的地（路线需经楼梯或扶梯，或通道过窄）。请关闭轮椅模式或向工作人员求助。',
  noRoute: '无法从您的位置到达该目的地。请向工作人员求助。',
  about: '约{m}米',
  accessibleRoute: '♿ 无障碍路线',
  speak: '▶ 语音播报',
  repeat: '↻ 重复',
  clear: '✕ 清除路线',
  noSpeechApi: '此浏览器不支持语音播报，请阅读下方文字步骤。',
  noVoice: '此设备没有中文语音，请阅读下方文字步骤。',
  goHere: '到这里去',
  iAmHere: '我在这里',
  close: '关闭',
  hours: '开放时间：',
  open24: '24小时开放',
  walk: '步行约{m}米',
  walkFew: '步行几步',
  unreachable: '无法到达',
  categories: { counter: '窗口', zone: '功能区', toilet: '卫生间', aed: 'AED 除颤器', exit: '出入口', facility: '设施', link: '电梯和楼梯' },
  floorOf: '{f}',
  place: '地点',
  linkFromMissing: '二维码或链接里的位置“{id}”在本地图中找不到（可能已过期），无法从那里为您指路。',
  linkStartAt: '我在{place}',
  linkToMissing: '没有找到链接里的目的地“{q}”（链接可能已过期）。请搜索窗口号、部门或地点名称。',
  linkSearch: '搜索目的地',
};

type Strings = typeof zh;

const en: Strings = {
  floors: 'Floors',
  wheelchair: '♿ Wheelchair',
  large: 'Large text A+',
  switchLang: '中文',
  switchLangLabel: '切换到中文',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  locate: 'Show where I am',
  map: 'Floor map',
  searchPlaceholder: 'Counter, service, toilet…',
  searchLabel: 'Search destinations: name, counter number, department',
  hereIs: 'You are at: ',
  hereUnset: 'Where are you? Tap your spot on the map and choose "I am here"',
  chosenSpot: 'the point you chose',
  thisSpot: 'This spot on the map',
  noMatch: 'Nothing found for “{q}”. Try a counter number, a department or “toilet”.',
  to: 'To: ',
  needFrom: 'First set where you are: tap your spot on the map, then "I am here".',
  noRouteWheelchair: 'This destination cannot be reached by wheelchair (the way needs stairs or an escalator, or is too narrow). Turn wheelchair mode off or ask staff for help.',
  noRoute: 'No route from where you are. Please ask staff for help.',
  about: 'about {m} m',
  accessibleRoute: '♿ accessible route',
  speak: '▶ Speak',
  repeat: '↻ Repeat',
  clear: '✕ Clear route',
  noSpeechApi: 'This browser cannot speak; please read the steps below.',
  noVoice: 'No English voice on this device; please read the steps below.',
  goHere: 'Go here',
  iAmHere: 'I am here',
  close: 'Close',
  hours: 'Opening hours: ',
  open24: 'Open 24 hours',
  walk: '{m} m walk',
  walkFew: 'a few steps',
  unreachable: 'not reachable',
  categories: { counter: 'Counters', zone: 'Areas', toilet: 'Toilets', aed: 'AED', exit: 'Entrances and exits', facility: 'Facilities', link: 'Elevators and stairs' },
  floorOf: '{f}',
  place: 'Place',
  linkFromMissing: 'The place “{id}” in this QR code or link is not on this map (the code may be out of date), so directions cannot start there.',
  linkStartAt: 'I am at the {place}',
  linkToMissing: 'The destination “{q}” in this link was not found (the link may be out of date). Search for a counter number, a department or a place.',
  linkSearch: 'Search destinations',
};

export const STRINGS: Record<Lang, Strings> = { zh, en };

/** The phone's language decides, unless the link says `lang=`: Chinese for any zh-*, English otherwise. */
export function pickLang(hash: string, languages: readonly string[]): Lang {
  const m = /[#&]lang=(zh|en)/.exec(hash);
  if (m) return m[1] as Lang;
  const first = languages.find(Boolean) ?? 'zh';
  return first.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

export function fill(t: string, vars: Record<string, string | number>): string {
  return t.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? ''));
}
