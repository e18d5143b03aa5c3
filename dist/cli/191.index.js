export const id = 191;
export const ids = [191];
export const modules = {

/***/ 6191:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  checkInput: () => (/* binding */ checkInput),
  forceAgent: () => (/* binding */ forceAgent),
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/engine/check.ts + 1 modules
var check = __webpack_require__(2657);
// EXTERNAL MODULE: ./src/engine/names.ts
var names = __webpack_require__(7078);
;// CONCATENATED MODULE: ./src/engine/plan.ts
/** The keys of the plan's reads (besides `claims@<sha>`, the claims file after a commit). */
const READ = { claimsBefore: 'claims-before', claimsAfter: 'claims-after', config: 'config', status: 'status' };
const { claimsBefore: CLAIMS_BEFORE, claimsAfter: CLAIMS_AFTER, config: CONFIG, status: STATUS } = READ;
const claimsAt = (sha) => `claims@${sha}`;
/** The commits that change the claims file (added, edited or removed). */
function touchingClaims(span, claims) {
    return span.commits.filter((c) => c.files.some((f) => f.path === claims || f.previousPath === claims)).map((c) => c.sha);
}
/**
 * What a check of `span` reads:
 * - the claims file at the head and at the base (the base judges: a change cannot un-claim others' files);
 * - the config at the base (a change must not be able to switch off the check that judges it), at the head when
 *   there is no base;
 * - the previous status file at the base (else the head), for each agent's last observed activity;
 * - the claims file after each commit that touches it, when several do: exact blame for tampering.
 */
function planReads(span, files) {
    const before = span.base ?? span.head;
    const reads = [{ key: CLAIMS_AFTER, at: span.head, path: files.claims, followLink: true, binaryAsText: false }];
    if (span.base)
        reads.push({ key: CLAIMS_BEFORE, at: span.base, path: files.claims, followLink: true, binaryAsText: false });
    reads.push({ key: CONFIG, at: before, path: files.config, followLink: true, binaryAsText: false });
    reads.push({ key: STATUS, at: before, path: files.status, followLink: false, binaryAsText: true });
    const touching = touchingClaims(span, files.claims);
    if (touching.length > 1) {
        for (const sha of touching)
            reads.push({ key: claimsAt(sha), at: sha, path: files.claims, followLink: true, binaryAsText: false });
    }
    return reads;
}
/** check()'s input from the plan's texts (by key; a missing or null text is a file that does not exist). */
function checkInputFrom(span, files, texts, facts) {
    const text = (key) => texts.get(key) ?? null;
    const perCommit = new Set(planReads(span, files).map((r) => r.key));
    const commits = facts.commits.map((c) => {
        const key = claimsAt(c.sha);
        // A commit that removed the claims file leaves it empty: the sections it held are gone, which tamper judges.
        return perCommit.has(key) ? { ...c, claimsText: text(key) ?? '' } : c;
    });
    return {
        ...facts,
        commits,
        claimsBeforeText: span.base ? text(CLAIMS_BEFORE) : null,
        claimsAfterText: text(CLAIMS_AFTER),
        configText: text(CONFIG),
        configFile: files.config,
        statusText: text(STATUS)
    };
}

// EXTERNAL MODULE: ./src/engine/quote.ts
var quote = __webpack_require__(3422);
// EXTERNAL MODULE: ./src/cli/context.ts + 1 modules
var context = __webpack_require__(2995);
// EXTERNAL MODULE: ./src/cli/errors.ts
var errors = __webpack_require__(6675);
// EXTERNAL MODULE: ./src/cli/branches.ts
var cli_branches = __webpack_require__(4);
// EXTERNAL MODULE: ./src/cli/git.ts
var git = __webpack_require__(6094);
// EXTERNAL MODULE: ./src/report/terminal/text.ts
var terminal_text = __webpack_require__(3976);
;// CONCATENATED MODULE: ./src/report/terminal/verify.ts

/** The JSON document for one range (`base`..`head`). */
function verifyJson(range, result) {
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
/** The range's text; `colour` says whether the stream takes colour. */
function renderVerify(json, label, colour) {
    const paint = (0,terminal_text/* painter */.C2)(colour);
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

// EXTERNAL MODULE: ./src/cli/output.ts
var output = __webpack_require__(6657);
;// CONCATENATED MODULE: ./src/cli/commands/verify.ts
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
/**
 * Builds check()'s input by fulfilling the engine's check plan through git (the action fulfils the same plan through
 * the GitHub API): the claims at both ends and after each commit that edits them, the config and the previous
 * status file at the base. Links are followed as the action follows them; a binary claims or config file is refused
 * as the action refuses it.
 */
async function checkInput(repo, g, range, commits, now) {
    const files = { claims: (0,context/* rootPath */.wA)(repo, g.claimsFile), status: (0,context/* rootPath */.wA)(repo, g.statusFile), handoff: (0,context/* rootPath */.wA)(repo, g.handoffFile), config: (0,context/* rootPath */.wA)(repo, g.configFile) };
    const span = { base: range.base, head: range.head, commits };
    const reads = planReads(span, files);
    const blobs = await repo.git.readMany(reads.map((r) => `${r.at}:${r.path}`));
    const texts = new Map();
    for (const [i, r] of reads.entries()) {
        let text = blobs[i] ?? null;
        if (text !== null && !r.binaryAsText && text.slice(0, 8000).includes('\u0000')) {
            throw (0,errors/* usage */.CI)(`${r.path} at ${r.at.slice(0, 12)} is a binary file, expected text`);
        }
        if (r.followLink)
            text = await (0,context/* followLinkAt */.JI)(repo, r.at, r.path, text);
        texts.set(r.key, text);
    }
    const raw = commits.map((c) => ({ sha: c.sha, message: c.message, author: c.author, committer: c.committer, files: c.files }));
    const { config: _config, ...reported } = files;
    return checkInputFrom(span, files, texts, {
        commits: raw,
        branch: range.branch,
        now,
        files: reported,
        ...(g.timezone ? { overrides: { timezone: g.timezone } } : {})
    });
}
async function judge(repo, g, range, forced, now) {
    const commits = await (0,git/* logCommits */.Vg)(repo, range.revs);
    const input = await checkInput(repo, g, range, commits, now);
    const config = (0,context/* configFrom */.DU)(input.configText, g);
    // Claims in flight on the remote's other branches (as of the last fetch), judged as the check on GitHub judges
    // them; their files are not needed (the radar speaks on pull requests only).
    const branches = await (0,cli_branches/* readBranches */.Lr)(repo, { ...range.scope, claimsFile: input.files.claims, max: config.radar.maxPullRequests, files: false });
    input.inFlight = branches.input;
    let result;
    try {
        if (forced) {
            // As the commit-msg hook would have: an "AI-Agent:" trailer paragraph of its own, which wins over any other.
            const agent = (0,context/* canonicalAgent */.wc)(forced, config).name;
            for (const c of input.commits)
                c.message = forceAgent(c.message, agent);
        }
        result = (0,check/* check */.z)(input);
        if (forced) {
            // An agent named nowhere is judged as itself, but a likely typo is worth a word before the push.
            const known = [...result.claimsAfter.agents.map((a) => a.name), ...Object.keys(config.agents)];
            const hint = known.some((k) => (0,names/* sameAgent */.QD)(k, forced)) ? '' : (0,context/* didYouMean */.au)(forced, known, config);
            if (hint !== '')
                result.warnings.push(`--agent ${(0,quote/* quote */.h)(forced)} names no agent in ${input.files.claims}${hint}`);
        }
    }
    catch (e) {
        throw (0,context/* asInputError */.XW)(e);
    }
    return { json: verifyJson(range, result), fails: result.fails };
}
async function readStdin() {
    if (process.stdin.isTTY)
        return '';
    try {
        return await (0,promises_.readFile)('/dev/stdin', 'utf8');
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
        const known = !ZERO.test(remoteSha) && (await (0,git/* resolveCommit */.WL)(repo, remoteSha)) !== null;
        const pushed = remoteRef.slice('refs/heads/'.length);
        const scope = { remote: remote ?? 'origin', self: `refs/remotes/${remote ?? 'origin'}/${pushed}` };
        if (known) {
            ranges.push({ base: remoteSha, head: localSha, revs: [`${remoteSha}..${localSha}`], branch, scope });
            continue;
        }
        // A new branch (or an unknown remote tip): what is on no remote-tracking branch of this remote yet.
        const revs = [localSha, '--not', remote ? `--remotes=${remote}` : '--remotes'];
        const oldest = await repo.git.tryOut(['rev-list', '--first-parent', '--reverse', ...revs]);
        const first = oldest?.split('\n')[0];
        if (!first)
            continue;
        const base = await repo.git.tryOut(['rev-parse', '--verify', '--quiet', `${first}^`]);
        ranges.push({ base: base || null, head: localSha, revs, branch, scope });
    }
    return ranges;
}
async function run(inv, io = (0,output/* processIo */.W)()) {
    const v = inv.values;
    const g = (0,context/* globals */.zQ)(v);
    const forced = (0,context/* agentOption */.HG)(v, false);
    const repo = await (0,git/* openRepo */.B8)(g.cwd);
    const now = (0,context/* now */.tB)();
    const asJson = (0,context/* bool */.lc)(v, 'json');
    let ranges;
    if ((0,context/* bool */.lc)(v, 'pre-push')) {
        if ((0,context/* str */.gx)(v, 'base') !== undefined)
            throw (0,errors/* usage */.CI)('--pre-push and --base cannot be combined');
        const remote = process.env['AI_SYNC_PRE_PUSH_REMOTE'] ?? null;
        ranges = await prePushRanges(repo, remote && remote !== '' ? remote : null, await readStdin());
    }
    else {
        const head = await (0,git/* resolveCommit */.WL)(repo, 'HEAD');
        if (!head)
            throw new errors/* CliError */.z1('HEAD has no commits yet: nothing to verify', errors/* EXIT */.dc.usage);
        const baseArg = (0,context/* str */.gx)(v, 'base');
        let base;
        let remote = null;
        const up = await (0,git/* upstreamOf */.Fw)(repo);
        if (baseArg !== undefined) {
            base = await (0,git/* resolveCommit */.WL)(repo, baseArg);
            if (!base)
                throw (0,errors/* usage */.CI)(`--base: "${baseArg}" does not name a commit`);
        }
        else {
            if (!up)
                throw (0,errors/* usage */.CI)(`branch ${repo.branch ?? '(detached HEAD)'} has no upstream: pass --base REF (e.g. --base origin/main)`);
            remote = up.remote === '.' ? null : up.remote;
            base = await (0,git/* resolveCommit */.WL)(repo, '@{upstream}');
            if (!base)
                throw (0,errors/* usage */.CI)(`the upstream ${up.short} does not exist locally: git fetch, or pass --base REF`);
        }
        ranges = [{ base, head, revs: [`${base}..${head}`], branch: await identityBranch(repo, repo.branch, remote), scope: (0,cli_branches/* branchScope */.Pu)(repo, up) }];
    }
    let failed = false;
    const docs = [];
    const lines = [];
    for (const range of ranges) {
        const { json, fails } = await judge(repo, g, range, forced, now);
        if (fails)
            failed = true;
        docs.push(json);
        lines.push(...renderVerify(json, `${range.base ? range.base.slice(0, 7) : '(root)'}..${range.head.slice(0, 7)}`, (0,context/* bool */.lc)(v, 'pre-push') ? io.colorErr : io.color));
    }
    // As a pre-push hook, report on stderr (what git shows from hooks); else on stdout.
    const report = (0,context/* bool */.lc)(v, 'pre-push') ? io.err : io.out;
    const doc = (0,context/* bool */.lc)(v, 'pre-push') ? { version: 1, ranges: docs } : docs[0];
    io.result?.(doc ?? null);
    if (asJson) {
        io.out(JSON.stringify(doc, null, 2));
    }
    else if (docs.length === 0) {
        report('ai-sync verify: nothing to verify');
    }
    else {
        report(lines.join('\n'));
    }
    if (failed && !asJson) {
        io.err('ai-sync: verify found errors: fix them (see above) before pushing');
    }
    return failed ? errors/* EXIT */.dc.findings : errors/* EXIT */.dc.ok;
}


/***/ })

};
