/**
 * Module worker running the DXF import off the main thread, in the dialog's two steps. The parsed drawing
 * stays here between them, so changing a layer's role does not parse the file again.
 * In: { type: 'analyse', bytes, fileName } then { type: 'build', options }.
 * Out: { type: 'progress', progress }, { type: 'analysed', analysis }, { type: 'done', result } (context lines
 * transferred) or { type: 'error', text ({zh, en}), where }.
 */
import { DxfImportError } from './errors';
import { analyseDxf, buildHall, type DxfSession } from './import';
import { dxfProgress } from './progress';
import type { DxfImportOptions, DxfStage } from './types';

export type DxfWorkerRequest =
  | { type: 'analyse'; bytes: ArrayBuffer; fileName: string; units?: DxfImportOptions['units'] }
  | { type: 'build'; options: Omit<DxfImportOptions, 'onProgress' | 'signal'> };

const scope = self as unknown as { postMessage(msg: unknown, transfer?: Transferable[]): void; onmessage: ((ev: MessageEvent<DxfWorkerRequest>) => void) | null };

let session: DxfSession | undefined;
let last = -1;
const onProgress = (stage: DxfStage, f: number) => {
  const p = dxfProgress(stage, f);
  const pct = Math.floor(p.fraction * 100);
  if (pct === last) return;
  last = pct;
  scope.postMessage({ type: 'progress', progress: p });
};

scope.onmessage = (ev) => {
  const m = ev.data;
  try {
    if (m.type === 'analyse') {
      session = analyseDxf(new Uint8Array(m.bytes), { fileName: m.fileName, units: m.units, onProgress });
      scope.postMessage({ type: 'analysed', analysis: session.analysis });
    } else if (m.type === 'build') {
      if (!session) throw new DxfImportError({ zh: '无法生成：尚未读取图纸', en: 'nothing to build: the drawing was not read' }, 'worker');
      last = -1;
      const result = buildHall(session, { ...m.options, onProgress });
      const transfer: ArrayBuffer[] = [];
      for (const c of result.context) for (const a of Object.values(c.byRole)) if (a) transfer.push(a.buffer as ArrayBuffer);
      scope.postMessage({ type: 'done', result }, transfer);
    }
  } catch (e) {
    const text =
      e instanceof DxfImportError
        ? e.text
        : { zh: `DXF 导入出错：${String(e instanceof Error ? e.message : e)}`, en: `the DXF import failed: ${String(e instanceof Error ? e.message : e)}` };
    scope.postMessage({ type: 'error', text, where: e instanceof DxfImportError ? e.where : undefined });
  }
};
