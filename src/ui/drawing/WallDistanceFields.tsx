/**
 * A selected item's distances to the nearest walls (SelectionDims draws their dimension lines), each editable in
 * place as Revit's temporary dimensions are: type a distance, Enter, and the item moves along that dimension so
 * that it is that far from the wall, as one undo step.
 */
import { useMemo, useRef, useState } from 'react';
import { useEditor, useEditorState, useT } from '../EditorContext';
import { findElement } from '../../core/query';
import { kindOf } from '../../core/kinds/registry';
import { moveElements } from '../../core/commands';
import { moveForDistance, wallDistances, type WallDistance } from '../../editor/wall-distances';
import { usePlanAnchor } from '../usePlanAnchor';

const DIR_KEY = (d: WallDistance) => (d.dir[0] > 0 ? 'east' : d.dir[0] < 0 ? 'west' : d.dir[1] > 0 ? 'north' : 'south');

export function WallDistanceFields() {
  const editor = useEditor();
  // the selected id only (a selector that built a new object on every call would render for ever)
  const id = useEditorState((s) => (s.tool === 'select' && s.selection.length === 1 && s.viewMode === '2d' ? s.selection[0] : undefined));
  const doc = useEditorState((s) => s.doc);
  const floorId = useEditorState((s) => s.floorId);
  const item = useMemo(() => {
    const ref = id ? findElement(doc, id) : undefined;
    if (!ref || ref.floor.id !== floorId) return undefined;
    // walls have their length, polygons their edges: only items placed at a point get these
    const k = ref.element.kind;
    return k === 'wall' || k === 'zone' || k === 'obstacle' || k === 'route' ? undefined : ref;
  }, [id, doc, floorId]);
  const dims = useMemo(() => (item ? wallDistances(item.floor, kindOf(item.element).anchor(item.element)) : []), [item]);
  if (!item || !dims.length) return null;
  return (
    <>
      {dims.map((d) => (
        <DistanceField
          key={DIR_KEY(d)}
          dim={d}
          onSet={(v) => {
            const el = item.element;
            if (el.locked) {
              editor.fail({ zh: '该对象已锁定', en: 'The item is locked' });
              return;
            }
            const step = moveForDistance(d, v);
            if (!step) editor.fail({ zh: '距离须为不小于 0 的数', en: 'A distance is a number of at least 0' });
            else if (step[0] !== 0 || step[1] !== 0) editor.execute(moveElements([el.id], step, '距墙距离 / Distance to wall'));
          }}
        />
      ))}
    </>
  );
}

function DistanceField({ dim, onSet }: { dim: WallDistance; onSet: (v: number) => void }) {
  const t = useT();
  const box = useRef<HTMLDivElement>(null);
  // What is typed while the field has focus; otherwise the live distance, derived in the render: a copy of it
  // set from an effect rendered every field twice on each step of a drag.
  const [typed, setTyped] = useState<string | undefined>(undefined);
  const text = typed ?? dim.distance.toFixed(2);
  usePlanAnchor(box, [(dim.from[0] + dim.to[0]) / 2, (dim.from[1] + dim.to[1]) / 2]);
  return (
    <div className="wall-distance" ref={box} data-testid={`wall-distance-${DIR_KEY(dim)}`} title={t('dims.distanceTitle')}>
      <input
        aria-label={t('dims.distance')}
        inputMode="decimal"
        value={text}
        onFocus={(e) => {
          setTyped(dim.distance.toFixed(2));
          e.target.select();
        }}
        onBlur={() => setTyped(undefined)}
        onChange={(e) => setTyped(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            onSet(Number.parseFloat(text));
            (e.target as HTMLInputElement).blur();
          } else if (e.key === 'Escape') {
            (e.target as HTMLInputElement).blur();
          }
        }}
      />
      <span>m</span>
    </div>
  );
}
