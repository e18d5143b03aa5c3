// Kept for existing imports: the claims reader lives in ./claims/ (one file per part of the document).
export { MAX_LINE_LENGTH } from './markdown.js';
export { parseClaims } from './reader.js';
