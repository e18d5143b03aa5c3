// The 3-way merge of AI_SYNC_STATUS.json (the `ai-sync merge-driver status` of git): the status file is one
// snapshot written by the action, so the merge keeps the newer one (by lastUpdate; ours on a tie), as written. A
// side that cannot be read as a status file is a conflict: the result holds both sides between markers. Pure.
import { parseStatus } from '../status/read.js';
import { conflictBlock, firstEol, type MergeLabels, type MergeResult } from './markers.js';

export interface StatusMergeResult extends MergeResult {
  /** Which side the text is: one of them as written, or both between conflict markers. */
  kept: 'ours' | 'theirs' | 'conflict';
  /** One line saying why (the unreadable side and the reader's reason, or the two lastUpdate values). */
  note: string;
}

/** Epoch ms of a status text's lastUpdate, or why there is none. */
function stamp(text: string): { at: number; iso: string } | { problem: string } {
  const { status, warning } = parseStatus(text);
  if (!status) return { problem: (warning ?? 'not a status file').replace(/^previous status ignored: /, '') };
  const at = Date.parse(status.lastUpdate);
  return Number.isFinite(at) ? { at, iso: status.lastUpdate } : { problem: `lastUpdate ${JSON.stringify(status.lastUpdate)} is not a time` };
}

/** Merges three versions of the status file: the newer lastUpdate wins; a side changed alone wins as usual. */
export function mergeStatus(base: string, ours: string, theirs: string, labels: MergeLabels = {}): StatusMergeResult {
  if (ours === theirs || base === theirs) return { text: ours, conflicts: 0, kept: 'ours', note: 'only ours changed it' };
  if (base === ours) return { text: theirs, conflicts: 0, kept: 'theirs', note: 'only theirs changed it' };
  const o = stamp(ours);
  const t = stamp(theirs);
  if ('problem' in o || 'problem' in t) {
    const problems = [...('problem' in o ? [`ours: ${o.problem}`] : []), ...('problem' in t ? [`theirs: ${t.problem}`] : [])];
    return {
      text: conflictBlock(ours, theirs, firstEol([ours, theirs]), labels),
      conflicts: 1,
      kept: 'conflict',
      note: `cannot tell which status is newer (${problems.join('; ')}); both are kept between conflict markers`
    };
  }
  if (t.at > o.at) return { text: theirs, conflicts: 0, kept: 'theirs', note: `theirs is newer (${t.iso} > ${o.iso})` };
  return { text: ours, conflicts: 0, kept: 'ours', note: t.at === o.at ? `same lastUpdate (${o.iso}): ours kept` : `ours is newer (${o.iso} > ${t.iso})` };
}
