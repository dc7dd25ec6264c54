/** Right panel: typed fields for the selection, or (nothing selected) the armed tool's choice and the hall settings. */
import { useLayoutEffect, useRef } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { impliedValue } from '../../core/implied';
import { type FieldSpec, type Floor, getElement, type HallElement, removeElements } from '../../core';
import { useEditor, useEditorState, useT } from '../EditorContext';
import type { Translate } from '../i18n';
import { ToolIcon } from '../icons/ToolIcon';
import { FieldInput } from './FieldInput';
import { HallSettings } from './HallSettings';
import { ToolChoiceField } from './ToolChoiceField';
import { SelectionHead } from './SelectionHead';
import { sharedFields, sharedValue } from './selection-fields';
import { fieldCommitter } from './field-commit';
import { ZoneGuessNote } from './ZoneGuessNote';
import { SignFaceNote } from './SignFaceNote';
import { WallLengthRow } from './WallLengthRow';

/** An unset field of one element shows what the hall implies for it (FieldSpec.implied), as the checks read it. */
function impliedOr(value: unknown, spec: FieldSpec, el: HallElement | null, floors: Floor[]): unknown {
  if (value !== undefined || !spec.implied || !el) return value;
  const floor = floors.find((f) => f.elements.includes(el));
  return floor ? impliedValue(spec, el, floor) : value;
}

/** The empty box of a field that takes its value from the floor says what it takes: "4.5（楼层高度）". */
function unsetPlaceholder(value: unknown, spec: FieldSpec, el: HallElement | null, floors: Floor[], t: Translate): string | undefined {
  if (value !== undefined || spec.unsetTakes !== 'floor-height' || !el) return undefined;
  const floor = floors.find((f) => f.elements.includes(el));
  return floor ? t('insp.takesFloorHeight', { h: String(floor.height) }) : undefined;
}

export function Inspector() {
  const editor = useEditor();
  const t = useT();
  const locale = useEditorState((s) => s.locale);
  // The selected elements, compared item by item: an edit elsewhere in the hall does not redraw the panel.
  const selection = useEditorState((s) => s.selection);
  const floors = useEditorState((s) => s.doc.floors);
  const elements = useEditorState(useShallow((s) => s.selection.map((id) => getElement(s.doc, id)).filter((e): e is HallElement => !!e)));
  const fields = sharedFields(elements);
  const commit = fieldCommitter(editor, elements, fields, t);
  // The fields are memoised and keep the callback they were first given: it commits to the selection as it is now.
  const latest = useRef(commit);
  useLayoutEffect(() => {
    latest.current = commit;
  });

  if (elements.length === 0) {
    return (
      <section className="panel inspector" aria-label={t('hall.title')}>
        <ToolChoiceField />
        <HallSettings />
      </section>
    );
  }
  const single = elements.length === 1 ? elements[0] : null;
  return (
    <section className="panel inspector" aria-label={t('insp.title')}>
      {/* A placing tool still armed after a click (the new element selected) keeps saying what the next click places. */}
      <ToolChoiceField />
      <h2 className="panel-title">
        {t('insp.title')}
        <span className="spacer" />
        <button className="icon-btn" title={t('insp.frame')} onClick={() => editor.frame(elements.map((e) => e.id))}>
          <ToolIcon name="target" size={16} />
        </button>
        <button className="icon-btn" title={t('insp.delete')} data-testid="inspector-delete" onClick={() => editor.execute(removeElements(elements.map((e) => e.id)))}>
          <ToolIcon name="trash" size={16} />
        </button>
      </h2>
      <SelectionHead elements={elements} />
      {single?.kind === 'zone' && single.typeGuess && <ZoneGuessNote zone={single} />}
      {single?.kind === 'sign' && <SignFaceNote sign={single} />}
      {single?.kind === 'wall' && <WallLengthRow wall={single} />}
      {fields.length === 0 && <p className="muted">{t('insp.noShared')}</p>}
      <div className="fields">
        {fields.map((f) => (
          <FieldInput
            key={`${selection.join(',')}:${f.key}`}
            spec={f}
            value={impliedOr(sharedValue(elements, f.key), f, single, floors)}
            locale={locale}
            floors={floors}
            mixedLabel={t('insp.mixed')}
            invalidLabel={t('insp.invalid')}
            placeholder={unsetPlaceholder(sharedValue(elements, f.key), f, single, floors, t)}
            onCommit={(v) => latest.current(f.key, v)}
          />
        ))}
      </div>
    </section>
  );
}
