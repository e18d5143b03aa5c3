export const id = 152;
export const ids = [152];
export const modules = {

/***/ 4:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ci: () => (/* binding */ branchClaims),
/* harmony export */   Lr: () => (/* binding */ readBranches),
/* harmony export */   Pu: () => (/* binding */ branchScope)
/* harmony export */ });
/* unused harmony exports parseMergeBases, parseDiffTree */
/* harmony import */ var _engine_claims_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5806);
/* harmony import */ var _engine_inflight_claims_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1257);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2995);
// In-flight claims from git alone: the claims file on every remote-tracking branch not merged into the default
// branch yet, and (for the radar) the files each changes since it left the default branch.
//
// A constant number of git processes, however many branches there are (each ref and id goes in as data or as an
// argument, never through a shell; branch names never reach git at all, only object ids):
//   1. for-each-ref refs/remotes/<remote>/ --no-merged=<default>: the branches and their tips, merged ones dropped;
//   2. cat-file --batch: the claims file at the default branch and at every tip (a blob id equal to the default
//      branch's is the default branch's claims: never parsed; a one-line file may be a link: ls-tree tells);
//   and only with `files` (status's radar):
//   3. rev-parse <default>...<tip> for every tip and HEAD: the merge bases, all in one process;
//   4. diff-tree --stdin: the files changed from each merge base to its tip (= git diff <default>...<tip>).
// Measured on 60 branches: the files of all in 3 + 4 ≈ 30 ms, one `git diff --name-only A...B` per branch ≈ 350 ms;
// all four ≈ 35 ms.
// Without a <remote>/HEAD (a remote added by hand, not cloned) one more for-each-ref finds <remote>/main or master.



const REMOTES = 'refs/remotes/';
const short = (ref) => (ref.startsWith(REMOTES) ? ref.slice(REMOTES.length) : ref);
/** The branches not merged into the default branch, most recent first, and the default branch's ref. */
async function listBranches(repo, remote) {
    const list = (base) => repo.git.raw(['for-each-ref', '--sort=-committerdate', '--format=%(objectname)%00%(refname)', `--no-merged=${base}`, `${REMOTES}${remote}/`]);
    let base = `${REMOTES}${remote}/HEAD`;
    let r = await list(base);
    if (r.code !== 0) {
        // No <remote>/HEAD (a remote added by hand): its main, else its master, is the default branch.
        const found = await repo.git.tryOut(['for-each-ref', '--format=%(refname)', `${REMOTES}${remote}/main`, `${REMOTES}${remote}/master`]);
        const ref = ['main', 'master'].map((b) => `${REMOTES}${remote}/${b}`).find((b) => found?.split('\n').includes(b));
        if (!ref)
            return null;
        base = ref;
        r = await list(base);
        if (r.code !== 0)
            return null;
    }
    const tips = [];
    for (const line of r.stdout.toString('utf8').split('\n')) {
        const [oid, ref] = line.split('\0');
        if (oid && ref && ref !== base && ref !== `${REMOTES}${remote}/HEAD`)
            tips.push({ oid, ref });
    }
    return { base, tips };
}
/** A claims file as read at a branch: its text, or why it cannot be read (binary, a link that leads nowhere). */
async function claimsAt(repo, tip, file, text) {
    if (text.slice(0, 8000).includes('\u0000'))
        return { text: null, problem: `${file} is a binary file there` };
    try {
        return { text: await (0,_context_js__WEBPACK_IMPORTED_MODULE_2__/* .followLinkAt */ .JI)(repo, tip.oid, file, text), problem: null };
    }
    catch (e) {
        return { text: null, problem: e.message };
    }
}
/**
 * Merge bases (`rev-parse A...B` prints B, A, then ^<merge base>… for each argument) → for each pair, its tip and
 * first merge base (as `git diff A...B` takes it); null when the two share no history.
 */
function parseMergeBases(out, count) {
    const groups = [];
    for (const line of out.split('\n').filter(Boolean)) {
        const group = groups[groups.length - 1];
        if (!line.startsWith('^') && (!group || group.filter((l) => !l.startsWith('^')).length >= 2))
            groups.push([line]);
        else
            group?.push(line);
    }
    return Array.from({ length: count }, (_, i) => {
        const g = groups[i];
        const base = g?.find((l) => l.startsWith('^'));
        return g?.[0] && base ? { tip: g[0], base: base.slice(1) } : null;
    });
}
/** `diff-tree --stdin --always -z --name-only` output for `tips` (in order): each tip's header, then its paths. */
function parseDiffTree(out, tips) {
    const files = tips.map(() => []);
    let at = -1;
    for (const token of out.split('\0')) {
        if (token === '')
            continue;
        if (at + 1 < tips.length && token === tips[at + 1])
            at++;
        else if (at >= 0)
            files[at]?.push(token);
    }
    return files;
}
/** The files each tip changes since its merge base with `base` (null when they share no history); null when git
 *  cannot resolve one of them (an unborn HEAD). */
async function changedSince(repo, base, tips) {
    if (tips.length === 0)
        return [];
    const r = await repo.git.raw(['rev-parse', ...tips.map((t) => `${base}...${t}`)]);
    if (r.code !== 0)
        return null;
    const pairs = parseMergeBases(r.stdout.toString('utf8'), tips.length);
    const known = pairs.flatMap((p) => (p ? [p] : []));
    if (known.length === 0)
        return tips.map(() => null);
    const d = await repo.git.raw(['diff-tree', '--stdin', '--always', '-r', '--name-only', '-z'], { input: known.map((p) => `${p.tip} ${p.base}\n`).join('') });
    if (d.code !== 0)
        return tips.map(() => null);
    const lists = parseDiffTree(d.stdout.toString('utf8'), known.map((p) => p.tip));
    let k = 0;
    return pairs.map((p) => (p ? (lists[k++] ?? null) : null));
}
/** The files of every tip and then HEAD; an unborn HEAD fails the whole rev-parse: then the tips alone. */
async function radarFiles(repo, base, tips) {
    const oids = tips.map((t) => t.oid);
    const withHead = await changedSince(repo, base, [...oids, 'HEAD']);
    if (withHead)
        return withHead;
    const alone = await changedSince(repo, base, oids);
    return alone ? [...alone, null] : null;
}
/** The in-flight sources of `opts.remote`'s branches, read from git alone (see the top of this file). */
async function readBranches(repo, opts) {
    const selfName = opts.self?.startsWith(REMOTES) ? short(opts.self) : null;
    const empty = { input: { sources: [], self: { pullRequest: null, branch: selfName }, note: null }, base: null, baseClaims: null, mine: null };
    const listed = opts.max > 0 ? await listBranches(repo, opts.remote) : null;
    if (!listed)
        return empty;
    const all = listed.tips.filter((t) => t.ref !== opts.self);
    const tips = all.slice(0, opts.max);
    const [blobs, files] = await Promise.all([
        repo.git.readBlobs([`${listed.base}:${opts.claimsFile}`, ...tips.map((t) => `${t.oid}:${opts.claimsFile}`)]),
        opts.files ? radarFiles(repo, listed.base, tips) : Promise.resolve(null)
    ]);
    const [baseBlob = null, ...tipBlobs] = blobs;
    const baseClaims = baseBlob ? await (0,_context_js__WEBPACK_IMPORTED_MODULE_2__/* .followLinkAt */ .JI)(repo, listed.base, opts.claimsFile, baseBlob.text).catch(() => null) : null;
    const sources = [];
    for (const [i, tip] of tips.entries()) {
        const blob = tipBlobs[i] ?? null;
        // The same blob as the default branch's: its claims are the landed ones, nothing in flight.
        const same = blob === null || (blob.oid !== null && blob.oid === baseBlob?.oid);
        const read = same ? { text: null, problem: null } : await claimsAt(repo, tip, opts.claimsFile, blob.text);
        sources.push({ branch: short(tip.ref), remote: opts.remote, pullRequest: null, title: null, author: null, draft: false, claimsText: read.text, files: files?.[i] ?? null, problem: read.problem });
    }
    const note = all.length > tips.length ? `${tips.length} of ${all.length} branches read (radar max-pull-requests)` : null;
    return { input: { ...empty.input, sources, note }, base: listed.base, baseClaims, mine: files?.[tips.length] ?? null };
}
/** Where the current branch's in-flight claims come from: its upstream's remote (else origin), and its own branch. */
function branchScope(repo, up) {
    if (up && up.remote !== '.')
        return { remote: up.remote, self: up.ref };
    return { remote: 'origin', self: repo.branch ? `${REMOTES}origin/${repo.branch}` : null };
}
/** The branches' in-flight claims: their sections that differ from the default branch's (engine inFlightClaims). */
function branchClaims(b, timezone) {
    return (0,_engine_inflight_claims_js__WEBPACK_IMPORTED_MODULE_1__/* .inFlightClaims */ .Je)(b.input, (0,_engine_claims_index_js__WEBPACK_IMPORTED_MODULE_0__/* .parseClaims */ .D)(b.baseClaims ?? '', { timezone }), timezone);
}


/***/ }),

/***/ 9152:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./src/engine/claims/index.ts
var claims = __webpack_require__(5806);
// EXTERNAL MODULE: ./src/engine/claims/markdown.ts
var markdown = __webpack_require__(2753);
;// CONCATENATED MODULE: ./src/engine/claims/explain.ts

const SHOW = 120;
const explain_short = (s) => (s.length > SHOW ? `${s.slice(0, SHOW - 1)}…` : s);
/** One reading per non-blank line, in file order. `doc` must be `parseClaims(text)`'s result. */
function explainClaims(text, doc) {
    const { raw, data, hiddenBy } = (0,markdown/* prepare */.iA)(text, new markdown/* Diagnostics */.rE());
    const notes = new Map();
    // Later entries win: the most specific reading of a line is set last.
    const set = (line, kind, note) => {
        if (line > 0)
            notes.set(line, { kind, note });
    };
    // Lines of a claim with no reading of their own (prose inside a section); a hidden line stays hidden.
    const partOf = new Map();
    for (const a of doc.agents) {
        const source = a.source ?? 'section';
        for (let l = a.line + 1; l <= a.endLine; l++)
            partOf.set(l, `part of ${a.name}'s claim`);
        for (const f of Object.values(a.fields))
            set(f.line, 'field', `field of ${a.name}'s claim`);
        const state = a.uncertain ? `uncertain: ${a.uncertain}` : a.idle ? 'claims nothing (idle)' : `check-in ${a.lastCheckin?.text ?? 'none'}`;
        set(a.line, 'claim', `${SOURCE_WORDS[source]} of ${a.name}${a.aliases?.length ? ` (also known as ${a.aliases.join(', ')})` : ''}; ${state}; ${a.files.length} path(s)`);
        for (const f of a.files) {
            const prev = notes.get(f.line);
            const claimed = `claims ${f.pattern} for ${a.name}${f.shared ? ' (shared)' : ''}`;
            set(f.line, prev?.kind === 'claim' ? 'claim' : 'file', prev?.kind === 'claim' ? `${prev.note}; ${claimed}` : claimed);
        }
    }
    for (const m of doc.modules)
        set(m.line, 'module', `module ${m.module}: ${m.state}`);
    for (const c of doc.moduleClaims)
        set(c.line, 'module', `module ${c.module} claimed by ${c.agent}`);
    for (const o of doc.overrides) {
        for (let l = o.line; l <= o.endLine; l++)
            set(l, 'override', `emergency override${o.by ? ` by ${o.by}` : ''}${o.module ? ` for ${o.module}` : ''}`);
    }
    for (const d of doc.diagnostics) {
        if (d.line > 0)
            set(d.line, 'problem', `${d.severity}: ${d.message}`);
    }
    for (const u of doc.unreadable ?? []) {
        if (u.line > 0)
            set(u.line, 'problem', `not read: ${u.found} — expected ${u.expected}`);
    }
    const out = [];
    for (let i = 0; i < raw.length; i++) {
        const line = raw[i];
        if (line.trim() === '')
            continue;
        const n = i + 1;
        const known = notes.get(n);
        if (known) {
            out.push({ line: n, kind: known.kind, text: explain_short(line), note: known.note });
            continue;
        }
        const hidden = data[i] === '' || data[i].trim() === '';
        const part = partOf.get(n);
        if (part !== undefined && !hidden) {
            out.push({ line: n, kind: 'field', text: explain_short(line), note: part });
            continue;
        }
        if (hidden) {
            const by = hiddenBy[i] ?? 0;
            out.push({ line: n, kind: 'hidden', text: explain_short(line), note: by > 0 ? `after the unclosed comment or fence at line ${by}` : 'inside a comment or code fence: never a claim' });
            continue;
        }
        const h = (0,markdown/* parseHeading */.kY)(data[i]);
        const why = !h
            ? 'text outside any claim'
            : h.level === 1
                ? 'title: not a claim'
                : /\bstatus\W*$/i.test(h.text)
                    ? 'heading that names no agent (a group or project heading): not a claim'
                    : 'heading with no claim under it: an agent section needs a state, check-in or files field, or "Status" in the heading';
        const by = hiddenBy[i] ?? 0;
        out.push({ line: n, kind: 'skipped', text: explain_short(line), note: by > 0 ? `${why} (after the unclosed comment or fence at line ${by})` : why });
    }
    return out;
}
const SOURCE_WORDS = {
    section: 'agent section',
    'claim-section': 'claim section (owner from a field)',
    table: 'claims table row',
    list: 'one-line claim',
    ownership: 'ownership table row'
};

// EXTERNAL MODULE: ./src/engine/identity/index.ts + 2 modules
var identity = __webpack_require__(4073);
// EXTERNAL MODULE: ./src/engine/inflight/radar.ts
var radar = __webpack_require__(5254);
// EXTERNAL MODULE: ./src/engine/judge/evaluate.ts + 4 modules
var evaluate = __webpack_require__(9423);
// EXTERNAL MODULE: ./src/engine/judge/in-flight.ts
var in_flight = __webpack_require__(2514);
// EXTERNAL MODULE: ./src/engine/status/read.ts + 4 modules
var read = __webpack_require__(5089);
// EXTERNAL MODULE: ./src/cli/branches.ts
var cli_branches = __webpack_require__(4);
// EXTERNAL MODULE: ./src/cli/context.ts + 1 modules
var context = __webpack_require__(2995);
// EXTERNAL MODULE: ./src/cli/errors.ts
var errors = __webpack_require__(6675);
// EXTERNAL MODULE: ./src/cli/git.ts
var git = __webpack_require__(6094);
// EXTERNAL MODULE: ./src/report/terminal/text.ts
var terminal_text = __webpack_require__(3976);
;// CONCATENATED MODULE: ./src/report/terminal/status.ts

const STATE_COLOUR = { active: 'red', caution: 'yellow', stale: 'dim', idle: 'green', uncertain: 'magenta' };
/** The status document as lines of text; `colour` says whether the stream takes colour. */
function renderStatus(s, now, colour) {
    const paint = (0,terminal_text/* painter */.C2)(colour);
    const tz = s.timezone;
    const out = [];
    // Pull first?
    const gi = s.git;
    if (gi.upstream === null) {
        out.push(`Branch ${gi.branch ?? '(detached HEAD)'}: no upstream`);
    }
    else if (gi.behind !== null && gi.ahead !== null) {
        const parts = [];
        if (gi.behind > 0)
            parts.push(paint('yellow', `${gi.behind} behind — pull first: git pull --rebase`));
        if (gi.ahead > 0)
            parts.push(`${gi.ahead} ahead (not pushed)`);
        out.push(`Branch ${gi.branch} ↔ ${gi.upstream}: ${parts.length > 0 ? parts.join(', ') : 'up to date'}${gi.fetched ? ' (just fetched)' : ' (as of the last fetch; --fetch to refresh)'}`);
    }
    out.push('');
    const landed = s.agents.filter((a) => a.branch === undefined);
    const flying = s.agents.filter((a) => a.branch !== undefined);
    out.push(paint('bold', `Claims (${s.claimsFile}) at ${(0,terminal_text/* displayTime */.Wk)(now, tz)}`));
    if (!s.claimsFileExists)
        out.push(`  ${s.claimsFile} does not exist yet: ai-sync claim creates it`);
    else if (landed.length === 0)
        out.push('  no agent sections');
    else
        out.push(...claimsBlock(landed, now, tz, paint));
    out.push('');
    if (flying.length > 0) {
        out.push(paint('bold', `In flight (claimed on branches not merged into ${s.inFlight.base ?? 'the default branch'} yet)`));
        out.push(...claimsBlock(flying, now, tz, paint));
        out.push('');
    }
    const overlaps = s.inFlight.rows.filter((r) => r.sharedFiles.length > 0);
    if (overlaps.length > 0 || s.inFlight.note) {
        out.push(paint('bold', `Radar (files ${s.git.branch ?? 'HEAD'} changes that other branches change too)`));
        for (const r of overlaps)
            out.push(`  also changed on ${r.branch}${r.agent ? ` (${r.agent})` : ''}: ${r.sharedFiles.join(', ')}`);
        if (s.inFlight.note)
            out.push(`  ${s.inFlight.note}`);
        out.push('');
    }
    if (s.modules.length > 0) {
        out.push(paint('bold', 'Modules'));
        const by = (st) => s.modules.filter((m) => m.state === st);
        const rows = [];
        const avail = by('available');
        if (avail.length > 0)
            rows.push(['available', avail.map((m) => m.module).join(', ')]);
        const claimed = by('claimed');
        if (claimed.length > 0)
            rows.push(['claimed', claimed.map((m) => (m.agent ? `${m.module} (${m.agent})` : m.module)).join(', ')]);
        const complete = by('complete');
        if (complete.length > 0)
            rows.push(['complete', complete.map((m) => m.module).join(', ')]);
        const other = [...by('other'), ...by('configured')];
        if (other.length > 0)
            rows.push(['other', other.map((m) => m.module).join(', ')]);
        out.push(...(0,terminal_text/* table */.tp)(rows, (_r, c, cell) => (c === 0 ? paint('dim', cell) : cell)).map((l) => `  ${l}`));
        out.push('');
    }
    if (s.overrides.length > 0) {
        out.push(paint('bold', 'Emergency overrides'));
        for (const o of s.overrides) {
            out.push(`  line ${o.line}: ${o.by ?? 'someone'} over ${o.originalOwner ?? '?'}${o.module ? ` (${o.module})` : ''}${o.date ? ` at ${(0,terminal_text/* displayTime */.Wk)(o.date, tz)}` : ''}${o.reason ? ` — ${o.reason}` : ''}`);
        }
        out.push('');
    }
    const st = s.lastStatus;
    out.push(paint('bold', 'Last push'));
    if (!st)
        out.push('  no status file yet (the GitHub action writes it after each push)');
    else {
        const verdict = st.result === 'fail' ? paint('red', 'fail') : st.result === 'warn' ? paint('yellow', 'warn') : paint('green', 'pass');
        out.push(`  ${st.lastCommit.slice(0, 12)} "${st.lastCommitMessage}" by ${st.lastAuthor}${st.lastAgent ? ` (agent ${st.lastAgent})` : ''}`);
        out.push(`  checked ${(0,terminal_text/* displayTime */.Wk)(st.lastUpdate, tz)} (${(0,terminal_text/* relative */.V8)(st.lastUpdate, now)}) on ${st.ref}: ${verdict}, ${st.findings.length} finding${st.findings.length === 1 ? '' : 's'}`);
        for (const f of st.findings.slice(0, 10))
            out.push(`    ${f.severity.padEnd(7)} ${f.kind}: ${f.message}`);
        if (st.findings.length > 10)
            out.push(`    … ${st.findings.length - 10} more (ai-sync status --json)`);
    }
    // A line already under "Not read" is not repeated as a warning.
    const shown = new Set(s.unreadable.map((u) => u.line));
    const problems = s.diagnostics.filter((d) => (d.severity === 'error' || d.line > 0) && !shown.has(d.line));
    if (s.unreadable.length > 0) {
        out.push('');
        out.push(paint('bold', 'Not read (could hold a claim)'));
        for (const u of s.unreadable)
            out.push(`  ${s.claimsFile}:${u.line}: ${u.found} — expected ${u.expected}`);
    }
    if (problems.length > 0 || s.warnings.length > 0) {
        out.push('');
        out.push(paint('bold', 'Warnings'));
        for (const d of problems.slice(0, 10))
            out.push(`  ${s.claimsFile}:${d.line}: ${d.message}`);
        if (problems.length > 10)
            out.push(`  … ${problems.length - 10} more`);
        for (const w of s.warnings)
            out.push(`  ${w}`);
    }
    if (s.explain) {
        out.push('');
        out.push(paint('bold', `How each line of ${s.claimsFile} was read`));
        if (s.explain.length === 0)
            out.push('  (nothing to read)');
        for (const r of s.explain) {
            out.push(`  ${String(r.line).padStart(4)} ${paint(r.kind === 'problem' ? 'yellow' : r.kind === 'skipped' || r.kind === 'hidden' ? 'dim' : 'bold', r.kind.padEnd(8))} ${r.text}`);
            out.push(`       ${''.padEnd(8)} → ${r.note}`);
        }
    }
    return out;
}
/** The claims table (with a BRANCH column for in-flight claims), each claim's files, doubts and blocking time. */
function claimsBlock(agents, now, tz, paint) {
    const out = [];
    const where = agents.some((a) => a.branch !== undefined);
    const rows = [['AGENT', ...(where ? ['BRANCH'] : []), 'LINE', 'STATE', 'CHECK-IN', 'AGE', 'STALE AT', 'MODULE', 'WORKING ON']];
    for (const a of agents) {
        const live = a.lastSeenAt && (!a.lastCheckin || Date.parse(a.lastSeenAt) > Date.parse(a.lastCheckin)) ? a.lastSeenAt : a.lastCheckin;
        rows.push([
            a.name,
            ...(where ? [a.pullRequest !== undefined ? `#${a.pullRequest} ${a.branch ?? ''}` : (a.branch ?? '-')] : []),
            a.line === undefined ? '-' : String(a.line),
            a.state,
            (0,terminal_text/* shortTime */.Mj)(live, tz),
            a.ageHours === null ? '-' : (0,terminal_text/* duration */.p0)(a.ageHours * 3_600_000),
            a.state === 'idle' ? '-' : (0,terminal_text/* shortTime */.Mj)(a.staleAt, tz),
            a.module ?? '-',
            a.workingOn ?? '-'
        ]);
    }
    const stateColumn = where ? 3 : 2;
    const lines = (0,terminal_text/* table */.tp)(rows, (r, c, cell) => (r === 0 ? paint('dim', cell) : c === stateColumn ? paint(STATE_COLOUR[agents[r - 1]?.state ?? 'idle'], cell) : cell));
    out.push(...lines.map((l) => `  ${l}`));
    const on = (a) => (a.branch !== undefined ? ` on ${a.branch}` : '');
    for (const a of agents) {
        if (a.files.length > 0)
            out.push(`  ${a.name}${on(a)} files: ${a.files.join(', ')}`);
        if (a.uncertain)
            out.push(`  ${a.name}'s claim${on(a)} is uncertain: ${a.uncertain}`);
    }
    for (const a of agents.filter((x) => x.state === 'active' || x.state === 'caution')) {
        if (a.staleAt)
            out.push(`  ${a.name}'s claim${on(a)} blocks others until ${(0,terminal_text/* displayTime */.Wk)(a.staleAt, tz)} (${(0,terminal_text/* relative */.V8)(a.staleAt, now)}) unless checked in again`);
    }
    return out;
}

// EXTERNAL MODULE: ./src/cli/output.ts
var output = __webpack_require__(6657);
;// CONCATENATED MODULE: ./src/cli/commands/status.ts
// ai-sync status: the claims board (with the claims in flight on other branches), the module list, the last status
// written by the action, whether to pull, and the radar. Reads three small files; git: rev-parse, the upstream,
// ahead/behind, and the branches (cli/branches.ts: 4 processes however many) — 7 in all; never walks the work tree.













const iso = (ms) => new Date(ms).toISOString().replace('.000Z', 'Z');
function moduleRows(doc, config) {
    const rows = [];
    for (const m of doc.modules) {
        const claim = doc.moduleClaims.find((c) => c.line === m.line);
        rows.push({ module: m.module, state: m.state, agent: claim?.agent ?? null, line: m.line });
    }
    for (const name of Object.keys(config.modules)) {
        if (!rows.some((r) => r.module.toLowerCase() === name.toLowerCase()))
            rows.push({ module: name, state: 'configured', agent: null, line: null });
    }
    return rows;
}
function ageHours(b, now) {
    const times = [b.lastCheckin, b.lastSeenAt].map((t) => (t ? Date.parse(t) : NaN)).filter(Number.isFinite);
    if (times.length === 0)
        return null;
    return Math.round((Math.max(0, now - Math.max(...times)) / 3_600_000) * 100) / 100;
}
async function run(inv, io = (0,output/* processIo */.W)()) {
    const v = inv.values;
    const g = (0,context/* globals */.zQ)(v);
    const t = (0,context/* now */.tB)();
    const repo = await (0,git/* openRepo */.B8)(g.cwd);
    const claimsFile = (0,context/* rootPath */.wA)(repo, g.claimsFile);
    const warnings = [];
    const fetch = (0,context/* bool */.lc)(v, 'fetch');
    // Everything at once: two git questions and three small files.
    const [up, early, configText, claimsText, statusText] = await Promise.all([
        (0,git/* upstreamOf */.Fw)(repo),
        fetch ? Promise.resolve(null) : (0,git/* aheadBehind */.Kd)(repo),
        (0,context/* readWorking */.yy)(repo, (0,context/* rootPath */.wA)(repo, g.configFile)),
        (0,context/* readWorking */.yy)(repo, claimsFile),
        (0,context/* readWorking */.yy)(repo, (0,context/* rootPath */.wA)(repo, g.statusFile))
    ]);
    const config = (0,context/* configFrom */.DU)(configText, g);
    const tz = config.timezone;
    const scope = (0,cli_branches/* branchScope */.Pu)(repo, up);
    let fetched = false;
    if (fetch && up?.remote !== '.') {
        // All of the remote's branches (in-flight claims), deleted ones pruned; never a prompt for credentials.
        const f = await repo.git.raw(['fetch', '--quiet', '--prune', '--no-tags', scope.remote], {
            env: { ...process.env, GIT_TERMINAL_PROMPT: process.env['GIT_TERMINAL_PROMPT'] ?? '0' }
        });
        if (f.code !== 0)
            warnings.push(`git fetch ${scope.remote} failed: ${(0,git/* firstErrorLine */.hf)(f.stderr)}`);
        else
            fetched = up !== null;
    }
    const [counts, branches] = await Promise.all([
        fetch ? (0,git/* aheadBehind */.Kd)(repo) : Promise.resolve(early),
        (0,cli_branches/* readBranches */.Lr)(repo, { ...scope, claimsFile, max: config.radar.maxPullRequests, files: true })
    ]);
    const doc = (0,claims/* parseClaims */.D)(claimsText ?? '', { timezone: tz });
    const { status, warning } = (0,read/* parseStatus */.i$)(statusText);
    if (warning)
        warnings.push(`${g.statusFile}: ${warning}`);
    const seen = (0,read/* lastSeenFrom */.IU)(status, t);
    for (const f of seen.future)
        warnings.push((0,read/* futureLastSeenWarning */.hV)(g.statusFile, f));
    const flying = (0,cli_branches/* branchClaims */.Ci)(branches, tz);
    const board = [...(0,evaluate/* buildBoard */.Z)(doc, config, t, seen.lastSeen), ...(0,in_flight/* inFlightBoard */.y)(flying.flatMap((f) => f.sections), config, t, seen.lastSeen)];
    const modules = moduleRows(doc, config);
    // The radar, locally: the files this branch changes that other branches change too (the engine's rows).
    const files = { claims: claimsFile, status: (0,context/* rootPath */.wA)(repo, g.statusFile), handoff: (0,context/* rootPath */.wA)(repo, g.handoffFile) };
    const agents = (0,identity/* agentNames */.QI)(config, [...doc.agents.map((a) => a.name), ...flying.flatMap((f) => f.sections.map((s) => s.name))]);
    const seenRadar = (0,radar/* radar */.D)({ inFlight: branches.input, claims: flying, changed: branches.mine ?? [], agent: null, config, agents, files });
    warnings.push(...seenRadar.findings.map((f) => f.message));
    const json = {
        version: 1,
        now: iso(t),
        timezone: tz,
        claimsFile,
        claimsFileExists: claimsText !== null,
        agents: board.map((b) => ({ ...b, ageHours: ageHours(b, t) })),
        modules,
        overrides: doc.overrides.map((o) => ({
            line: o.line,
            by: o.by,
            module: o.module,
            originalOwner: o.originalOwner,
            reason: o.reason,
            date: o.date ? iso(o.date.start) : null
        })),
        lastStatus: status,
        git: { branch: repo.branch, upstream: up?.short ?? null, ahead: counts?.ahead ?? null, behind: counts?.behind ?? null, fetched },
        inFlight: { base: branches.base?.replace(/^refs\/remotes\//, '') ?? null, rows: seenRadar.report.rows, note: seenRadar.report.note },
        diagnostics: claimsText === null ? [] : doc.diagnostics,
        unreadable: doc.unreadable ?? [],
        warnings
    };
    if ((0,context/* bool */.lc)(v, 'explain'))
        json.explain = claimsText === null ? [] : explainClaims(claimsText, doc);
    io.result?.(json);
    if ((0,context/* bool */.lc)(v, 'json')) {
        io.out(JSON.stringify(json, null, 2));
        return errors/* EXIT */.dc.ok;
    }
    io.out(renderStatus(json, t, io.color).join('\n'));
    return errors/* EXIT */.dc.ok;
}


/***/ }),

/***/ 6657:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ processIo)
/* harmony export */ });
/* unused harmony export colorEnabled */
// Where a command's output goes. The CLI writes to the process's streams; the MCP server hands each command an Io
// that collects the text and the command's JSON document instead, so both front ends run the same command code.
function colorEnabled(stream = process.stdout) {
    return stream.isTTY === true && process.env['NO_COLOR'] === undefined;
}
function processIo() {
    return {
        out: (t) => void process.stdout.write(`${t}\n`),
        err: (t) => void process.stderr.write(`${t}\n`),
        color: colorEnabled(process.stdout),
        colorErr: colorEnabled(process.stderr)
    };
}


/***/ })

};
