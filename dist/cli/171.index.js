export const id = 171;
export const ids = [171];
export const modules = {

/***/ 6171:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _engine_claims_parser_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8396);
/* harmony import */ var _engine_evaluate_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2531);
/* harmony import */ var _report_status_file_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4483);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3661);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6675);
/* harmony import */ var _git_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6094);
/* harmony import */ var _output_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6657);
// ai-sync status: the claims board, the module list, the last status written by the action and whether to pull.
// Reads three small files and asks git two questions; never walks the work tree.







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
async function run(inv) {
    const v = inv.values;
    const g = (0,_context_js__WEBPACK_IMPORTED_MODULE_3__/* .globals */ .zQ)(v);
    const t = (0,_context_js__WEBPACK_IMPORTED_MODULE_3__/* .now */ .tB)();
    const repo = await (0,_git_js__WEBPACK_IMPORTED_MODULE_5__/* .openRepo */ .B8)(g.cwd);
    const claimsFile = (0,_context_js__WEBPACK_IMPORTED_MODULE_3__/* .rootPath */ .wA)(repo, g.claimsFile);
    const warnings = [];
    const fetch = (0,_context_js__WEBPACK_IMPORTED_MODULE_3__/* .bool */ .lc)(v, 'fetch');
    // Everything at once: two git questions and three small files.
    const [up, early, configText, claimsText, statusText] = await Promise.all([
        (0,_git_js__WEBPACK_IMPORTED_MODULE_5__/* .upstreamOf */ .Fw)(repo),
        fetch ? Promise.resolve(null) : (0,_git_js__WEBPACK_IMPORTED_MODULE_5__/* .aheadBehind */ .Kd)(repo),
        (0,_context_js__WEBPACK_IMPORTED_MODULE_3__/* .readWorking */ .yy)(repo, (0,_context_js__WEBPACK_IMPORTED_MODULE_3__/* .rootPath */ .wA)(repo, g.configFile)),
        (0,_context_js__WEBPACK_IMPORTED_MODULE_3__/* .readWorking */ .yy)(repo, claimsFile),
        (0,_context_js__WEBPACK_IMPORTED_MODULE_3__/* .readWorking */ .yy)(repo, (0,_context_js__WEBPACK_IMPORTED_MODULE_3__/* .rootPath */ .wA)(repo, g.statusFile))
    ]);
    let counts = early;
    if (fetch && up) {
        if (up.remote !== '.') {
            const f = await repo.git.raw(['fetch', '--quiet', '--no-tags', up.remote, `+${up.remoteRef}:refs/remotes/${up.short}`], {
                env: { ...process.env, GIT_TERMINAL_PROMPT: process.env['GIT_TERMINAL_PROMPT'] ?? '0' }
            });
            if (f.code !== 0)
                warnings.push(`git fetch ${up.remote} failed: ${(0,_git_js__WEBPACK_IMPORTED_MODULE_5__/* .firstErrorLine */ .hf)(f.stderr)}`);
        }
        counts = await (0,_git_js__WEBPACK_IMPORTED_MODULE_5__/* .aheadBehind */ .Kd)(repo);
    }
    const config = (0,_context_js__WEBPACK_IMPORTED_MODULE_3__/* .configFrom */ .DU)(configText, g);
    const tz = config.timezone;
    const doc = (0,_engine_claims_parser_js__WEBPACK_IMPORTED_MODULE_0__/* .parseClaims */ .D)(claimsText ?? '', { timezone: tz });
    const { status, warning } = (0,_report_status_file_js__WEBPACK_IMPORTED_MODULE_2__/* .parseStatus */ .i$)(statusText);
    if (warning)
        warnings.push(`${g.statusFile}: ${warning}`);
    const seen = (0,_report_status_file_js__WEBPACK_IMPORTED_MODULE_2__/* .lastSeenFrom */ .IU)(status, t);
    for (const f of seen.future)
        warnings.push((0,_report_status_file_js__WEBPACK_IMPORTED_MODULE_2__/* .futureLastSeenWarning */ .hV)(g.statusFile, f));
    const board = (0,_engine_evaluate_js__WEBPACK_IMPORTED_MODULE_1__/* .buildBoard */ .Zu)(doc, config, t, seen.lastSeen);
    const modules = moduleRows(doc, config);
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
        git: { branch: repo.branch, upstream: up?.short ?? null, ahead: counts?.ahead ?? null, behind: counts?.behind ?? null },
        diagnostics: claimsText === null ? [] : doc.diagnostics,
        warnings
    };
    if ((0,_context_js__WEBPACK_IMPORTED_MODULE_3__/* .bool */ .lc)(v, 'json')) {
        process.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
        return _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .EXIT */ .dc.ok;
    }
    process.stdout.write(`${render(json, t).join('\n')}\n`);
    return _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .EXIT */ .dc.ok;
}
const STATE_COLOUR = { active: 'red', caution: 'yellow', stale: 'dim', idle: 'green', uncertain: 'magenta' };
function render(s, now) {
    const paint = (0,_output_js__WEBPACK_IMPORTED_MODULE_6__/* .painter */ .C2)((0,_output_js__WEBPACK_IMPORTED_MODULE_6__/* .colorEnabled */ .Xp)());
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
        out.push(`Branch ${gi.branch} ↔ ${gi.upstream}: ${parts.length > 0 ? parts.join(', ') : 'up to date'} (as of the last fetch; --fetch to refresh)`);
    }
    out.push('');
    out.push(paint('bold', `Claims (${s.claimsFile}) at ${(0,_output_js__WEBPACK_IMPORTED_MODULE_6__/* .displayTime */ .Wk)(now, tz)}`));
    if (!s.claimsFileExists)
        out.push(`  ${s.claimsFile} does not exist yet: ai-sync claim creates it`);
    else if (s.agents.length === 0)
        out.push('  no agent sections');
    else {
        const rows = [['AGENT', 'STATE', 'CHECK-IN', 'AGE', 'STALE AT', 'MODULE', 'WORKING ON']];
        for (const a of s.agents) {
            const live = a.lastSeenAt && (!a.lastCheckin || Date.parse(a.lastSeenAt) > Date.parse(a.lastCheckin)) ? a.lastSeenAt : a.lastCheckin;
            rows.push([
                a.name,
                a.state,
                (0,_output_js__WEBPACK_IMPORTED_MODULE_6__/* .shortTime */ .Mj)(live, tz),
                a.ageHours === null ? '-' : (0,_output_js__WEBPACK_IMPORTED_MODULE_6__/* .duration */ .p0)(a.ageHours * 3_600_000),
                a.state === 'idle' ? '-' : (0,_output_js__WEBPACK_IMPORTED_MODULE_6__/* .shortTime */ .Mj)(a.staleAt, tz),
                a.module ?? '-',
                a.workingOn ?? '-'
            ]);
        }
        const lines = (0,_output_js__WEBPACK_IMPORTED_MODULE_6__/* .table */ .tp)(rows, (r, c, cell) => (r === 0 ? paint('dim', cell) : c === 1 ? paint(STATE_COLOUR[s.agents[r - 1]?.state ?? 'idle'], cell) : cell));
        out.push(...lines.map((l) => `  ${l}`));
        for (const a of s.agents) {
            if (a.files.length > 0)
                out.push(`  ${a.name} files: ${a.files.join(', ')}`);
        }
        const blocking = s.agents.filter((a) => a.state === 'active' || a.state === 'caution');
        for (const a of blocking) {
            if (a.staleAt)
                out.push(`  ${a.name}'s claim blocks others until ${(0,_output_js__WEBPACK_IMPORTED_MODULE_6__/* .displayTime */ .Wk)(a.staleAt, tz)} (${(0,_output_js__WEBPACK_IMPORTED_MODULE_6__/* .relative */ .V8)(a.staleAt, now)}) unless checked in again`);
        }
    }
    out.push('');
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
        out.push(...(0,_output_js__WEBPACK_IMPORTED_MODULE_6__/* .table */ .tp)(rows, (_r, c, cell) => (c === 0 ? paint('dim', cell) : cell)).map((l) => `  ${l}`));
        out.push('');
    }
    if (s.overrides.length > 0) {
        out.push(paint('bold', 'Emergency overrides'));
        for (const o of s.overrides) {
            out.push(`  line ${o.line}: ${o.by ?? 'someone'} over ${o.originalOwner ?? '?'}${o.module ? ` (${o.module})` : ''}${o.date ? ` at ${(0,_output_js__WEBPACK_IMPORTED_MODULE_6__/* .displayTime */ .Wk)(o.date, tz)}` : ''}${o.reason ? ` — ${o.reason}` : ''}`);
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
        out.push(`  checked ${(0,_output_js__WEBPACK_IMPORTED_MODULE_6__/* .displayTime */ .Wk)(st.lastUpdate, tz)} (${(0,_output_js__WEBPACK_IMPORTED_MODULE_6__/* .relative */ .V8)(st.lastUpdate, now)}) on ${st.ref}: ${verdict}, ${st.findings.length} finding${st.findings.length === 1 ? '' : 's'}`);
        for (const f of st.findings.slice(0, 10))
            out.push(`    ${f.severity.padEnd(7)} ${f.kind}: ${f.message}`);
        if (st.findings.length > 10)
            out.push(`    … ${st.findings.length - 10} more (ai-sync status --json)`);
    }
    const problems = s.diagnostics.filter((d) => d.severity === 'error' || d.line > 0);
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
    return out;
}


/***/ })

};
