export const id = 191;
export const ids = [191];
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
// EXTERNAL MODULE: ./src/engine/check.ts + 2 modules
var check = __webpack_require__(1833);
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
// EXTERNAL MODULE: ./src/report/omitted.ts
var omitted = __webpack_require__(1824);
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
        ...(result.evaluation.omitted ? { omitted: result.evaluation.omitted } : {}),
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
    if (json.omitted)
        out.push(`  … ${(0,omitted/* omittedText */.U)(json.omitted)}: ${(0,omitted/* omittedWhy */.V)(json.findings.length)} (--json has the counts).`);
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
        result = (0,check/* check */.z6)(input);
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


/***/ }),

/***/ 1824:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ omittedText),
/* harmony export */   V: () => (/* binding */ omittedWhy)
/* harmony export */ });
const count = (n, one) => `${n} ${n === 1 ? one : `${one}s`}`;
/**
 * "1234 more findings not shown (kinds: 1200 claimed-by-other errors, 34 stale-claim notices)". `kind` renders a
 * kind (a code span in markdown; as is in plain text).
 */
function omittedText(omitted, kind = (k) => k) {
    const kinds = omitted.byKind.map((c) => `${c.count} ${kind(c.kind)} ${c.count === 1 ? c.severity : `${c.severity}s`}`);
    return `${count(omitted.count, 'more finding')} not shown (kinds: ${kinds.join(', ')})`;
}
/** Why: the list is capped, the verdict and the counts are not. `listed`: how many findings the run lists. */
function omittedWhy(listed) {
    return `a run lists only its ${count(listed, 'most important finding')} (most severe first); the verdict and the counts include every finding`;
}


/***/ })

};
