// The stand-in's GraphQL documents: tokens, one query operation with variables (their declared types kept, for
// the schema check), aliases, arguments (variables, scalars, enum values, lists and input objects) and inline
// fragments. Not mutations, named fragments, directives or block strings: GitHub-style errors for those.
export class GraphQLError extends Error {
  constructor(
    message: string,
    readonly extra: Record<string, unknown> = {}
  ) {
    super(message);
  }
}

// ---------------------------------------------------------------- parsing

/** An argument as written: a variable, a scalar literal, an enum value, a list or an input object. */
export type Value =
  | { kind: 'var'; name: string }
  | { kind: 'lit'; value: string | number | boolean | null }
  | { kind: 'enum'; value: string }
  | { kind: 'list'; items: Value[] }
  | { kind: 'object'; fields: Record<string, Value> };
export interface Field {
  kind: 'field';
  alias: string;
  name: string;
  args: Record<string, Value>;
  selections: Selection[] | null;
  line: number;
  column: number;
}
export interface Fragment {
  kind: 'fragment';
  on: string;
  selections: Selection[];
}
export type Selection = Field | Fragment;

interface Token {
  t: 'name' | 'punct' | 'string' | 'number';
  v: string;
  line: number;
  column: number;
}

function tokenize(src: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  let line = 1;
  let lineStart = 0;
  while (i < src.length) {
    const c = src[i]!;
    if (c === '\n') {
      line++;
      lineStart = ++i;
      continue;
    }
    if (c === ' ' || c === '\t' || c === '\r' || c === ',' || c === '\ufeff') {
      i++;
      continue;
    }
    if (c === '#') {
      while (i < src.length && src[i] !== '\n') i++;
      continue;
    }
    const column = i - lineStart + 1;
    if (src.startsWith('...', i)) {
      out.push({ t: 'punct', v: '...', line, column });
      i += 3;
      continue;
    }
    if ('{}()[]:!$=@'.includes(c)) {
      out.push({ t: 'punct', v: c, line, column });
      i++;
      continue;
    }
    if (c === '"') {
      if (src.startsWith('"""', i)) throw new GraphQLError('Block strings are not supported by the stand-in');
      let j = i + 1;
      while (j < src.length && src[j] !== '"') j += src[j] === '\\' ? 2 : 1;
      out.push({ t: 'string', v: JSON.parse(src.slice(i, j + 1)) as string, line, column });
      i = j + 1;
      continue;
    }
    const name = /^[_A-Za-z][_0-9A-Za-z]*/.exec(src.slice(i, i + 256));
    if (name) {
      out.push({ t: 'name', v: name[0], line, column });
      i += name[0].length;
      continue;
    }
    const num = /^-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(src.slice(i, i + 64));
    if (num) {
      out.push({ t: 'number', v: num[0], line, column });
      i += num[0].length;
      continue;
    }
    throw new GraphQLError(`Parse error on "${c}" (${line}:${column})`);
  }
  return out;
}

export interface VariableDef {
  name: string;
  /** As declared, e.g. `[PullRequestState!]` or `Int!`. */
  type: string;
  nonNull: boolean;
}

export function parse(src: string): { variables: VariableDef[]; selections: Selection[] } {
  const toks = tokenize(src);
  let p = 0;
  const peek = () => toks[p];
  const next = () => {
    const t = toks[p++];
    if (!t) throw new GraphQLError('Parse error: unexpected end of document');
    return t;
  };
  const expect = (v: string) => {
    const t = next();
    if (t.v !== v) throw new GraphQLError(`Parse error on "${t.v}" (${t.line}:${t.column}), expected "${v}"`);
    return t;
  };
  const value = (): Value => {
    const t = next();
    if (t.t === 'punct' && t.v === '$') return { kind: 'var', name: next().v };
    if (t.t === 'string') return { kind: 'lit', value: t.v };
    if (t.t === 'number') return { kind: 'lit', value: Number(t.v) };
    if (t.t === 'name' && (t.v === 'true' || t.v === 'false')) return { kind: 'lit', value: t.v === 'true' };
    if (t.t === 'name' && t.v === 'null') return { kind: 'lit', value: null };
    if (t.t === 'name') return { kind: 'enum', value: t.v };
    if (t.v === '[') {
      const items: Value[] = [];
      while (peek()?.v !== ']') items.push(value());
      expect(']');
      return { kind: 'list', items };
    }
    if (t.v === '{') {
      const fields: Record<string, Value> = {};
      while (peek()?.v !== '}') {
        const key = next().v;
        expect(':');
        fields[key] = value();
      }
      expect('}');
      return { kind: 'object', fields };
    }
    throw new GraphQLError(`Parse error on "${t.v}" (${t.line}:${t.column})`);
  };
  const selectionSet = (): Selection[] => {
    expect('{');
    const sels: Selection[] = [];
    while (peek() && peek()!.v !== '}') {
      const t = next();
      if (t.v === '...') {
        const on = next();
        if (on.v !== 'on') throw new GraphQLError('Named fragments are not supported by the stand-in');
        sels.push({ kind: 'fragment', on: next().v, selections: selectionSet() });
        continue;
      }
      if (t.t !== 'name') throw new GraphQLError(`Parse error on "${t.v}" (${t.line}:${t.column})`);
      const alias = t.v;
      let name = t.v;
      if (peek()?.v === ':') {
        next();
        name = next().v;
      }
      const args: Record<string, Value> = {};
      if (peek()?.v === '(') {
        next();
        while (peek()?.v !== ')') {
          const a = next().v;
          expect(':');
          args[a] = value();
        }
        expect(')');
      }
      if (peek()?.v === '@') throw new GraphQLError('Directives are not supported by the stand-in');
      const selections = peek()?.v === '{' ? selectionSet() : null;
      sels.push({ kind: 'field', alias, name, args, selections, line: t.line, column: t.column });
    }
    expect('}');
    return sels;
  };

  const variables: VariableDef[] = [];
  const first = peek();
  if (first?.t === 'name') {
    if (first.v !== 'query') throw new GraphQLError(`The stand-in answers queries only, not ${first.v}`);
    next();
    if (peek()?.t === 'name') next();
    if (peek()?.v === '(') {
      next();
      while (peek()?.v !== ')') {
        expect('$');
        const name = next().v;
        expect(':');
        // Type: Name, [Type], with `!`s.
        let depth = 0;
        let nonNull = false;
        let type = '';
        for (;;) {
          const t = next();
          type += t.v;
          if (t.v === '[') depth++;
          else if (t.v === ']') depth--;
          const bang = peek()?.v === '!';
          if (bang) type += next().v;
          if (depth === 0 && t.v !== '[') {
            nonNull = bang;
            break;
          }
        }
        variables.push({ name, type, nonNull });
        if (peek()?.v === '=') {
          next();
          value();
        }
      }
      expect(')');
    }
  }
  const selections = selectionSet();
  if (p !== toks.length) throw new GraphQLError('The stand-in answers one operation per document');
  return { variables, selections };
}

