// The terminal and JSON forms of `ai-sync verify`: one document per range judged (version 1), and its text with
// the verdict line, each finding listed (and how many were not) and the notes.
import type { CheckResult } from '../../engine/check.js';
import type { ChangedFile, Finding, OmittedFindings } from '../../engine/model.js';
import { omittedText, omittedWhy } from '../omitted.js';
import { painter } from './text.js';

export interface VerifyJson {
  version: 1;
  base: string | null;
  head: string;
  verdict: 'pass' | 'warn' | 'fail';
  commits: { sha: string; agent: string | null; rule: string; files: ChangedFile[] }[];
  findings: Finding[];
  /** The findings judged but not listed (a capped run: engine/judge/cap.ts), counted in `verdict`; absent when none. */
  omitted?: OmittedFindings;
  board: CheckResult['evaluation']['board'];
  warnings: string[];
}

/** The JSON document for one range (`base`..`head`). */
export function verifyJson(range: { base: string | null; head: string }, result: CheckResult): VerifyJson {
  return {
    version: 1,
    base: range.base,
    head: range.head,
    verdict: result.evaluation.verdict,
    commits: result.commits.map((c) => ({ sha: c.sha, agent: c.identity.agent, rule: c.identity.rule, files: c.files })),
    findings: result.evaluation.findings,
    ...(result.evaluation.omitted ? { omitted: result.evaluation.omitted } : {}),
    board: result.evaluation.board,
    warnings: result.warnings
  };
}

/** The range's text; `colour` says whether the stream takes colour. */
export function renderVerify(json: VerifyJson, label: string, colour: boolean): string[] {
  const paint = painter(colour);
  const out: string[] = [];
  const verdict = json.verdict === 'fail' ? paint('red', 'FAIL') : json.verdict === 'warn' ? paint('yellow', 'WARN') : paint('green', 'PASS');
  const who = [...new Set(json.commits.map((c) => c.agent ?? 'unknown author'))].join(', ');
  out.push(`ai-sync verify ${label}: ${json.commits.length} commit${json.commits.length === 1 ? '' : 's'} by ${who || '-'}: ${verdict}`);
  for (const f of json.findings) {
    const sev = f.severity === 'error' ? paint('red', 'error') : f.severity === 'warning' ? paint('yellow', 'warning') : paint('dim', 'notice');
    out.push(`  ${sev} ${f.kind}${f.file ? ` ${f.file}` : ''}${f.commit ? ` (${f.commit.slice(0, 7)})` : ''}`);
    out.push(`    ${f.message}`);
  }
  if (json.omitted) out.push(`  … ${omittedText(json.omitted)}: ${omittedWhy(json.findings.length)} (--json has the counts).`);
  for (const w of json.warnings) out.push(`  note: ${w}`);
  return out;
}
