/** Load a CLI input and apply --preset / --level; reports bad values and returns undefined. */
import type { HallDocument } from '../core/document';
import { isPresetId, PRESET_IDS } from '../core/presets';
import { HALL_LEVEL_IDS, type HallLevel } from '../core/vocab';
import type { CliIO } from './io';
import { assertOverrides, loadInput } from './load';

export async function loadWithOverrides(file: string, flags: Record<string, string | true>, io: CliIO): Promise<HallDocument | undefined> {
  const { preset, level } = flags;
  if (preset !== undefined && !isPresetId(preset)) {
    io.err(`--preset must be one of ${PRESET_IDS.join(', ')}`);
    return undefined;
  }
  if (level !== undefined && !HALL_LEVEL_IDS.includes(level as HallLevel)) {
    io.err(`--level must be one of ${HALL_LEVEL_IDS.join(', ')}`);
    return undefined;
  }
  try {
    const doc = await loadInput(file, io);
    const out = { ...doc, meta: { ...doc.meta, ...(preset ? { preset } : {}), ...(level ? { level: level as HallLevel } : {}) } };
    assertOverrides(out, file);
    return out;
  } catch (e) {
    io.err(e instanceof Error ? e.message : String(e));
    return undefined;
  }
}
