export const id = 992;
export const ids = [992];
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

/***/ 5992:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
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
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/engine/judge/claims.ts
var claims = __webpack_require__(3649);
// EXTERNAL MODULE: ./src/engine/names.ts
var names = __webpack_require__(7078);
;// CONCATENATED MODULE: ./src/cli/path-check.ts
// Cheap checks around a claim's paths: a path that does not exist yet, or a glob that matches nothing, is claimed
// anyway (a claim on a new file is legitimate) but said, with the likely meant path when one is close; and, after
// an emergency override, the local commits that change covered files without the "EMERGENCY:" prefix.
// At most one `git ls-files` (only when a path is missing or a glob is asked for) and one `git log`.






const GLOB = /[*?[\]{}]/;
async function exists(repo, p) {
    try {
        const st = await (0,promises_.lstat)(external_node_path_default().join(repo.root, p));
        return p.endsWith('/') ? st.isDirectory() : true;
    }
    catch {
        return false;
    }
}
/** Every path git knows in the work tree: tracked, and untracked but not ignored. */
async function knownPaths(repo) {
    const out = await repo.git.tryOut(['-c', 'core.quotePath=false', 'ls-files', '-z', '--cached', '--others', '--exclude-standard']);
    return out === null ? [] : out.split('\0').filter((f) => f !== '');
}
const parentOf = (p) => (p.includes('/') ? p.slice(0, p.lastIndexOf('/')) : '');
const baseOf = (p) => p.slice(p.lastIndexOf('/') + 1);
/** The one known path a missing one most likely meant: same name in a near directory, or a near name in its directory. */
function closestPath(missing, known) {
    const dir = missing.endsWith('/');
    const want = missing.replace(/\/+$/, '');
    const pool = dir ? [...new Set(known.flatMap((f) => f.split('/').slice(0, -1).map((_, i, parts) => parts.slice(0, i + 1).join('/'))))] : known;
    const budget = baseOf(want).length <= 4 ? 1 : 2;
    let best = [];
    let bestDistance = Infinity;
    for (const k of pool) {
        if (Math.abs(k.length - want.length) > budget)
            continue;
        if (parentOf(k) !== parentOf(want) && baseOf(k) !== baseOf(want))
            continue;
        const d = (0,names/* editDistance */.YC)(want, k);
        if (d === 0 || d > budget)
            continue;
        if (d < bestDistance)
            [best, bestDistance] = [[k], d];
        else if (d === bestDistance)
            best.push(k);
    }
    return best.length === 1 ? `${best[0]}${dir ? '/' : ''}` : null;
}
/** One warning per requested path that names nothing in the work tree (nor the index) yet. */
async function pathWarnings(repo, files) {
    const missing = [];
    const globs = [];
    for (const f of files) {
        if (GLOB.test(f))
            globs.push(f);
        else if (!(await exists(repo, f)))
            missing.push(f);
    }
    if (missing.length === 0 && globs.length === 0)
        return [];
    const known = await knownPaths(repo);
    const out = [];
    for (const f of missing) {
        // Deleted in the work tree but still tracked: a claim to finish the deletion.
        if (f.endsWith('/') ? known.some((k) => k.startsWith(f)) : known.includes(f))
            continue;
        const guess = closestPath(f, known);
        out.push(`warning: ${f} does not exist yet${guess ? ` (did you mean ${guess}?)` : ''}; claimed anyway (a claim on a new file is fine)`);
    }
    for (const g of globs) {
        const index = (0,paths/* compilePatterns */.xi)([{ pattern: g, owner: true }]);
        if (!known.some((k) => index.match(k).length > 0))
            out.push(`warning: ${g} matches no file yet; claimed anyway (it covers the files it will match)`);
    }
    return out;
}
/** Local commits not on the upstream that change a covered file and whose message does not start with "EMERGENCY:". */
async function unprefixedCommits(repo, covers) {
    if (covers.length === 0 || (await (0,cli_git/* upstreamOf */.Fw)(repo)) === null)
        return [];
    const head = await repo.git.tryOut(['rev-parse', '--verify', '--quiet', 'HEAD']);
    if (head === null)
        return [];
    if ((await repo.git.tryOut(['rev-parse', '--verify', '--quiet', '@{upstream}'])) === null)
        return [];
    const index = (0,paths/* compilePatterns */.xi)(covers.map((c) => ({ pattern: c, owner: true })));
    let commits;
    try {
        commits = await (0,cli_git/* logCommits */.Vg)(repo, ['@{upstream}..HEAD']);
    }
    catch {
        return []; // the override is written: a history git cannot list must not turn that into a failure
    }
    return commits
        .filter((c) => !(0,claims/* isEmergency */.u7)(c.message) && c.files.some((f) => index.match(f.path).length > 0 || (f.previousPath !== undefined && index.match(f.previousPath).length > 0)))
        .map((c) => ({ sha: c.sha, subject: c.message.split('\n')[0] ?? '' }));
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/engine/quote.ts
var quote = __webpack_require__(3422);
// EXTERNAL MODULE: ./src/report/terminal/text.ts
var terminal_text = __webpack_require__(3976);
// EXTERNAL MODULE: ./src/cli/shell.ts
var shell = __webpack_require__(2476);
;// CONCATENATED MODULE: ./src/cli/claim-text.ts
// What claim and emergency say about other agents' claims: one line per conflict, the refusal (first line self-
// contained), and commands printed for pasting — every argument quoted for a POSIX shell, never run by one.




/** An argument for a POSIX shell: plain when it holds nothing the shell reads, else single-quoted. */
function shellArg(s) {
    return /^[A-Za-z0-9_./:@%+=,^-]+$/.test(s) ? s : (0,shell/* shellQuote */.Z)(s);
}
/** `ai-sync <args>` ready to paste. */
function command(args) {
    return ['ai-sync', ...args.map(shellArg)].join(' ');
}
/** " on origin/codex/tracking, not merged yet" for a claim in flight on another branch; "" for the claims file's. */
const on = (c) => (c.branch !== null ? ` on ${c.branch}, not merged yet` : '');
/** The holder's latest sign of life: its check-in as written, or later activity the action saw. */
function lastAlive(c, w) {
    const seen = c.lastSeenAt ? Date.parse(c.lastSeenAt) : NaN;
    const checkin = c.checkin ? c.checkin.end : c.lastCheckin ? Date.parse(c.lastCheckin) : NaN;
    if (Number.isFinite(seen) && (!Number.isFinite(checkin) || seen > checkin))
        return `last activity ${(0,terminal_text/* checkinWords */.Tl)(c.lastSeenAt, w.tz, w.now)}`;
    return `last check-in ${(0,terminal_text/* checkinWords */.Tl)(c.checkin ?? c.lastCheckin, w.tz, w.now)}`;
}
const windowOf = (c, w) => (0,terminal_text/* claimWindow */.Xk)(c.state, c.activeUntil, c.staleAt, w.tz, w.now);
function conflictLine(c, w) {
    const parts = [
        `${c.item}: held by ${c.holder}${on(c)}${c.via !== c.item ? ` (via ${c.via})` : ''}`,
        ...(c.workingOn ? [`working on ${(0,quote/* quote */.h)(c.workingOn)}`] : []),
        ...(c.startedAt ? [`started ${c.started && c.started.end - c.started.start >= 3_600_000 ? c.started.text : (0,terminal_text/* clockTime */.qo)(c.startedAt, w.tz, w.now)}`] : []),
        lastAlive(c, w),
        windowOf(c, w)
    ];
    return parts.join('; ');
}
/** What is refused, as the emergency command's options: the module and the paths (from the current directory). */
function emergencyArgs(conflicts, hint) {
    const args = [];
    const module = conflicts.find((c) => c.item.startsWith('module '))?.item.slice('module '.length);
    if (module)
        args.push('--module', module);
    const files = [...new Set(conflicts.filter((c) => !c.item.startsWith('module ')).map((c) => c.item))];
    if (files.length > 0)
        args.push('--files', ...files.map((f) => hint.path(f)));
    return args;
}
function refusal(conflicts, w) {
    const holders = [...new Set(conflicts.map((c) => c.holder))];
    const first = conflicts[0];
    const more = conflicts.length > 1 ? ` (+${conflicts.length - 1} more below)` : '';
    // The first line says it all: what, who, until when in the action's words.
    const head = `refused: ${first.item} is claimed by ${first.holder}${on(first)}: ${windowOf(first, w)}${more}`;
    const details = conflicts.map((c) => conflictLine(c, w));
    const stale = conflicts.map((c) => (c.staleAt ? Date.parse(c.staleAt) : NaN)).filter(Number.isFinite);
    const wait = stale.length > 0 ? `wait until the claim is stale (after ${(0,terminal_text/* clockTime */.qo)(Math.max(...stale), w.tz, w.now)})` : 'wait until the claim is stale';
    const emergency = command(['emergency', ...w.hint.agent, ...emergencyArgs(conflicts, w.hint), '--reason', 'describe the emergency', ...w.hint.globals]);
    details.push('a push that changes a claimed file is an error while the claim is active, a warning while in caution, a notice once stale', `next: ask ${holders.join(' / ')} to release it, ${wait}, or in an emergency run:`, `  ${emergency}`);
    return new errors/* CliError */.z1(head, errors/* EXIT */.dc.refused, details, { refused: true, holders, conflicts, emergency });
}

;// CONCATENATED MODULE: ./src/cli/local-sync.ts
// After `--push`: bring the pushed claims commit into the local branch when nothing local would be lost. Git's own
// fast-forward refuses whenever a file it updates has uncommitted changes, even changes identical to the pushed
// file — the usual case after `claim` then `claim --push`. So each pushed file is judged first: clean, equal to the
// pushed text, or the same edit made earlier (it differs only in the times written, or this command turns it into
// the pushed text) → staged as pushed and fast-forwarded; anything else → the work tree is left alone and the
// message says exactly what to run.






// A file name that starts with "-" is still an option to git, quoted or not: "./" makes it a path.
const arg = (s) => shellArg(s.startsWith('-') ? `./${s}` : s);
/** What this command would have written into the local files: the plan applied to them (null when it refuses). */
async function localResult(repo, p) {
    const texts = {
        claims: await (0,context/* readWorking */.yy)(repo, p.paths.claims),
        handoff: p.paths.handoff in p.outcome.writes ? await (0,context/* readWorking */.yy)(repo, p.paths.handoff) : null,
        status: await (0,context/* readWorking */.yy)(repo, p.paths.status)
    };
    try {
        return p.plan(texts).writes;
    }
    catch (e) {
        if (e instanceof errors/* CliError */.z1)
            return null;
        throw e;
    }
}
const DATE_TIME = /\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2}| UTC)?)?/g;
/** Equal but for dates and times (an earlier check-in, start or override date of the same edit). */
function sameButTimes(a, b) {
    if (a === b)
        return true;
    const la = a.split('\n');
    const lb = b.split('\n');
    return la.length === lb.length && la.every((l, i) => l === lb[i] || l.replace(DATE_TIME, '#') === lb[i].replace(DATE_TIME, '#'));
}
async function states(repo, p) {
    const files = Object.keys(p.outcome.writes);
    const blobs = await repo.git.readMany(files.flatMap((f) => [`HEAD:${f}`, `:${f}`]));
    let local;
    const out = new Map();
    for (const [i, f] of files.entries()) {
        const [head = null, index = null] = [blobs[2 * i] ?? null, blobs[2 * i + 1] ?? null];
        const work = await (0,context/* readWorking */.yy)(repo, f);
        const pushed = p.outcome.writes[f];
        if (work === head && index === head)
            out.set(f, 'clean');
        else if (index !== head && index !== work)
            out.set(f, 'other'); // staged and unstaged changes: not ours to merge
        else if (work === pushed)
            out.set(f, 'same');
        else if (work !== null && sameButTimes(work, pushed))
            out.set(f, 'subsumed');
        else {
            if (local === undefined)
                local = await localResult(repo, p);
            const mine = local?.[f];
            out.set(f, mine !== undefined && sameButTimes(mine, pushed) ? 'subsumed' : 'other');
        }
    }
    return out;
}
/** Fast-forwards the local branch to the pushed commit when safe; says what happened or what to run. */
async function integrate(repo, p) {
    const head = await repo.git.tryOut(['rev-parse', '--verify', '--quiet', 'HEAD']);
    if (head === null)
        return `run "git pull" to get it locally`;
    const state = await states(repo, p);
    const dirty = [...state.values()].some((s) => s !== 'clean');
    const ancestor = await repo.git.raw(['merge-base', '--is-ancestor', 'HEAD', p.commit]);
    if (ancestor.code !== 0) {
        return `your branch has commits that are not on ${p.upstream}: run "git pull --rebase${dirty ? ' --autostash' : ''}" to get the claims commit locally`;
    }
    const other = [...state].filter(([, s]) => s === 'other').map(([f]) => arg(f));
    if (other.length > 0) {
        const files = other.join(' ');
        return (`your branch was not fast-forwarded: your uncommitted changes to ${files} are not what was pushed (git diff ${p.commit.slice(0, 12)} -- ${files} shows them); ` +
            `to take the pushed file: git checkout HEAD -- ${files} && git merge --ff-only ${p.upstream}; ` +
            `to keep your changes on top: git stash push -- ${files} && git merge --ff-only ${p.upstream} && git stash pop`);
    }
    // The local edit is (or becomes) exactly the pushed file: stage that, so the fast-forward has nothing to overwrite.
    for (const [f, s] of state) {
        if (s === 'clean')
            continue;
        if (s === 'subsumed') {
            const abs = external_node_path_default().join(repo.root, f);
            await (0,promises_.mkdir)(external_node_path_default().dirname(abs), { recursive: true });
            await (0,promises_.writeFile)(abs, p.outcome.writes[f], 'utf8');
        }
        await repo.git.out(['add', '--', f]);
    }
    const ff = await repo.git.raw(['merge', '--ff-only', '--quiet', p.commit]);
    if (ff.code !== 0) {
        return `could not fast-forward (${(0,cli_git/* firstErrorLine */.hf)(ff.stderr)}): commit or stash your changes, then run "git merge --ff-only ${p.upstream}"`;
    }
    const same = [...state].filter(([, s]) => s !== 'clean').map(([f]) => f);
    return same.length > 0 ? `your branch is fast-forwarded to it (your uncommitted edit of ${same.join(', ')} was this same edit, now as pushed)` : `your branch is fast-forwarded to it`;
}

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
// that is a fast-forward and the work tree holds nothing the pushed files would lose (local-sync.ts); otherwise
// the user is told exactly what to run.






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
            const local = await integrate(repo, { commit, upstream: up.short, outcome, plan, paths });
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

// EXTERNAL MODULE: ./src/engine/judge/evaluate.ts + 5 modules
var evaluate = __webpack_require__(3298);
// EXTERNAL MODULE: ./src/engine/judge/holders.ts
var judge_holders = __webpack_require__(681);
// EXTERNAL MODULE: ./src/engine/judge/in-flight.ts
var in_flight = __webpack_require__(2514);
// EXTERNAL MODULE: ./src/engine/judge/liveness.ts
var liveness = __webpack_require__(6261);
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
function holders(doc, config) {
    const all = (0,judge_holders/* holdersOf */.pW)(doc);
    const holdings = (0,judge_holders/* holdingsOf */.QF)(all, config);
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
    const moduleGlobs = req.module ? (0,judge_holders/* modulePatterns */.yh)(config, req.module) : [];
    const judge = (h, entry, section) => {
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
                started: section?.startedAt ?? null,
                checkin: section?.lastCheckin ?? null,
                activeUntil: entry?.staleAt ? new Date((0,liveness/* activeUntil */.dm)(Date.parse(entry.staleAt), config)).toISOString().replace('.000Z', 'Z') : null,
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
                add(path, hit.module && (0,judge_holders/* modulePatterns */.yh)(config, hit.module).includes(hit.pattern) ? `module ${hit.module} (${hit.pattern})` : hit.pattern, hit.module);
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
    // The claim the board judged by is the one at the entry's line: its times as written.
    const sectionAt = (entry) => doc.agents.find((a) => a.line === entry?.line) ?? null;
    for (const [key, h] of holders(doc, config))
        if (!mine.has(key))
            judge(h, state.get(key), sectionAt(state.get(key)));
    // Each in-flight claim is judged by its own check-in, on its own branch.
    const flying = [];
    for (const section of inFlight) {
        const [entry] = (0,in_flight/* inFlightBoard */.y)([section], config, now, lastSeen);
        if (entry)
            flying.push(entry);
        if (!mine.has((0,names/* agentKey */.pS)(section.name)))
            judge(inFlightHolder(section, config), entry, section);
    }
    return { blocking, other, board: [...board, ...flying] };
}

// EXTERNAL MODULE: ./src/engine/edit/index.ts + 6 modules
var edit = __webpack_require__(2289);
// EXTERNAL MODULE: ./src/engine/claims/index.ts
var engine_claims = __webpack_require__(5806);
// EXTERNAL MODULE: ./src/engine/identity/index.ts + 2 modules
var identity = __webpack_require__(4073);
// EXTERNAL MODULE: ./src/engine/status/read.ts + 2 modules
var read = __webpack_require__(4749);
;// CONCATENATED MODULE: ./src/cli/commands/edit-plans.ts
// What checkin and release do to the claims file (and the handoff notes), and what every edit shares (claim-plan.ts
// and emergency-plan.ts build on it): the agent a name means, the stamp, the read-back checks. Each command is a
// plan that edits the texts through the pure claims editor, checks the result reads back as intended, and says
// what it did.









const parse = (text, env) => (0,engine_claims/* parseClaims */.D)(text, { timezone: env.tz });
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
/** "checked in 12:00 UTC: active until 14:00 UTC (in 2h 00m), stale after 16:00 UTC unless you check in again". */
function checkedIn(env) {
    const hour = 3_600_000;
    const window = (0,terminal_text/* claimWindow */.Xk)('active', env.now + env.config.activeHours * hour, env.now + env.config.staleHours * hour, env.tz, env.now);
    return `checked in ${(0,terminal_text/* clockTime */.qo)(env.now, env.tz, env.now)}: ${window} unless checked in again`;
}
/**
 * Why the file has no section for the agent although it names it: a heading "## Claude Code" the reader does not
 * read as a claim (no "Status", no state, check-in or files field under it). '' when there is none.
 */
function unreadHeadingNote(text, doc, agent, file) {
    const [h] = (0,edit/* unreadAgentHeadings */.qq)(text, doc, agent.names);
    if (!h)
        return '';
    return `${file}:${h.line} has the heading ${(0,quote/* quote */.h)(h.text)}, which is not read as ${agent.name}'s claim (an agent section needs "Status" in its heading, or a state, check-in or files field under it)`;
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
            const unread = unreadHeadingNote(text, doc, agent, file);
            if (unread !== '')
                throw (0,errors/* usage */.CI)(`${unread}: rename it to "## ${agent.name} Status", or claim something first (ai-sync claim)`);
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
            lines: [section.idle ? `checked in ${section.name} at ${(0,terminal_text/* clockTime */.qo)(env.now, env.tz, env.now)} (note: the section claims nothing)` : `${checkedIn(env).replace(/^checked in/, `checked in ${section.name} at`)}`]
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
            const unread = unreadHeadingNote(text, doc, agent, file);
            throw (0,errors/* usage */.CI)(unread !== '' ? `${unread}: nothing to release` : `${file} has no section and no module claims for ${agent.name}${hint}: nothing to release`);
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

;// CONCATENATED MODULE: ./src/cli/commands/claim-edit.ts
// The claim itself: what an agent's section and the module list become when it claims more (the default) or
// claims anew (--replace), the task and start time kept unless told otherwise; and the checks made before a claim
// starts a section for a name the file does not know yet (a misspelt agent, a heading the reader skips).







/**
 * Before a claim starts a section for a name the file has none for: a heading that names the agent but is not read
 * as its claim, or a name close to a known agent's ("ClaudeCode" for "Claude Code"), would give one agent two
 * sections. Both are refused (exit 2) with what to do; a name close to no one is a new agent.
 */
function guardNewAgent(text, doc, agent, env) {
    const mine = new Set(agent.names.map(names/* agentKey */.pS));
    if ((0,edit/* findSection */.rv)(doc, agent.names) || doc.moduleClaims.some((m) => mine.has((0,names/* agentKey */.pS)(m.agent))))
        return;
    const file = env.paths.claims;
    const unread = unreadHeadingNote(text, doc, agent, file);
    if (unread !== '') {
        throw (0,errors/* usage */.CI)(`${unread}: rename it to "## ${agent.name} Status" (or remove it), then claim again; ai-sync does not start a second section for ${agent.name}`);
    }
    if (agent.known.some((k) => agent.names.some((n) => (0,names/* sameAgent */.QD)(k, n))))
        return;
    const guess = (0,context/* guessAgent */.Jl)(agent.name, agent.known, env.config);
    if (guess === null)
        return;
    const again = `${command(['claim', '--agent', guess])} ...`;
    throw new errors/* CliError */.z1(`${file} has no section for ${(0,quote/* quote */.h)(agent.name)} (did you mean ${(0,quote/* quote */.h)(guess)}?): not starting a second section for ${guess}; run again as ${again}, or, if ${(0,quote/* quote */.h)(agent.name)} is another agent, list it under "agents:" in the config first`, errors/* EXIT */.dc.usage, [], { didYouMean: guess });
}
/** A module neither the config nor the claims file knows: a did-you-mean when it is close to one, else "new". */
function moduleWarning(module, doc, env) {
    if (module === null)
        return null;
    const known = [...new Set([...Object.keys(env.config.modules), ...doc.modules.map((m) => m.module), ...doc.agents.flatMap((a) => (a.module ? [a.module] : []))])];
    if (known.some((k) => sameModule(k, module)))
        return null;
    const guess = (0,names/* closestAgent */.BE)(module, known);
    const where = `neither in the config's modules nor in ${env.paths.claims}'s module list`;
    return guess !== null && !sameModule(guess, module)
        ? `warning: module ${module} is ${where} (did you mean ${guess}?); claimed as written`
        : `warning: ${module} is a new module (${where}); claimed as written`;
}
/** A task ai-sync wrote itself (a module name, the files) follows the claim; one the agent wrote stays. */
const written = (task, held, module, files) => !held.some((m) => sameModule(m, task)) && task !== describeClaim({ module, files }) && task !== describeClaim({ module: null, files });
function applyClaim(text, opts, env, agent) {
    const file = env.paths.claims;
    const doc = parse(text, env);
    const section = (0,edit/* findSection */.rv)(doc, agent.names);
    const live = section && !section.idle ? section : null;
    const mine = new Set(agent.names.map(names/* agentKey */.pS));
    const name = section?.name ?? agent.name;
    const stamp = stampFor(doc, env);
    // What the agent holds now: its section's module and files, and modules claimed for it on the module list.
    const fieldBefore = live?.module ?? null;
    const held = [];
    for (const m of [...(fieldBefore ? [fieldBefore] : []), ...doc.moduleClaims.filter((c) => mine.has((0,names/* agentKey */.pS)(c.agent))).map((c) => c.module)]) {
        if (!held.some((x) => sameModule(x, m)))
            held.push(m);
    }
    const heldFiles = [...new Set((live?.files ?? []).map((f) => f.pattern))];
    const addFiles = opts.files.filter((f) => !heldFiles.includes(f));
    const dropFiles = opts.replace ? heldFiles.filter((f) => !opts.files.includes(f)) : [];
    const files = [...heldFiles.filter((f) => !dropFiles.includes(f)), ...addFiles];
    const wanted = opts.module;
    const addModules = wanted !== null && !held.some((m) => sameModule(m, wanted)) ? [wanted] : [];
    const dropModules = opts.replace ? held.filter((m) => !sameModule(m, wanted)) : [];
    let field;
    if (opts.replace || fieldBefore === null)
        field = wanted;
    else {
        field = fieldBefore;
        // A second module is held too: the Module field names one, the module list marks the other claimed.
        if (addModules.length > 0 && doc.modules.length === 0) {
            throw (0,errors/* usage */.CI)(`${name} already claims module ${fieldBefore}, and ${file} has no module list to hold a second one: run with --replace to claim ${wanted} instead (releasing ${fieldBefore}), or release ${fieldBefore} first`);
        }
    }
    const modulesAfter = opts.replace ? (wanted ? [wanted] : []) : [...held, ...addModules];
    const keepTask = live?.workingOn && written(live.workingOn, held, fieldBefore, heldFiles) ? live.workingOn : null;
    const workingOn = opts.task ?? keepTask ?? field ?? describeClaim({ module: null, files });
    const fields = { lastCheckin: stamp };
    if (!live || workingOn !== live.workingOn)
        fields.workingOn = workingOn;
    if (!live || !sameModule(field, live.module))
        fields.module = field ?? 'None';
    // A claim going on keeps its start; one without a Started At field does not get one that would say "now".
    if (!live || (live.startedAt === null && (0,edit/* hasField */.RY)(live, 'startedAt')))
        fields.startedAt = stamp;
    if (opts.expected !== null)
        fields.expected = opts.expected;
    else if (!live && (!section || (0,edit/* hasField */.RY)(section, 'expected')))
        fields.expected = 'N/A';
    let out;
    if (live) {
        out = edit_plans_edit('write the claim', () => (0,edit/* setAgentFields */.xq)(text, doc, name, fields, agent.names));
        if (addFiles.length > 0 || dropFiles.length > 0) {
            const d = parse(out, env);
            const itemwise = edit_plans_edit('write the files list', () => (0,edit/* editFileItems */.lG)(out, d, agent.names, addFiles, dropFiles));
            out = itemwise ?? edit_plans_edit('write the claim', () => (0,edit/* setAgentFields */.xq)(out, d, name, { files }, agent.names));
        }
    }
    else {
        out = edit_plans_edit('write the claim', () => (0,edit/* setAgentFields */.xq)(text, doc, name, { ...fields, files }, agent.names));
    }
    for (const m of dropModules)
        out = edit_plans_edit('update the module list', () => (0,edit/* setModuleLine */.N)(out, parse(out, env), m, 'available', null));
    if (wanted !== null)
        out = edit_plans_edit('update the module list', () => (0,edit/* setModuleLine */.N)(out, parse(out, env), wanted, 'claimed', name));
    const after = parse(out, env);
    const s = (0,edit/* findSection */.rv)(after, agent.names);
    expect(s !== null, file, `no section for ${name}`);
    const got = (s?.files ?? []).map((f) => f.pattern);
    const unread = opts.files.filter((f) => !got.includes(f));
    if (unread.length > 0) {
        throw (0,errors/* usage */.CI)(`cannot claim ${unread.map((f) => `"${f}"`).join(', ')}: the claims file would not read it as a path (write a directory with a trailing "/", a file with its extension, or a glob)`);
    }
    expect(new Set(got).size === files.length && files.every((f) => got.includes(f)), file, `files read back as [${got.join(', ')}]`);
    expect(s?.idle === false, file, `${name}'s section reads as claiming nothing${s?.status ? ` (its status says "${s.status}")` : ''}`);
    expect(sameModule(s?.module ?? null, field), file, `module reads back as ${s?.module ?? 'none'}`);
    expect(s?.lastCheckin !== null && s?.lastCheckin !== undefined, file, 'Last Checkin is not readable');
    expect(errorCount(after) <= errorCount(doc), file, 'new errors in the file');
    const claimedBy = (m) => after.moduleClaims.some((c) => sameModule(c.module, m) && mine.has((0,names/* agentKey */.pS)(c.agent)));
    if (wanted !== null && doc.modules.length > 0)
        expect(claimedBy(wanted), file, `the module line of ${wanted} does not read as claimed`);
    for (const m of dropModules)
        expect(!claimedBy(m), file, `${m} still reads as claimed by ${name}`);
    const added = describeClaim({ module: addModules[0] ?? null, files: addFiles });
    const now = describeHolding(modulesAfter, files);
    const lines = [];
    if (live && added === '' && dropFiles.length === 0 && dropModules.length === 0 && opts.task === null && opts.expected === null) {
        lines.push(`nothing new to claim: ${name} already claims ${now}; ${checkedIn(env)}`);
    }
    else {
        lines.push(`${added === '' ? `updated ${name}'s claim` : `claimed ${added} for ${name}`} in ${file}${opts.replace && live ? ' (replacing the claim)' : ''}`);
        lines.push(`  ${name}'s claim now: ${now}${workingOn ? `; working on ${(0,quote/* quote */.h)(workingOn)}` : ''}`);
        for (const f of dropFiles)
            lines.push(`  released ${f}`);
        for (const m of dropModules)
            lines.push(`  released module ${m}${doc.modules.length > 0 ? ' (module list: available)' : ''}`);
        lines.push(`  ${checkedIn(env)}`);
    }
    return {
        out,
        name,
        what: added === '' ? describeClaim(opts) : added,
        lines,
        detail: { modules: modulesAfter, files, added: { modules: addModules, files: addFiles }, released: { modules: dropModules, files: dropFiles } }
    };
}
/** "module InvoicesModule; files api/src/invoices/**, README.md". */
function describeHolding(modules, files) {
    const parts = [];
    if (modules.length > 0)
        parts.push(`module${modules.length > 1 ? 's' : ''} ${modules.join(', ')}`);
    if (files.length > 0)
        parts.push(`file${files.length > 1 ? 's' : ''} ${files.join(', ')}`);
    return parts.length > 0 ? parts.join('; ') : 'nothing';
}

;// CONCATENATED MODULE: ./src/cli/commands/emergency-plan.ts
// ai-sync emergency (and claim --force): an Emergency Override entry per holder whose live claim blocks the
// request, written so the engine reads it as covering exactly what was asked; the holders' claims stay. What it
// says is what the engine will check: where the entry is (file:line), which commits need "EMERGENCY:", until when.











const emergency_plan_GLOB = /[*?[\]{}]/;
/** A path the engine's override matching reads (a path or a parent directory): a glob stands for its fixed prefix. */
function overridePath(item) {
    if (!emergency_plan_GLOB.test(item))
        return item;
    const segments = item.split('/');
    const fixed = segments.slice(0, segments.findIndex((s) => emergency_plan_GLOB.test(s)));
    return fixed.length > 0 ? `${fixed.join('/')}/` : item;
}
/** The holder's pattern a conflict is about ("module X (glob)" → the glob). */
const viaPattern = (c) => /^module .+ \((.+)\)$/.exec(c.via)?.[1] ?? c.via;
/** Of a requested path and the holder's pattern it collides with, the narrower: what commits may really touch. */
function narrower(c) {
    const via = viaPattern(c);
    const inside = (0,paths/* compilePatterns */.xi)([{ pattern: via, owner: true }]).match(c.item.replace(/\/+$/, '')).length > 0;
    return inside ? c.item : via;
}
function emergencyOutcome(text, doc, blocking, opts, env, agent, words) {
    const file = env.paths.claims;
    const stamp = stampFor(doc, env);
    // What is not held by anyone is claimed as usual, in the same edit (first: the entries' lines are read after it).
    const blocked = new Set(blocking.map((c) => c.item));
    const free = {
        ...opts,
        files: opts.files.filter((f) => !blocked.has(f)),
        module: opts.module !== null && !blocked.has(`module ${opts.module}`) ? opts.module : null
    };
    let out = text;
    let claimed = null;
    if (free.files.length > 0 || free.module !== null) {
        const c = applyClaim(text, free, env, agent);
        out = c.out;
        claimed = c;
    }
    const holders = [...new Set(blocking.map((c) => c.holder))];
    const holdings = [...(0,judge_holders/* holdingsOf */.QF)((0,judge_holders/* holdersOf */.pW)(doc), env.config), ...(0,in_flight/* inFlightHoldings */.U)(env.inFlight ?? [], env.config)];
    const covers = [];
    const planned = [];
    for (const holder of holders) {
        const mine = blocking.filter((c) => c.holder === holder);
        const module = opts.module && mine.some((c) => c.item === `module ${opts.module}`) ? opts.module : (mine.find((c) => c.module)?.module ?? opts.module);
        const paths = [...new Set(mine.filter((c) => !c.item.startsWith('module ')).map((c) => overridePath(c.item)))];
        const action = `${opts.task ?? 'Emergency change'}${paths.length > 0 ? ` (files: ${paths.join(', ')})` : ''}`;
        out = edit_plans_edit('add the Emergency Override entry', () => (0,edit/* addOverride */.qE)(out, parse(out, env), { date: stamp, agent: agent.name, reason: opts.reason ?? '', module, originalOwner: holder, action }));
        planned.push({ holder, module });
        // As the engine matches an entry: the holder's claims of its module, and the files it names.
        const theirs = holdings.filter((h) => (0,names/* sameAgent */.QD)(h.agent, holder));
        if (module)
            for (const h of theirs)
                if (h.module && module.toLowerCase().includes(h.module.toLowerCase()))
                    covers.push(h.pattern);
        for (const c of mine)
            if (!c.item.startsWith('module '))
                covers.push(narrower(c));
    }
    const after = parse(out, env);
    const fresh = after.overrides.filter((o) => o.by !== null && (0,names/* sameAgent */.QD)(o.by, agent.name) && o.date !== null && o.date.start <= env.now && env.now - o.date.end < 120_000);
    const entries = planned.map((p) => {
        const o = fresh.filter((x) => x.originalOwner !== null && (0,names/* sameAgent */.QD)(x.originalOwner, p.holder)).sort((a, b) => b.line - a.line)[0];
        return { line: o?.line ?? 0, heading: out.split(/\r\n|\r|\n/)[(o?.line ?? 1) - 1]?.trim() ?? '', holder: p.holder, module: p.module };
    });
    expect(entries.every((e) => e.line > 0), file, 'the Emergency Override entry is not read as an override');
    const covered = [...new Set(covers)];
    const until = (0,terminal_text/* clockTime */.qo)(env.now + claims/* DAY */.d_, env.tz, env.now);
    const lines = [];
    for (const e of entries) {
        const c = blocking.find((x) => x.holder === e.holder);
        lines.push(`emergency override recorded at ${file}:${e.line} (${(0,quote/* quote */.h)(e.heading)}) over ${e.holder}'s claim — ${windowOf(c, words)}; their claim stays in place`);
    }
    lines.push(...blocking.map((c) => `  ${conflictLine(c, words)}`));
    lines.push(`every commit that changes ${covered.join(', ')} needs a message starting with "EMERGENCY:" (e.g. git commit -m 'EMERGENCY: what you fixed'); a commit without it is still an error while the claim is active`, `the override counts for 24 h (until ${until}), from the push that carries ${file} with it; tell ${holders.join(', ')}, and describe the change in the handoff notes (ai-sync release --handoff TEXT)`);
    if (claimed)
        lines.push(...claimed.lines);
    const what = [opts.module, ...opts.files].filter((x) => x !== null).join(', ');
    const override = { file, entries, covers: covered, until: new Date(env.now + claims/* DAY */.d_).toISOString().replace('.000Z', 'Z'), prefix: 'EMERGENCY:' };
    return {
        writes: { [file]: out },
        subject: `chore(ai-sync): emergency override of ${what} for ${agent.name}`,
        agent: agent.name,
        lines,
        detail: { override, ...(claimed ? { claim: claimed.detail } : {}) }
    };
}

;// CONCATENATED MODULE: ./src/cli/commands/claim-plan.ts
// ai-sync claim and ai-sync emergency as one plan: resolve the agent (refusing to start a second section for a
// misspelt one), check the request against every other agent's live claims (the claims file's and those in flight
// on other branches), then refuse, record an emergency override, or claim.





function claimPlan(opts, env) {
    const file = env.paths.claims;
    const words = { tz: env.tz, now: env.now, hint: env.hint };
    return (texts) => {
        const text = texts.claims ?? '';
        const doc = parse(text, env);
        const agent = resolveAgent(env, doc);
        guardNewAgent(text, doc, agent, env);
        const report = findConflicts(doc, env.config, env.now, lastSeen(texts, env.now), agent.names, { module: opts.module, files: opts.files }, env.inFlight);
        const notes = report.other.map((c) => `note: ${conflictLine(c, words)}`);
        const warning = moduleWarning(opts.module, doc, env);
        const warnings = warning === null ? [] : [warning];
        if (report.blocking.length > 0) {
            if (!opts.force)
                throw refusal(report.blocking, words);
            const outcome = emergencyOutcome(text, doc, report.blocking, opts, env, agent, words);
            return { ...outcome, lines: [...outcome.lines, ...notes], warnings };
        }
        const claim = applyClaim(text, opts, env, agent);
        const forced = opts.force
            ? ['note: nothing asked for is held by another agent\'s live claim, so no emergency override was needed: claimed as usual']
            : [];
        return {
            writes: { [file]: claim.out },
            subject: `chore(ai-sync): claim ${claim.what} for ${claim.name}`,
            agent: claim.name,
            lines: [...claim.lines, ...forced, ...notes],
            warnings,
            detail: { claim: claim.detail }
        };
    };
}

;// CONCATENATED MODULE: ./src/cli/commands/edit.ts
// ai-sync claim / emergency / checkin / release: edit the claims file through the pure claims editor, check the
// result reads back as intended, then write it (and optionally commit / push it).











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
    const emergency = inv.command === 'emergency';
    if (module === null && files.length === 0)
        throw (0,errors/* usage */.CI)(`${inv.command} needs --module M and/or --files PATH...`);
    const force = emergency || (0,context/* bool */.lc)(v, 'force');
    const reason = (0,context/* str */.gx)(v, 'reason')?.trim() || null;
    if (force && reason === null)
        throw (0,errors/* usage */.CI)(`${emergency ? 'emergency' : '--force'} needs --reason TEXT (it is written into the Emergency Override entry)`);
    if (!force && reason !== null)
        throw (0,errors/* usage */.CI)('--reason is only used with --force (or use ai-sync emergency)');
    const replace = (0,context/* bool */.lc)(v, 'replace');
    if (force && replace)
        throw (0,errors/* usage */.CI)(`--replace cannot be combined with ${emergency ? 'emergency' : '--force'}: an override leaves every claim as it is`);
    const task = (0,context/* str */.gx)(v, 'task')?.trim() || null;
    const expected = (0,context/* str */.gx)(v, 'expected')?.trim() || null;
    for (const [k, x] of [['task', task], ['expected', expected], ['reason', reason]]) {
        if (x !== null && /[\r\n]/.test(x))
            throw (0,errors/* usage */.CI)(`--${k} must be one line`);
    }
    return { module, files, task, expected, force, reason, replace };
}
/** How printed commands repeat this run's agent, global options and paths, so they can be pasted as they are. */
function hintFor(inv, repo, g) {
    const v = inv.values;
    const given = (0,context/* agentOption */.HG)(v, false);
    const globalArgs = [];
    // --cwd too: the printed paths are relative to it, as the ones given were.
    for (const key of ['cwd', 'claims-file', 'config', 'status-file', 'handoff-file', 'timezone']) {
        const x = (0,context/* str */.gx)(v, key);
        if (x !== undefined)
            globalArgs.push(`--${key}`, x);
    }
    return {
        agent: given !== null ? ['--agent', given] : [],
        globals: globalArgs,
        path: (p) => {
            const rel = external_node_path_default().relative(g.cwd, external_node_path_default().join(repo.root, p)).split((external_node_path_default()).sep).join('/');
            // A path that starts with "-" would be read as an option: "./" keeps it a path.
            const out = rel === '' ? '.' : rel.startsWith('-') ? `./${rel}` : rel;
            return `${out}${p.endsWith('/') && !out.endsWith('/') ? '/' : ''}`;
        }
    };
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
        typed,
        hint: hintFor(inv, repo, g)
    };
    const asJson = (0,context/* bool */.lc)(v, 'json');
    let plan;
    let warnings = [];
    if (inv.command === 'claim' || inv.command === 'emergency') {
        const options = claimOptions(inv, repo, g);
        warnings = await pathWarnings(repo, options.files);
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
            if (!asJson)
                io.out(l);
        }
    };
    // What the edit did, then what looks wrong but was done anyway (on stdout with the rest, as status shows its warnings).
    const show = (outcome) => out([...outcome.lines, ...warnings, ...(outcome.warnings ?? [])]);
    const done = async (outcome, committed, pushed) => {
        const all = [...warnings, ...(outcome.warnings ?? [])];
        const doc = { version: 1, command: inv.command, agent: outcome.agent, files: Object.keys(outcome.writes), subject: outcome.subject, lines: printed, warnings: all, committed, pushed };
        const detail = outcome.detail ?? {};
        if (detail['claim'])
            doc.claim = detail['claim'];
        if (detail['override']) {
            const o = detail['override'];
            const unprefixed = await unprefixedCommits(repo, o.covers);
            if (unprefixed.length > 0) {
                out([`these commits of yours, not pushed yet, change covered files without the prefix: reword them (git rebase -i ${unprefixed[0]?.sha.slice(0, 12)}~1) so that each message starts with "EMERGENCY:"`]);
                out(unprefixed.map((c) => `  ${c.sha.slice(0, 12)} ${c.subject}`));
            }
            doc.override = { ...o, localCommitsWithoutPrefix: unprefixed };
        }
        doc.lines = printed;
        io.result?.(doc);
        if (asJson)
            io.out(JSON.stringify(doc, null, 2));
        return errors/* EXIT */.dc.ok;
    };
    if ((0,context/* bool */.lc)(v, 'push')) {
        const { outcome, report } = await pushOutcome(repo, env.paths, plan);
        show(outcome);
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
    show(outcome);
    let committed = null;
    const written = Object.keys(outcome.writes).join(' and ');
    if ((0,context/* bool */.lc)(v, 'commit')) {
        committed = await commitOutcome(repo, outcome);
        out([`committed ${committed}: ${outcome.subject} (not pushed: others see it after "git push", or use --push)`]);
    }
    else if (outcome.detail?.['override']) {
        out([`not committed: commit ${written} so that the override is in the push that carries your EMERGENCY: commits (or use --push)`]);
    }
    else {
        out([`not committed: others see it once you commit and push ${written} (or use --push)`]);
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


/***/ }),

/***/ 2476:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ shellQuote),
/* harmony export */   m: () => (/* binding */ cliCommand)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6675);
// What installed git hooks and merge drivers run: this very CLI by absolute path (node binary + script), and
// every value put into a shell command single-quoted, so no text a user or a file wrote is read by the shell.



/** A POSIX shell single-quoted string: `'` becomes `'\''`. Refuses NUL and line breaks. */
function shellQuote(s) {
    if (/[\0\r\n]/.test(s))
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .usage */ .CI)(`cannot put ${JSON.stringify(s)} into a hook script or merge driver command (line break or NUL)`);
    return `'${s.replace(/'/g, `'\\''`)}'`;
}
/** The running CLI: node binary + script, absolute, so hooks work without a global install. */
function cliCommand() {
    const script = process.argv[1];
    if (!script)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .CliError */ .z1('cannot tell where the ai-sync script is', _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .EXIT */ .dc.usage);
    let resolved = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(script);
    try {
        resolved = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(resolved);
    }
    catch {
        // keep the resolved path
    }
    if (/\.[cm]?ts$/.test(resolved)) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .usage */ .CI)(`install-hooks needs the built CLI (dist/cli/index.js), not ${node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(resolved)}: run it with node dist/cli/index.js`);
    }
    return { node: process.execPath, script: resolved };
}


/***/ })

};
