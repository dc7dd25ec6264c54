/**
 * A reopened hall that names files the session has not loaded (an underlay image, the CAD drawing, the IFC model)
 * asks for them in one list; "Later" leaves them all at once, and a file found leaves the list.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { emptyDocument, type HallDocument } from '../../../src/core/document';
import { drawingLink } from '../../../src/ui/dxf/drawing-link';
import { showDrawingLines } from '../../../src/ui/dxf/kept-lines';
import { ifcModelLink, offerIfcModel } from '../../../src/ui/files/ifc-model-link';
import { leaveMissingFiles, missingFiles } from '../../../src/ui/files/missing-files';
import { linkedImages, linkKey, rememberImage } from '../../../src/ui/underlay/linked-images';
import { TestEditor } from '../editor/test-editor';

function hallNamingThree(): HallDocument {
  const d = emptyDocument('linked');
  const f = d.floors[0];
  return {
    ...d,
    meta: { ...d.meta, source: { kind: 'ifc', fileName: 'AC20-FZK-Haus.ifc', schema: 'IFC4', projectGlobalId: '0lY6P5Ur90TAQnnnI6wtnb' } },
    floors: [
      {
        ...f,
        underlay: { name: 'plan.png', link: true, widthPx: 800, heightPx: 600, position: [0, 0], metresPerPixel: 0.05, rotation: 0, opacity: 0.5, visible: true },
        lines: { name: 'county.dxf', byRole: {}, link: true, from: { units: 'mm', layers: {}, frames: [], index: 0 } },
      },
    ],
  };
}

function open(doc: HallDocument): TestEditor {
  const ed = new TestEditor(doc);
  showDrawingLines(doc);
  offerIfcModel(doc);
  return ed;
}

afterEach(() => {
  linkedImages.setState({ images: {}, dismissed: {} });
  drawingLink.setState({ missing: undefined, later: false });
  ifcModelLink.setState({ wanted: undefined });
});

describe('the files a reopened hall names', () => {
  it('are listed together: the underlay image by floor, the drawing, the model', () => {
    const doc = hallNamingThree();
    const ed = open(doc);
    expect(missingFiles(ed)).toEqual([
      { kind: 'underlay', name: 'plan.png', floorId: doc.floors[0].id, floorName: doc.floors[0].name },
      { kind: 'drawing', name: 'county.dxf' },
      { kind: 'model', name: 'AC20-FZK-Haus.ifc' },
    ]);
    // The image found leaves the list; the others stay asked for.
    rememberImage(doc.floors[0].underlay!, 'data:image/png;base64,AAAA');
    expect(missingFiles(ed).map((m) => m.kind)).toEqual(['drawing', 'model']);
  });

  it('"Later" leaves every one at once, and the hall keeps its links', () => {
    const doc = hallNamingThree();
    const ed = open(doc);
    leaveMissingFiles(ed);
    expect(missingFiles(ed)).toEqual([]);
    expect(linkedImages.getState().dismissed[linkKey(doc.floors[0].underlay!)]).toBe(true);
    expect(drawingLink.getState().missing?.name).toBe('county.dxf');
    expect(ed.doc.floors[0].underlay?.link).toBe(true);
    expect(ed.doc.floors[0].lines?.link).toBe(true);
  });

  it('a hall that names none asks for none', () => {
    expect(missingFiles(open(emptyDocument('plain')))).toEqual([]);
  });
});
