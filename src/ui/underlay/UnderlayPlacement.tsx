/**
 * An underlay's fade, rotation and position typed in, and the PDF page shown when the PDF has several. Typed values
 * apply on Enter or when the field is left (one undo step each), as AutoCAD's properties palette does.
 */
import { useStore } from 'zustand';
import type { Underlay } from '../../core/document';
import { useEditor, useT } from '../EditorContext';
import { NumberCell } from '../inspector/NumberCell';
import { renderPdfPage } from './add-underlay';
import { underlayStore } from './underlay-store';

export interface UnderlayPlacementProps {
  underlay: Underlay;
  floorId: string;
  patch: (p: Partial<Underlay>) => void;
}

export function UnderlayPlacement({ underlay: u, floorId, patch }: UnderlayPlacementProps) {
  const editor = useEditor();
  const t = useT();
  const pdf = useStore(underlayStore, (s) => s.pdf);
  return (
    <>
      <label>
        {t('underlay.opacity')}{' '}
        <input
          type="range"
          data-testid="underlay-opacity"
          min={5}
          max={100}
          step={5}
          value={Math.round(u.opacity * 100)}
          onChange={(e) => patch({ opacity: Number(e.target.value) / 100 })}
        />
      </label>
      <label>
        {t('underlay.rotation')} <NumberCell data-testid="underlay-rotation" step={0.5} value={u.rotation} onCommit={(n) => patch({ rotation: n })} />°
      </label>
      <label>
        {t('underlay.move')} x <NumberCell data-testid="underlay-x" step={0.1} value={Number(u.position[0].toFixed(3))} onCommit={(n) => patch({ position: [n, u.position[1]] })} />
      </label>
      <label>
        y <NumberCell data-testid="underlay-y" step={0.1} value={Number(u.position[1].toFixed(3))} onCommit={(n) => patch({ position: [u.position[0], n] })} />
      </label>
      {pdf && pdf.floorId === floorId && pdf.pages > 1 && (
        <label>
          {t('underlay.pdfPage', { n: pdf.pages })}{' '}
          <NumberCell
            data-testid="underlay-page"
            min={1}
            max={pdf.pages}
            value={u.page ?? 1}
            onCommit={(n) => void renderPdfPage(editor, pdf.name, pdf.bytes, Math.min(pdf.pages, Math.round(n)))}
          />
        </label>
      )}
    </>
  );
}
