/**
 * jiangxi §5.1.7 安全标志: “政务服务中心内部及外部，应在醒目位置张贴公共安全标志…包括但不限于：提示类标志：如“安全出口”…”.
 * The text names the 安全出口 sign and no number or place, so one in the centre meets it; hunan and hainan have no such
 * clause (hunan §5.5 only says 消防标志 follow GB 15630, a code not supplied).
 */
import { describe, it } from 'vitest';
import type { HallLevel, PresetId } from '../../../../src/core/vocab';
import { oneFloor, sign } from './hall';
import { expectVerdict } from './verdict';

const exitSign = () => sign('safety-exit', [29.5, 10], { id: 'exit-sign', rotation: Math.PI / 2, text: { zh: '安全出口', en: 'Exit' } });

describe('safety.exit-sign (jiangxi §5.1.7)', () => {
  it('jiangxi county: no 安全出口 sign anywhere is an error citing §5.1.7', () =>
    expectVerdict(oneFloor('jiangxi', []), 'safety.exit-sign', { status: 'fail', severity: 'error', count: 1, clause: '§5.1.7' }));
  it('jiangxi county: one 安全出口 sign passes', () => expectVerdict(oneFloor('jiangxi', [exitSign()]), 'safety.exit-sign', { status: 'pass' }));
  it('jiangxi county: a directional sign is not a safety sign', () =>
    expectVerdict(oneFloor('jiangxi', [sign('directional', [20, 10])]), 'safety.exit-sign', { status: 'fail', severity: 'error' }));
  it.each(['township', 'village', 'park'] as HallLevel[])('jiangxi %s (参照执行): a warning', (level) =>
    expectVerdict(oneFloor('jiangxi', [], level), 'safety.exit-sign', { status: 'fail', severity: 'warning' }),
  );
  it.each(['hunan', 'hainan'] as PresetId[])('%s: no clause asks for it, no rule', (preset) => expectVerdict(oneFloor(preset, []), 'safety.exit-sign', { status: 'off' }));
});
