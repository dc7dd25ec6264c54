/**
 * The report as PDF in the editor, through the browser's own print path ("Save as PDF" / "另存为 PDF").
 *
 * Why printing and not a PDF library: the browser's PDF printer lays out the same A4 print CSS the CLI's
 * Chromium uses, keeps the text selectable and embeds only the CJK glyphs the report uses, from fonts the
 * system already has. A JavaScript PDF writer (jsPDF, pdf-lib) would have to ship a CJK font in the app
 * (Noto Sans SC is 8–16 MB) and lay the report out again itself, or rasterise the pages (blurry, megabytes).
 */

const FRAME_ID = 'halltwin-report-print';

/**
 * Prints `html` from a hidden frame. The frame is sandboxed without scripts (the report has none; hall
 * names in it stay text) but with modals, which print() needs. It is kept until the next print, because
 * print() returns before the dialog is done in some browsers and removing the frame would cancel the job.
 */
export function printReport(html: string, title: string): HTMLIFrameElement {
  document.getElementById(FRAME_ID)?.remove();
  const frame = document.createElement('iframe');
  frame.id = FRAME_ID;
  frame.dataset.testid = 'report-print-frame';
  frame.setAttribute('sandbox', 'allow-same-origin allow-modals');
  frame.setAttribute('aria-hidden', 'true');
  frame.tabIndex = -1;
  // Laid out at A4 width so the print preview matches the page, but out of sight and out of the tab order.
  Object.assign(frame.style, { position: 'fixed', left: '-10000px', top: '0', width: '210mm', height: '297mm', border: '0', visibility: 'hidden' });
  frame.addEventListener(
    'load',
    () => {
      const win = frame.contentWindow;
      if (!win) return;
      // The PDF's suggested file name comes from the printed document's title.
      win.document.title = title;
      win.focus();
      win.print();
    },
    { once: true },
  );
  frame.srcdoc = html;
  document.body.appendChild(frame);
  return frame;
}
