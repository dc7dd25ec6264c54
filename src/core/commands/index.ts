export * from './command';
export * from './elements';
export * from './floors';
export * from './order';
