import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { unzipSync } from 'fflate';
import { run } from '../../../src/cli/export';
import type { CliIO } from '../../../src/cli/io';

const MODEL = resolve(__dirname, '../../../models/county-hall.hall.json');

function fakeIO(): CliIO & { files: Map<string, string | Uint8Array>; outs: string[]; errs: string[] } {
  const files = new Map<string, string | Uint8Array>();
  const outs: string[] = [];
  const errs: string[] = [];
  return {
    files,
    outs,
    errs,
    out: (t) => outs.push(t),
    err: (t) => errs.push(t),
    readText: (p) => (files.has(p) ? String(files.get(p)) : readFileSync(p, 'utf8')),
    readBytes: (p) => {
      const f = files.get(p);
      return f === undefined ? new Uint8Array(readFileSync(p)) : typeof f === 'string' ? new TextEncoder().encode(f) : f;
    },
    write: (p, d) => files.set(p, d),
  };
}

describe('halltwin export navmap|qr|imdf|geojson', () => {
  it('writes a nav map HTML', async () => {
    const io = fakeIO();
    expect(await run(['navmap', MODEL, '-o', 'out.html', '--base-url', 'https://x.cn/nav.html'], io)).toBe(0);
    expect(String(io.files.get('out.html'))).toMatch(/^<!doctype html>/);
  });
  it('writes a QR sheet and needs --base-url', async () => {
    const io = fakeIO();
    expect(await run(['qr', MODEL, '-o', 'q.svg'], io)).toBe(2);
    expect(io.errs.join('\n')).toMatch(/usage/);
    expect(await run(['qr', MODEL, '-o', 'q.svg', '--base-url', 'https://x.cn/nav.html'], io)).toBe(0);
    expect(String(io.files.get('q.svg'))).toMatch(/^<\?xml[\s\S]*<svg/);
  });
  it('writes IMDF and refuses a hall without georef with exit 2', async () => {
    const io = fakeIO();
    expect(await run(['imdf', MODEL, '-o', 'o.zip'], io)).toBe(0);
    expect(Object.keys(unzipSync(io.files.get('o.zip') as Uint8Array))).toContain('manifest.json');
    const raw = JSON.parse(readFileSync(MODEL, 'utf8'));
    delete raw.meta.georef;
    io.files.set('nogeo.hall.json', JSON.stringify(raw));
    expect(await run(['imdf', 'nogeo.hall.json', '-o', 'o2.zip'], io)).toBe(2);
    expect(io.errs.join('\n')).toMatch(/georeference/);
  });
  it('writes GeoJSON of the whole hall, each feature tagged with its floor', async () => {
    const io = fakeIO();
    expect(await run(['geojson', MODEL, '-o', 'plan.geojson'], io)).toBe(0);
    expect([...io.files.keys()]).toEqual(['plan.geojson']);
    const fc = JSON.parse(String(io.files.get('plan.geojson'))) as { type: string; features: { properties: { floor: string } }[] };
    expect(fc.type).toBe('FeatureCollection');
    expect(new Set(fc.features.map((f) => f.properties.floor))).toEqual(new Set(['F1', 'F2']));
  });
  it('names the missing or bad option and prints the usage generated from the registry', async () => {
    const io = fakeIO();
    expect(await run(['qr', MODEL, '-o', 'q.svg', '--base-url', 'javascript:alert(1)'], io)).toBe(2);
    expect(io.errs.join('\n')).toMatch(/--base-url must be a URL/);
    expect(io.files.size).toBe(0);
    const io2 = fakeIO();
    expect(await run(['nope'], io2)).toBe(2);
    expect(io2.errs.join('\n')).toMatch(/navmap\|qr\|imdf\|geojson\|report\|bcf\|ifc/);
  });
});
