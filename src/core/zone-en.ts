/** A room as English says it mid-sentence; free of imports, so the phone app bundles it without the kinds. */

/** "Waiting" → "the waiting area"; "Mediation room" → "the mediation room". */
export function zoneEn(name: string): string {
  const n = name.toLowerCase();
  return /\b(room|area|hall|toilet|corridor|aisle|core|lobby|passage|zone)$/.test(n) ? `the ${n}` : `the ${n} area`;
}
