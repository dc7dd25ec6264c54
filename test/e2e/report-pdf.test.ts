/**
 * The report as PDF from the editor's File menu: the report is handed to the browser's print path (a hidden,
 * script-less frame, print() called once), and that very document prints to an A4 PDF whose text is the
 * report's (CJK included, with subset fonts), under 1.5 MB.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shot, SHOTS, type App, startAppCountingPrints, stopApp } from './harness';

let app: App;

/** Text of every page of a PDF, read with pdf.js (the legacy build runs in Node). */
async function readPdf(bytes: Uint8Array): Promise<{ pages: number; text: string }> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const pdf = await pdfjs.getDocument({ data: bytes.slice(), isEvalSupported: false }).promise;
  let text = '';
  for (let i = 1; i <= pdf.numPages; i++) {
    const content = await (await pdf.getPage(i)).getTextContent();
    text += content.items.map((it) => ('str' in it ? it.str : '')).join('');
  }
  return { pages: pdf.numPages, text };
}

describe('report PDF from the editor', () => {
  beforeAll(async () => {
    app = await startAppCountingPrints();
    await app.page.goto(app.url);
    await app.page.locator('[data-testid="findings-score"]').waitFor();
  });

  afterAll(async () => {
    await stopApp(app);
  });

  it('File → report (PDF) prints the signed-off report through the browser', async () => {
    await app.page.locator('[data-testid="file-menu"]').click();
    await app.page.locator('[data-testid="print-report-pdf"]').waitFor();
    await shot(app.page, 'report-pdf-menu');
    await app.page.locator('[data-testid="print-report-pdf"]').click();
    await app.page.waitForFunction(() => ((window as unknown as { __prints?: number }).__prints ?? 0) > 0);
    expect(await app.page.evaluate(() => (window as unknown as { __prints?: number }).__prints)).toBe(1);

    const frameEl = app.page.locator('[data-testid="report-print-frame"]');
    expect(await frameEl.getAttribute('sandbox')).toBe('allow-same-origin allow-modals');
    const frame = await (await frameEl.elementHandle())?.contentFrame();
    if (!frame) throw new Error('no print frame');
    const hallName = await app.page.evaluate(() => (window as unknown as { __halltwin: { editor: { doc: { meta: { name: string } } } } }).__halltwin.editor.doc.meta.name);
    expect(await frame.title()).toMatch(/-report$/);
    expect(await frame.locator('script').count()).toBe(0);
    const html = await frame.content();
    expect(html).toContain('签署 Sign-off');

    // The document handed to print(), printed as the browser's "Save as PDF" does.
    const out = resolve(SHOTS, 'editor-report.html');
    writeFileSync(out, html);
    const printer = await app.context.newPage();
    await printer.goto(`file://${out}`);
    const pdf = new Uint8Array(await printer.pdf({ preferCSSPageSize: true, printBackground: true, path: resolve(SHOTS, 'editor-report.pdf') }));
    await printer.close();
    expect(pdf.length).toBeLessThan(1.5e6);
    const read = await readPdf(pdf);
    expect(read.pages).toBeGreaterThanOrEqual(2);
    // NFKC: the CJK font maps some glyphs to Kangxi radicals (⼼ for 心) in the extracted text.
    const flat = read.text.normalize('NFKC').replace(/\s+/g, '');
    expect(flat).toContain(hallName.normalize('NFKC').replace(/\s+/g, ''));
    expect(flat).toContain('签署');
    // Fonts are embedded as subsets (the six-letter tag before the name): only the glyphs used travel.
    const fonts = [...new TextDecoder('latin1').decode(pdf).matchAll(/\/FontName\s*\/([A-Z]{6}\+)?([^\s/>]+)/g)];
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.every((f) => !!f[1])).toBe(true);
    expect(app.errors).toEqual([]);
  });
});
