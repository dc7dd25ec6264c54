/**
 * The offline nav map: ONE self-contained HTML file (app JS, CSS and hall data inline) with a strict CSP —
 * default-src 'none', the script and style allowed only by their sha256 hashes, images only data: — so the page
 * cannot make any network request and user text cannot become code. The data sits in a JSON script block with
 * `<`, `>`, `&`, U+2028 and U+2029 escaped; the app renders every name with textContent.
 */
import type { HallDocument } from '../../core/document';
import { escapeHtml } from '../../core/escape';
import { NAVAPP_CSS } from '../../navapp/style';
import { navAppCode } from './navapp-code';
import { buildNavMapData } from './navdata';

export interface NavMapOptions {
  baseUrl?: string;
  title?: string;
  /** The bundled app (browser editor: `import appCode from 'virtual:navapp'`); Node builds it when absent. */
  appCode?: string;
  /** Narrowest passage a route takes, metres: the preset's walkMinWidthM (see buildNavMapData). */
  walkMinWidth: number;
}

/** JSON safe inside a <script> element and in any JS parser. */
export function jsonForScript(v: unknown): string {
  return JSON.stringify(v).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export async function sha256Base64(text: string): Promise<string> {
  const buf = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  let s = '';
  for (const b of new Uint8Array(buf)) s += String.fromCharCode(b);
  return btoa(s);
}

export async function exportNavMap(doc: HallDocument, opts: NavMapOptions): Promise<string> {
  const data = buildNavMapData(doc, { title: opts.title, walkMinWidth: opts.walkMinWidth });
  const code = (opts.appCode ?? (await navAppCode())).replace(/<\/script/gi, '<\\/script');
  const css = NAVAPP_CSS;
  const csp = [
    `default-src 'none'`,
    `script-src 'sha256-${await sha256Base64(code)}'`,
    `style-src 'sha256-${await sha256Base64(css)}'`,
    `img-src data:`,
    `base-uri 'none'`,
    `form-action 'none'`,
  ].join('; ');
  const title = opts.title ?? doc.meta.name;
  return [
    '<!doctype html>',
    '<html lang="zh-CN">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${csp}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">',
    '<meta name="referrer" content="no-referrer">',
    opts.baseUrl ? `<link rel="canonical" href="${escapeHtml(opts.baseUrl)}">` : '',
    `<title>${escapeHtml(title)} · 室内导航</title>`,
    `<style>${css}</style>`,
    '</head>',
    '<body>',
    '<div id="app"></div>',
    `<script type="application/json" id="navdata">${jsonForScript(data)}</script>`,
    `<script>${code}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
