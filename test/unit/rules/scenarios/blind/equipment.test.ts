/**
 * Blind equipment scenarios: items the texts require with 应 and the model can draw as points. hunan part 1 §6
 * 服务设施设备 “应配备自助电脑、高拍仪、身份证读卡器、显示屏、服务评价器、自助服务机、排队取号机等服务设备”; hainan §6.2.1.1
 * 业务办理类 “应配备服务柜台、取号机、座椅…”, 安防与应急类 “应配备应急电源、应急照明设备…消防器材…”; jiangxi §5.2.4
 * “室内消防设备应包含固定式消防栓、移动式手提灭火器、应急照明灯、安全出口指示灯”. Whatever rule carries it, the hall
 * without the item gets an error naming it; with it, no such finding.
 */
import { describe, expect, it } from 'vitest';
import type { HallDocument } from '../../../../../src/core/document';
import type { HallElement } from '../../../../../src/core/kinds/registry';
import type { PresetId } from '../../../../../src/core/vocab';
import { checkHall } from '../../../../../src/rules';
import { box, counter, oneFloor, point, zone } from '../hall';

/** Findings of any rule whose message names the item (English or Chinese). */
const about = (doc: HallDocument, item: RegExp) => checkHall(doc).findings.filter((f) => item.test(f.message.en) || item.test(f.message.zh));

const TICKET = /ticket machine|取号机/i;
const EXTINGUISHER = /extinguisher|灭火器/i;
const base = (): HallElement[] => [zone('counter-service', box(2, 12, 12, 18)), counter('general-intake', [6, 15]), zone('waiting', box(14, 12, 24, 18))];

describe('blind equipment the texts require with 应', () => {
  for (const preset of ['hunan', 'hainan'] as PresetId[]) {
    it(`#14 ${preset}: no 排队取号机 at all is an error`, () => {
      const fs = about(oneFloor(preset, base()), TICKET);
      expect(fs.some((f) => f.severity === 'error')).toBe(true);
    });
    it(`${preset}: with a ticket machine by the entrance, no finding about it`, () =>
      expect(about(oneFloor(preset, [...base(), point('ticket-machine', [13, 3])]), TICKET)).toEqual([]));
  }
  for (const preset of ['hainan', 'jiangxi'] as PresetId[]) {
    it(`#15 ${preset}: no fire extinguisher (消防器材 / 移动式手提灭火器) is an error`, () => {
      const fs = about(oneFloor(preset, base()), EXTINGUISHER);
      expect(fs.some((f) => f.severity === 'error')).toBe(true);
    });
    it(`${preset}: with extinguishers, no finding about them`, () =>
      expect(about(oneFloor(preset, [...base(), point('fire-extinguisher', [1, 1]), point('fire-extinguisher', [29, 19])]), EXTINGUISHER)).toEqual([]));
  }
});
