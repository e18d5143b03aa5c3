// Check-run annotations. GitHub shows at most 10 annotations per severity per step and silently drops the rest,
// so the most important are picked here and the caller logs how many were left out. A capped run (more findings
// than it lists) says so in one file-less notice annotation.

import type { Finding, OmittedFindings, Severity } from '../engine/model.js';
import { SEVERITIES, kindRank, omittedText, omittedWhy } from './format.js';
import { plain } from './markdown.js';

export interface Annotation {
  severity: Severity;
  /** The finding kind. */
  title: string;
  /** One line, no control characters. */
  message: string;
  /** Repository-relative path, as the finding names it; absent for a finding about a commit (shown on the run). */
  file?: string;
}

export interface AnnotationSelection {
  annotations: Annotation[];
  /** Per severity, how many annotatable findings were left out (only non-zero counts, error → notice). */
  overflow: { severity: Severity; count: number }[];
}

const MESSAGE_MAX = 1000;

/**
 * Kinds annotated even without a file: an identity conflict is about a commit, not a file, and a warning that shows
 * only in the job summary is easy to miss. GitHub shows a file-less annotation on the run itself.
 */
const FILELESS = new Set<string>(['identity-conflict']);

const annotatable = (f: Finding): boolean => (typeof f.file === 'string' && f.file !== '') || (f.file === null && FILELESS.has(f.kind));

function byImportance(a: { f: Finding; i: number }, b: { f: Finding; i: number }): number {
  const fa = a.f.file ?? '';
  const fb = b.f.file ?? '';
  return kindRank(a.f.kind) - kindRank(b.f.kind) || (fa < fb ? -1 : fa > fb ? 1 : 0) || a.i - b.i;
}

/** The title of the annotation that says how many findings a capped run did not list. */
export const OMITTED_TITLE = 'findings not shown';

/**
 * One annotation per finding with a file (or of a FILELESS kind), at most `maxPerSeverity` per severity, most
 * important first. With `omitted` (a capped run), the last notice says how many findings were not listed: it takes
 * one of the notices' places, so GitHub still shows it.
 */
export function selectAnnotations(findings: readonly Finding[], maxPerSeverity = 10, omitted?: OmittedFindings): AnnotationSelection {
  const max = Math.max(0, Math.floor(maxPerSeverity));
  const annotations: Annotation[] = [];
  const overflow: AnnotationSelection['overflow'] = [];
  for (const severity of SEVERITIES) {
    const limit = omitted && severity === 'notice' ? Math.max(0, max - 1) : max;
    const candidates = findings
      .map((f, i) => ({ f, i }))
      .filter(({ f }) => f.severity === severity && annotatable(f))
      .sort(byImportance);
    for (const { f } of candidates.slice(0, limit)) {
      annotations.push({
        severity,
        title: plain(f.kind, 100),
        message: plain(f.message !== '' ? f.message : f.kind, MESSAGE_MAX),
        ...(f.file ? { file: f.file } : {})
      });
    }
    if (candidates.length > limit) overflow.push({ severity, count: candidates.length - limit });
  }
  if (omitted && max > 0) annotations.push({ severity: 'notice', title: OMITTED_TITLE, message: plain(`${omittedText(omitted)}: ${omittedWhy(findings.length)}.`, MESSAGE_MAX) });
  return { annotations, overflow };
}

/** The one log line for the overflow, e.g. "3 more warnings are listed in the job summary." */
export function overflowMessage(overflow: AnnotationSelection['overflow']): string | null {
  if (overflow.length === 0) return null;
  const parts = overflow.map(({ severity, count }) => `${count} more ${severity}${count === 1 ? '' : 's'}`);
  const total = overflow.reduce((n, o) => n + o.count, 0);
  return `${parts.join(', ')} ${total === 1 ? 'is' : 'are'} not annotated (GitHub shows at most 10 per severity): all findings are listed in the job summary.`;
}
