// Pure text transforms of AI_CURRENT_WORK.md (and AI_HANDOFF.md) for `ai-sync claim / checkin / release`.
//
// Every function takes the file text (and, for the claims file, its parsed ClaimsDocument, which gives the line
// positions) and returns the new text. Bytes outside the edited lines never change: each line keeps its own
// terminator (`\r\n`, `\n` or `\r`), new lines get the file's dominant one, a BOM and the trailing-newline state are
// kept. New content copies the file's existing style: heading decoration (`## 🤖 X Status`), `---` separators,
// field markup (`**Label:**`, `- **Label:**`, `**Label**:`), list bullets, module-line emoji and the timestamp format.
import { Lines } from './lines.js';
export { EditError } from './lines.js';
export { DEFAULT_STAMP_STYLE, detectStampStyle, formatStamp, type StampStyle } from './stamps.js';
export { agentKey, findSection, formatPathItem, hasField, idleFields, setAgentFields, setCheckin, type AgentFieldName, type AgentFields } from './sections.js';
export { setModuleLine, type ModuleLineState } from './module-lines.js';
export { addHandoffEntry, addOverride, type HandoffEntry, type OverrideEntry } from './entries.js';

// ---------------------------------------------------------------------------------------------------------------
// Small exported helpers for callers and tests

/** The file's dominant line terminator. */
export function lineEnding(text: string): '\n' | '\r\n' | '\r' {
  return new Lines(text).eol as '\n' | '\r\n' | '\r';
}
