/**
 * The tools the kinds declare (src/core/kinds/<kind>, `tools`), in registry order: what the toolbar, the shortcut
 * list, the catalogue and the icons are generated from. A tool with `place` runs the generic placing tool
 * (src/editor/tools/kind-tool.ts); one without is the editor's own tool class of the same id.
 */
import { ELEMENT_KINDS, KINDS, type ElementKind, type HallElement } from '../core/kinds/registry';
import type { KindTool } from '../core/kinds/roles';

export interface DeclaredTool {
  kind: ElementKind;
  tool: KindTool<HallElement>;
}

export const KIND_TOOLS: readonly DeclaredTool[] = ELEMENT_KINDS.flatMap((kind) =>
  ((KINDS[kind] as { tools?: readonly KindTool<HallElement>[] }).tools ?? []).map((tool) => ({ kind, tool })),
);

/** A declared tool by its id. */
export function kindTool(id: string): DeclaredTool | undefined {
  return KIND_TOOLS.find((t) => t.tool.id === id);
}
