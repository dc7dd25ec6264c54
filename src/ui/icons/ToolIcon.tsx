/**
 * Our own 24×24 line icons (no icon font, no CDN: halls run on intranets): the editor's own below, and each placing
 * tool's as its kind declares it (`tools[].icon`).
 */
import type { ReactElement } from 'react';
import { KIND_TOOLS } from '../../editor/kind-tools';
import type { IconStroke } from '../../core/kinds/roles';

/** A declared icon's strokes; a filled one is a quarter-tone area without an outline. */
function strokes(icon: readonly IconStroke[]): ReactElement {
  return <>{icon.map((s) => (s.fill ? <path key={s.d} d={s.d} fill="currentColor" opacity=".25" stroke="none" /> : <path key={s.d} d={s.d} strokeDasharray={s.dash} />))}</>;
}

const PATHS: Record<string, ReactElement> = {
  select: <path d="M5 3l13 8-6 1.5L9 19z" />,
  measure: (
    <>
      <path d="M3 16L16 3l5 5L8 21z" />
      <path d="M7 12l2 2M10 9l2 2M13 6l2 2" />
    </>
  ),
  outline: (
    <>
      <path d="M3 5h12v5h6v9H3z" strokeWidth="2.4" />
      <circle cx="3" cy="5" r="1.3" fill="currentColor" />
      <circle cx="21" cy="19" r="1.3" fill="currentColor" />
    </>
  ),
  fit: <path d="M4 9V4h5M15 4h5v5M20 15v5h-5M9 20H4v-5M9 9h6v6H9z" />,
  undo: <path d="M9 14L4 9l5-5M4 9h10a6 6 0 0 1 0 12h-3" />,
  redo: <path d="M15 14l5-5-5-5M20 9H10a6 6 0 0 0 0 12h3" />,
  grid: <path d="M4 4h16v16H4zM4 9.3h16M4 14.6h16M9.3 4v16M14.6 4v16" />,
  snap: (
    <>
      <path d="M6 4v7a6 6 0 0 0 12 0V4h-4v7a2 2 0 0 1-4 0V4z" />
      <path d="M6 8h4M14 8h4" />
    </>
  ),
  file: <path d="M6 3h8l4 4v14H6zM14 3v4h4" />,
  save: (
    <>
      <path d="M4 4h13l3 3v13H4z" />
      <path d="M8 4v5h7V4M8 20v-6h8v6" />
    </>
  ),
  export: <path d="M12 15V3M7 8l5-5 5 5M4 14v6h16v-6" />,
  trash: <path d="M4 7h16M9 7V4h6v3M6 7l1 13h10l1-13" />,
  up: <path d="M6 15l6-6 6 6" />,
  down: <path d="M6 9l6 6 6-6" />,
  plus: <path d="M12 5v14M5 12h14" />,
  target: (
    <>
      <circle cx="12" cy="12" r="7" />
      <path d="M12 2v4M12 18v4M2 12h4M18 12h4" />
    </>
  ),
};

const DECLARED: Record<string, ReactElement> = Object.fromEntries(KIND_TOOLS.map(({ tool }) => [tool.id, strokes(tool.icon)]));

export function ToolIcon({ name, size = 20, title }: { name: string; size?: number; title?: string }) {
  const body = PATHS[name] ?? DECLARED[name] ?? DECLARED.point;
  return (
    // biome-ignore lint/a11y/noSvgWithoutTitle: decorative (aria-hidden) unless a title is given, which is then rendered as <title>
    <svg
      className="icon"
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.6}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden={title ? undefined : true}
      role={title ? 'img' : undefined}
    >
      {title ? <title>{title}</title> : null}
      {body}
    </svg>
  );
}
