export * from './common.js';
export * from './campaign.js';
export * from './person.js';
export * from './opportunity.js';
export * from './member.js';
export * from './submission.js';
export * from './conversion.js';
export * from './material.js';
