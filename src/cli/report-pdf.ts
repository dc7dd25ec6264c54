/**
 * The report as PDF from the command line: the same A4 HTML printed by a headless Chromium (the system's,
 * never a downloaded one), which embeds only the CJK glyphs the report uses.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

function findChromium(): string | undefined {
  const env = process.env.CHROMIUM_PATH ?? process.env.CHROME_PATH;
  const candidates = [env, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'].filter(
    (p): p is string => !!p,
  );
  return candidates.find((p) => existsSync(p));
}

export function htmlToPdf(html: string): Uint8Array {
  const chromium = findChromium();
  if (!chromium) throw new Error('PDF needs Chromium or Chrome (set CHROMIUM_PATH); write the report as .html instead / 生成 PDF 需要 Chromium');
  const dir = mkdtempSync(join(tmpdir(), 'halltwin-report-'));
  try {
    const src = join(dir, 'report.html');
    const out = join(dir, 'report.pdf');
    writeFileSync(src, html);
    execFileSync(chromium, ['--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer', `--print-to-pdf=${out}`, pathToFileURL(src).href], {
      stdio: 'ignore',
      timeout: 120_000,
    });
    if (!existsSync(out)) throw new Error('Chromium wrote no PDF');
    return new Uint8Array(readFileSync(out));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
