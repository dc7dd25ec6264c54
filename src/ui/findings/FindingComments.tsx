/** A finding's comments, oldest first, and a box to add one signed with the remembered author's name. */
import { useState } from 'react';
import type { FindingState } from '../../core/document';
import { useEditorState, useT } from '../EditorContext';
import { useRememberedAuthor } from './useRememberedAuthor';

/** A comment's date as the UI language writes dates (BCF stores ISO 8601); the stored text when it is not a date. */
function commentDate(iso: string, locale: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleString(locale === 'en' ? 'en-GB' : 'zh-CN', { dateStyle: 'medium', timeStyle: 'short' });
}

export function FindingComments({ comments, onAdd }: { comments: FindingState['comments']; onAdd: (c: { author: string; text: string }) => void }) {
  const t = useT();
  const locale = useEditorState((s) => s.locale);
  const [comment, setComment] = useState('');
  const [who, setWho] = useRememberedAuthor();
  return (
    <div className="comments">
      {(comments ?? []).map((c) => (
        <p key={c.guid ?? `${c.date}|${c.author}|${c.text}`} className="comment">
          <strong>{c.author || '—'}</strong> <span className="muted">{commentDate(c.date, locale)}</span>
          <br />
          {c.text}
        </p>
      ))}
      <input aria-label={t('findings.detail.author')} placeholder={t('findings.detail.author')} value={who} onChange={(e) => setWho(e.target.value)} />
      <textarea data-testid="comment-text" rows={2} value={comment} onChange={(e) => setComment(e.target.value)} placeholder={t('findings.detail.comment')} />
      <button
        data-testid="add-comment"
        disabled={!comment.trim()}
        onClick={() => {
          onAdd({ author: who.trim(), text: comment.trim() });
          setComment('');
        }}
      >
        {t('findings.action.comment')}
      </button>
    </div>
  );
}
