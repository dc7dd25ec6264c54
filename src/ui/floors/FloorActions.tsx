/** A floor row's buttons: move up, move down, delete; delete asks first in place (how many elements go with it). */
import type { Floor } from '../../core';
import { useT } from '../EditorContext';
import { ToolIcon } from '../icons/ToolIcon';

interface Props {
  floor: Floor;
  index: number;
  count: number;
  confirming: boolean;
  onConfirm: (on: boolean) => void;
  onMove: (d: -1 | 1) => void;
  onDelete: () => void;
}

export function FloorActions({ floor: f, index: i, count, confirming, onConfirm, onMove, onDelete }: Props) {
  const t = useT();
  if (confirming)
    return (
      <span className="floor-confirm" role="alertdialog">
        <span>{t('floors.deleteConfirm', { name: f.name, n: f.elements.length })}</span>
        <button className="danger" data-testid="floor-delete-confirm" onClick={onDelete}>
          {t('floors.delete')}
        </button>
        <button onClick={() => onConfirm(false)}>×</button>
      </span>
    );
  return (
    <span className="floor-actions">
      <button className="icon-btn" title={t('floors.up')} disabled={i === 0} onClick={() => onMove(-1)}>
        <ToolIcon name="up" size={14} />
      </button>
      <button className="icon-btn" title={t('floors.down')} disabled={i === count - 1} onClick={() => onMove(1)}>
        <ToolIcon name="down" size={14} />
      </button>
      <button
        className="icon-btn"
        data-testid={`floor-delete-${f.id}`}
        title={count <= 1 ? t('floors.lastFloor') : t('floors.delete')}
        disabled={count <= 1}
        onClick={() => onConfirm(true)}
      >
        <ToolIcon name="trash" size={14} />
      </button>
    </span>
  );
}
