/** Tool registry: a new tool is one file and one line here. */
import type { ToolSet } from '../editor';
import { SelectTool } from './select';
import { WallTool } from './wall';
import { ZoneRectTool } from './zone-rect';
import { ZonePolyTool } from './zone-poly';
import { CounterTool } from './counter';
import { DoorTool } from './door';
import { WindowTool } from './window';
import { PointTool } from './point';
import { SignTool } from './sign';
import { VLinkTool } from './vlink';
import { CounterRowTool } from './counter-row';
import { RouteTool } from './route';
import { MeasureTool } from './measure';
import { OutlineTool } from './outline';

export const TOOLS: ToolSet = {
  select: (e) => new SelectTool(e),
  wall: (e) => new WallTool(e),
  'zone-rect': (e) => new ZoneRectTool(e),
  'zone-poly': (e) => new ZonePolyTool(e),
  door: (e) => new DoorTool(e),
  window: (e) => new WindowTool(e),
  counter: (e) => new CounterTool(e),
  'counter-row': (e) => new CounterRowTool(e),
  sign: (e) => new SignTool(e),
  point: (e) => new PointTool(e),
  vlink: (e) => new VLinkTool(e),
  route: (e) => new RouteTool(e),
  measure: (e) => new MeasureTool(e),
  outline: (e) => new OutlineTool(e),
};
