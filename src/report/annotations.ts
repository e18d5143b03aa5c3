// Check-run annotations. GitHub shows at most 10 annotations per severity per step and silently drops the rest,
// so the most important are picked here and the caller logs how many were left out.

import type { Finding, Severity } from '../engine/model.js';
import { SEVERITIES, kindRank } from './format.js';
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

/** One annotation per finding with a file (or of a FILELESS kind), at most `maxPerSeverity` per severity, most important first. */
export function selectAnnotations(findings: readonly Finding[], maxPerSeverity = 10): AnnotationSelection {
  const limit = Math.max(0, Math.floor(maxPerSeverity));
  const annotations: Annotation[] = [];
  const overflow: AnnotationSelection['overflow'] = [];
  for (const severity of SEVERITIES) {
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
  return { annotations, overflow };
}

/** The one log line for the overflow, e.g. "3 more warnings are listed in the job summary." */
export function overflowMessage(overflow: AnnotationSelection['overflow']): string | null {
  if (overflow.length === 0) return null;
  const parts = overflow.map(({ severity, count }) => `${count} more ${severity}${count === 1 ? '' : 's'}`);
  const total = overflow.reduce((n, o) => n + o.count, 0);
  return `${parts.join(', ')} ${total === 1 ? 'is' : 'are'} not annotated (GitHub shows at most 10 per severity): all findings are listed in the job summary.`;
}
