/** Asks for an export's options (those marked `ask`) before it runs, checking each as the user types. */
import { useEffect, useRef, useState } from 'react';
import type { ExportDef, ExportOption } from '../../exports/types';
import { useEditorState, useT } from '../EditorContext';
import { term } from '../i18n';

interface Props {
  def: ExportDef;
  initial: Record<string, string | undefined>;
  onCancel(): void;
  onRun(options: Record<string, string | undefined>): void;
}

function problemOf(o: ExportOption, v: string | undefined): 'required' | 'url' | undefined {
  if (!v) return o.required ? 'required' : undefined;
  if (o.type === 'url' && !/^(https?|file):\/\/\S+$/i.test(v)) return 'url';
  return undefined;
}

export function ExportDialog({ def, initial, onCancel, onRun }: Props) {
  const t = useT();
  const locale = useEditorState((s) => s.locale);
  const [values, setValues] = useState(initial);
  const dialog = useRef<HTMLDialogElement>(null);
  const asked = def.options.filter((o) => o.ask);
  const problems = asked.map((o) => problemOf(o, values[o.key]));

  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
  }, []);

  return (
    <dialog ref={dialog} className="export-dialog" data-testid="export-dialog" aria-label={term(def.label, locale)} onCancel={onCancel}>
      <form
        method="dialog"
        onSubmit={(e) => {
          e.preventDefault();
          if (problems.every((p) => !p)) onRun(values);
        }}
      >
        <h2 className="panel-title">{t('export.dialogTitle', { what: term(def.label, locale) })}</h2>
        {asked.map((o, i) => (
          <div key={o.key} className={problems[i] ? 'field has-error' : 'field'}>
            <label htmlFor={`export-opt-${o.key}`}>{term(o.label, locale)}</label>
            <div className="control">
              {o.type === 'choice' ? (
                <select
                  id={`export-opt-${o.key}`}
                  data-testid={`export-opt-${o.key}`}
                  value={values[o.key] ?? ''}
                  onChange={(e) => setValues({ ...values, [o.key]: e.target.value })}
                >
                  {o.choices?.map((c) => (
                    <option key={c} value={c}>
                      {c}
                    </option>
                  ))}
                </select>
              ) : (
                <input
                  id={`export-opt-${o.key}`}
                  data-testid={`export-opt-${o.key}`}
                  type={o.type === 'url' ? 'url' : 'text'}
                  placeholder={o.hint ? term(o.hint, locale) : undefined}
                  value={values[o.key] ?? ''}
                  onChange={(e) => setValues({ ...values, [o.key]: e.target.value.trim() })}
                />
              )}
            </div>
            {problems[i] && <div className="field-error">{t(problems[i] === 'url' ? 'export.badUrl' : 'export.required')}</div>}
          </div>
        ))}
        <div className="dialog-buttons">
          <button type="button" data-testid="export-cancel" onClick={onCancel}>
            {t('export.cancel')}
          </button>
          <button type="submit" className="primary" data-testid="export-run" disabled={problems.some((p) => p)}>
            {t('export.run')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
