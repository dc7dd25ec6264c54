/** One context-menu command: its name, its shortcut, and a click that runs it and closes the menu. */
import { useT } from '../EditorContext';
import type { MessageKey } from '../i18n';

export function MenuItem({ label, run, enabled = true, shortcut, testid }: { label: MessageKey; run: () => void; enabled?: boolean; shortcut?: string; testid?: string }) {
  const t = useT();
  return (
    <button role="menuitem" disabled={!enabled} data-testid={testid ?? `ctx-${label.slice(5)}`} onClick={run}>
      <span>{t(label)}</span>
      {shortcut && <kbd>{shortcut}</kbd>}
    </button>
  );
}
