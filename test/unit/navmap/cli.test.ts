import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { unzipSync } from 'fflate';
import { run } from '../../../src/cli/export';
import { fakeIO } from '../cli/fake-io';

const MODEL = resolve(__dirname, '../../../models/county-hall.hall.json');

describe('halltwin export navmap|qr|imdf|geojson', () => {
  it('writes a nav map HTML', async () => {
    const io = fakeIO();
    expect(await run(['navmap', MODEL, '-o', 'out.html', '--base-url', 'https://x.cn/nav.html'], io)).toBe(0);
    expect(String(io.written.get('out.html'))).toMatch(/^<!doctype html>/);
  });
  it('writes a QR sheet and needs --base-url', async () => {
    const io = fakeIO();
    expect(await run(['qr', MODEL, '-o', 'q.svg'], io)).toBe(2);
    expect(io.stderr.join('\n')).toMatch(/usage/);
    expect(await run(['qr', MODEL, '-o', 'q.svg', '--base-url', 'https://x.cn/nav.html'], io)).toBe(0);
    expect(String(io.written.get('q.svg'))).toMatch(/^<\?xml[\s\S]*<svg/);
  });
  it('writes IMDF and refuses a hall without georef with exit 2', async () => {
    const io = fakeIO();
    expect(await run(['imdf', MODEL, '-o', 'o.zip'], io)).toBe(0);
    expect(Object.keys(unzipSync(io.written.get('o.zip') as Uint8Array))).toContain('manifest.json');
    const raw = JSON.parse(readFileSync(MODEL, 'utf8'));
    delete raw.meta.georef;
    io.written.set('nogeo.hall.json', JSON.stringify(raw));
    expect(await run(['imdf', 'nogeo.hall.json', '-o', 'o2.zip'], io)).toBe(2);
    expect(io.stderr.join('\n')).toMatch(/georeference/);
  });
  it('writes GeoJSON of the whole hall, each feature tagged with its floor', async () => {
    const io = fakeIO();
    expect(await run(['geojson', MODEL, '-o', 'plan.geojson'], io)).toBe(0);
    expect([...io.written.keys()]).toEqual(['plan.geojson']);
    const fc = JSON.parse(String(io.written.get('plan.geojson'))) as { type: string; features: { properties: { floor: string } }[] };
    expect(fc.type).toBe('FeatureCollection');
    expect(new Set(fc.features.map((f) => f.properties.floor))).toEqual(new Set(['F1', 'F2']));
  });
  it('names the missing or bad option and prints the usage generated from the registry', async () => {
    const io = fakeIO();
    expect(await run(['qr', MODEL, '-o', 'q.svg', '--base-url', 'javascript:alert(1)'], io)).toBe(2);
    expect(io.stderr.join('\n')).toMatch(/--base-url must be a URL/);
    expect(io.written.size).toBe(0);
    const io2 = fakeIO();
    expect(await run(['nope'], io2)).toBe(2);
    expect(io2.stderr.join('\n')).toMatch(/navmap\|qr\|imdf\|geojson\|report\|bcf\|ifc/);
  });
});
