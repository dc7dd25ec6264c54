/** The keyboard shortcut of a tool as the editor defines it, for tooltips. */
import { SHORTCUTS } from '../../editor/shortcuts';

export function shortcutFor(tool: string): string | undefined {
  const table = SHORTCUTS as unknown as Record<string, string | string[] | undefined>;
  const k = table[tool];
  return Array.isArray(k) ? k.join(' / ') : k;
}
