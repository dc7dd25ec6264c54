import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emptyDocument, serializeHall } from '../../../src/core';
import { bootDocument, hallFromHash } from '../../../src/ui/boot';

const ROOT = resolve(import.meta.dirname, '../../..');
const sample = JSON.parse(readFileSync(resolve(ROOT, 'models/county-hall.hall.json'), 'utf8'));

describe('boot document', () => {
  it('opens the county sample by default', async () => {
    const b = await bootDocument('', '', sample);
    expect(b.source).toBe('sample');
    expect(b.doc.meta.name).toBe(sample.meta.name);
    expect(b.doc.floors.length).toBe(sample.floors.length);
  });

  it('?empty gives a blank hall', async () => {
    const b = await bootDocument('?empty', '', sample);
    expect(b.source).toBe('empty');
    expect(b.doc.floors).toHaveLength(1);
    expect(b.doc.floors[0].elements).toHaveLength(0);
  });

  it('#hall= takes inline JSON, URI-encoded or base64url', async () => {
    const doc = emptyDocument('井冈山便民服务站');
    const text = serializeHall(doc);
    const enc = await bootDocument('', '#hall=' + encodeURIComponent(text), sample);
    expect(enc.source).toBe('hash');
    expect(enc.doc.meta.name).toBe('井冈山便民服务站');
    const b64 = Buffer.from(text, 'utf8').toString('base64url');
    const dec = await bootDocument('', '#hall=' + b64, sample);
    expect(dec.doc.meta.name).toBe('井冈山便民服务站');
  });

  it('a broken #hall= opens a blank hall and reports where the problem is', async () => {
    const bad = JSON.stringify({ version: 1, meta: {}, floors: [{ id: 'F1', name: 1, storey: 1, elevation: 0 }] });
    const b = await bootDocument('', '#hall=' + encodeURIComponent(bad), sample);
    expect(b.source).toBe('empty');
    expect(b.problems?.some((p) => p.path === 'floors[0].name')).toBe(true);
  });

  it('a #hall= URL on another origin is refused', async () => {
    const b = await bootDocument('', '#hall=https://evil.example/x.hall.json', sample, 'http://127.0.0.1:5173');
    expect(b.source).toBe('empty');
    expect(b.problems?.[0].message).toMatch(/same-origin/);
  });

  it('hallFromHash tells inline text from a URL', () => {
    expect(hallFromHash('#other')).toBeUndefined();
    expect(hallFromHash('#hall=models/x.hall.json')).toEqual({ url: 'models/x.hall.json' });
    expect(hallFromHash('#hall=%7B%22a%22%3A1%7D')).toEqual({ text: '{"a":1}' });
  });
});
