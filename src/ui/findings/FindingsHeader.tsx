/**
 * The findings panel's heading: fold button, the score of a current result, "checking…" while a check of the changed
 * hall runs, the check's time, BCF import and the plan overlays.
 */
import { useT } from '../EditorContext';
import { BcfImportButton } from './BcfImportButton';
import { OverlayToggles } from './OverlayToggles';
import { scoreLine } from './score-line';
import type { Freshness } from './stale';
import { useShownCheck } from './useShownCheck';

export function FindingsHeader({ open, onToggle, state }: { open: boolean; onToggle: () => void; state: Freshness }) {
  const t = useT();
  // The verdict the panel shows: held during a drag, as the list below it.
  const { result, error, available, lastMs, debounced } = useShownCheck().check;
  return (
    <header className="findings-head">
      <button className="link" onClick={onToggle} title={open ? t('findings.collapse') : t('findings.expand')}>
        {open ? '▾' : '▸'} {t('findings.title')}
      </button>
      {state === 'current' && result && (
        <span className="score" data-testid="findings-score">
          {scoreLine(result, t)}
        </span>
      )}
      {/* Hidden rather than removed between checks: it comes and goes on every step of a drag. */}
      <span
        className="checking"
        data-testid="findings-checking"
        role="status"
        hidden={!(state === 'checking' || state === 'other-hall' || (state === 'none' && available && !error))}
      >
        <span className="spinner" aria-hidden /> {t('findings.checking')}
      </span>
      {lastMs !== undefined && state === 'current' && (
        <span className="muted" title={debounced ? 'debounced 100 ms' : undefined}>
          {t('findings.checkMs', { ms: lastMs.toFixed(1) })}
        </span>
      )}
      <span className="spacer" />
      <BcfImportButton />
      <OverlayToggles />
    </header>
  );
}
