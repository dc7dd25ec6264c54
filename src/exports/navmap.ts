/** The offline phone nav map: one self-contained HTML file. */
import { walkMinWidth } from '../rules/util';
import { defineExport } from './types';

export const navmapExport = defineExport({
  id: 'navmap',
  label: { zh: '导航地图（HTML）', en: 'Navigation map (HTML)' },
  ext: '-navmap.html',
  mime: 'text/html',
  needsCheck: false,
  slow: true,
  options: [
    { key: 'base-url', label: { zh: '发布地址', en: 'Published at (URL)' }, type: 'url', hint: { zh: '二维码指向的地址', en: 'The address QR codes point to' } },
    { key: 'title', label: { zh: '标题', en: 'Title' }, type: 'text' },
  ],
  async preflight(doc) {
    const { navMapWarnings } = await import('../nav/export/navmap-warnings');
    return navMapWarnings(doc);
  },
  async run({ doc, options, env }) {
    const { exportNavMap } = await import('../nav/export/navmap');
    const html = await exportNavMap(doc, {
      baseUrl: options['base-url'],
      title: options.title,
      appCode: env.navAppCode ? await env.navAppCode() : undefined,
      walkMinWidth: walkMinWidth(doc),
    });
    return { data: html, summary: `${Math.round(new TextEncoder().encode(html).length / 1024)} KB` };
  },
});
