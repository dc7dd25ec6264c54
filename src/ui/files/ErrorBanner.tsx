/**
 * The dismissible banner for store.error: what went wrong, in the UI language, and, for files, where (JSON paths).
 * While the DXF dialog or the dialog asking for missing files is open, the dialog shows the error itself: its backdrop
 * covers the banner, which could be neither read nor closed there.
 */
import { useStore } from 'zustand';
import { useEditor, useEditorState, useT } from '../EditorContext';
import type { Term } from '../../core/vocab';
import { dxfStore } from '../dxf/dxf-store';
import { term } from '../i18n';
import { useMissingFiles } from './LocateFilesDialog';

export function ErrorBanner() {
  const editor = useEditor();
  const t = useT();
  const error = useEditorState((s) => s.error);
  const locale = useEditorState((s) => s.locale);
  const inDialog = useStore(dxfStore, (s) => s.dialog !== undefined);
  const locating = useMissingFiles().length > 0;
  if (!error || inDialog || locating) return null;
  const inLocale = (m: Term | string) => (typeof m === 'string' ? m : term(m, locale));
  return (
    <div className="banner error" role="alert" data-testid="error-banner">
      <div className="banner-body">
        <strong>{inLocale(error.message)}</strong>
        {error.details && error.details.length > 0 && (
          <ul className="banner-details">
            {error.details.map((d, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the lines of one error never change order and may repeat
              <li key={i}>
                <code>{inLocale(d)}</code>
              </li>
            ))}
          </ul>
        )}
      </div>
      <button className="banner-close" data-testid="error-dismiss" title={t('banner.dismiss')} onClick={() => editor.store.setState({ error: undefined })}>
        ×
      </button>
    </div>
  );
}
