export * from './markdown.js';
export * from './context.js';
export * from './summary.js';
export * from './annotations.js';
export * from './comment.js';
export * from './status-file.js';
export { nextSteps, type AdviceOptions } from './advice.js';
