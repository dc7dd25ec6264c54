export * from './editor';
export * from './create';
export * from './types';
export * from './shortcuts';
export * from './snapping';
export * from './hit-test';
export * from './autosave';
