// Pure text transforms of AI_CURRENT_WORK.md (and AI_HANDOFF.md) for `ai-sync claim / checkin / release`.
//
// Every function takes the file text (and, for the claims file, its parsed ClaimsDocument: the sections, fields,
// module lines the edit is about) and returns the new text. Where things lie comes from the reader too — its line
// map (claims/line-map.ts) — so the editor never parses markdown by rules of its own. Bytes outside the edited lines
// never change: each line keeps its own terminator (`\r\n`, `\n` or `\r`), new lines get the file's dominant one,
// a BOM and the trailing-newline state are kept. New content copies the file's existing style: heading decoration
// (`## 🤖 X Status`), `---` separators, field markup (`**Label:**`, `- **Label:**`, `**Label**:`), list bullets,
// module-line emoji and the timestamp format; new field labels are the vocabulary's canonical ones.
import { Lines } from './lines.js';
export { EditError } from './lines.js';
export { DEFAULT_STAMP_STYLE, detectStampStyle, formatStamp, type StampStyle } from './stamps.js';
export { formatPathItem, hasField, type AgentFields } from './fields.js';
export { agentKey, findSection, idleFields, setAgentFields, setCheckin, type AgentFieldName } from './sections.js';
export { setModuleLine, type ModuleLineState } from './module-lines.js';
export { addHandoffEntry, addOverride, type HandoffEntry, type OverrideEntry } from './entries.js';
export { editFileItems, unreadAgentHeadings, type UnreadHeading } from './files-list.js';

// ---------------------------------------------------------------------------------------------------------------
// Small exported helpers for callers and tests

/** The file's dominant line terminator. */
export function lineEnding(text: string): '\n' | '\r\n' | '\r' {
  return new Lines(text).eol as '\n' | '\r\n' | '\r';
}
