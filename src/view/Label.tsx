/** A text label pinned to a plan point: DOM text (so CJK renders with the system font, offline, and user text stays text). */
import { Html } from '@react-three/drei';
import type { CSSProperties } from 'react';

export interface LabelProps {
  /** World position. */
  position: [number, number, number];
  /** The text; rendered as a text node, never as HTML. */
  text: string;
  /** Visual style, default 'zone'. */
  variant?: 'zone' | 'counter' | 'sign' | 'link' | 'measure';
}

const STYLES: Record<NonNullable<LabelProps['variant']>, CSSProperties> = {
  zone: { font: '600 12px "Noto Sans CJK SC","Noto Sans SC","PingFang SC","Microsoft YaHei",sans-serif', color: '#1e293b', textShadow: '0 0 3px #fff,0 0 3px #fff' },
  counter: { font: '600 10px "Noto Sans CJK SC",sans-serif', color: '#fff', background: '#9a3412', padding: '0 3px', borderRadius: 3 },
  sign: { font: '10px "Noto Sans CJK SC",sans-serif', color: '#065f46', background: 'rgba(236,253,245,.9)', border: '1px solid #10b981', padding: '0 2px', borderRadius: 2, maxWidth: 120, overflow: 'hidden', textOverflow: 'ellipsis' },
  link: { font: '600 11px "Noto Sans CJK SC",sans-serif', color: '#0f172a', background: 'rgba(255,255,255,.8)', padding: '0 2px' },
  measure: { font: '700 12px "Noto Sans CJK SC",sans-serif', color: '#fff', background: '#111827', padding: '1px 4px', borderRadius: 3 },
};

export function Label({ position, text, variant = 'zone' }: LabelProps) {
  return (
    <Html position={position} center zIndexRange={[10, 0]} style={{ pointerEvents: 'none', whiteSpace: 'nowrap', userSelect: 'none', ...STYLES[variant] }}>
      <span data-label={variant}>{text}</span>
    </Html>
  );
}
