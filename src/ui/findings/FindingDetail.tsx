/**
 * One finding as a work item: what it says, the elements by the names people use (each frames the
 * element), the clause, and what the team decided: status, assignee, acceptance reason and comments.
 * Every change is one undoable step saved in the hall (meta.findingStates).
 */
import { useState } from 'react';
import { setMeta } from '../../core/commands';
import type { FindingStatus } from '../../core/document';
import { elementLabel, withoutIds } from '../../core/element-label';
import type { Finding } from '../../rules/types';
import { addComment, patchState, statusOf } from '../../rules/work-items';
import { resolveRuleSetting } from '../../rules/preset';
import { useEditor, useEditorState, useT } from '../EditorContext';
import { term, type MessageKey } from '../i18n';

const AUTHOR_KEY = 'halltwin.author';

function author(): string {
  try {
    return localStorage.getItem(AUTHOR_KEY) || '';
  } catch {
    return '';
  }
}

export function FindingDetail({ finding: f, onClose }: { finding: Finding; onClose: () => void }) {
  const editor = useEditor();
  const t = useT();
  const locale = useEditorState((s) => s.locale);
  const doc = useEditorState((s) => s.doc);
  const st = doc.meta.findingStates?.[f.key];
  const status = statusOf(doc.meta.findingStates, f.key);
  const [reason, setReason] = useState(st?.reason ?? '');
  const [comment, setComment] = useState('');
  const [who, setWho] = useState(author());
  const [assignee, setAssignee] = useState(st?.assignee ?? '');
  const lang = locale === 'en' ? 'en' : 'zh';
  const setting = resolveRuleSetting(doc.meta.preset, f.ruleId, doc.meta.level);
  const save = (states: ReturnType<typeof patchState>, label: string) => editor.execute(setMeta({ findingStates: states }, label));
  const setStatus = (s: FindingStatus) =>
    save(patchState(doc.meta.findingStates, f.key, { status: s, ...(s === 'accepted' ? { reason: reason.trim() } : {}) }), `${t(`findings.status.${s}` as MessageKey)} / ${s}`);
  const rememberAuthor = (name: string) => {
    setWho(name);
    try {
      localStorage.setItem(AUTHOR_KEY, name);
    } catch {
      // private mode: the name is kept for this session only
    }
  };
  return (
    <aside className="finding-detail" data-testid="finding-detail" data-key={f.key}>
      <header>
        <span className={`sev-dot ${f.severity}`} /> <strong>{withoutIds(doc, term(f.message, locale), lang, f.elementIds)}</strong>
        <button className="link close" onClick={onClose} aria-label={t('findings.detail.close')}>
          ×
        </button>
      </header>
      <p className="clause">
        {f.clause}
        {(f.clauseText ?? setting?.clauseText) ? (
          <span className="clause-text" title={t('findings.clauseText')}>
            {' '}
            — “{f.clauseText ?? setting?.clauseText}”
          </span>
        ) : (
          ''
        )}
      </p>
      {f.interpretation && (
        <p className="interpretation">
          <b>{t('findings.interpretation')}</b> {term(f.interpretation, locale)}
        </p>
      )}
      {f.hint && <p className="hint">{term(f.hint, locale)}</p>}
      {f.elementIds.length > 0 && (
        <ul className="elements">
          {f.elementIds.slice(0, 50).map((id) => (
            <li key={id}>
              <button className="link" onClick={() => (editor.frame([id]), editor.select([id]))}>
                {elementLabel(doc, id)?.[lang] ?? t('findings.detail.gone')}
              </button>
            </li>
          ))}
          {f.elementIds.length > 50 && <li className="muted">+{f.elementIds.length - 50}</li>}
        </ul>
      )}
      <div className="work" data-status={status}>
        <fieldset className="status-row" aria-label={t('findings.detail.status')}>
          <span className={`status-badge st-${status}`} data-testid="detail-status">
            {t(`findings.status.${status}` as MessageKey)}
          </span>
          {status !== 'open' && <button onClick={() => setStatus('open')}>{t('findings.action.reopen')}</button>}
          {status !== 'in-progress' && <button onClick={() => setStatus('in-progress')}>{t('findings.action.start')}</button>}
          {status !== 'fixed' && (
            <button data-testid="mark-fixed" onClick={() => setStatus('fixed')}>
              {t('findings.action.fixed')}
            </button>
          )}
        </fieldset>
        <label>
          {t('findings.detail.reason')}
          <textarea data-testid="accept-reason" rows={2} value={reason} onChange={(e) => setReason(e.target.value)} placeholder={t('findings.detail.reasonHint')} />
        </label>
        <button data-testid="accept" disabled={!reason.trim()} onClick={() => setStatus('accepted')}>
          {t('findings.action.accept')}
        </button>
        <label>
          {t('findings.detail.assignee')}
          <input
            data-testid="assignee"
            value={assignee}
            onChange={(e) => setAssignee(e.target.value)}
            onBlur={() =>
              assignee !== (st?.assignee ?? '') &&
              save(patchState(doc.meta.findingStates, f.key, { status, assignee: assignee.trim() || undefined }), t('findings.detail.assignee'))
            }
          />
        </label>
        <div className="comments">
          {(st?.comments ?? []).map((c) => (
            <p key={c.guid ?? `${c.date}|${c.author}|${c.text}`} className="comment">
              <strong>{c.author || '—'}</strong> <span className="muted">{commentDate(c.date, locale)}</span>
              <br />
              {c.text}
            </p>
          ))}
          <input aria-label={t('findings.detail.author')} placeholder={t('findings.detail.author')} value={who} onChange={(e) => rememberAuthor(e.target.value)} />
          <textarea data-testid="comment-text" rows={2} value={comment} onChange={(e) => setComment(e.target.value)} placeholder={t('findings.detail.comment')} />
          <button
            data-testid="add-comment"
            disabled={!comment.trim()}
            onClick={() => {
              save(addComment(doc.meta.findingStates, f.key, { author: who.trim(), text: comment.trim() }), t('findings.detail.comment'));
              setComment('');
            }}
          >
            {t('findings.action.comment')}
          </button>
        </div>
      </div>
    </aside>
  );
}

/** A comment's date as the UI language writes dates (BCF stores ISO 8601); the stored text when it is not a date. */
function commentDate(iso: string, locale: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleString(locale === 'en' ? 'en-GB' : 'zh-CN', { dateStyle: 'medium', timeStyle: 'short' });
}
