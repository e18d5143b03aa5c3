// Claims written as markdown tables: a claims table (an agent column, a files column, optional state, time and
// task columns: each row a claim) or an ownership table (`| Area | Owner |`: paths given to agents named elsewhere).
// Columns are found by their header words (vocabulary.ts), in any order and language.
import type { FieldValue } from '../model.js';
import { ownerName } from './claim.js';
import { agentKey, sameAgent } from '../names.js';
import { normaliseLabel } from './markdown.js';
import type { ClaimSink } from './sink.js';
import { stripMarkup } from './text.js';
import { EVERY_AGENT_WORDS, roleOf, type Role } from './vocabulary.js';

export interface TableRow {
  /** 1-based line. */
  line: number;
  cells: string[];
  raw: string;
}

/** Cells of a `| a | b |` row (outer pipes optional, `\|` kept as a pipe inside a cell), or null for no row. */
export function splitRow(line: string): string[] | null {
  const t = line.trim();
  if (!t.startsWith('|') && !(t.includes(' | ') && t.split('|').length >= 3)) return null;
  const cells: string[] = [];
  let cur = '';
  let code = false;
  for (let i = 0; i < t.length; i++) {
    const ch = t.charAt(i);
    if (ch === '\\' && t.charAt(i + 1) === '|') {
      cur += '|';
      i++;
    } else if (ch === '`') {
      code = !code;
      cur += ch;
    } else if (ch === '|' && !code) {
      cells.push(cur.trim());
      cur = '';
    } else cur += ch;
  }
  cells.push(cur.trim());
  if (t.startsWith('|')) cells.shift();
  if (t.endsWith('|') && cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
  return cells.length >= 2 ? cells : null;
}

/** `|---|:---:|` */
export function isSeparatorRow(cells: readonly string[]): boolean {
  return cells.length > 0 && cells.every((c) => /^:?-{1,}:?$/.test(c.replace(/\s+/g, '')));
}

export interface TableShape {
  kind: 'claims' | 'ownership';
  owner: number;
  files: number;
  /** Other columns by role: status, started, checkin, working-on, module, branch. */
  columns: [number, Role][];
}

/** What a header row says: a claims or ownership table, or null (any other table). */
export function tableShape(header: readonly string[]): TableShape | null {
  let owner = -1;
  let files = -1;
  const columns: [number, Role][] = [];
  header.forEach((h, i) => {
    const role = roleOf(normaliseLabel(h));
    if (role === 'owner' && owner < 0) owner = i;
    else if (role === 'files' && files < 0) files = i;
    else if (role !== null && role !== 'owner' && role !== 'files') columns.push([i, role]);
  });
  if (owner < 0 || files < 0) return null;
  const live = columns.some(([, r]) => r === 'status' || r === 'started' || r === 'checkin' || r === 'working-on');
  return { kind: live ? 'claims' : 'ownership', owner, files, columns };
}

/** A row's cells as the fields of a claim, labelled by role, so every dialect reads states and times alike. */
export function rowFields(shape: TableShape, row: TableRow): Record<string, FieldValue> {
  const fields: Record<string, FieldValue> = {};
  const label: Partial<Record<Role, string>> = {
    status: 'status',
    started: 'claimed at',
    checkin: 'last checkin',
    'working-on': 'task',
    module: 'module',
    branch: 'branch',
    expected: 'eta'
  };
  for (const [i, role] of shape.columns) {
    const key = label[role];
    const value = row.cells[i];
    if (key === undefined || value === undefined || value === '' || Object.hasOwn(fields, key)) continue;
    fields[key] = { value, line: row.line };
  }
  return fields;
}

/** A files cell as a files list the files reader splits: `<br>` and `、` separate items like commas. */
export function filesCellText(cell: string): string {
  return cell.replace(/<br\s*\/?>/gi, ', ').replace(/、/g, ', ');
}

/** An ownership row, kept until every agent of the file is known. */
export interface OwnershipRow {
  row: TableRow;
  owner: string;
  files: string;
}

/**
 * A table starting at line index `i` (header, separator, rows) of `data`: claims rows go into the sink now,
 * ownership rows into `ownership`. Returns the index of the table's last line (`i` when there is no table).
 */
export function readTableAt(sink: ClaimSink, data: readonly string[], i: number, ownership: OwnershipRow[]): number {
  const header = splitRow(data[i]!);
  const sep = i + 1 < data.length ? splitRow(data[i + 1]!) : null;
  if (!header || !sep || !isSeparatorRow(sep)) return i;
  let j = i + 2;
  const rows: TableRow[] = [];
  for (; j < data.length; j++) {
    const cells = splitRow(data[j]!);
    if (!cells) break;
    rows.push({ line: j + 1, cells, raw: sink.raw[j]! });
  }
  const shape = tableShape(header);
  if (shape === null) return j - 1;
  for (const row of rows) {
    const cell = row.cells[shape.owner] ?? '';
    if (shape.kind === 'ownership') {
      ownership.push({ row, owner: stripMarkup(cell).trim(), files: row.cells[shape.files] ?? '' });
      continue;
    }
    const owner = ownerName(cell);
    if (owner === null) continue;
    const target = sink.target(owner);
    sink.addFile(target, filesCellText(row.cells[shape.files] ?? ''), row.line);
    sink.addClaim(
      { name: owner, aliases: [], source: 'table', line: row.line, endLine: row.line, body: row.raw, fields: rowFields(shape, row), files: target.files, startedIsCheckin: true, hiddenBy: sink.hiddenBy[row.line - 1] ?? 0 },
      target.pending
    );
  }
  return j - 1;
}

/** Ownership rows give paths to agents named elsewhere: "Desktop" abbreviates "Desktop Agent"; Both/All is everyone. */
export function readOwnership(sink: ClaimSink, ownership: readonly OwnershipRow[]): void {
  const agents = sink.agents;
  for (const o of ownership) {
    const key = agentKey(o.owner);
    const every = EVERY_AGENT_WORDS.has(key);
    const named = agents.filter((a) => a.source !== 'ownership');
    let owners = every ? named : named.filter((a) => agentKey(a.name) === key || (a.aliases ?? []).some((x) => agentKey(x) === key));
    // Deliberately looser than sameAgent: an ownership cell may abbreviate a name to one of its words (all agents so named).
    if (owners.length === 0 && !every && key !== '') owners = named.filter((a) => agentKey(a.name).split(/[\s/_-]+/).includes(key) || agentKey(a.name).startsWith(`${key} `));
    const names = [...new Set(owners.map((a) => a.name))];
    if (names.length === 0) {
      const name = ownerName(o.owner);
      if (name !== null) names.push(name);
    }
    for (const name of names) {
      const target = sink.target(name);
      sink.addFile(target, filesCellText(o.files), o.row.line);
      const host = agents.find((a) => sameAgent(a.name, name) && !a.idle && a.source !== 'ownership');
      const files = target.files.map((f) => (every ? { ...f, shared: true } : f));
      if (host) {
        // The owner's live claim covers its area too, with the claim's own liveness.
        for (const f of files) if (!host.files.some((h) => h.pattern === f.pattern)) host.files.push(f);
        for (const u of target.pending) sink.unreadable.push({ ...u, agent: name });
      } else if (!agents.some((a) => sameAgent(a.name, name))) {
        sink.addClaim(
          { name, aliases: [], source: 'ownership', line: o.row.line, endLine: o.row.line, body: o.row.raw, fields: {}, files, hiddenBy: sink.hiddenBy[o.row.line - 1] ?? 0 },
          target.pending
        );
      }
    }
  }
}
