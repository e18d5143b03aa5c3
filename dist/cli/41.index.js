export const id = 41;
export const ids = [41];
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

/***/ 41:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./src/engine/paths/index.ts + 6 modules
var paths = __webpack_require__(4369);
// EXTERNAL MODULE: ./src/cli/context.ts + 1 modules
var context = __webpack_require__(2995);
// EXTERNAL MODULE: ./src/cli/errors.ts
var errors = __webpack_require__(6675);
// EXTERNAL MODULE: ./src/cli/branches.ts
var cli_branches = __webpack_require__(4);
// EXTERNAL MODULE: ./src/cli/git.ts
var cli_git = __webpack_require__(6094);
// EXTERNAL MODULE: ./src/cli/output.ts
var output = __webpack_require__(6657);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/cli/publish.ts
// Committing and pushing claims edits.
//
// --commit: `git commit --only -- <paths>`: the claims (and handoff) file and nothing else the user staged.
//
// --push: a compare-and-swap on the upstream branch, never touching the user's branch, index or work tree while
// racing. Each attempt fetches the upstream branch, applies the edit to the claims file AS IT IS THERE (re-checking
// conflicts: another agent may have just claimed the same thing → refusal), writes that single-commit change on
// top of the fetched tip through a private index (read-tree / hash-object / update-index / write-tree /
// commit-tree) and pushes `<commit>:<upstream ref>` without force. Git accepts a push only as a fast-forward, so
// of two agents racing from the same tip exactly one wins; the loser's push is rejected, it re-fetches, sees the
// winner's claim and refuses. After a successful push the local branch is fast-forwarded to the pushed commit when
// that is a pure fast-forward (no local commits, no conflicting local edit); otherwise the user is told to pull.





const MAX_PUSH_ATTEMPTS = 5;
const message = (o) => ['-m', o.subject, '-m', `AI-Agent: ${o.agent}`];
/** Writes the outcome to the work tree. */
async function writeOutcome(repo, o) {
    for (const [file, text] of Object.entries(o.writes)) {
        const abs = external_node_path_default().join(repo.root, file);
        await (0,promises_.mkdir)(external_node_path_default().dirname(abs), { recursive: true });
        await (0,promises_.writeFile)(abs, text, 'utf8');
    }
}
/** `git commit --only` of exactly the written paths, with the AI-Agent trailer. */
async function commitOutcome(repo, o) {
    const paths = Object.keys(o.writes);
    await repo.git.out(['add', '--', ...paths]);
    const r = await repo.git.raw(['commit', '--only', '--quiet', ...message(o), '--', ...paths]);
    if (r.code !== 0)
        throw new errors/* CliError */.z1(`git commit failed: ${(0,cli_git/* firstErrorLine */.hf)(r.stderr || r.stdout.toString('utf8'))}`, errors/* EXIT */.dc.git);
    return repo.git.out(['rev-parse', '--short', 'HEAD']);
}
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
/** Classifies `git push --porcelain` output: lost race (retry) or another failure. */
function classifyPush(code, stdout, stderr) {
    if (code === 0)
        return { ok: true };
    const all = `${stdout}\n${stderr}`;
    const line = stdout.split('\n').find((l) => l.startsWith('!')) ?? '';
    const reason = line ? line.split('\t').slice(2).join(' ').trim() : (0,cli_git/* firstErrorLine */.hf)(stderr);
    const lostRace = /\[rejected\].*\((?:non-fast-forward|fetch first|stale info)\)/.test(all) ||
        /\[remote rejected\].*(?:cannot lock ref|failed to update ref|but expected|reference already exists|incorrect old value)/.test(all) ||
        /Updates were rejected because the (?:tip|remote)/.test(all);
    return { ok: false, retry: lostRace, reason: reason || 'push failed' };
}
/** Runs the plan against the upstream and pushes it, retrying lost races (bounded). */
async function pushOutcome(repo, paths, plan) {
    if (!repo.branch)
        throw new errors/* CliError */.z1('HEAD is detached: --push needs a branch with an upstream', errors/* EXIT */.dc.git);
    const up = await (0,cli_git/* upstreamOf */.Fw)(repo);
    if (!up) {
        throw new errors/* CliError */.z1(`branch ${repo.branch} has no upstream: push it once with "git push -u origin ${repo.branch}"`, errors/* EXIT */.dc.git);
    }
    const env = { LC_ALL: 'C', LANG: 'C', GIT_TERMINAL_PROMPT: process.env['GIT_TERMINAL_PROMPT'] ?? '0' };
    const git = repo.git.withEnv(env);
    let lastReason = '';
    for (let attempt = 1; attempt <= MAX_PUSH_ATTEMPTS; attempt++) {
        let tip;
        if (up.remote === '.') {
            tip = await git.out(['rev-parse', '--verify', `${up.remoteRef}^{commit}`]);
        }
        else {
            const f = await git.raw(['fetch', '--quiet', '--no-tags', '--no-write-fetch-head', up.remote, `+${up.remoteRef}:refs/remotes/${up.short}`]);
            if (f.code !== 0) {
                // A non-standard remote-tracking layout: fetch into FETCH_HEAD instead.
                const g = await git.raw(['fetch', '--quiet', '--no-tags', up.remote, up.remoteRef]);
                if (g.code !== 0)
                    throw new errors/* CliError */.z1(`git fetch ${up.remote} failed: ${(0,cli_git/* firstErrorLine */.hf)(g.stderr)}`, errors/* EXIT */.dc.git);
                tip = await git.out(['rev-parse', '--verify', 'FETCH_HEAD^{commit}']);
            }
            else {
                tip = await git.out(['rev-parse', '--verify', `refs/remotes/${up.short}^{commit}`]);
            }
        }
        const [claims = null, handoff = null, status = null] = await git.readMany([
            `${tip}:${paths.claims}`,
            `${tip}:${paths.handoff}`,
            `${tip}:${paths.status}`
        ]);
        const outcome = plan({ claims, handoff, status }); // may refuse (exit 3): the other agent got there first
        const commit = await commitOnTop(repo, tip, outcome);
        const r = await git.raw(['push', '--porcelain', '--no-verify', up.remote, `${commit}:${up.remoteRef}`]);
        const result = up.remote === '.' && r.code === 0 ? { ok: true } : classifyPush(r.code, r.stdout.toString('utf8'), r.stderr);
        if (result.ok) {
            const local = await integrate(repo, commit, up.short);
            return { outcome, report: { commit, attempts: attempt, upstream: up.short, local } };
        }
        if (!result.retry)
            throw new errors/* CliError */.z1(`git push to ${up.short} failed: ${result.reason}`, errors/* EXIT */.dc.git);
        lastReason = result.reason;
        await sleep(Math.round((50 + Math.random() * 200) * attempt));
    }
    throw new errors/* CliError */.z1(`git push to ${up.short} lost the race ${MAX_PUSH_ATTEMPTS} times (${lastReason}); try again`, errors/* EXIT */.dc.git);
}
/** A commit with the outcome's files on top of `tip`, built in a private index (the user's index is untouched). */
async function commitOnTop(repo, tip, o) {
    const index = external_node_path_default().join(repo.gitDir, `ai-sync-index-${process.pid}-${(0,external_node_crypto_.randomBytes)(4).toString('hex')}`);
    const git = repo.git.withEnv({ GIT_INDEX_FILE: index });
    try {
        await git.out(['read-tree', tip]);
        const files = Object.keys(o.writes);
        const modes = new Map();
        const ls = await git.out(['ls-tree', '-z', tip, '--', ...files]);
        for (const entry of ls.split('\0')) {
            const m = /^(\d{6}) blob [0-9a-f]+\t([\s\S]+)$/.exec(entry);
            if (m)
                modes.set(m[2], m[1]);
        }
        for (const file of files) {
            const blob = await git.out(['hash-object', '-w', '--no-filters', '--stdin'], { input: o.writes[file] });
            await git.out(['update-index', '--add', '--cacheinfo', `${modes.get(file) ?? '100644'},${blob},${file}`]);
        }
        const tree = await git.out(['write-tree']);
        return await git.out(['commit-tree', tree, '-p', tip, ...message(o)]);
    }
    finally {
        await (0,promises_.rm)(index, { force: true });
        await (0,promises_.rm)(`${index}.lock`, { force: true });
    }
}
/** Brings the pushed commit into the local branch when that is a plain fast-forward. */
async function integrate(repo, commit, upstream) {
    const head = await repo.git.tryOut(['rev-parse', '--verify', '--quiet', 'HEAD']);
    if (head === null)
        return `run "git pull" to get it locally`;
    const ancestor = await repo.git.raw(['merge-base', '--is-ancestor', 'HEAD', commit]);
    if (ancestor.code !== 0) {
        return `your branch has commits that are not on ${upstream}: run "git pull --rebase" to get the claims commit locally`;
    }
    const ff = await repo.git.raw(['merge', '--ff-only', '--quiet', commit]);
    if (ff.code !== 0) {
        return `could not fast-forward (${(0,cli_git/* firstErrorLine */.hf)(ff.stderr)}): commit or stash your changes, then run "git pull"`;
    }
    return `your branch is fast-forwarded to it`;
}

// EXTERNAL MODULE: ./src/engine/edit/index.ts + 5 modules
var edit = __webpack_require__(749);
// EXTERNAL MODULE: ./src/engine/claims/index.ts
var claims = __webpack_require__(5806);
// EXTERNAL MODULE: ./src/engine/quote.ts
var quote = __webpack_require__(3422);
// EXTERNAL MODULE: ./src/engine/identity/index.ts + 2 modules
var identity = __webpack_require__(4073);
// EXTERNAL MODULE: ./src/engine/names.ts
var names = __webpack_require__(7078);
// EXTERNAL MODULE: ./src/engine/status/read.ts + 3 modules
var read = __webpack_require__(3077);
// EXTERNAL MODULE: ./src/engine/judge/evaluate.ts + 4 modules
var evaluate = __webpack_require__(9423);
// EXTERNAL MODULE: ./src/engine/judge/holders.ts
var holders = __webpack_require__(681);
// EXTERNAL MODULE: ./src/engine/judge/in-flight.ts
var in_flight = __webpack_require__(2514);
;// CONCATENATED MODULE: ./src/cli/conflicts.ts
// Would a claim collide with another agent's live claim? Pure: claims document + config + time in, conflicts out.
// Who holds what comes from the engine's holders (holdersOf, holdingsOf; inFlightHoldings for the claims in flight
// on other branches), liveness from its board (buildBoard, inFlightBoard), matching from its pattern compiler, so
// the CLI refuses exactly what the action would later report as "claimed by another agent".





const literal = (p) => p.replace(/\/+$/, '');
/** Two claim patterns overlap when either matches the other's literal text (a path under/over a directory or glob). */
function patternsOverlap(a, b) {
    if (literal(a) === literal(b))
        return true;
    const ia = (0,paths/* compilePatterns */.xi)([{ pattern: a, owner: true }]);
    const ib = (0,paths/* compilePatterns */.xi)([{ pattern: b, owner: true }]);
    return ia.match(literal(b)).length > 0 || ib.match(literal(a)).length > 0;
}
/** Each agent's modules and patterns, by agentKey, as the engine reads them (a duplicate section: the first counts). */
function conflicts_holders(doc, config) {
    const all = (0,holders/* holdersOf */.pW)(doc);
    const holdings = (0,holders/* holdingsOf */.QF)(all, config);
    return new Map([...all].map(([key, h]) => [key, { name: h.name, modules: h.modules, patterns: holdings.filter((x) => (0,names/* agentKey */.pS)(x.agent) === key), branch: null }]));
}
/** An in-flight claim as a holder of its own: its module and patterns, on its branch. */
function inFlightHolder(section, config) {
    return { name: section.name, modules: !section.idle && section.module ? [section.module] : [], patterns: (0,in_flight/* inFlightHoldings */.U)([section], config), branch: section.inFlight?.branch ?? null };
}
/**
 * Conflicts between a requested claim and every other agent's claims: those of the claims file, and those in flight
 * on other branches (`inFlight`, from the engine's inFlightClaims). `me`: every name the claimer goes by.
 */
function findConflicts(doc, config, now, lastSeen, me, req, inFlight = []) {
    const board = (0,evaluate/* buildBoard */.Z)(doc, config, now, lastSeen);
    const state = new Map(board.map((b) => [(0,names/* agentKey */.pS)(b.name), b]));
    const mine = new Set(me.map(names/* agentKey */.pS));
    const blocking = [];
    const other = [];
    const moduleGlobs = req.module ? (0,holders/* modulePatterns */.yh)(config, req.module) : [];
    const judge = (h, entry) => {
        const st = entry?.state ?? 'uncertain';
        if (st === 'idle')
            return;
        const found = [];
        const add = (item, via, module) => {
            if (found.some((c) => c.item === item))
                return;
            found.push({
                holder: h.name,
                branch: h.branch,
                state: st,
                item,
                via,
                module,
                workingOn: entry?.workingOn ?? null,
                startedAt: entry?.startedAt ?? null,
                lastCheckin: entry?.lastCheckin ?? null,
                lastSeenAt: entry?.lastSeenAt ?? null,
                staleAt: entry?.staleAt ?? null,
                line: entry?.line ?? null
            });
        };
        if (req.module) {
            const m = h.modules.find((x) => x.toLowerCase() === req.module?.toLowerCase());
            if (m)
                add(`module ${req.module}`, `module ${m}`, m);
        }
        for (const path of req.files) {
            const hit = h.patterns.find((p) => patternsOverlap(path, p.pattern));
            if (hit)
                add(path, hit.module && (0,holders/* modulePatterns */.yh)(config, hit.module).includes(hit.pattern) ? `module ${hit.module} (${hit.pattern})` : hit.pattern, hit.module);
        }
        if (req.module && !found.some((c) => c.item === `module ${req.module}`)) {
            for (const g of moduleGlobs) {
                const hit = h.patterns.find((p) => patternsOverlap(g, p.pattern));
                if (hit) {
                    add(`module ${req.module}`, hit.pattern, hit.module);
                    break;
                }
            }
        }
        if (st === 'active' || st === 'caution')
            blocking.push(...found);
        else
            other.push(...found);
    };
    for (const [key, h] of conflicts_holders(doc, config))
        if (!mine.has(key))
            judge(h, state.get(key));
    // Each in-flight claim is judged by its own check-in, on its own branch.
    const flying = [];
    for (const section of inFlight) {
        const [entry] = (0,in_flight/* inFlightBoard */.y)([section], config, now, lastSeen);
        if (entry)
            flying.push(entry);
        if (!mine.has((0,names/* agentKey */.pS)(section.name)))
            judge(inFlightHolder(section, config), entry);
    }
    return { blocking, other, board: [...board, ...flying] };
}

// EXTERNAL MODULE: ./src/report/terminal/text.ts
var terminal_text = __webpack_require__(3976);
;// CONCATENATED MODULE: ./src/cli/commands/edit-plans.ts
// What claim, checkin and release do to the claims file (and the handoff notes): each a plan that edits the texts
// through the pure claims editor, checks the result reads back as intended, and says what it did.










const parse = (text, env) => (0,claims/* parseClaims */.D)(text, { timezone: env.tz });
/**
 * The agent the given name means in this document, resolved exactly as the engine resolves an `AI-Agent:`
 * trailer (case, aliases, a unique word of a section name: "claude" → "Claude Code"), so the CLI edits the
 * section the action will attribute the agent's commits to.
 */
function resolveAgent(env, doc) {
    const known = (0,identity/* agentNames */.QI)(env.config, [...doc.agents.map((a) => a.name), ...doc.moduleClaims.map((m) => m.agent)]);
    const nobody = { name: '', email: '' };
    const id = (0,identity/* resolveIdentity */.XH)({ sha: '', message: `ai-sync\n\nAI-Agent: ${env.typed}`, author: nobody, committer: nobody }, { config: env.config, agents: known, branch: null });
    const name = id.agent ?? env.typed;
    const configured = (0,context/* canonicalAgent */.wc)(name, env.config);
    return { name, names: [...new Set([name, ...configured.aliases, env.typed])], known };
}
function lastSeen(texts, now) {
    // A future lastSeenAt is not believed (the action warns about it; here it simply does not count).
    return (0,read/* lastSeenFrom */.IU)((0,read/* parseStatus */.i$)(texts.status).status, now).lastSeen;
}
function stampFor(doc, env) {
    return (0,edit/* formatStamp */.xE)(env.now, env.tz, (0,edit/* detectStampStyle */.uN)(doc));
}
/** Runs an editor step, turning its errors into input errors. */
function edit_plans_edit(what, f) {
    try {
        return f();
    }
    catch (e) {
        if (e instanceof edit/* EditError */.F)
            throw (0,errors/* usage */.CI)(`cannot ${what}: ${e.message}`);
        throw e;
    }
}
/** The edited file must read back as intended; otherwise nothing is written. */
function expect(ok, file, what) {
    if (!ok)
        throw (0,errors/* usage */.CI)(`the edited ${file} would not read back as intended (${what}); the file was left unchanged`);
}
function errorCount(doc) {
    return doc.diagnostics.filter((d) => d.severity === 'error').length;
}
const sameModule = (a, b) => (a ?? '').toLowerCase() === (b ?? '').toLowerCase();
function describeClaim(o) {
    if (o.module)
        return o.files.length > 0 ? `${o.module} (+${o.files.length} file${o.files.length > 1 ? 's' : ''})` : o.module;
    if (o.files.length <= 2)
        return o.files.join(', ');
    return `${o.files.slice(0, 2).join(', ')} (+${o.files.length - 2} more)`;
}
/** " on origin/codex/tracking, not merged yet" for a claim in flight on another branch; "" for the claims file's. */
const on = (c) => (c.branch !== null ? ` on ${c.branch}, not merged yet` : '');
function conflictLine(c, env) {
    const since = c.startedAt ?? c.lastCheckin ?? c.lastSeenAt;
    const live = c.lastSeenAt && (!c.lastCheckin || Date.parse(c.lastSeenAt) > Date.parse(c.lastCheckin)) ? c.lastSeenAt : c.lastCheckin;
    const parts = [
        `${c.item}: held by ${c.holder}${on(c)} (${c.state}${c.via !== c.item ? `, via ${c.via}` : ''})`,
        since ? `since ${(0,terminal_text/* displayTime */.Wk)(since, env.tz)}` : 'since an unknown time',
        live ? `last check-in ${(0,terminal_text/* displayTime */.Wk)(live, env.tz)} (${(0,terminal_text/* relative */.V8)(live, env.now)})` : 'no readable check-in',
        c.staleAt ? `goes stale at ${(0,terminal_text/* displayTime */.Wk)(c.staleAt, env.tz)} (${(0,terminal_text/* relative */.V8)(c.staleAt, env.now)})` : 'stale time unknown'
    ];
    return parts.join('; ');
}
function refusal(conflicts, env) {
    const holders = [...new Set(conflicts.map((c) => c.holder))];
    const first = conflicts[0];
    const since = first.startedAt ?? first.lastCheckin ?? first.lastSeenAt;
    const more = conflicts.length > 1 ? ` (+${conflicts.length - 1} more below)` : '';
    // The first line says it all: what, who, since when, until when.
    const head = `refused: ${first.item} is claimed by ${first.holder}${on(first)} (${first.state}${since ? ` since ${(0,terminal_text/* displayTime */.Wk)(since, env.tz)}` : ''}); ` +
        `${first.staleAt ? `the claim goes stale at ${(0,terminal_text/* displayTime */.Wk)(first.staleAt, env.tz)} (${(0,terminal_text/* relative */.V8)(first.staleAt, env.now)})` : 'its stale time is unknown'}${more}`;
    const details = conflicts.map((c) => conflictLine(c, env));
    details.push(`ask ${holders.join(' / ')} to release it, wait until the claim goes stale, or for an emergency: ai-sync claim ... --force --reason "why"`);
    return new errors/* CliError */.z1(head, errors/* EXIT */.dc.refused, details, { refused: true, holders, conflicts });
}
function claimPlan(opts, env) {
    const file = env.paths.claims;
    return (texts) => {
        const text = texts.claims ?? '';
        const doc = parse(text, env);
        const agent = resolveAgent(env, doc);
        const report = findConflicts(doc, env.config, env.now, lastSeen(texts, env.now), agent.names, { module: opts.module, files: opts.files }, env.inFlight);
        const stamp = stampFor(doc, env);
        const notes = report.other.map((c) => `note: ${conflictLine(c, env)}`);
        // A name no one goes by yet gets a section of its own: say so when it looks like a misspelt known agent.
        const hint = agent.known.some((k) => agent.names.some((n) => (0,names/* sameAgent */.QD)(k, n))) ? '' : (0,context/* didYouMean */.au)(agent.name, agent.known, env.config);
        if (hint !== '')
            notes.push(`note: ${(0,quote/* quote */.h)(agent.name)} is a new agent in ${file}${hint}`);
        if (report.blocking.length > 0) {
            if (!opts.force)
                throw refusal(report.blocking, env);
            // Emergency: one override entry per holder; the holder's claim and our section stay as they are.
            let out = text;
            const holders = [...new Set(report.blocking.map((c) => c.holder))];
            for (const holder of holders) {
                const mine = report.blocking.filter((c) => c.holder === holder);
                const module = opts.module && mine.some((c) => c.item === `module ${opts.module}`) ? opts.module : (mine.find((c) => c.module)?.module ?? opts.module);
                const files = mine.filter((c) => !c.item.startsWith('module ')).map((c) => c.item);
                const action = `${opts.task ?? 'Emergency change'}${files.length > 0 ? ` (files: ${files.join(', ')})` : ''}`;
                out = edit_plans_edit('add the Emergency Override entry', () => (0,edit/* addOverride */.qE)(out, parse(out, env), { date: stamp, agent: agent.name, reason: opts.reason ?? '', module, originalOwner: holder, action }));
            }
            const after = parse(out, env);
            const added = after.overrides.filter((o) => o.by !== null && (0,names/* sameAgent */.QD)(o.by, agent.name) && o.date !== null && o.date.start <= env.now && env.now - o.date.end < 120_000);
            expect(added.length >= holders.length, file, 'the Emergency Override entry is not read as an override');
            const what = describeClaim(opts);
            return {
                writes: { [file]: out },
                subject: `chore(ai-sync): emergency override of ${what} for ${agent.name}`,
                agent: agent.name,
                lines: [
                    `emergency override recorded in ${file} for ${what} (held by ${holders.join(', ')}); their claim stays in place`,
                    ...report.blocking.map((c) => `  ${conflictLine(c, env)}`),
                    `commit your fix with a message starting with "EMERGENCY:" and describe it in the handoff notes`,
                    ...notes
                ]
            };
        }
        const section = (0,edit/* findSection */.rv)(doc, agent.names);
        const name = section?.name ?? agent.name;
        const fields = {
            workingOn: opts.task ?? opts.module ?? describeClaim(opts),
            module: opts.module ?? 'None',
            startedAt: stamp,
            files: opts.files,
            lastCheckin: stamp
        };
        if (opts.expected !== null || !section || (0,edit/* hasField */.RY)(section, 'expected'))
            fields.expected = opts.expected ?? 'N/A';
        let out = edit_plans_edit('write the claim', () => (0,edit/* setAgentFields */.xq)(text, doc, name, fields, agent.names));
        // Module lines: the new module is claimed; modules this agent claimed before are available again.
        const mine = new Set(agent.names.map(names/* agentKey */.pS));
        const previous = parse(out, env).moduleClaims.filter((m) => mine.has((0,names/* agentKey */.pS)(m.agent)) && !sameModule(m.module, opts.module));
        for (const m of previous)
            out = edit_plans_edit('update the module list', () => (0,edit/* setModuleLine */.N)(out, parse(out, env), m.module, 'available', null));
        if (opts.module) {
            const m = opts.module;
            out = edit_plans_edit('update the module list', () => (0,edit/* setModuleLine */.N)(out, parse(out, env), m, 'claimed', name));
        }
        const after = parse(out, env);
        const s = (0,edit/* findSection */.rv)(after, agent.names);
        expect(s !== null, file, `no section for ${name}`);
        const got = (s?.files ?? []).map((f) => f.pattern);
        const unread = opts.files.filter((f) => !got.includes(f));
        if (unread.length > 0) {
            throw (0,errors/* usage */.CI)(`cannot claim ${unread.map((f) => `"${f}"`).join(', ')}: the claims file would not read it as a path (write a directory with a trailing "/", a file with its extension, or a glob)`);
        }
        expect(got.length === opts.files.length, file, `files read back as [${got.join(', ')}]`);
        expect(sameModule(s?.module ?? null, opts.module), file, `module reads back as ${s?.module ?? 'none'}`);
        expect(s?.lastCheckin !== null && s?.lastCheckin !== undefined, file, 'Last Checkin is not readable');
        expect(errorCount(after) <= errorCount(doc), file, 'new errors in the file');
        if (opts.module && doc.modules.length > 0) {
            expect(after.moduleClaims.some((c) => sameModule(c.module, opts.module) && mine.has((0,names/* agentKey */.pS)(c.agent))), file, 'the module line does not read as claimed');
        }
        const what = describeClaim(opts);
        return {
            writes: { [file]: out },
            subject: `chore(ai-sync): claim ${what} for ${name}`,
            agent: name,
            lines: [`claimed ${what} for ${name} in ${file} (checked in ${(0,terminal_text/* displayTime */.Wk)(env.now, env.tz)})`, ...notes]
        };
    };
}
// ---------------------------------------------------------------------------------------------------------------
// checkin
function checkinPlan(env) {
    const file = env.paths.claims;
    return (texts) => {
        if (texts.claims === null)
            throw (0,errors/* usage */.CI)(`${file} does not exist: claim something first (ai-sync claim)`);
        const text = texts.claims;
        const doc = parse(text, env);
        const agent = resolveAgent(env, doc);
        const section = (0,edit/* findSection */.rv)(doc, agent.names);
        if (!section) {
            throw (0,errors/* usage */.CI)(`${file} has no section for ${agent.name}${(0,context/* didYouMean */.au)(agent.name, doc.agents.map((a) => a.name), env.config)}: claim something first (ai-sync claim)`);
        }
        const stamp = stampFor(doc, env);
        const out = edit_plans_edit('check in', () => (0,edit/* setCheckin */.YK)(text, doc, section.name, stamp));
        const s = (0,edit/* findSection */.rv)(parse(out, env), agent.names);
        expect(s?.lastCheckin !== null && s?.lastCheckin !== undefined, file, 'Last Checkin is not readable');
        return {
            writes: { [file]: out },
            subject: `chore(ai-sync): check in ${section.name}`,
            agent: section.name,
            lines: [`checked in ${section.name} at ${(0,terminal_text/* displayTime */.Wk)(env.now, env.tz)}${section.idle ? ' (note: the section claims nothing)' : ''}`]
        };
    };
}
// ---------------------------------------------------------------------------------------------------------------
// release
function releasePlan(env, handoff, moduleState) {
    const file = env.paths.claims;
    return (texts) => {
        if (texts.claims === null)
            throw (0,errors/* usage */.CI)(`${file} does not exist: nothing to release`);
        const text = texts.claims;
        const doc = parse(text, env);
        const agent = resolveAgent(env, doc);
        const section = (0,edit/* findSection */.rv)(doc, agent.names);
        const mine = new Set(agent.names.map(names/* agentKey */.pS));
        const claimedLines = doc.moduleClaims.filter((m) => mine.has((0,names/* agentKey */.pS)(m.agent)));
        if (!section && claimedLines.length === 0) {
            const hint = (0,context/* didYouMean */.au)(agent.name, [...doc.agents.map((a) => a.name), ...doc.moduleClaims.map((m) => m.agent)], env.config);
            throw (0,errors/* usage */.CI)(`${file} has no section and no module claims for ${agent.name}${hint}: nothing to release`);
        }
        const name = section?.name ?? agent.name;
        const modules = [];
        for (const m of [...(section && !section.idle && section.module ? [section.module] : []), ...claimedLines.map((c) => c.module)]) {
            if (!modules.some((x) => sameModule(x, m)))
                modules.push(m);
        }
        const files = section && !section.idle ? section.files.map((f) => f.pattern) : [];
        const stamp = stampFor(doc, env);
        let out = text;
        if (section) {
            const fields = { workingOn: 'None', module: 'None', files: [], lastCheckin: stamp };
            if ((0,edit/* hasField */.RY)(section, 'startedAt'))
                fields.startedAt = 'N/A';
            if ((0,edit/* hasField */.RY)(section, 'expected'))
                fields.expected = 'N/A';
            out = edit_plans_edit('release the section', () => (0,edit/* setAgentFields */.xq)(text, doc, name, fields));
        }
        for (const m of modules)
            out = edit_plans_edit('update the module list', () => (0,edit/* setModuleLine */.N)(out, parse(out, env), m, moduleState, null));
        const after = parse(out, env);
        const s = (0,edit/* findSection */.rv)(after, agent.names);
        if (section)
            expect(s !== null && s.idle, file, 'the section does not read as idle');
        expect(!after.moduleClaims.some((c) => mine.has((0,names/* agentKey */.pS)(c.agent))), file, `a module still reads as claimed by ${name}`);
        const writes = { [file]: out };
        if (handoff !== null) {
            writes[env.paths.handoff] = edit_plans_edit('write the handoff note', () => (0,edit/* addHandoffEntry */.ul)(texts.handoff, {
                stamp,
                agent: name,
                module: modules.length > 0 ? modules.join(', ') : null,
                workingOn: section?.workingOn ?? null,
                files,
                note: handoff
            }));
        }
        const what = modules.length > 0 ? modules.join(', ') : files.length > 0 ? describeClaim({ module: null, files }) : 'claims';
        return {
            writes,
            subject: `chore(ai-sync): release ${what} for ${name}`,
            agent: name,
            lines: [
                `released ${what} for ${name}${modules.length > 0 ? ` (module list: ${moduleState})` : ''}`,
                ...(handoff !== null ? [`handoff note added to ${env.paths.handoff}`] : [])
            ]
        };
    };
}

;// CONCATENATED MODULE: ./src/cli/commands/edit.ts
// ai-sync claim / checkin / release: edit the claims file through the pure claims editor, check the result reads
// back as intended, then write it (and optionally commit / push it).








// ---------------------------------------------------------------------------------------------------------------
function claimOptions(inv, repo, g) {
    const v = inv.values;
    const module = (0,context/* str */.gx)(v, 'module')?.trim() || null;
    if (module !== null && (/[\r\n`*|]/.test(module) || /\s[-–—]\s/.test(module) || module.length > 80))
        throw (0,errors/* usage */.CI)(`--module: not a usable module name: ${JSON.stringify(module)}`);
    const raw = v['files'] ?? [];
    const files = [];
    for (const r of raw) {
        const p = (0,context/* repoPath */.qN)(repo, g.cwd, r);
        if (/\s|`/.test(p))
            throw (0,errors/* usage */.CI)(`cannot claim "${p}": the claims file cannot hold paths with spaces or backticks; claim its directory (dir/) or a glob instead`);
        if ((0,paths/* normalizePattern */.eP)(p) === null)
            throw (0,errors/* usage */.CI)(`cannot claim "${p}": not a usable path or glob`);
        if (!files.includes(p))
            files.push(p);
    }
    if (module === null && files.length === 0)
        throw (0,errors/* usage */.CI)('claim needs --module M and/or --files PATH...');
    const force = (0,context/* bool */.lc)(v, 'force');
    const reason = (0,context/* str */.gx)(v, 'reason')?.trim() || null;
    if (force && reason === null)
        throw (0,errors/* usage */.CI)('--force needs --reason TEXT (it is written into the Emergency Override entry)');
    if (!force && reason !== null)
        throw (0,errors/* usage */.CI)('--reason is only used with --force');
    const task = (0,context/* str */.gx)(v, 'task')?.trim() || null;
    const expected = (0,context/* str */.gx)(v, 'expected')?.trim() || null;
    for (const [k, x] of [['task', task], ['expected', expected], ['reason', reason]]) {
        if (x !== null && /[\r\n]/.test(x))
            throw (0,errors/* usage */.CI)(`--${k} must be one line`);
    }
    return { module, files, task, expected, force, reason };
}
async function run(inv, io = (0,output/* processIo */.W)()) {
    const v = inv.values;
    const g = (0,context/* globals */.zQ)(v);
    const repo = await (0,cli_git/* openRepo */.B8)(g.cwd);
    const typed = await (0,context/* agentFor */.Pf)(v, repo);
    const config = await (0,context/* loadConfig */.Z9)(repo, g);
    const env = {
        config,
        tz: config.timezone,
        now: (0,context/* now */.tB)(),
        // A claims file that is a symbolic link is edited at its target, so the link stays a link (and one leading
        // outside the repository is refused before anything is written).
        paths: { claims: await (0,context/* workingFile */.CL)(repo, (0,context/* rootPath */.wA)(repo, g.claimsFile)), handoff: (0,context/* rootPath */.wA)(repo, g.handoffFile), status: (0,context/* rootPath */.wA)(repo, g.statusFile) },
        typed
    };
    let plan;
    if (inv.command === 'claim') {
        const options = claimOptions(inv, repo, g);
        // Claims in flight on the remote's other branches (as of the last fetch) refuse as the claims file's do.
        const branches = await (0,cli_branches/* readBranches */.Lr)(repo, { ...(0,cli_branches/* branchScope */.Pu)(repo, await (0,cli_git/* upstreamOf */.Fw)(repo)), claimsFile: (0,context/* rootPath */.wA)(repo, g.claimsFile), max: config.radar.maxPullRequests, files: false });
        env.inFlight = (0,cli_branches/* branchClaims */.Ci)(branches, env.tz).flatMap((f) => f.sections);
        plan = claimPlan(options, env);
    }
    else if (inv.command === 'checkin') {
        plan = checkinPlan(env);
    }
    else {
        const state = (0,context/* str */.gx)(v, 'module-state') ?? 'available';
        if (state !== 'available' && state !== 'complete')
            throw (0,errors/* usage */.CI)(`--module-state must be available or complete, got "${state}"`);
        const handoff = (0,context/* str */.gx)(v, 'handoff');
        if (handoff !== undefined && handoff.trim() === '')
            throw (0,errors/* usage */.CI)('--handoff needs the note text');
        plan = releasePlan(env, handoff ?? null, state);
    }
    const printed = [];
    const out = (lines) => {
        for (const l of lines) {
            printed.push(l);
            io.out(l);
        }
    };
    const done = (outcome, committed, pushed) => {
        const doc = { version: 1, command: inv.command, agent: outcome.agent, files: Object.keys(outcome.writes), subject: outcome.subject, lines: printed, committed, pushed };
        io.result?.(doc);
        return errors/* EXIT */.dc.ok;
    };
    if ((0,context/* bool */.lc)(v, 'push')) {
        const { outcome, report } = await pushOutcome(repo, env.paths, plan);
        out(outcome.lines);
        out([
            `pushed ${report.commit.slice(0, 12)} to ${report.upstream}${report.attempts > 1 ? ` (after ${report.attempts} attempts: someone pushed meanwhile)` : ''}; ${report.local}`
        ]);
        return done(outcome, null, { commit: report.commit, upstream: report.upstream, attempts: report.attempts, local: report.local });
    }
    const texts = {
        claims: await (0,context/* readWorking */.yy)(repo, env.paths.claims),
        handoff: inv.command === 'release' ? await (0,context/* readWorking */.yy)(repo, env.paths.handoff) : null,
        status: await (0,context/* readWorking */.yy)(repo, env.paths.status)
    };
    const outcome = plan(texts);
    await writeOutcome(repo, outcome);
    out(outcome.lines);
    let committed = null;
    if ((0,context/* bool */.lc)(v, 'commit')) {
        committed = await commitOutcome(repo, outcome);
        out([`committed ${committed}: ${outcome.subject} (not pushed: others see it after "git push", or use --push)`]);
    }
    else {
        out([`not committed: others see it once you commit and push ${Object.keys(outcome.writes).join(' and ')} (or use --push)`]);
    }
    return done(outcome, committed, null);
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
