/** The context menu's array form: how many copies and the step between them, placed as one undoable step. */
import { useState } from 'react';
import { useEditor, useT } from '../EditorContext';

export function ArrayForm({ onDone }: { onDone: () => void }) {
  const editor = useEditor();
  const t = useT();
  const [count, setCount] = useState('3');
  const [dx, setDx] = useState('2');
  const [dy, setDy] = useState('0');
  return (
    <form
      data-testid="array-form"
      onSubmit={(e) => {
        e.preventDefault();
        editor.arraySelection(Number(count), [Number(dx) || 0, Number(dy) || 0]);
        onDone();
      }}
    >
      <label htmlFor="arr-n">{t('menu.arrayCount')}</label>
      <input id="arr-n" type="number" min={1} max={500} step={1} value={count} onChange={(e) => setCount(e.target.value)} />
      <label htmlFor="arr-dx">{t('menu.arrayDx')}</label>
      <input id="arr-dx" type="number" step={0.1} value={dx} onChange={(e) => setDx(e.target.value)} />
      <label htmlFor="arr-dy">{t('menu.arrayDy')}</label>
      <input id="arr-dy" type="number" step={0.1} value={dy} onChange={(e) => setDy(e.target.value)} />
      <span />
      <button type="submit" className="primary" data-testid="array-ok">
        {t('menu.arrayOk')}
      </button>
    </form>
  );
}
