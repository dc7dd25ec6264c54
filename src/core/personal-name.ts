/** Telling a name a person wrote from an exporter's type string or one of our generated ids. */

/** A name a person wrote (not an exporter's family:type:id string, not one of our generated ids). */
export function personalName(name: string | undefined): string | undefined {
  if (!name) return undefined;
  const n = name.trim();
  if (!n || n.length > 40 || /:/.test(n) || /^(door|zone|wall|counter|sign|opening|obstacle|furniture|column|stair|ramp|elevator)-\d+$/i.test(n)) return undefined;
  return n;
}
