/**
 * Printable QR sheets: A4 pages (SVG, millimetres) of labelled codes, one per "you are here" point, each encoding
 * `${baseUrl}#from=<id>` so scanning opens the nav map located there. Codes are drawn as one path per code.
 */
import QRCode from 'qrcode';
import type { HallDocument } from '../../core/document';
import { escapeXml } from '../../core/escape';
import { herePoints, type HerePoint } from './here-points';

const PAGE_W = 210;
const PAGE_H = 297;
const COLS = 2;
const ROWS = 3;
const CELL_W = 90;
const CELL_H = 90;
const QR_MM = 60;

export function qrUrl(baseUrl: string, id: string): string {
  return `${baseUrl.replace(/#.*$/, '')}#from=${encodeURIComponent(id)}`;
}

/** Module matrix (row-major, 1 = dark) of the code for `text`, with medium error correction. */
export function qrMatrix(text: string): { size: number; dark: (r: number, c: number) => boolean } {
  const q = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const size = q.modules.size;
  return { size, dark: (r, c) => !!q.modules.get(r, c) };
}

function qrPath(text: string, x: number, y: number, mm: number): string {
  const m = qrMatrix(text);
  const s = mm / m.size;
  let d = '';
  for (let r = 0; r < m.size; r++) {
    for (let c = 0; c < m.size; c++) {
      if (m.dark(r, c)) d += `M${(x + c * s).toFixed(3)} ${(y + r * s).toFixed(3)}h${s.toFixed(3)}v${s.toFixed(3)}h${(-s).toFixed(3)}z`;
    }
  }
  return `<path d="${d}" fill="#000"/>`;
}

function cell(doc: HallDocument, p: HerePoint, baseUrl: string, x: number, y: number): string {
  const url = qrUrl(baseUrl, p.id);
  const qx = x + (CELL_W - QR_MM) / 2;
  return [
    `<rect x="${x}" y="${y}" width="${CELL_W}" height="${CELL_H}" fill="none" stroke="#999" stroke-width="0.2" stroke-dasharray="2 2"/>`,
    `<rect x="${qx - 4}" y="${y + 4}" width="${QR_MM + 8}" height="${QR_MM + 8}" fill="#fff"/>`,
    qrPath(url, qx, y + 8, QR_MM),
    `<text x="${x + CELL_W / 2}" y="${y + QR_MM + 15}" font-size="5" text-anchor="middle" font-weight="bold">您在这里 · ${escapeXml(p.zh)}</text>`,
    `<text x="${x + CELL_W / 2}" y="${y + QR_MM + 21}" font-size="3.6" text-anchor="middle">You are here · ${escapeXml(p.en)} · ${escapeXml(p.floorName)}</text>`,
    `<text x="${x + CELL_W / 2}" y="${y + QR_MM + 26}" font-size="2.6" text-anchor="middle" fill="#555">${escapeXml(doc.meta.name)} · ${escapeXml(p.id)}</text>`,
  ].join('\n');
}

/** One SVG holding every page stacked vertically (each A4, 210 × 297 mm). */
export function exportQrSheet(doc: HallDocument, opts: { baseUrl: string }): string {
  if (!/^https?:\/\/|^file:\/\//i.test(opts.baseUrl)) throw new Error(`base URL must start with https:// (got "${opts.baseUrl}")`);
  const pts = herePoints(doc);
  const perPage = COLS * ROWS;
  const pages = Math.max(1, Math.ceil(pts.length / perPage));
  const marginX = (PAGE_W - COLS * CELL_W) / 2;
  const marginY = (PAGE_H - ROWS * CELL_H) / 2;
  const body: string[] = [];
  for (let pg = 0; pg < pages; pg++) {
    const oy = pg * PAGE_H;
    body.push(`<g id="page-${pg + 1}"><rect x="0" y="${oy}" width="${PAGE_W}" height="${PAGE_H}" fill="#fff"/>`);
    pts.slice(pg * perPage, (pg + 1) * perPage).forEach((p, i) => {
      body.push(cell(doc, p, opts.baseUrl, marginX + (i % COLS) * CELL_W, oy + marginY + Math.floor(i / COLS) * CELL_H));
    });
    body.push('</g>');
  }
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${PAGE_W}mm" height="${PAGE_H * pages}mm" viewBox="0 0 ${PAGE_W} ${PAGE_H * pages}" font-family="sans-serif">`,
    ...body,
    '</svg>',
  ].join('\n');
}
