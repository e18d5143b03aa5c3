// Claims written as markdown tables: a claims table (an agent column, a files column, optional state, time and
// task columns: each row a claim) or an ownership table (`| Area | Owner |`: paths given to agents named elsewhere).
// Columns are found by their header words (vocabulary.ts), in any order and language.
import type { FieldValue } from '../model.js';
import { normaliseLabel } from './markdown.js';
import { roleOf, type Role } from './vocabulary.js';

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
