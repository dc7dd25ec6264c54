/** Bottom line: cursor plan coordinates, floor, selection count, and the score line of the last check. */
import { findFloor } from '../../core';
import { useEditor, useEditorState, useT } from '../EditorContext';
import { scoreLine } from '../findings/score-line';
import { useShownCheck } from '../findings/useShownCheck';
import { cursorOf } from './cursor';
import { area } from '../../core/geometry/polygon';
import { HoverName } from './HoverName';
import { standingOn } from '../../core/standing-on';
import { toolStatus } from '../../editor/tool-hint';
import { term } from '../i18n';

export function StatusBar() {
  const t = useT();
  const editor = useEditor();
  const cursor = useEditorState(cursorOf);
  const n = useEditorState((s) => s.selection.length);
  const tool = useEditorState((s) => s.tool);
  const in3d = useEditorState((s) => s.viewMode !== '2d');
  const armed = useEditorState(toolStatus);
  const locale = useEditorState((s) => s.locale);
  const floor = useEditorState((s) => findFloor(s.settledDoc, s.floorId));
  // a stair stored on the floor below that joins this one is counted here too, as it is drawn and picked here
  const count = useEditorState((s) => {
    const f = findFloor(s.settledDoc, s.floorId);
    return f ? standingOn(s.settledDoc.floors, f).length : 0;
  });
  // As in the findings panel: another hall's verdict is never shown; an earlier version's is shown greyed while
  // checking; during a drag the line holds until the drag ends.
  const {
    check: { result },
    state,
  } = useShownCheck();
  return (
    <footer className="statusbar" data-testid="statusbar">
      <span className="coords" data-testid="cursor">
        {t('status.cursor')} {cursor ? `x ${cursor[0].toFixed(2)} m, y ${cursor[1].toFixed(2)} m` : '—'}
      </span>
      <span>
        {t('status.floor')} {floor?.name ?? '—'} · {t('status.elements', { n: count })}
      </span>
      {floor?.outline ? (
        <span data-testid="floor-area" title={t('draw.areaTitle')}>
          {t('draw.area', { a: area(floor.outline).toFixed(1) })}
        </span>
      ) : (
        // no outline yet: one click makes it from the walls, or the outline tool draws it
        <button
          className="link-btn"
          data-testid="floor-area"
          title={t('draw.noOutlineTitle')}
          onClick={() => (editor.proposedOutline(false) ? editor.outlineFromWalls() : editor.setTool('outline'))}
        >
          {t('draw.noOutline')}
        </button>
      )}
      <span data-testid="selection-count">{t('status.selection', { n })}</span>
      <HoverName />
      {/* Where zones cover the floor, a plain drag always starts on one and moves it: say how to box-select. */}
      {tool === 'select' && (
        <span className="muted" data-testid="select-hint">
          {t(in3d ? 'status.selectHint3d' : 'status.selectHint')}
        </span>
      )}
      {/* An armed tool says what a click does here (a door into this wall, a zone filling this room), as Revit's status bar. */}
      {armed && (
        <span className="muted" data-testid="tool-status">
          {term(armed, locale)}
        </span>
      )}
      <span className="spacer" />
      {result && (state === 'current' || state === 'checking') ? (
        <span className="score" data-testid="status-score" data-state={state} style={state === 'checking' ? { opacity: 0.55 } : undefined}>
          {scoreLine(result, t)}
        </span>
      ) : (
        result && (
          <span className="score" data-testid="status-score" data-state={state}>
            {t('findings.checking')}
          </span>
        )
      )}
    </footer>
  );
}
