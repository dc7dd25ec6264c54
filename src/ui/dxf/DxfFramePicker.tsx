/**
 * The plans side by side in the drawing, to tick as floors, each with its size, the grid axes found on it and the
 * floor it becomes (a title naming a storey takes that storey; the others stack up left to right); floors that
 * share axes are lined up on them.
 */
import { axisRuns } from '../../dxf/axes';
import type { DxfAnalysis } from '../../dxf/types';
import { useT } from '../EditorContext';

export interface DxfFramePickerProps {
  analysis: DxfAnalysis;
  /** Metres per drawing unit as the user has the unit now. */
  metres: number;
  chosen: number[];
  /** The floor each chosen plan becomes, by frame index. */
  floorNames: ReadonlyMap<number, string>;
  onChange: (frames: number[]) => void;
}

export function DxfFramePicker({ analysis: a, metres, chosen, floorNames, onChange }: DxfFramePickerProps) {
  const t = useT();
  const withAxes = a.frames.filter((f) => f.axes?.length).length;
  return (
    <fieldset className="dxf-dialog__frames" data-testid="dxf-frames">
      <legend>{t('dxf.frames')}</legend>
      {a.frames.map((f, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: frames are numbered by position and never reorder while the dialog is open
        <label key={i} className="chip">
          <input
            type="checkbox"
            data-testid={`dxf-frame-${i}`}
            checked={chosen.includes(i)}
            onChange={(e) => onChange(e.target.checked ? [...chosen, i].sort((x, y) => x - y) : chosen.filter((x) => x !== i))}
          />
          {f.title ?? t('dxf.frame', { n: i + 1 })} ({((f.maxX - f.minX) * metres).toFixed(0)} × {((f.maxY - f.minY) * metres).toFixed(0)} m)
          {f.axes?.length ? (
            <span className="dxf-dialog__why" data-testid={`dxf-frame-axes-${i}`}>
              {' '}
              · {t('dxf.frameAxes', { axes: axisRuns(f.axes.map((x) => x.name)) })}
            </span>
          ) : null}
          {floorNames.has(i) && (
            <span className="dxf-dialog__why" data-testid={`dxf-frame-floor-${i}`}>
              {' '}
              → {floorNames.get(i)}
            </span>
          )}
        </label>
      ))}
      {withAxes > 1 && <p className="dxf-dialog__why">{t('dxf.alignOnAxes')}</p>}
    </fieldset>
  );
}
