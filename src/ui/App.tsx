/** The editor shell: toolbar on top, catalogue and floors left, viewport centre, inspector right, findings below. */
import type { Editor } from '../editor/editor';
import { Viewport } from '../view/Viewport';
import { EditorContext } from './EditorContext';
import { Catalogue } from './catalogue/Catalogue';
import { DropZone } from './files/DropZone';
import { ErrorBanner } from './files/ErrorBanner';
import { ShellNotices } from './files/ShellNotices';
import { FindingsPanel } from './findings/FindingsPanel';
import { RuleOverlays } from './findings/RuleOverlays';
import { IfcContext } from './files/IfcContext';
import { ModelControls } from './ifc/ModelControls';
import { DxfContext } from './dxf/DxfContext';
import { DxfControls } from './dxf/DxfControls';
import { DxfImportDialog } from './dxf/DxfImportDialog';
import { UnderlayContext } from './underlay/UnderlayContext';
import { UnderlayPanel } from './underlay/UnderlayPanel';
import { UnderlayHandles } from './underlay/UnderlayHandles';
import { useLiveCheck } from './findings/useLiveCheck';
import { FloorsPanel } from './floors/FloorsPanel';
import { Inspector } from './inspector/Inspector';
import { StatusBar } from './status/StatusBar';
import { Toolbar } from './toolbar/Toolbar';
import { useShortcuts } from './useShortcuts';
import { useDocumentTitle } from './useDocumentTitle';
import { useRef } from 'react';
import { ContextMenu } from './drawing/ContextMenu';
import { DrawingNotices } from './drawing/DrawingNotices';
import { ShortcutSheet } from './drawing/ShortcutSheet';
import { WallLengthField } from './drawing/WallLengthField';
import { WallDistanceFields } from './drawing/WallDistanceFields';
import { RoomScheduleDrawer } from './schedule/RoomScheduleDrawer';
import { ComparePanel } from './compare/ComparePanel';

function Shell({ editor }: { editor: Editor }) {
  useLiveCheck(editor);
  useShortcuts(editor);
  useDocumentTitle(editor);
  const plan = useRef<HTMLDivElement>(null);
  return (
    <div className="app">
      <Toolbar />
      <ErrorBanner />
      <ShellNotices />
      <div className="main">
        <aside className="left">
          <FloorsPanel />
          <Catalogue />
        </aside>
        <main className="centre">
          <div className="viewport-wrap" ref={plan}>
            <Viewport editor={editor}>
              <RuleOverlays editor={editor} />
              <IfcContext editor={editor} />
              <DxfContext editor={editor} />
              <UnderlayContext editor={editor} />
            </Viewport>
            <ModelControls />
            <DxfControls />
            <UnderlayPanel />
            <UnderlayHandles />
            <WallLengthField />
            <WallDistanceFields />
            <DrawingNotices />
            <ShortcutSheet />
            <ContextMenu host={plan} />
          </div>
          <FindingsPanel />
        </main>
        <aside className="right">
          <Inspector />
        </aside>
      </div>
      <StatusBar />
      <RoomScheduleDrawer />
      <ComparePanel />
      <DropZone />
      <DxfImportDialog />
    </div>
  );
}

export function App({ editor }: { editor: Editor }) {
  return (
    <EditorContext.Provider value={editor}>
      <Shell editor={editor} />
    </EditorContext.Provider>
  );
}
