/** Which floors an element serves (a lift, a stair): one tick per floor, kept in the hall's floor order. */
import type { Floor } from '../../core';
import type { FieldValue } from './field-value';

export function FloorChecks({ id, value, floors, onChange }: { id: string; value: FieldValue; floors: Floor[]; onChange: (ids: string[]) => void }) {
  const sel = Array.isArray(value) ? (value as string[]) : [];
  return (
    <span className="floor-checks" id={id}>
      {floors.map((f) => (
        <label key={f.id}>
          <input
            type="checkbox"
            checked={sel.includes(f.id)}
            onChange={(e) => onChange(e.target.checked ? floors.map((x) => x.id).filter((x) => x === f.id || sel.includes(x)) : sel.filter((x) => x !== f.id))}
          />
          {f.name}
        </label>
      ))}
    </span>
  );
}
