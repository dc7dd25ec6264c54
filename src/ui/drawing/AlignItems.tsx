/** The context menu's arrangement of two or more elements: align on an edge or centre, distribute evenly. */
import type { AlignEdge } from '../../editor/arrange';
import { useEditor, useT } from '../EditorContext';
import type { MessageKey } from '../i18n';
import { MenuItem } from './MenuItem';

const ALIGN: [AlignEdge, MessageKey][] = [
  ['left', 'menu.alignLeft'],
  ['center-x', 'menu.alignCenterX'],
  ['right', 'menu.alignRight'],
  ['top', 'menu.alignTop'],
  ['center-y', 'menu.alignCenterY'],
  ['bottom', 'menu.alignBottom'],
];

export function AlignItems({ count, done }: { count: number; done: (fn: () => unknown) => () => void }) {
  const editor = useEditor();
  const t = useT();
  return (
    <>
      <div className="ctx-sub">{t('menu.align')}</div>
      {ALIGN.map(([edge, key]) => (
        <MenuItem key={key} label={key} run={done(() => editor.alignSelection(edge))} testid={`ctx-align-${edge}`} />
      ))}
      <MenuItem label="menu.distributeX" run={done(() => editor.distributeSelection('x'))} enabled={count >= 3} />
      <MenuItem label="menu.distributeY" run={done(() => editor.distributeSelection('y'))} enabled={count >= 3} />
    </>
  );
}
