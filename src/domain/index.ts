export * from './matching.js';
export * from './statuses.js';
export * from './change-set.js';
export * from './change-builder.js';
export * from './members.js';
export * from './capture.js';
export * from './ids.js';
export * from './conversion.js';
