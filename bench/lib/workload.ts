// Deterministic synthetic workloads: a repository-shaped tree of changed files, claim patterns of the kinds agents
// write (literal paths, directories, globs, names), the claims file holding them, and large claims files to parse.
// Same arguments, same output, on every machine.

/** mulberry32: small, fast, seeded. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const EXT = ['ts', 'ts', 'ts', 'tsx', 'js', 'json', 'md', 'css', 'test.ts', 'spec.ts'];
const TOP = ['apps', 'packages', 'services', 'libs'];

/**
 * `n` distinct file paths shaped like a monorepo: `<top>/<pkg>/src/<area>/<sub>/file-<k>.<ext>`, 3–6 levels deep.
 * Index i always gives the same path, so 1k ⊂ 10k ⊂ 100k.
 */
export function filePath(i: number): string {
  const top = TOP[i % 4] as string;
  const pkg = `pkg-${Math.floor(i / 4) % 50}`;
  const area = `area-${Math.floor(i / 200) % 20}`;
  const sub = `sub-${Math.floor(i / 4000) % 25}`;
  const ext = EXT[(i * 7) % EXT.length] as string;
  const depth = i % 3;
  const dirs = depth === 0 ? [top, pkg, 'src', area] : depth === 1 ? [top, pkg, 'src', area, sub] : [top, pkg, area, sub, 'nested'];
  return `${dirs.join('/')}/file-${i}.${ext}`;
}

export function changedFiles(n: number): string[] {
  return Array.from({ length: n }, (_, i) => filePath(i));
}

export type PatternKind = 'literal' | 'directory' | 'glob' | 'name';

/**
 * `n` claim patterns, a realistic mix: 50 % literal file paths, 25 % directories (`dir/`), 15 % anchored globs
 * (`dir/**\/*.test.ts`, `dir/*.json`), 10 % names / name globs matching at any depth (`*.snap`, `CODEOWNERS`).
 * Most point into the tree filePath() builds (so they hit), some elsewhere (so they miss).
 */
export function claimPatterns(n: number, seed = 1): { pattern: string; kind: PatternKind }[] {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
  const out: { pattern: string; kind: PatternKind }[] = [];
  const seen = new Set<string>();
  while (out.length < n) {
    const x = r();
    const i = Math.floor(r() * 200_000); // half of these files exist only in the 100k set or not at all
    const real = filePath(i);
    const dir = real.slice(0, real.lastIndexOf('/'));
    let p: { pattern: string; kind: PatternKind };
    if (x < 0.5) p = { pattern: r() < 0.8 ? real : `docs/${real}`, kind: 'literal' };
    else if (x < 0.75) {
      // a package, an area or a leaf directory
      const parts = dir.split('/');
      const keep = 2 + Math.floor(r() * (parts.length - 1));
      p = { pattern: `${parts.slice(0, keep).join('/')}/`, kind: 'directory' };
    } else if (x < 0.9) {
      const parts = dir.split('/');
      const base = parts.slice(0, 2 + Math.floor(r() * 2)).join('/');
      p = { pattern: pick([`${base}/**/*.test.ts`, `${base}/*.json`, `${base}/**/file-${Math.floor(r() * 10)}*.ts`, `${base}/src/area-?/*.md`]), kind: 'glob' };
    } else p = { pattern: pick(['*.snap', 'CODEOWNERS', `file-${Math.floor(r() * 1000)}.md`, '*.lock', `generated-${Math.floor(r() * 100)}/`]), kind: 'name' };
    if (seen.has(p.pattern)) continue;
    seen.add(p.pattern);
    out.push(p);
  }
  return out;
}

export const CLAIMERS = ['ChatGPT Codex', 'Gemini CLI', 'Cursor Agent', 'Devin'];

/** An AI_CURRENT_WORK.md in the seed's format: the acting agent idle, the patterns spread over the others. */
export function claimsFile(patterns: readonly string[], checkin: string, actor = 'Claude Code'): string {
  const sections: string[] = ['# AI Current Work Status', '', '**Purpose:** Real-time coordination', '', '---', ''];
  sections.push(`## ${actor} Status`, '', '**Currently Working On:** None', '**Module:** None', '**Files Being Modified:**', '- None', '', `**Last Checkin:** ${checkin}`, '', '---', '');
  CLAIMERS.forEach((agent, a) => {
    const mine = patterns.filter((_, i) => i % CLAIMERS.length === a);
    sections.push(
      `## ${agent} Status`,
      '',
      `**Currently Working On:** Workstream ${a + 1}`,
      `**Module:** Module${a + 1}`,
      `**Started At:** ${checkin}`,
      '**Expected Completion:** tomorrow',
      '**Files Being Modified:**',
      ...(mine.length > 0 ? mine.map((p) => `- ${p}`) : ['- None']),
      '',
      `**Last Checkin:** ${checkin}`,
      '',
      '---',
      ''
    );
  });
  return sections.join('\n');
}

/**
 * A claims file of about `bytes` bytes: agent sections with file lists, module lines, prose, an override entry
 * per 50 sections — everything the parser reads, repeated.
 */
export function bigClaimsFile(bytes: number, seed = 7): string {
  const r = rng(seed);
  const out: string[] = ['# AI Current Work Status', '', '**Auto-updated by:** many agents', ''];
  let size = out.join('\n').length;
  let k = 0;
  while (size < bytes) {
    const lines = [
      `## Agent ${k} Status`,
      '',
      `**Currently Working On:** Task ${k}: align the ${k % 7 === 0 ? 'tracking' : 'billing'} schema with the API (ticket #${1000 + k})`,
      `**Module:** Module${k % 40}`,
      '**Started At:** 2025-12-03 14:30:00',
      '**Expected Completion:** 2025-12-04 (estimate)',
      '**Files Being Modified:**',
      ...Array.from({ length: 3 + Math.floor(r() * 8) }, () => `- ${filePath(Math.floor(r() * 100_000))}${r() < 0.3 ? ' (tests too)' : ''}`),
      '',
      `**Last Checkin:** 2025-12-0${1 + (k % 9)} 15:00:00`,
      '',
      'Notes: keep the DTOs backwards compatible; see the handoff file for the migration plan and the open questions.',
      '',
      '---',
      ''
    ];
    if (k % 50 === 49) lines.push(`### Emergency Override - 2025-12-03 - Agent ${k}`, '- **Reason:** outage', `- **Module:** Module${k % 40}`, `- **Original Owner:** Agent ${k - 1}`, '');
    if (k % 10 === 0) lines.push('## Available Modules for Work', '', ...Array.from({ length: 5 }, (_, j) => `- Module${(k + j) % 40} - Available`), '', '---', '');
    const chunk = lines.join('\n') + '\n';
    out.push(chunk);
    size += chunk.length + 1;
    k++;
  }
  return out.join('\n');
}
