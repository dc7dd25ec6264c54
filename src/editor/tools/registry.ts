/**
 * Tool registry: the editor's own tools, one file and one line here each, and the tools kinds declare with a
 * generic placing behaviour (`place`), which need no file of their own.
 */
import type { Editor, ToolSet } from '../editor';
import { KIND_TOOLS } from '../kind-tools';
import { SelectTool } from './select';
import { WallTool } from './wall';
import { ZoneRectTool } from './zone-rect';
import { ZonePolyTool } from './zone-poly';
import { CounterTool } from './counter';
import { PointTool } from './point';
import { SignTool } from './sign';
import { VLinkTool } from './vlink';
import { CounterRowTool } from './counter-row';
import { RouteTool } from './route';
import { MeasureTool } from './measure';
import { OutlineTool } from './outline';
import { KindPlaceTool } from './kind-tool';

const OWN: ToolSet = {
  select: (e) => new SelectTool(e),
  wall: (e) => new WallTool(e),
  'zone-rect': (e) => new ZoneRectTool(e),
  'zone-poly': (e) => new ZonePolyTool(e),
  counter: (e) => new CounterTool(e),
  'counter-row': (e) => new CounterRowTool(e),
  sign: (e) => new SignTool(e),
  point: (e) => new PointTool(e),
  vlink: (e) => new VLinkTool(e),
  route: (e) => new RouteTool(e),
  measure: (e) => new MeasureTool(e),
  outline: (e) => new OutlineTool(e),
};

export const TOOLS: ToolSet = {
  ...OWN,
  ...Object.fromEntries(
    KIND_TOOLS.flatMap(({ tool }) => {
      const place = tool.place;
      return place ? [[tool.id, (e: Editor) => new KindPlaceTool(e, tool.id, place, `${tool.label.zh} / ${tool.label.en}`, tool.label)]] : [];
    }),
  ),
};
