/** Bad input gives a clear IfcImportError (or a usable hall with warnings): never a crash or a hang. */
import { describe, expect, it } from 'vitest';
import { importIfc, IfcImportError } from '../../src/ifc';
import { HallDocumentSchema } from '../../src/core/document';
import { HAVE_CORPUS, readIfc } from './corpus';
import { elevatorRampFixture } from './fixtures';

const fail = (bytes: Uint8Array, fileName = 'x.ifc') =>
  importIfc(bytes, { fileName }).then(
    () => null,
    (e: unknown) => e,
  );

/** Deterministic PRNG (mulberry32) so a failing case can be replayed. */
function rng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('IFC bad input', () => {
  it('empty file', async () => {
    const e = await fail(new Uint8Array(0), 'empty.ifc');
    expect(e).toBeInstanceOf(IfcImportError);
    expect((e as Error).message).toMatch(/empty\.ifc: the file is empty/);
  });

  it('random bytes', async () => {
    const r = rng(7);
    const e = await fail(
      Uint8Array.from({ length: 4096 }, () => Math.floor(r() * 256)),
      'noise.ifc',
    );
    expect(e).toBeInstanceOf(IfcImportError);
    expect((e as Error).message).toMatch(/noise\.ifc: not an IFC \(STEP\) file/);
  });

  it('a JSON file renamed to .ifc', async () => {
    const e = await fail(new TextEncoder().encode(JSON.stringify({ format: 'halltwin', version: 1, floors: [] })), 'hall.ifc');
    expect((e as Error).message).toMatch(/looks like JSON/);
  });

  it('plain text that is not IFC', async () => {
    const e = await fail(new TextEncoder().encode('Hello, this is a readme.\n'), 'readme.ifc');
    expect((e as Error).message).toMatch(/does not start with "ISO-10303-21;"/);
  });

  it('a header-only STEP file without storeys', async () => {
    const text =
      "ISO-10303-21;\nHEADER;\nFILE_DESCRIPTION((''),'2;1');\nFILE_NAME('','',(''),(''),'','','');\nFILE_SCHEMA(('IFC4'));\nENDSEC;\nDATA;\nENDSEC;\nEND-ISO-10303-21;\n";
    const e = await fail(new TextEncoder().encode(text), 'bare.ifc');
    expect(e).toBeInstanceOf(IfcImportError);
    expect((e as Error).message).toMatch(/no IfcBuildingStorey/);
  });

  it('a building without IfcSite imports, with a "no georeference" warning', async () => {
    const text = new TextDecoder().decode(elevatorRampFixture({ site: false }));
    expect(text).not.toContain('IFCSITE');
    const res = await importIfc(new TextEncoder().encode(text), { fileName: 'nosite.ifc' });
    expect(res.doc.floors).toHaveLength(3);
    expect(res.doc.meta.georef).toBeUndefined();
    expect(res.warnings.map((w) => w.en).join('\n')).toMatch(/no georeference/);
    expect(HallDocumentSchema.safeParse(res.doc).success).toBe(true);
  });

  it('an unsupported schema', async () => {
    const text = "ISO-10303-21;\nHEADER;\nFILE_SCHEMA(('AP214'));\nENDSEC;\nDATA;\nENDSEC;\nEND-ISO-10303-21;\n";
    expect(((await fail(new TextEncoder().encode(text))) as Error).message).toMatch(/schema "AP214"/);
  });

  describe.skipIf(!HAVE_CORPUS)('mangled copies of a real model', () => {
    const good = HAVE_CORPUS ? readIfc('AC20-FZK-Haus.ifc') : new Uint8Array();

    it('truncated at 50%', async () => {
      const e = await fail(good.slice(0, good.length >> 1), 'half.ifc');
      expect(e).toBeInstanceOf(IfcImportError);
      expect((e as Error).message).toMatch(/half\.ifc: the file is truncated/);
    });

    for (const seed of [1, 2, 3]) {
      it(`random bytes flipped (seed ${seed}) → clear error or a valid hall`, async () => {
        const r = rng(seed);
        const bad = good.slice();
        // Keep the header and trailer so the damage reaches web-ifc and our mapping.
        for (let k = 0; k < 300; k++) bad[2000 + Math.floor(r() * (bad.length - 4000))] = Math.floor(r() * 256);
        const out = await importIfc(bad, { fileName: 'flipped.ifc' }).then(
          (res) => res,
          (e: unknown) => e,
        );
        if (out instanceof Error) {
          expect(out).toBeInstanceOf(IfcImportError);
          expect(out.message).toMatch(/flipped\.ifc/);
        } else {
          expect(HallDocumentSchema.safeParse((out as { doc: unknown }).doc).success).toBe(true);
        }
      });
    }

    it('cancellation through the AbortSignal stops between stages', async () => {
      const ctrl = new AbortController();
      const seen: string[] = [];
      const e = await importIfc(good, {
        signal: ctrl.signal,
        onProgress: (stage) => {
          seen.push(stage);
          if (stage === 'spaces') ctrl.abort();
        },
      }).catch((x: unknown) => x);
      expect((e as Error).name).toBe('AbortError');
      expect(seen).not.toContain('done');
    });
  });
});
