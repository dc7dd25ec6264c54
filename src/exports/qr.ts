/** Printable A4 sheets of "you are here" QR codes, each opening the nav map at its sign or entrance. */
import { defineExport } from './types';

export const qrExport = defineExport({
  id: 'qr',
  label: { zh: '二维码页（SVG）', en: 'QR code sheet (SVG)' },
  ext: '-qr.svg',
  mime: 'image/svg+xml',
  needsCheck: false,
  options: [
    {
      key: 'base-url',
      label: { zh: '导航地图的发布地址', en: 'Address of the published nav map' },
      type: 'url',
      required: true,
      ask: true,
      hint: { zh: '例如 https://zwfw.example.cn/hall/navmap.html', en: 'e.g. https://hall.example.cn/navmap.html' },
    },
  ],
  async run({ doc, options }) {
    const { exportQrSheet } = await import('../nav/export/qr');
    const { herePoints } = await import('../nav/export/here-points');
    return { data: exportQrSheet(doc, { baseUrl: options['base-url'] ?? '' }), summary: `${herePoints(doc).length} QR codes` };
  },
});
