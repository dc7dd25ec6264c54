/** A finding's comments, oldest first, and a box to add one signed with the author's name, asked once and remembered. */
import { useRef, useState } from 'react';
import type { FindingState } from '../../core/document';
import { useEditorState, useT } from '../EditorContext';

/** A comment's date as the UI language writes dates (BCF stores ISO 8601); the stored text when it is not a date. */
function commentDate(iso: string, locale: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleString(locale === 'en' ? 'en-GB' : 'zh-CN', { dateStyle: 'medium', timeStyle: 'short' });
}

export interface FindingCommentsProps {
  comments: FindingState['comments'];
  onAdd: (c: { author: string; text: string }) => void;
  /** The remembered name comments (and acceptances) are signed with, and how to change it. */
  author: readonly [string, (name: string) => void];
}

export function FindingComments({ comments, onAdd, author }: FindingCommentsProps) {
  const t = useT();
  const locale = useEditorState((s) => s.locale);
  const [comment, setComment] = useState('');
  const [who, setWho] = author;
  // The name is asked once (a comment is never left unsigned), then kept and shown as the signature with a way to change it.
  const [naming, setNaming] = useState(() => !who.trim());
  const [asked, setAsked] = useState(false);
  const nameBox = useRef<HTMLInputElement>(null);
  const add = () => {
    if (!who.trim()) {
      setNaming(true);
      setAsked(true);
      nameBox.current?.focus();
      return;
    }
    onAdd({ author: who.trim(), text: comment.trim() });
    setComment('');
    setNaming(false);
    setAsked(false);
  };
  return (
    <div className="comments">
      {(comments ?? []).map((c) => (
        <p key={c.guid ?? `${c.date}|${c.author}|${c.text}`} className="comment">
          <strong>{c.author || '—'}</strong> <span className="muted">{commentDate(c.date, locale)}</span>
          <br />
          {c.text}
        </p>
      ))}
      {naming ? (
        <input
          ref={nameBox}
          data-testid="comment-author"
          aria-label={t('findings.detail.author')}
          placeholder={t('findings.detail.author')}
          value={who}
          onChange={(e) => setWho(e.target.value)}
        />
      ) : (
        <p className="muted comment-signature" data-testid="comment-signature">
          {t('findings.signedAs', { name: who })}{' '}
          <button className="link-btn" onClick={() => setNaming(true)}>
            {t('findings.changeName')}
          </button>
        </p>
      )}
      {asked && !who.trim() && (
        <p className="field-error" role="alert" data-testid="comment-ask-name">
          {t('findings.askName')}
        </p>
      )}
      <textarea data-testid="comment-text" rows={2} value={comment} onChange={(e) => setComment(e.target.value)} placeholder={t('findings.detail.comment')} />
      <button data-testid="add-comment" disabled={!comment.trim()} onClick={add}>
        {t('findings.action.comment')}
      </button>
    </div>
  );
}
