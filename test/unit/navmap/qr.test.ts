import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import QRCode from 'qrcode';
import { parseHallText } from '../../../src/core/io';
import type { HallDocument } from '../../../src/core/document';
import { exportQrSheet, qrMatrix, qrUrl } from '../../../src/nav/export/qr';
import { herePoints } from '../../../src/nav/export/here-points';

function county(): HallDocument {
  const r = parseHallText(readFileSync(resolve(__dirname, '../../../models/county-hall.hall.json'), 'utf8'));
  if (!r.ok) throw new Error('county hall does not load');
  return r.doc;
}

const BASE = 'https://hall.example.cn/nav.html';

describe('QR sheet', () => {
  const doc = county();
  it('has one code per you-are-here sign and public entrance', () => {
    const ids = herePoints(doc).map((p) => p.id);
    expect(ids).toContain('f1-door-01');
    expect(ids).toContain('f1-door-02');
    expect(ids).toContain('f1-sign-06');
    expect(ids).toContain('f2-sign-10');
    expect(ids).not.toContain('f1-door-03'); // staff entrance
    expect(ids).not.toContain('f1-door-04'); // exit
  });

  it('draws exactly the modules qrcode.create() gives for each URL', () => {
    const svg = exportQrSheet(doc, { baseUrl: BASE });
    const pts = herePoints(doc);
    const paths = [...svg.matchAll(/<path d="([^"]*)"/g)].map((m) => m[1]);
    expect(paths.length).toBe(pts.length);
    pts.forEach((p, i) => {
      const url = qrUrl(BASE, p.id);
      expect(url).toBe(`${BASE}#from=${p.id}`);
      const q = QRCode.create(url, { errorCorrectionLevel: 'M' });
      let dark = 0;
      for (let k = 0; k < q.modules.data.length; k++) dark += q.modules.data[k] ? 1 : 0;
      expect((paths[i].match(/M/g) ?? []).length).toBe(dark);
      expect(qrMatrix(url).size).toBe(q.modules.size);
    });
    const pages = Math.ceil(pts.length / 6);
    expect((svg.match(/<g id="page-/g) ?? []).length).toBe(pages);
    expect(svg).toContain(`viewBox="0 0 210 ${297 * pages}"`);
  });

  it('escapes labels', () => {
    const evil = structuredClone(doc);
    const door = evil.floors[0].elements.find((e) => e.id === 'f1-door-01')!;
    door.name = '<script>alert(1)</script>&"';
    evil.meta.name = '</text><image href="x"/>';
    const svg = exportQrSheet(evil, { baseUrl: BASE });
    expect(svg).not.toContain('<script>');
    expect(svg).not.toContain('<image');
    expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt;&amp;&quot;');
  });

  it('refuses a base URL that is not http(s)', () => {
    expect(() => exportQrSheet(doc, { baseUrl: 'javascript:alert(1)' })).toThrow(/base URL/);
  });
});
