// The tools' arguments: what each call stands for on the command line, and what the schemas refuse.
import { describe, expect, it } from '@jest/globals';
import { TOOLS, type ToolDef } from '../../../src/mcp/tools.js';

const tool = (name: string): ToolDef => {
  const t = TOOLS.find((x) => x.name === name);
  if (!t) throw new Error(`no tool ${name}`);
  return t;
};
const parse = (name: string, args: unknown): ReturnType<ToolDef['input']['safeParse']> => tool(name).input.safeParse(args);

describe('tool arguments → CLI option values', () => {
  it('claim: every argument under its flag name, booleans only when true, empty lists dropped', () => {
    const args = { files: ['a.ts', 'b/'], module: 'M', task: 't', expected: '2h', replace: true, force: true, reason: 'r', agent: 'Claude Code', commit: false, push: true };
    expect(tool('claim').values(args)).toEqual({ files: ['a.ts', 'b/'], module: 'M', task: 't', expected: '2h', replace: true, force: true, reason: 'r', agent: 'Claude Code', push: true });
    expect(tool('claim').values({ files: [], module: 'M' })).toEqual({ module: 'M' });
  });

  it('release: module_state is --module-state; status, checkin and verify pass their few', () => {
    expect(tool('release').values({ handoff: 'h', module_state: 'complete', push: true })).toEqual({ handoff: 'h', 'module-state': 'complete', push: true });
    expect(tool('status').values({ agent: 'A', fetch: true, explain: false })).toEqual({ agent: 'A', fetch: true });
    expect(tool('checkin').values({ commit: true })).toEqual({ commit: true });
    expect(tool('verify').values({ base: 'origin/main', agent: 'A' })).toEqual({ base: 'origin/main', agent: 'A' });
  });

  it('only read-only tools run alongside others', () => {
    expect(TOOLS.filter((t) => !t.edits).map((t) => t.name)).toEqual(['status', 'verify']);
    for (const t of TOOLS) expect(t.annotations.readOnlyHint).toBe(!t.edits);
  });
});

describe('schemas', () => {
  it('refuse unknown keys, wrong types, empty strings and unknown module states', () => {
    expect(parse('claim', { file: ['a'] }).success).toBe(false);
    expect(parse('claim', { files: 'a' }).success).toBe(false);
    expect(parse('claim', { files: [''] }).success).toBe(false);
    expect(parse('claim', { agent: '' }).success).toBe(false);
    expect(parse('release', { module_state: 'done' }).success).toBe(false);
    expect(parse('verify', { json: true }).success).toBe(false); // the document is always there: structuredContent
    expect(parse('claim', {}).success).toBe(true);
    expect(parse('release', { module_state: 'complete' }).success).toBe(true);
  });
});
