/** IFC import progress: current stage, a progress bar and a cancel button, in the UI language. */
import type { IfcProgress } from '../../ifc/progress';
import type { ImportStage } from '../../ifc/types';

export const STAGE_LABELS: Record<ImportStage, { zh: string; en: string }> = {
  open: { zh: '读取模型', en: 'Opening model' },
  storeys: { zh: '识别楼层', en: 'Reading storeys' },
  spaces: { zh: '提取房间', en: 'Tracing spaces' },
  walls: { zh: '生成墙体与几何', en: 'Walls and geometry' },
  doors: { zh: '识别门', en: 'Doors' },
  links: { zh: '楼梯与电梯', en: 'Stairs and lifts' },
  furniture: { zh: '家具与柱', en: 'Furniture and columns' },
  geometry: { zh: '整理 IFC 模型的三维图层', en: 'Building the IFC model’s 3D layer' },
  done: { zh: '完成', en: 'Done' },
};

export interface ImportProgressProps {
  /** Latest report from importIfcInWorker's onProgress; undefined = starting (shows "open" at 0 %). */
  progress?: IfcProgress;
  /** Shown before the stage, e.g. the file name. Default: none. */
  fileName?: string;
  /** Cancel handler (abort the import's AbortController); no button when absent. */
  onCancel?: () => void;
  /** UI language. Default zh-CN. */
  locale?: 'zh-CN' | 'en';
}

const TEXT = {
  'zh-CN': { importing: '正在导入 IFC：', progress: '导入进度', cancel: '取消', cancelTitle: '取消导入' },
  en: { importing: 'Importing IFC: ', progress: 'Import progress', cancel: 'Cancel', cancelTitle: 'Cancel import' },
};

export function ImportProgress({ progress, fileName, onCancel, locale = 'zh-CN' }: ImportProgressProps) {
  const stage = progress?.stage ?? 'open';
  const pct = Math.round(100 * Math.max(0, Math.min(1, progress?.fraction ?? 0)));
  const label = STAGE_LABELS[stage];
  const text = locale === 'en' ? label.en : label.zh;
  const tx = TEXT[locale];
  return (
    <div className="ifc-import-progress" role="status" aria-live="polite" data-stage={stage}>
      <div className="ifc-import-progress__label">
        {fileName ? <span className="ifc-import-progress__file">{fileName} · </span> : null}
        <span>
          {tx.importing}
          {text}
        </span>
        <span className="ifc-import-progress__pct"> {pct}%</span>
      </div>
      <progress max={100} value={pct} aria-label={tx.progress} style={{ width: '100%' }} />
      {onCancel ? (
        <button type="button" className="ifc-import-progress__cancel" onClick={onCancel} title={tx.cancelTitle}>
          {tx.cancel}
        </button>
      ) : null}
    </div>
  );
}
