/** A floor's name typed in place: Enter or leaving the box commits, Escape cancels; a refused name shows its reason. */
import { floorSettingProblem } from '../../core';
import { useT } from '../EditorContext';
import { settingMessage } from '../inspector/setting-message';

export function FloorNameEdit({ value, onChange, onCommit, onCancel }: { value: string; onChange: (v: string) => void; onCommit: () => void; onCancel: () => void }) {
  const t = useT();
  const problem = floorSettingProblem('name', value.trim());
  return (
    <>
      <input
        className="floor-rename"
        autoFocus
        value={value}
        onChange={(e) => onChange(e.target.value)}
        onBlur={onCommit}
        onKeyDown={(e) => {
          // Enter commits through blur, so the rename runs once.
          if (e.key === 'Enter') e.currentTarget.blur();
          if (e.key === 'Escape') onCancel();
          e.stopPropagation();
        }}
      />
      {problem && (
        <div className="field-error" data-testid="floor-rename-error" role="alert">
          {settingMessage(t, problem)}
        </div>
      )}
    </>
  );
}
