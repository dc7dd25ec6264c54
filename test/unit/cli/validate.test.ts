import { describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { main } from '../../../src/cli/main';
import { fakeIO } from './fake-io';
import { ROOT } from '../core/helpers';

describe('halltwin validate', () => {
  it('exit 0 for a valid file', async () => {
    const io = fakeIO();
    expect(await main(['validate', resolve(ROOT, 'models/county-hall.hall.json')], io)).toBe(0);
    expect(io.stdout.join('\n')).toMatch(/valid hall .*2 floors/);
  });
  it('exit 2 with the JSON path and reason of every problem', async () => {
    const bad = JSON.stringify({
      version: 1,
      meta: { name: 'x', level: 'galaxy' },
      floors: [
        {
          id: 'F1',
          name: '1F',
          storey: 1,
          elevation: 0,
          elements: [
            {
              kind: 'zone',
              id: 'z',
              type: 'waiting',
              polygon: [
                [0, 0],
                [1, 1],
                [1, 0],
                [0, 1],
              ],
            },
          ],
        },
      ],
    });
    const io = fakeIO({ 'bad.hall.json': bad });
    expect(await main(['validate', 'bad.hall.json'], io)).toBe(2);
    const err = io.stderr.join('\n');
    expect(err).toMatch(/meta\.level: /);
    expect(err).toMatch(/floors\[0\]\.elements\[0\]\.polygon\[2\]: polygon crosses itself/);
  });
  it('exit 2 for a missing file, bad JSON, no arguments and an unknown command', async () => {
    expect(await main(['validate', '/nonexistent.hall.json'], fakeIO())).toBe(2);
    expect(await main(['validate', 'x.json'], fakeIO({ 'x.json': '{"version": 1,' }))).toBe(2);
    expect(await main(['validate'], fakeIO())).toBe(2);
    expect(await main(['frobnicate'], fakeIO())).toBe(2);
  });
  it('npx halltwin validate works from the bin with no build step', () => {
    const out = execFileSync(process.execPath, [resolve(ROOT, 'bin/halltwin.mjs'), 'validate', resolve(ROOT, 'models/township-hall.hall.json')], { encoding: 'utf8' });
    expect(out).toMatch(/valid hall/);
    const bad = spawnSync(process.execPath, [resolve(ROOT, 'bin/halltwin.mjs'), 'validate', resolve(ROOT, 'package.json')], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/version/);
  }, 60_000);
});
