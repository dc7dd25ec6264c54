/**
 * The phone map in English at 390 × 844: an English room name is several times as wide as its Chinese one, so rooms
 * Chinese names at the default zoom take a shorter English name ("Public info", "Com-\nplaints") rather than none.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type NavMapApp, openNavMap, shot, startNavMapApp } from './harness';

let phoneMap: NavMapApp;

beforeAll(async () => {
  phoneMap = await startNavMapApp();
});

afterAll(async () => {
  await phoneMap?.browser.close();
});

/** The 1F rooms open to the public that the Chinese map names at the default zoom. */
const PUBLIC_1F = ['f1-zone-01', 'f1-zone-02', 'f1-zone-03', 'f1-zone-05', 'f1-zone-06', 'f1-zone-14', 'f1-zone-15', 'f1-zone-17', 'f1-zone-18'];

describe('the phone map in English', () => {
  it('names every public room of 1F at the default zoom, inside its room, breaking words only at a hyphen', async () => {
    const { page, errors, close } = await openNavMap(phoneMap.browser, phoneMap.url, '#from=f1-door-01', { locale: 'en-US' });
    const zh = await openNavMap(phoneMap.browser, phoneMap.url, '#from=f1-door-01', { locale: 'zh-CN' });
    const namedZh = await zh.page.locator('#labels g[data-label^="zone:"]').evaluateAll((gs) => gs.map((g) => g.getAttribute('data-label')));
    await zh.close();
    for (const id of PUBLIC_1F) expect(namedZh, `Chinese names ${id}`).toContain(`zone:${id}`);
    const named = await page.locator('#labels g[data-label^="zone:"]').evaluateAll((gs) =>
      gs.map((g) => ({
        key: g.getAttribute('data-label')?.slice('zone:'.length) ?? '',
        lines: [...g.querySelectorAll('text')].map((t) => t.textContent ?? ''),
        box: g.getBoundingClientRect().toJSON() as DOMRect,
      })),
    );
    const rooms = await page.evaluate((ids) => {
      const out: Record<string, DOMRect> = {};
      for (const id of ids) {
        const el = document.querySelector(`[data-zone="${id}"]`);
        if (el) out[id] = el.getBoundingClientRect().toJSON() as DOMRect;
      }
      return out;
    }, PUBLIC_1F);
    // A label reads as one of the room's English names, its lines joined at a space or after a hyphen.
    const forms = await page.evaluate(() => {
      const data = JSON.parse(document.getElementById('navdata')?.textContent ?? '{}') as { floors: { zones: { id: string; nameEn: string; shortEn?: string[] }[] }[] };
      return Object.fromEntries(data.floors[0].zones.map((z) => [z.id, [z.nameEn, ...(z.shortEn ?? [])].map((f) => f.replace(/-\n/g, '-').replace(/\n/g, ' '))]));
    });
    const byId = new Map(named.map((n) => [n.key, n]));
    for (const id of PUBLIC_1F) {
      const n = byId.get(id);
      expect(n, `English names ${id}`).toBeDefined();
      if (!n) continue;
      const read = n.lines.reduce((s, l) => (s === '' ? l : s.endsWith('-') ? s + l : `${s} ${l}`), '');
      expect(forms[id], `${id} reads "${n.lines.join('|')}"`).toContain(read);
      const r = rooms[id];
      expect(r, `room ${id} drawn`).toBeDefined();
      if (r) {
        const inside = n.box.left >= r.left - 2 && n.box.right <= r.right + 2 && n.box.top >= r.top - 2 && n.box.bottom <= r.bottom + 2;
        expect(inside, `${id} "${n.lines.join('|')}" inside its room`).toBe(true);
      }
    }
    expect(byId.get('f1-zone-01')?.lines.join(' ')).toBe('Public info');
    expect(byId.get('f1-zone-17')?.lines).toEqual(['Com-', 'plaints']);
    await shot(page, 'navmap-english-rooms-1f');
    expect(errors).toEqual([]);
    await close();
  });
});
