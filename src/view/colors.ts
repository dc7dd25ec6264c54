/** Colours by zone type, point kind and link kind; staff zones in warm greys so back-of-house reads at a glance. */
import type { LinkKind, PointKind, ZoneType } from '../core/vocab';
import { ZONE_TYPES } from '../core/vocab';

const ZONE_COLORS: Partial<Record<ZoneType, string>> = {
  consultation: '#4f9dde',
  'counter-service': '#5b8def',
  'self-service': '#37b3a4',
  'self-service-24h': '#1f8f84',
  'form-filling': '#8fb8de',
  'gov-disclosure': '#7e9fd6',
  waiting: '#7cc46b',
  complaint: '#e08a5a',
  'business-services': '#b58ad6',
  'enterprise-services': '#9a7bd8',
  certificate: '#d6a84f',
  convenience: '#c9b458',
  culture: '#c77dab',
  'mother-baby': '#f29bb4',
  toilet: '#9ab0c0',
  'accessible-toilet': '#3b82c4',
  mediation: '#d98c8c',
  circulation: '#d5dde5',
  specialist: '#6a7fe0',
  unclassified: '#c8c8c8',
};
const STAFF = '#b9a38f';

export function zoneColor(type: ZoneType): string {
  return ZONE_TYPES[type].side === 'staff' ? STAFF : (ZONE_COLORS[type] ?? '#c8c8c8');
}

export const POINT_COLORS: Record<PointKind, string> = {
  aed: '#e02424',
  'first-aid-kit': '#16a34a',
  'fire-extinguisher': '#b91c1c',
  cctv: '#334155',
  evaluator: '#f59e0b',
  'ticket-machine': '#0ea5e9',
  seat: '#64748b',
  'suggestion-box': '#7c3aed',
  'drinking-water': '#0284c7',
  'self-service-terminal': '#0d9488',
  'staff-notice-board': '#a16207',
  'help-phone': '#dc2626',
  'wifi-notice': '#2563eb',
  'records-cabinet': '#78716c',
  'name-board': '#b91c1c',
};

export const LINK_COLORS: Record<LinkKind, string> = { stair: '#94a3b8', elevator: '#0f766e', escalator: '#6366f1', ramp: '#a16207' };

export const SEVERITY_COLORS = { error: '#dc2626', warning: '#f59e0b', info: '#3b82f6' } as const;
export const SELECTION_COLOR = '#2563eb';
export const HIGHLIGHT_COLOR = '#ef4444';

/** Colour ramp for heat maps: 0 → green, 0.5 → yellow, 1 → red, beyond the limit → dark red. */
export function rampColor(t: number): [number, number, number] {
  if (!Number.isFinite(t)) return [0.35, 0.05, 0.05];
  const x = Math.max(0, Math.min(1, t));
  return x < 0.5 ? [x * 2, 0.8, 0.2] : [1, 0.8 - (x - 0.5) * 1.4, 0.2];
}
