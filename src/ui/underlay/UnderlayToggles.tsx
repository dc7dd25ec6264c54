/** An underlay's switches: shown, mouse handles, linked by file name (and locating a missing linked file). */
import { useStore } from 'zustand';
import type { Underlay } from '../../core/document';
import { useEditor, useT } from '../EditorContext';
import { linkedImages, underlayData } from './linked-images';
import { locateUnderlay, setLinked } from './locate-underlay';
import { underlayStore } from './underlay-store';

export interface UnderlayTogglesProps {
  underlay: Underlay;
  floorId: string;
  patch: (p: Partial<Underlay>) => void;
  /** The folded panel: the show switch (and a missing linked file's warning) alone. */
  only?: 'show';
}

export function UnderlayToggles({ underlay: u, floorId, patch, only }: UnderlayTogglesProps) {
  const editor = useEditor();
  const t = useT();
  const handles = useStore(underlayStore, (s) => s.handles);
  const images = useStore(linkedImages, (s) => s.images);
  const missing = !underlayData(u, images);
  return (
    <>
      <label className={'chip' + (u.visible ? ' on' : '')}>
        <input type="checkbox" data-testid="underlay-visible" checked={u.visible} onChange={(e) => patch({ visible: e.target.checked })} />
        {t('underlay.show')}
      </label>
      {!only && (
        <>
          <label className={'chip' + (handles ? ' on' : '')} title={t('underlay.handlesTitle')}>
            <input type="checkbox" data-testid="underlay-handles" checked={!!handles} onChange={(e) => underlayStore.setState({ handles: e.target.checked })} />
            {t('underlay.handles')}
          </label>
          <label className={'chip' + (u.link ? ' on' : '')} title={t('underlay.linkTitle')}>
            <input type="checkbox" data-testid="underlay-link" checked={u.link === true} onChange={(e) => setLinked(editor, floorId, e.target.checked)} />
            {t('underlay.link')}
          </label>
        </>
      )}
      {missing && (
        <label className="chip warn" data-testid="underlay-missing">
          {t('underlay.missing', { name: u.name })} · {t('underlay.locate')}
          <input
            type="file"
            hidden
            accept="image/png,image/jpeg,application/pdf,.png,.jpg,.jpeg,.pdf"
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file) void locateUnderlay(editor, floorId, file);
            }}
          />
        </label>
      )}
    </>
  );
}
