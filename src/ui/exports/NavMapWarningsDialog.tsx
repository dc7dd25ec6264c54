/** Before a nav map export: what will make the map poor for citizens, with "export anyway" or "cancel" to fix it first. */
import type { ExportWarning } from '../../exports/types';
import { useEditorState, useT } from '../EditorContext';

const BACKDROP = { position: 'fixed', inset: 0, background: 'rgba(0,0,0,.35)', display: 'flex', alignItems: 'center', justifyContent: 'center', zIndex: 50 } as const;
const BOX = { background: '#fff', color: '#1b1f24', borderRadius: 8, padding: '16px 20px', maxWidth: 560, boxShadow: '0 8px 30px rgba(0,0,0,.3)' } as const;

export function NavMapWarningsDialog(props: { warnings: ExportWarning[]; onExport: () => void; onCancel: () => void }) {
  const t = useT();
  const locale = useEditorState((s) => s.locale);
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: Escape anywhere in the modal cancels it; the dialog role is on the box inside
    <div style={BACKDROP} onKeyDown={(e) => e.key === 'Escape' && props.onCancel()}>
      <div role="dialog" aria-modal="true" aria-labelledby="navmap-warn-title" data-testid="navmap-warnings" style={BOX}>
        <h2 id="navmap-warn-title" style={{ fontSize: 17, margin: '0 0 8px' }}>
          {t('navmapWarn.title', { n: props.warnings.length })}
        </h2>
        <ul style={{ margin: '0 0 12px', paddingLeft: 20, lineHeight: 1.5 }}>
          {props.warnings.map((w) => (
            <li key={w.code} data-code={w.code}>
              {locale === 'en' ? w.en : w.zh}
            </li>
          ))}
        </ul>
        <div style={{ display: 'flex', gap: 8, justifyContent: 'flex-end' }}>
          {/* biome-ignore lint/a11y/noAutofocus: a modal focuses its safe choice (WAI-ARIA dialog pattern) */}
          <button type="button" data-testid="navmap-warn-cancel" autoFocus onClick={props.onCancel}>
            {t('navmapWarn.cancel')}
          </button>
          <button type="button" data-testid="navmap-warn-export" onClick={props.onExport}>
            {t('navmapWarn.export')}
          </button>
        </div>
      </div>
    </div>
  );
}
