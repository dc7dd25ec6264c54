import { memo, useCallback, useMemo } from 'react';
import type { LabelVariant } from './labels-store';
import type { LabelNodes } from './label-nodes';
import { SHORT_LABEL_UNITS, shortenLines, wrapLastLine } from '../core/geometry/label-text';
import { LABEL_STYLES } from './label-metrics';
import { displayText } from './label-display';

/**
 * One label's node, memoised: when one label changes (the snap name following the pointer while dragging), the
 * others are not rendered again (a city hall floor shows hundreds). The projector owns its position and form.
 */
export const LabelSpan = memo(function LabelSpan({ id, text, variant, nodes }: { id: string; text: string; variant: LabelVariant; nodes: LabelNodes }) {
  const full = useMemo(() => displayText(text, variant), [text, variant]);
  const short = useMemo(() => shortenLines(text, SHORT_LABEL_UNITS), [text]);
  const wrap = useMemo(() => (variant === 'zone' ? wrapLastLine(full) : undefined), [full, variant]);
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
      style={{
        position: 'absolute',
        left: 0,
        top: 0,
        whiteSpace: 'pre',
        textAlign: 'center',
        userSelect: 'none',
        transform: 'translate(-9999px,0)',
        visibility: 'hidden',
        ...LABEL_STYLES[variant],
      }}
    >
      <span data-form="full">{full}</span>
      <span data-form="short" style={{ display: 'none' }}>
        {short}
      </span>
      {wrap !== undefined && (
        <span data-form="wrap" style={{ display: 'none' }}>
          {wrap}
        </span>
      )}
      {/* A run of crowded counter numbers shown as one range ("01–24"): written by the projector (label-ranges.ts). */}
      <span data-form="range" style={{ display: 'none' }} />
    </span>
  );
});
