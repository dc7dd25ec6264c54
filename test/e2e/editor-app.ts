/**
 * The editor page a browser test file's tests share: the built app started and opened before the first test, closed
 * after the last. Returned at once and filled in by `beforeAll`, so a file writes `const app = sharedEditor();`.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { type App, openEditor, startApp, stopApp } from './harness';

export function sharedEditor(opts: Parameters<Browser['newContext']>[0] = { viewport: { width: 1440, height: 900 } }): App {
  const app = {} as App;
  beforeAll(async () => {
    Object.assign(app, await startApp(opts));
    await openEditor(app.page, app.url);
  });
  afterAll(async () => {
    await stopApp(app);
  });
  return app;
}
