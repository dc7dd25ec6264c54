import { memo, useCallback, useMemo } from 'react';
import type { LabelVariant } from './labels-store';
import type { LabelNodes } from './label-nodes';
import { SHORT_LABEL_UNITS, shortenLabel } from '../core/geometry/label-text';
import { LABEL_STYLES } from './label-metrics';
import { displayText } from './label-display';

/**
 * One label's node, memoised: when one label changes (the snap name following the pointer while dragging), the
 * others are not rendered again (a city hall floor shows hundreds). The projector owns its position and form.
 */
export const LabelSpan = memo(function LabelSpan({ id, text, variant, nodes }: { id: string; text: string; variant: LabelVariant; nodes: LabelNodes }) {
  const full = useMemo(() => displayText(text, variant), [text, variant]);
  const short = useMemo(() => shortenLabel(text, SHORT_LABEL_UNITS), [text]);
  const ref = useCallback(
    (n: HTMLSpanElement | null) => {
      if (n) nodes.set(id, n);
      else nodes.delete(id);
    },
    [id, nodes],
  );
  return (
    <span
      data-label={variant}
      data-visible="0"
      ref={ref}
      style={{ position: 'absolute', left: 0, top: 0, whiteSpace: 'nowrap', userSelect: 'none', transform: 'translate(-9999px,0)', visibility: 'hidden', ...LABEL_STYLES[variant] }}
    >
      <span data-form="full">{full}</span>
      <span data-form="short" style={{ display: 'none' }}>
        {short}
      </span>
    </span>
  );
});
