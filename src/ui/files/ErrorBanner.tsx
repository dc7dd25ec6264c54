/** The dismissible banner for store.error: what went wrong, in the UI language, and, for files, where (JSON paths). */
import { useEditor, useEditorState, useT } from '../EditorContext';
import { term } from '../i18n';

export function ErrorBanner() {
  const editor = useEditor();
  const t = useT();
  const error = useEditorState((s) => s.error);
  const locale = useEditorState((s) => s.locale);
  if (!error) return null;
  return (
    <div className="banner error" role="alert" data-testid="error-banner">
      <div className="banner-body">
        <strong>{typeof error.message === 'string' ? error.message : term(error.message, locale)}</strong>
        {error.details && error.details.length > 0 && (
          <ul className="banner-details">
            {error.details.map((d, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the lines of one error never change order and may repeat
              <li key={i}>
                <code>{d}</code>
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
