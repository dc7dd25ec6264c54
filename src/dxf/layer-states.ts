/**
 * Which layers the drawing turns off or freezes, read from the LAYER table's own groups. dxf-parser counts
 * flag 2 ("frozen in new viewports", set on layers that are plainly on in model space, A_000217's WALL) as
 * frozen; only flag 1 freezes a layer, and a negative colour (group 62) turns it off.
 */

/** Layer name → 'frozen' or 'off', for the layers hidden in model space (names as written in the file). */
export function hiddenLayers(text: string): Map<string, 'off' | 'frozen'> {
  const out = new Map<string, 'off' | 'frozen'>();
  const start = text.search(/\n\s*2\s*\r?\n\s*TABLES\s*\r?\n/);
  if (start < 0) return out;
  const end = text.indexOf('ENDSEC', start);
  const lines = text.slice(start, end < 0 ? undefined : end).split(/\r?\n/);
  let inLayer = false;
  let name: string | undefined;
  let flags = 0;
  let colour = 0;
  const close = () => {
    if (inLayer && name !== undefined) {
      if (flags & 1) out.set(name, 'frozen');
      else if (colour < 0) out.set(name, 'off');
    }
  };
  for (let i = 1; i + 1 < lines.length; i += 2) {
    const code = lines[i].trim();
    const value = lines[i + 1].trim();
    if (code === '0') {
      close();
      inLayer = value === 'LAYER';
      name = undefined;
      flags = 0;
      colour = 0;
    } else if (inLayer && code === '2') name = value;
    else if (inLayer && code === '70') flags = Number.parseInt(value, 10) || 0;
    else if (inLayer && code === '62') colour = Number.parseInt(value, 10) || 0;
  }
  close();
  return out;
}
