/** Our own 24×24 line icons (no icon font, no CDN: halls run on intranets). */
import type { ReactElement } from 'react';

const PATHS: Record<string, ReactElement> = {
  select: <path d="M5 3l13 8-6 1.5L9 19z" />,
  wall: (
    <>
      <rect x="3" y="6" width="18" height="12" />
      <path d="M3 12h18M9 6v6M15 12v6" />
    </>
  ),
  'zone-rect': (
    <>
      <rect x="4" y="5" width="16" height="14" strokeDasharray="3 2" />
      <path d="M8 9h8v6H8z" fill="currentColor" opacity=".25" stroke="none" />
    </>
  ),
  'zone-poly': <path d="M4 18l2-12 8-2 6 7-5 8z" strokeDasharray="3 2" />,
  door: (
    <>
      <path d="M3 20h18M6 20V5h2" />
      <path d="M8 5a14 14 0 0 1 11 15" strokeDasharray="2 2" />
    </>
  ),
  window: (
    <>
      <path d="M3 9h18M3 15h18" />
      <path d="M5 11h14M5 13h14" />
      <path d="M5 9v6M19 9v6" />
    </>
  ),
  counter: (
    <>
      <rect x="4" y="8" width="16" height="6" />
      <path d="M8 18h8" strokeDasharray="2 1.5" />
      <circle cx="12" cy="5" r="1.6" />
    </>
  ),
  'counter-row': (
    <>
      <rect x="2" y="8" width="6" height="5" />
      <rect x="9" y="8" width="6" height="5" />
      <rect x="16" y="8" width="6" height="5" />
      <path d="M2 17h20" strokeDasharray="2 1.5" />
    </>
  ),
  sign: (
    <>
      <rect x="4" y="4" width="16" height="9" rx="1" />
      <path d="M12 13v7M9 20h6M8 8.5h6l-2-2M14 8.5l-2 2" />
    </>
  ),
  point: (
    <>
      <path d="M12 21s-6-5.5-6-10a6 6 0 0 1 12 0c0 4.5-6 10-6 10z" />
      <circle cx="12" cy="11" r="2" />
    </>
  ),
  vlink: <path d="M4 20h4v-4h4v-4h4V8h4M16 4l4 0 0 4" />,
  route: (
    <>
      <circle cx="10" cy="5" r="1.6" />
      <path d="M10 8v5h5l2 5M10 13a5 5 0 1 0 4 6" />
    </>
  ),
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

export function ToolIcon({ name, size = 20, title }: { name: string; size?: number; title?: string }) {
  const body = PATHS[name] ?? PATHS.point;
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
