/**
 * A banner asking for a file the open hall names but this session has not loaded (a linked CAD drawing, the IFC
 * model it was imported from): choose it, or leave it for later. The hall stays open and editable either way.
 */
import type { ReactNode } from 'react';
import { useT } from '../EditorContext';

export interface RelinkBannerProps {
  /** Stem of the test ids: `${id}`, `${id}-title`, `${id}-file`, `${id}-later`. */
  id: string;
  /** What is missing, in bold (with its file name). */
  title: ReactNode;
  /** Why the user would want it back. */
  why: ReactNode;
  /** The choose-file chip's label. */
  locate: ReactNode;
  /** File types the picker offers, as an input's `accept`. */
  accept: string;
  /** The chip drawn as the banner's main action. Default false. */
  primary?: boolean;
  onFile: (file: File) => void;
  onLater: () => void;
}

export function RelinkBanner({ id, title, why, locate, accept, primary = false, onFile, onLater }: RelinkBannerProps) {
  const t = useT();
  return (
    <div className="banner info" role="alertdialog" aria-labelledby={`${id}-title`} data-testid={id}>
      <span>
        <b id={`${id}-title`}>{title}</b> {why}
      </span>
      <label className={primary ? 'chip primary' : 'chip'}>
        {locate}
        <input
          type="file"
          hidden
          accept={accept}
          data-testid={`${id}-file`}
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) onFile(file);
          }}
        />
      </label>
      <button type="button" data-testid={`${id}-later`} onClick={onLater}>
        {t('underlay.later')}
      </button>
    </div>
  );
}
