// Testers for one tokenised pattern: a regular expression when it is safe from backtracking, else a linear NFA.
import { tokenRegex, type Token } from './tokens.js';

// ---------------------------------------------------------------------------------------------------------------
// Matchers

export type Tester = (path: string) => boolean;

/**
 * Whether the V8 backtracking regex is safe for these tokens: at most two directory-spanning runs, and per segment
 * at most one `*` that is not the segment's last token (a trailing `*` never backtracks into a failure). Worst
 * cases stay around O(n²) for n ≤ a few thousand characters; anything else uses the linear NFA.
 */
export function regexIsSafe(toks: readonly Token[]): boolean {
  let spanning = 0;
  let starsInSegment = 0;
  for (let i = 0; i < toks.length; i++) {
    const tok = toks[i] as Token;
    if (tok.t === 'dirs' || tok.t === 'all') {
      spanning++;
      starsInSegment = 0;
    } else if (tok.t === 'lit' && tok.c === '/') starsInSegment = 0;
    else if (tok.t === 'star') {
      const next = toks[i + 1];
      const last = next === undefined || (next.t === 'lit' && next.c === '/');
      if (!last) starsInSegment++;
      if (starsInSegment > 1) return false;
    }
  }
  return spanning <= 2;
}

export function regexTester(toks: readonly Token[], anchored: boolean, dirOnly: boolean): Tester {
  const source = (anchored ? '^' : '(?:^|/)') + toks.map(tokenRegex).join('') + (dirOnly ? '/' : '(?:/|$)');
  const re = new RegExp(source, 'su');
  return (path) => re.test(path);
}

/**
 * Thompson-NFA simulation: O(path length × pattern length), no backtracking. States 0..m are "before token i"
 * (m = accept); a `**` / directory run at i also has an inner state m + 1 + i.
 */
export function nfaTester(toks: readonly Token[], anchored: boolean, dirOnly: boolean): Tester {
  const m = toks.length;
  const mark = new Int32Array(2 * m + 2);
  let gen = 0;
  let accepting = false;

  const add = (list: number[], s: number): void => {
    for (;;) {
      if (mark[s] === gen) return;
      mark[s] = gen;
      list.push(s);
      if (s === m) accepting = true;
      if (s >= m) return;
      const t = (toks[s] as Token).t;
      if (t === 'star' || t === 'all' || t === 'dirs') s++;
      else return;
    }
  };

  return (path) => {
    if (gen > 0x3fff0000) {
      mark.fill(0);
      gen = 0;
    }
    gen++;
    accepting = false;
    let cur: number[] = [];
    add(cur, 0);
    let prev = '';
    for (const c of path) {
      if (!anchored && prev === '/') add(cur, 0);
      if (c === '/' && accepting) return true;
      gen++;
      accepting = false;
      const nxt: number[] = [];
      for (const s of cur) {
        if (s === m) continue;
        if (s > m) {
          // inside a `**/` run: anything, and a "/" may end it
          add(nxt, s);
          if (c === '/') add(nxt, s - m);
          continue;
        }
        const tok = toks[s] as Token;
        switch (tok.t) {
          case 'lit':
            if (c === tok.c) add(nxt, s + 1);
            break;
          case 'any':
            if (c !== '/') add(nxt, s + 1);
            break;
          case 'class':
            if (c !== '/' && tok.test(c)) add(nxt, s + 1);
            break;
          case 'star':
            if (c !== '/') add(nxt, s);
            break;
          case 'all':
            add(nxt, s);
            break;
          case 'dirs':
            add(nxt, m + 1 + s);
            if (c === '/') add(nxt, s + 1);
            break;
        }
      }
      cur = nxt;
      prev = c;
      if (cur.length === 0 && anchored) return false;
    }
    if (!anchored && prev === '/') add(cur, 0);
    return !dirOnly && accepting;
  };
}
