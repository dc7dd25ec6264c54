/**
 * Shorter English names for the phone map's room labels. An English room name is two to four times as wide as its
 * Chinese one ("Government disclosure" beside 政务公开区), so in a room a Chinese name fits at the default zoom the
 * English one often does not; an indoor map then writes a shorter name rather than none. A form may carry its own
 * line breaks, hyphenated where a dictionary would break the word.
 */
import type { ZoneType } from './vocab';

const SHORTER: Partial<Record<ZoneType, string[]>> = {
  consultation: ['Info'],
  'gov-disclosure': ['Public info'],
  'self-service-24h': ['24h kiosks'],
  complaint: ['Com-\nplaints'],
  mediation: ['Mediation', 'Medi-\nation'],
  'enterprise-services': ['Enterprise', 'Enter-\nprise'],
  certificate: ['Certifi-\ncates'],
  convenience: ['Convenience', 'Conve-\nnience'],
};

/**
 * The shorter names a room's English label may take, longest first: its type's name when the room's own is longer
 * ("Consultation and entrance hall" → "Consultation"), then the type's short forms. None for a numbered room
 * ("Waiting area 2"): without its number it would read as its twin.
 */
export function shorterEn(type: ZoneType, name: string, typeEn: string, numbered: boolean): string[] | undefined {
  if (numbered) return undefined;
  const width = (s: string) => Math.max(...s.split('\n').map((l) => l.length));
  const forms = [typeEn, ...(SHORTER[type] ?? [])].filter((f) => f !== name && width(f) < width(name));
  return forms.length ? [...new Set(forms)] : undefined;
}
