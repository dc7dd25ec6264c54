/**
 * Which side of the selected sign can be read, as the checks read it (core/kinds/sign/face): a board faces one way
 * (the side its plan tick and its 3D text are on), a hanging directional or exit sign reads from both sides.
 * `rotation` alone does not tell the user that.
 */
import type { ElementOf } from '../../core/kinds/registry';
import { doubleSided, faceNormal } from '../../core/kinds/sign/face';
import { bearingOf } from '../../core/entrances';
import { useEditorState, useT } from '../EditorContext';

export function SignFaceNote({ sign }: { sign: ElementOf<'sign'> }) {
  const t = useT();
  const planRotation = useEditorState((s) => s.doc.meta.georef?.rotation);
  if (doubleSided(sign.signKind))
    return (
      <p className="muted sign-face" data-testid="sign-face">
        {t('insp.signFaceBoth')}
      </p>
    );
  const sides = t('entrance.sides').split(',');
  const side = sides[Math.round(bearingOf(faceNormal(sign), planRotation) / 45) % 8];
  return (
    <p className="muted sign-face" data-testid="sign-face">
      {t('insp.signFaceOne', { side })}
    </p>
  );
}
