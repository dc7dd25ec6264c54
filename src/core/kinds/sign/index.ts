import { z } from 'zod';
import { SIGN_TOOLS } from './tools';
import { Angle, BaseFields, BilingualSchema, IdSchema, PositiveLen, Vec2Schema, defineKind } from '../base';
import { add, rotate } from '../../geometry/vec';
import { rectPolygon } from '../../geometry/polygon';
import { SIGN_KINDS, SIGN_KIND_IDS, type SignKind } from '../../vocab';

export const SignSchema = z.object({
  ...BaseFields,
  kind: z.literal('sign'),
  signKind: z.enum(SIGN_KIND_IDS as [SignKind, ...SignKind[]]),
  text: BilingualSchema.default({ zh: '', en: '' }),
  electronic: z.boolean().default(false),
  position: Vec2Schema,
  /**
   * Direction the panel's width runs, degrees CCW from east. Its face looks 90° clockwise of it (rotation 0 faces
   * south), the side its text reads left to right from; boards are read on that face only, directional and
   * emergency-exit signs hang and read from both sides (./face.ts, presets/NOTES.md).
   */
  rotation: Angle.default(0),
  /** Panel width in plan. */
  width: PositiveLen.default(0.8),
  /** Height of the panel's centre above the floor. */
  mountHeight: PositiveLen.default(1.6),
  /** Counter, zone or facility this sign names (counter sign → counter id). */
  target: IdSchema.optional(),
  /** The counter it hangs on (a number plate): moved, turned, copied and deleted with it. */
  mountedOn: IdSchema.optional(),
  /** Can be a "you are here" point for the nav map (QR code). */
  youAreHere: z.boolean().optional(),
});
export type Sign = z.infer<typeof SignSchema>;

export const signKind = defineKind<Sign>({
  kind: 'sign',
  label: { zh: '标识', en: 'Sign' },
  schema: SignSchema,
  create: (init) => ({
    kind: 'sign',
    signKind: 'directional',
    text: { zh: '', en: '' },
    electronic: false,
    position: [0, 0],
    rotation: 0,
    width: 0.8,
    mountHeight: 1.6,
    ...init,
  }),
  footprint: (s) => rectPolygon(s.position[0], s.position[1], s.width, 0.1, s.rotation),
  anchor: (s) => s.position,
  translate: (s, d) => ({ ...s, position: add(s.position, d) }),
  rotate: (s, deg, about) => ({ ...s, position: rotate(s.position, deg, about), rotation: s.rotation + deg }),
  blocksWalking: () => false,
  walking: 'none',
  sight: () => 'none',
  planLabel: (s) => ({ kind: 'sign', text: s.text.zh || s.text.en, at: s.position }),
  tools: SIGN_TOOLS,
  describe: (s) => ({
    zh: `${SIGN_KINDS[s.signKind].zh}${s.text.zh ? `“${s.text.zh}”` : ''}`,
    en: `${SIGN_KINDS[s.signKind].en}${s.text.en || s.text.zh ? ` "${s.text.en || s.text.zh}"` : ''}`,
  }),
  ifc: { to: ['IfcBuildingElementProxy'], pset: 'Pset_HallTwinSign', from: [] },
  plan: () => null,
  refs: [
    { key: 'target', pickedAfter: ['counter'] },
    { key: 'mountedOn', host: true, pickedAfter: ['counter'], kind: 'counter', says: { zh: '标牌所挂的', en: 'plate hangs on' } },
  ],
  variant: (s) => s.signKind,
  snap: 'anchor',
  mapGeometry: 'point',
  pickRank: 1,
  fields: [
    { key: 'signKind', label: { zh: '标识类型', en: 'Sign kind' }, type: 'enum', options: SIGN_KINDS },
    { key: 'text.zh', label: { zh: '中文内容', en: 'Chinese text' }, type: 'text' },
    { key: 'text.en', label: { zh: '英文内容', en: 'English text' }, type: 'text' },
    { key: 'electronic', label: { zh: '电子标识', en: 'Electronic' }, type: 'bool' },
    { key: 'youAreHere', label: { zh: '“您在这里”点', en: '"You are here" point' }, type: 'bool' },
    { key: 'rotation', label: { zh: '朝向', en: 'Rotation' }, type: 'number', step: 15, unit: 'deg' },
    { key: 'mountHeight', label: { zh: '安装高度', en: 'Mount height' }, type: 'number', min: 0.2, max: 6, step: 0.1, unit: 'm' },
  ],
});
