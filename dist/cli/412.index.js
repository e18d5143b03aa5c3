export const id = 412;
export const ids = [412];
export const modules = {

/***/ 3412:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   checkInput: () => (/* binding */ checkInput),
/* harmony export */   forceAgent: () => (/* binding */ forceAgent),
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _engine_check_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3326);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2995);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6675);
/* harmony import */ var _git_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6094);
/* harmony import */ var _output_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6657);
// ai-sync verify: judge the local commits that are not on the upstream yet through check(), the same pure entry
// point the GitHub action calls, so a clean local verify means a clean check after the push.






const ZERO = /^0+$/;
/** The message with a final `AI-Agent: NAME` paragraph: the trailer block git (and the engine) reads. */
function forceAgent(message, agent) {
    return `${message.replace(/\s+$/, '')}\n\nAI-Agent: ${agent}`;
}
async function defaultBranch(repo, remote) {
    const ref = await repo.git.tryOut(['symbolic-ref', '--quiet', '--short', `refs/remotes/${remote}/HEAD`]);
    return ref ? ref.slice(remote.length + 1) : null;
}
/** The branch for identity: null for the default branch (as the action passes for a push to it). */
async function identityBranch(repo, branch, remote) {
    if (!branch)
        return null;
    const def = remote ? await defaultBranch(repo, remote) : null;
    if (def !== null)
        return branch === def ? null : branch;
    return branch === 'main' || branch === 'master' ? null : branch;
}
/** Builds check()'s input from git: commits, claims before/after, config (work tree), previous status (base). */
async function checkInput(repo, g, range, commits, now) {
    const claims = (0,_context_js__WEBPACK_IMPORTED_MODULE_2__/* .rootPath */ .wA)(repo, g.claimsFile);
    const statusFile = (0,_context_js__WEBPACK_IMPORTED_MODULE_2__/* .rootPath */ .wA)(repo, g.statusFile);
    const touching = commits.filter((c) => c.files.some((f) => f.path === claims && f.status !== 'removed'));
    const specs = [
        ...(range.base ? [`${range.base}:${claims}`, `${range.base}:${statusFile}`] : []),
        `${range.head}:${claims}`,
        ...touching.map((c) => `${c.sha}:${claims}`)
    ];
    const blobs = await repo.git.readMany(specs);
    let i = 0;
    // Every read of the claims file follows a symbolic link as the action does (src/engine/claims/link.ts).
    const claimsAt = (rev, text) => (0,_context_js__WEBPACK_IMPORTED_MODULE_2__/* .followLinkAt */ .JI)(repo, rev, claims, text ?? null);
    const before = range.base ? await claimsAt(range.base, blobs[i++]) : null;
    const status = range.base ? (blobs[i++] ?? null) : null;
    const after = await claimsAt(range.head, blobs[i++]);
    const perCommit = new Map();
    for (const c of touching) {
        const text = await claimsAt(c.sha, blobs[i++]);
        if (typeof text === 'string')
            perCommit.set(c.sha, text);
    }
    const raw = commits.map((c) => {
        const r = { sha: c.sha, message: c.message, author: c.author, committer: c.committer, files: c.files };
        const text = perCommit.get(c.sha);
        if (text !== undefined)
            r.claimsText = text;
        return r;
    });
    const configText = await (0,_context_js__WEBPACK_IMPORTED_MODULE_2__/* .readWorking */ .yy)(repo, (0,_context_js__WEBPACK_IMPORTED_MODULE_2__/* .rootPath */ .wA)(repo, g.configFile));
    const input = {
        commits: raw,
        claimsBeforeText: before,
        claimsAfterText: after,
        configText,
        configFile: g.configFile,
        statusText: status,
        branch: range.branch,
        now,
        files: { claims, status: statusFile, handoff: (0,_context_js__WEBPACK_IMPORTED_MODULE_2__/* .rootPath */ .wA)(repo, g.handoffFile) }
    };
    if (g.timezone)
        input.overrides = { timezone: g.timezone };
    return input;
}
function toJson(range, result) {
    return {
        version: 1,
        base: range.base,
        head: range.head,
        verdict: result.evaluation.verdict,
        commits: result.commits.map((c) => ({ sha: c.sha, agent: c.identity.agent, rule: c.identity.rule, files: c.files })),
        findings: result.evaluation.findings,
        board: result.evaluation.board,
        warnings: result.warnings
    };
}
async function judge(repo, g, range, forced, now) {
    const commits = await (0,_git_js__WEBPACK_IMPORTED_MODULE_4__/* .logCommits */ .Vg)(repo, range.revs);
    const input = await checkInput(repo, g, range, commits, now);
    let result;
    try {
        if (forced) {
            // As the commit-msg hook would have: an "AI-Agent:" trailer paragraph of its own, which wins over any other.
            const agent = (0,_context_js__WEBPACK_IMPORTED_MODULE_2__/* .canonicalAgent */ .wc)(forced, (0,_context_js__WEBPACK_IMPORTED_MODULE_2__/* .configFrom */ .DU)(input.configText, g)).name;
            for (const c of input.commits)
                c.message = forceAgent(c.message, agent);
        }
        result = (0,_engine_check_js__WEBPACK_IMPORTED_MODULE_1__/* .check */ .z)(input);
    }
    catch (e) {
        throw (0,_context_js__WEBPACK_IMPORTED_MODULE_2__/* .asInputError */ .XW)(e);
    }
    return { json: toJson(range, result), commits: commits.length };
}
function render(json, label) {
    const paint = (0,_output_js__WEBPACK_IMPORTED_MODULE_5__/* .painter */ .C2)((0,_output_js__WEBPACK_IMPORTED_MODULE_5__/* .colorEnabled */ .Xp)());
    const out = [];
    const verdict = json.verdict === 'fail' ? paint('red', 'FAIL') : json.verdict === 'warn' ? paint('yellow', 'WARN') : paint('green', 'PASS');
    const who = [...new Set(json.commits.map((c) => c.agent ?? 'unknown author'))].join(', ');
    out.push(`ai-sync verify ${label}: ${json.commits.length} commit${json.commits.length === 1 ? '' : 's'} by ${who || '-'}: ${verdict}`);
    for (const f of json.findings) {
        const sev = f.severity === 'error' ? paint('red', 'error') : f.severity === 'warning' ? paint('yellow', 'warning') : paint('dim', 'notice');
        out.push(`  ${sev} ${f.kind}${f.file ? ` ${f.file}` : ''}${f.commit ? ` (${f.commit.slice(0, 7)})` : ''}`);
        out.push(`    ${f.message}`);
    }
    for (const w of json.warnings)
        out.push(`  note: ${w}`);
    return out;
}
async function readStdin() {
    if (process.stdin.isTTY)
        return '';
    try {
        return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)('/dev/stdin', 'utf8');
    }
    catch {
        const chunks = [];
        for await (const c of process.stdin)
            chunks.push(c);
        return Buffer.concat(chunks).toString('utf8');
    }
}
/** Ranges from git's pre-push input: `<local ref> <local sha> <remote ref> <remote sha>` per line. */
async function prePushRanges(repo, remote, stdin) {
    const ranges = [];
    for (const line of stdin.split('\n')) {
        const [, localSha, remoteRef, remoteSha] = line.trim().split(/\s+/);
        if (!localSha || !remoteRef || !remoteSha || ZERO.test(localSha))
            continue; // deletions
        if (!remoteRef.startsWith('refs/heads/'))
            continue; // tags and other refs hold no work to judge
        const branch = await identityBranch(repo, remoteRef.slice('refs/heads/'.length), remote);
        const known = !ZERO.test(remoteSha) && (await (0,_git_js__WEBPACK_IMPORTED_MODULE_4__/* .resolveCommit */ .WL)(repo, remoteSha)) !== null;
        if (known) {
            ranges.push({ base: remoteSha, head: localSha, revs: [`${remoteSha}..${localSha}`], branch });
            continue;
        }
        // A new branch (or an unknown remote tip): what is on no remote-tracking branch of this remote yet.
        const revs = [localSha, '--not', remote ? `--remotes=${remote}` : '--remotes'];
        const oldest = await repo.git.tryOut(['rev-list', '--first-parent', '--reverse', ...revs]);
        const first = oldest?.split('\n')[0];
        if (!first)
            continue;
        const base = await repo.git.tryOut(['rev-parse', '--verify', '--quiet', `${first}^`]);
        ranges.push({ base: base || null, head: localSha, revs, branch });
    }
    return ranges;
}
async function run(inv) {
    const v = inv.values;
    const g = (0,_context_js__WEBPACK_IMPORTED_MODULE_2__/* .globals */ .zQ)(v);
    const forced = (0,_context_js__WEBPACK_IMPORTED_MODULE_2__/* .agentOption */ .HG)(v, false);
    const repo = await (0,_git_js__WEBPACK_IMPORTED_MODULE_4__/* .openRepo */ .B8)(g.cwd);
    const now = (0,_context_js__WEBPACK_IMPORTED_MODULE_2__/* .now */ .tB)();
    const asJson = (0,_context_js__WEBPACK_IMPORTED_MODULE_2__/* .bool */ .lc)(v, 'json');
    let ranges;
    if ((0,_context_js__WEBPACK_IMPORTED_MODULE_2__/* .bool */ .lc)(v, 'pre-push')) {
        if ((0,_context_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(v, 'base') !== undefined)
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .usage */ .CI)('--pre-push and --base cannot be combined');
        const remote = process.env['AI_SYNC_PRE_PUSH_REMOTE'] ?? null;
        ranges = await prePushRanges(repo, remote && remote !== '' ? remote : null, await readStdin());
    }
    else {
        const head = await (0,_git_js__WEBPACK_IMPORTED_MODULE_4__/* .resolveCommit */ .WL)(repo, 'HEAD');
        if (!head)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .CliError */ .z1('HEAD has no commits yet: nothing to verify', _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .EXIT */ .dc.usage);
        const baseArg = (0,_context_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(v, 'base');
        let base;
        let remote = null;
        if (baseArg !== undefined) {
            base = await (0,_git_js__WEBPACK_IMPORTED_MODULE_4__/* .resolveCommit */ .WL)(repo, baseArg);
            if (!base)
                throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .usage */ .CI)(`--base: "${baseArg}" does not name a commit`);
        }
        else {
            const up = await (0,_git_js__WEBPACK_IMPORTED_MODULE_4__/* .upstreamOf */ .Fw)(repo);
            if (!up)
                throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .usage */ .CI)(`branch ${repo.branch ?? '(detached HEAD)'} has no upstream: pass --base REF (e.g. --base origin/main)`);
            remote = up.remote === '.' ? null : up.remote;
            base = await (0,_git_js__WEBPACK_IMPORTED_MODULE_4__/* .resolveCommit */ .WL)(repo, '@{upstream}');
            if (!base)
                throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .usage */ .CI)(`the upstream ${up.short} does not exist locally: git fetch, or pass --base REF`);
        }
        ranges = [{ base, head, revs: [`${base}..${head}`], branch: await identityBranch(repo, repo.branch, remote) }];
    }
    let failed = false;
    const docs = [];
    const lines = [];
    for (const range of ranges) {
        const { json } = await judge(repo, g, range, forced, now);
        if (json.verdict === 'fail')
            failed = true;
        docs.push(json);
        lines.push(...render(json, `${range.base ? range.base.slice(0, 7) : '(root)'}..${range.head.slice(0, 7)}`));
    }
    // As a pre-push hook, report on stderr (what git shows from hooks); else on stdout.
    const report = (0,_context_js__WEBPACK_IMPORTED_MODULE_2__/* .bool */ .lc)(v, 'pre-push') ? process.stderr : process.stdout;
    if (asJson) {
        const doc = (0,_context_js__WEBPACK_IMPORTED_MODULE_2__/* .bool */ .lc)(v, 'pre-push') ? { version: 1, ranges: docs } : docs[0];
        process.stdout.write(`${JSON.stringify(doc, null, 2)}\n`);
    }
    else if (docs.length === 0) {
        report.write('ai-sync verify: nothing to verify\n');
    }
    else {
        report.write(`${lines.join('\n')}\n`);
    }
    if (failed && !asJson) {
        process.stderr.write('ai-sync: verify found errors: fix them (see above) before pushing\n');
    }
    return failed ? _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .EXIT */ .dc.findings : _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .EXIT */ .dc.ok;
}


/***/ })

};
