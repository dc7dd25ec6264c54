/**
 * What the team decided about a finding: its status (reopen, start, fixed), acceptance with a reason, the assignee
 * and the comments. Every change is one undoable step saved in the hall (meta.findingStates).
 */
import { useState } from 'react';
import { setMeta } from '../../core/commands';
import type { FindingStatus } from '../../core/document';
import { addComment, patchState, statusOf } from '../../rules/work-items';
import { useEditor, useEditorState, useT } from '../EditorContext';
import type { MessageKey } from '../i18n';
import { FindingComments } from './FindingComments';
import { useRememberedAuthor } from './useRememberedAuthor';

export function FindingWork({ findingKey }: { findingKey: string }) {
  const editor = useEditor();
  const t = useT();
  const states = useEditorState((s) => s.doc.meta.findingStates);
  const st = states?.[findingKey];
  const status = statusOf(states, findingKey);
  const [reason, setReason] = useState(st?.reason ?? '');
  const [assignee, setAssignee] = useState(st?.assignee ?? '');
  const author = useRememberedAuthor();
  const who = author[0].trim();
  // An acceptance is signed as a comment is: without a name the name box asks for it first.
  const [askName, setAskName] = useState(false);
  const save = (next: ReturnType<typeof patchState>, label: string) => editor.execute(setMeta({ findingStates: next }, label));
  const setStatus = (s: FindingStatus) =>
    save(
      patchState(states, findingKey, { status: s, ...(s === 'accepted' ? { reason: reason.trim(), acceptedBy: who } : {}) }),
      `${t(`findings.status.${s}` as MessageKey)} / ${s}`,
    );
  const accept = () => {
    setAskName(!who);
    if (who) setStatus('accepted');
  };
  return (
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
      {status === 'accepted' && st?.acceptedBy && (
        <p className="muted" data-testid="accepted-by">
          {t('findings.acceptedBy', { name: st.acceptedBy })}
        </p>
      )}
      {askName && !who && (
        <p className="field-error" role="alert" data-testid="accept-ask-name">
          {t('findings.acceptAskName')}
        </p>
      )}
      <button data-testid="accept" disabled={!reason.trim()} onClick={accept}>
        {t('findings.action.accept')}
      </button>
      <label>
        {t('findings.detail.assignee')}
        <input
          data-testid="assignee"
          value={assignee}
          onChange={(e) => setAssignee(e.target.value)}
          onBlur={() =>
            assignee !== (st?.assignee ?? '') && save(patchState(states, findingKey, { status, assignee: assignee.trim() || undefined }), t('findings.detail.assignee'))
          }
        />
      </label>
      <FindingComments comments={st?.comments} author={author} onAdd={(c) => save(addComment(states, findingKey, c), t('findings.detail.comment'))} />
    </div>
  );
}
