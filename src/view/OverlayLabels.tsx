/** The texts of the active tool's overlay: measured length, segment and rectangle dimensions, the snap's name, a hint by the cursor. */
import { useStore } from 'zustand';
import type { Editor } from '../editor/editor';
import type { Overlay } from '../editor/types';
import { Label } from './Label';
import { rectDimText, segmentDimText, snapName } from './dim-text';

export function OverlayLabels({ editor, o, y }: { editor: Editor; o: Overlay; y: number }) {
  const locale = useStore(editor.store, (s) => s.locale);
  // the cursor only matters while there is a hint to pin to it (no re-render per pointer move otherwise)
  const hintAt = useStore(editor.store, (s) => (s.overlay.hint ? s.cursor : undefined));
  const snapText = o.snap ? snapName(o.snap.kind, locale) : undefined;
  const dim = o.dim && (o.dim.length > 1e-6 || o.dim.typed) ? o.dim : undefined;
  const rectText = o.rect && Math.abs(o.rect.b[0] - o.rect.a[0]) > 0 && Math.abs(o.rect.b[1] - o.rect.a[1]) > 0 ? rectDimText(o.rect.a, o.rect.b) : undefined;
  return (
    <>
      {o.measure && (
        <Label variant="measure" position={[(o.measure.a[0] + o.measure.b[0]) / 2, y, -(o.measure.a[1] + o.measure.b[1]) / 2]} text={`${o.measure.length.toFixed(2)} m`} />
      )}
      {dim && <Label variant="measure" position={[(dim.a[0] + dim.b[0]) / 2, y, -(dim.a[1] + dim.b[1]) / 2]} text={segmentDimText(dim)} />}
      {rectText && o.rect && <Label variant="measure" position={[(o.rect.a[0] + o.rect.b[0]) / 2, y, -(o.rect.a[1] + o.rect.b[1]) / 2]} text={rectText} />}
      {o.snap && snapText && <Label variant="snap" position={[o.snap.point[0], y, -o.snap.point[1]]} text={snapText} />}
      {o.hint && hintAt && <Label variant="measure" position={[hintAt[0] + 1, y, -hintAt[1] - 1]} text={locale === 'en' ? o.hint.en : o.hint.zh} />}
    </>
  );
}
