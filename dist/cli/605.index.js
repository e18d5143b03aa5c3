export const id = 605;
export const ids = [605];
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

/***/ 7605:
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
// EXTERNAL MODULE: ./src/engine/judge/evaluate.ts + 5 modules
var evaluate = __webpack_require__(3298);
// EXTERNAL MODULE: ./src/engine/judge/in-flight.ts
var in_flight = __webpack_require__(2514);
// EXTERNAL MODULE: ./src/engine/judge/liveness.ts
var liveness = __webpack_require__(6261);
// EXTERNAL MODULE: ./src/engine/status/read.ts + 2 modules
var read = __webpack_require__(4749);
// EXTERNAL MODULE: ./src/cli/branches.ts
var cli_branches = __webpack_require__(4);
// EXTERNAL MODULE: ./src/engine/judge/holders.ts
var holders = __webpack_require__(681);
// EXTERNAL MODULE: ./src/engine/names.ts
var engine_names = __webpack_require__(7078);
// EXTERNAL MODULE: ./src/engine/paths/index.ts + 6 modules
var paths = __webpack_require__(4369);
// EXTERNAL MODULE: ./src/engine/time/index.ts + 2 modules
var engine_time = __webpack_require__(2962);
;// CONCATENATED MODULE: ./src/engine/catchup/claims.ts
// What changed in the claims file between two points: per agent, the files and modules it took and released (as
// holdersOf reads each document: sections, rows, lines and the module list), the module list's state changes, and
// the emergency overrides that appeared. Check-ins alone (a new Last Checkin) are not changes of a claim.


function held(doc) {
    const out = new Map();
    for (const [key, h] of (0,holders/* holdersOf */.pW)(doc)) {
        const live = h.sections.filter((s) => !s.idle);
        out.set(key, {
            name: h.name,
            files: [...new Set(live.flatMap((s) => s.files.map((f) => f.pattern)))],
            modules: h.modules,
            workingOn: live[0]?.workingOn ?? null
        });
    }
    return out;
}
const minus = (a, b, fold = false) => {
    const norm = (s) => (fold ? s.toLowerCase() : s);
    const have = new Set(b.map(norm));
    return a.filter((x) => !have.has(norm(x)));
};
/** Each agent's taken and released files and modules (agents in `skip`, by agentKey, left out), in `after`'s order. */
function claimChanges(before, after, skip) {
    const was = held(before);
    const now = held(after);
    const keys = [...new Set([...now.keys(), ...was.keys()])].filter((k) => !skip.has(k));
    const out = [];
    for (const k of keys) {
        const a = was.get(k) ?? { name: '', files: [], modules: [], workingOn: null };
        const b = now.get(k) ?? { name: a.name, files: [], modules: [], workingOn: null };
        const change = {
            agent: b.name || a.name,
            taken: minus(b.files, a.files),
            released: minus(a.files, b.files),
            modulesTaken: minus(b.modules, a.modules, true),
            modulesReleased: minus(a.modules, b.modules, true),
            workingOn: b.workingOn
        };
        if (change.taken.length + change.released.length + change.modulesTaken.length + change.modulesReleased.length > 0)
            out.push(change);
    }
    return out;
}
/**
 * Modules whose state on the module list changed (listed, removed, claimed → complete…). A change to "claimed" is
 * left out: the claim itself is reported, with who took it (claimChanges).
 */
function moduleChanges(before, after) {
    const state = (doc) => {
        const m = new Map();
        for (const l of doc.modules)
            if (!m.has(l.module.toLowerCase()))
                m.set(l.module.toLowerCase(), l);
        return m;
    };
    const was = state(before);
    const now = state(after);
    const out = [];
    for (const k of new Set([...now.keys(), ...was.keys()])) {
        const a = was.get(k) ?? null;
        const b = now.get(k) ?? null;
        if (a?.state !== b?.state && b?.state !== 'claimed')
            out.push({ module: (b ?? a)?.module ?? k, before: a?.state ?? null, after: b?.state ?? null });
    }
    return out;
}
/** An override's identity across versions of the file: its lines, trimmed (its line number moves). */
const overrideKey = (o) => o.lines.map((l) => l.trim()).join('\n');
/** Emergency overrides in `after` that were not in `before`. */
function newOverrides(before, after) {
    const old = new Set(before.overrides.map(overrideKey));
    return after.overrides
        .filter((o) => !old.has(overrideKey(o)))
        .map((o) => ({ line: o.line, by: o.by, module: o.module, originalOwner: o.originalOwner, reason: o.reason, date: o.date ? (0,engine_time/* formatIso */.dv)(o.date.start) : null }));
}

// EXTERNAL MODULE: ./src/engine/edit/lines.ts + 1 modules
var lines = __webpack_require__(7431);
;// CONCATENATED MODULE: ./src/engine/catchup/handoff.ts
// The handoff notes (AI_HANDOFF.md) as dated entries, and which of them are new to an agent since a time. An entry
// is a heading that starts with (or holds) a date — `### 2025-12-04 12:00:00 - Claude Code` as `release --handoff`
// writes it, `## 2025-12-03 - Codex` as agents write it by hand — and the lines under it up to the next heading of
// the same or a higher level. Headings without a date ("## Recent Changes (Latest First)") are containers.



/** A date the way claims files and stamps write it: 2025-12-04, 2025-12-04T10:00, 2025/12/04. */
const DATE = /\d{4}[-/.]\d{1,2}[-/.]\d{1,2}/;
const SEPARATORS = /^[\s\-–—|:,·•]+/;
/** The agent a heading names after its time: up to the next separator ("Codex - session 2" → "Codex"). */
function agentAfter(rest) {
    const first = rest.replace(SEPARATORS, '').split(/\s[-–—|]\s|:\s/)[0]?.replace(/[*_`[\]()]/g, '').trim() ?? '';
    return first === '' ? null : first;
}
/** The dated entries of a handoff file, in file order. */
function readHandoff(text, timezone) {
    const page = lines/* Page */.YW.markdown(text);
    const out = [];
    for (const h of page.headings) {
        const bare = h.text.replace(/[*_`]/g, '').trim();
        const m = DATE.exec(bare);
        if (!m)
            continue;
        const from = bare.slice(m.index);
        const reading = (0,engine_time/* readTime */.aQ)(from, timezone);
        const time = reading.kind === 'time' ? reading.interval : null;
        const rest = time ? from.slice(time.text.length) : from.replace(/^\S+/, '');
        const before = bare.slice(0, m.index).replace(/[\s\-–—|:,([]+$/, '').trim();
        const agent = agentAfter(rest) ?? (before === '' ? null : before);
        const end = page.blockEnd(h);
        const body = [];
        for (let i = h.index + 1; i <= end; i++)
            body.push(page.lines.at(i));
        while (body.length > 0 && (body[0] ?? '').trim() === '')
            body.shift();
        while (body.length > 0 && (body[body.length - 1] ?? '').trim() === '')
            body.pop();
        out.push({ line: h.index + 1, heading: h.text.trim(), time, agent, body });
    }
    return out;
}
const key = (e) => e.heading.replace(/\s+/g, ' ').toLowerCase();
/**
 * The entries of `after` that are newer than `since`, newest first. An entry dated after `since` is new; one dated
 * before is not. One whose date cannot settle it (a date-only heading on the check-in's day, an unreadable time)
 * is new when it was not in the file before the check-in (by its heading), so a date-only note is shown once, not
 * all day. `changedWithoutEntry` says the file changed with no new entry at all (a note written some other way).
 */
function newHandoffNotes(o) {
    const entries = readHandoff(o.after, o.timezone);
    const old = new Set(o.before === null ? [] : readHandoff(o.before, o.timezone).map(key));
    const fresh = entries.filter((e) => !old.has(key(e)));
    const isNew = (e) => {
        if (e.time && e.time.start > o.since)
            return true;
        if (e.time && e.time.end < o.since)
            return false;
        return !old.has(key(e));
    };
    const mine = (e) => e.agent !== null && o.self.some((n) => (0,engine_names/* sameAgent */.QD)(n, e.agent));
    const shown = entries.filter((e) => isNew(e) && !mine(e));
    return { entries: newestFirst(shown), changedWithoutEntry: fresh.length === 0 && (o.before ?? '') !== o.after };
}
/** Newest first by time (undated entries last, in file order). */
function newestFirst(entries) {
    return entries
        .map((e, i) => ({ e, i }))
        .sort((a, b) => {
        const ta = a.e.time?.start ?? null;
        const tb = b.e.time?.start ?? null;
        if (ta !== tb)
            return ta === null ? 1 : tb === null ? -1 : tb - ta;
        return a.i - b.i;
    })
        .map((x) => x.e);
}
/** The newest `n` entries not written by the agent (for an agent with no check-in to compare against). */
function latestHandoffNotes(text, timezone, self, n) {
    const mine = (e) => e.agent !== null && self.some((s) => (0,engine_names/* sameAgent */.QD)(s, e.agent));
    return newestFirst(readHandoff(text, timezone).filter((e) => !mine(e))).slice(0, n);
}

;// CONCATENATED MODULE: ./src/engine/catchup/index.ts
// Catch up: what changed on the default branch since an agent's last check-in — other agents' commits (who, when,
// which files, and which of them the agent claims), handoff notes newer than the check-in, claims taken or released
// by others — from what the front end read (commits, the claims and handoff files before and after, the agent's
// own claims, the time). Pure: `now` is an input; nothing is read here.








/** At most this many commits are read since a check-in (a long history stays bounded; `truncated` says so). */
const CATCH_UP_LIMIT = 200;
/** Without a readable check-in: the newest commits and handoff notes shown instead. */
const RECENT_COMMITS = 10;
const RECENT_NOTES = 3;
/** Lines of a handoff entry kept in the report. */
const NOTE_LINES = 12;
/**
 * The commit the claims and handoff files are compared against: the first parent of the oldest commit on the
 * tip's first-parent chain among those listed (the branch as it stood before the first of them landed); null when
 * that chain reaches a root commit, undefined when nothing is listed (nothing landed: nothing to compare).
 */
function baseOf(commits) {
    const first = commits[0];
    if (!first)
        return undefined;
    const bySha = new Map(commits.map((c) => [c.sha, c]));
    let c = first;
    const seen = new Set();
    for (;;) {
        seen.add(c.sha);
        const parent = c.parents[0];
        if (parent === undefined)
            return null;
        const next = bySha.get(parent);
        if (!next || seen.has(parent))
            return parent;
        c = next;
    }
}
/** The agent each commit is attributed to, as the action attributes commits (no branch: it is the default one). */
function attribute(c, config, known) {
    return (0,identity/* resolveIdentity */.XH)({ sha: c.sha, message: c.message, author: c.author, committer: c.committer }, { config, agents: known, branch: null });
}
/** Whether a commit is the agent's own (attributed to it, or unattributed and authored under its name). */
function isOwn(c, id, names) {
    const self = (name) => names.some((n) => (0,engine_names/* sameAgent */.QD)(n, name));
    return id.agent !== null ? self(id.agent) : self(c.author.name);
}
/** Whether any of `commits` is someone else's: when none is, nothing changed for the agent (no file to read). */
function othersLanded(commits, names, config, known) {
    return commits.some((c) => !isOwn(c, attribute(c, config, known), names));
}
const iso = (ms) => (0,engine_time/* formatIso */.dv)(ms);
const subjectOf = (message) => message.split(/\r?\n/, 1)[0]?.trim() ?? '';
/** Whether the report has anything to say (a report with nothing is not shown; its JSON lists are empty). */
function isEmpty(c) {
    return c.note === null && c.commits.length === 0 && c.handoff.length === 0 && !c.handoffChanged && c.claims.length === 0 && c.modules.length === 0 && c.overrides.length === 0;
}
function note(e) {
    return { line: e.line, at: e.time ? iso(e.time.start) : null, agent: e.agent, heading: e.heading, lines: e.body.slice(0, NOTE_LINES), more: Math.max(0, e.body.length - NOTE_LINES) };
}
function catchUp(input) {
    const self = (name) => name !== null && input.names.some((n) => (0,engine_names/* sameAgent */.QD)(n, name));
    const skip = new Set(input.names.map(engine_names/* agentKey */.pS));
    const since = input.since;
    // The agent's claimed patterns (files and its modules' configured paths), as the judge reads holdings.
    const patterns = (0,holders/* holdingsOf */.QF)((0,holders/* holdersOf */.pW)(input.mine), input.config).filter((h) => skip.has((0,engine_names/* agentKey */.pS)(h.agent)));
    const index = (0,paths/* compilePatterns */.xi)(patterns.map((h) => ({ pattern: h.pattern, owner: true })));
    const own = new Set([input.files.claims, input.files.status, input.files.handoff]);
    const truncated = since !== null && input.commits.length > input.limit;
    const listed = input.commits.slice(0, input.limit).filter((c) => since === null || c.time >= since.at);
    const commits = [];
    for (const c of listed) {
        const id = attribute(c, input.config, input.known);
        if (isOwn(c, id, input.names))
            continue;
        commits.push({
            sha: c.sha,
            at: iso(c.time),
            agent: id.agent,
            rule: id.rule,
            by: id.agent ?? (c.author.name || c.author.email || 'unknown'),
            subject: subjectOf(c.message),
            files: c.files,
            yours: c.files.filter((f) => !own.has(f) && index.match(f).length > 0),
            merge: c.parents.length > 1,
            bookkeeping: c.files.length > 0 && c.files.every((f) => own.has(f))
        });
    }
    let handoff = [];
    let handoffChanged = false;
    if (input.handoff?.after != null) {
        if (since === null)
            handoff = latestHandoffNotes(input.handoff.after, input.timezone, input.names, RECENT_NOTES).map(note);
        else {
            const fresh = newHandoffNotes({ since: since.at, before: input.handoff.before, after: input.handoff.after, timezone: input.timezone, self: input.names });
            handoff = fresh.entries.map(note);
            handoffChanged = fresh.changedWithoutEntry;
        }
    }
    const claims = input.claims && since !== null ? input.claims : null;
    const mineNames = input.names;
    const overrides = claims
        ? newOverrides(claims.before, claims.after)
            .filter((o) => !self(o.by))
            .map((o) => ({ ...o, yours: o.originalOwner !== null && mineNames.some((n) => (0,engine_names/* sameAgent */.QD)(n, o.originalOwner)) }))
        : [];
    const notes = [];
    if (input.why)
        notes.push(input.why);
    if (since === null && input.ref !== null)
        notes.push(`showing the newest commits on ${input.ref} (the last ${input.limit}) and handoff notes instead`);
    if (truncated) {
        notes.push(`more than ${input.limit} commits landed since then: the newest ${input.limit} were read, and claims are compared over them only`);
    }
    return {
        agent: input.agent,
        since: since ? iso(since.at) : null,
        basis: since?.from ?? 'none',
        ref: input.ref,
        note: notes.length > 0 ? notes.join('; ') : null,
        commits,
        truncated,
        handoff,
        handoffChanged,
        claims: claims ? claimChanges(claims.before, claims.after, skip) : [],
        modules: claims ? moduleChanges(claims.before, claims.after) : [],
        overrides
    };
}

// EXTERNAL MODULE: ./src/cli/context.ts + 1 modules
var context = __webpack_require__(2995);
// EXTERNAL MODULE: ./src/cli/errors.ts
var errors = __webpack_require__(6675);
;// CONCATENATED MODULE: ./src/cli/catchup.ts
// Catch up, the git side: what landed on the default branch since the agent's last check-in, read in at most two
// git processes however long the history (the engine's catchup/ judges it):
//   1. git log <remote>/HEAD --since=<check-in> --max-count=201 -z --name-status: the commits with their files,
//      parents and messages (trailers), newest first. --since stops the walk at the check-in and --max-count bounds
//      it on a busy branch; merges are listed (without files: the commits they bring are listed on their own);
//   2. cat-file --batch: the claims and handoff files at the branch before the first of those commits landed (the
//      engine's baseOf) and at the tip. Skipped when nothing landed: then nothing changed.
// A commit made before the check-in and merged after it with a true merge is older than --since: it is not listed
// (its merge is). A remote without <remote>/HEAD costs one more for-each-ref (its main or master) and a second log.





const RS = '\x1e';
const US = '\x1f';
const FORMAT = `${RS}%H${US}%P${US}%ct${US}%an${US}%ae${US}%cn${US}%ce${US}%B`;
const STATUS_TOKEN = /^\n?([ACDMRTUXB])(\d{0,3})$/;
/** A check-in this far ahead of the clock is not trusted (the status file's tolerance for lastSeenAt). */
const FUTURE_MS = 5 * 60_000;
/**
 * Parses `git log -z --name-status --format=FORMAT`: each commit's header is one NUL-terminated token, then status
 * and path tokens. Paths are consumed by count after their status, so no file name is ever read as a header.
 */
function parseCatchUpLog(text) {
    const tokens = text.split('\0');
    const out = [];
    let current = null;
    for (let i = 0; i < tokens.length; i++) {
        const tok = tokens[i];
        const header = tok.startsWith(RS) ? tok : tok.startsWith(`\n${RS}`) ? tok.slice(1) : null;
        if (header !== null) {
            const [sha = '', parents = '', ct = '', an = '', ae = '', cn = '', ce = '', ...rest] = header.slice(1).split(US);
            current = {
                sha,
                parents: parents.split(' ').filter(Boolean),
                time: Number(ct) * 1000,
                author: { name: an, email: ae },
                committer: { name: cn, email: ce },
                message: rest.join(US).replace(/\s+$/, ''),
                files: []
            };
            out.push(current);
            continue;
        }
        if (tok === '' || tok === '\n')
            continue;
        const m = STATUS_TOKEN.exec(tok);
        if (!m || !current)
            throw new errors/* CliError */.z1(`git log: unexpected output near ${JSON.stringify(tok.slice(0, 40))}`, errors/* EXIT */.dc.git);
        if (m[1] === 'R' || m[1] === 'C') {
            const from = tokens[++i] ?? '';
            const to = tokens[++i] ?? '';
            if (m[1] === 'R')
                current.files.push(from);
            current.files.push(to);
        }
        else
            current.files.push(tokens[++i] ?? '');
    }
    return out;
}
/** The agent status catches up for: --agent, AI_SYNC_AGENT, else the one install-hooks remembered; null if none. */
async function statusAgent(v, repo) {
    const given = (0,context/* agentOption */.HG)(v, false);
    if (given !== null)
        return { agent: given, warning: null };
    const remembered = (await repo.git.tryOut(['config', '--get', context/* AGENT_CONFIG_KEY */.jl]))?.trim();
    if (!remembered)
        return { agent: null, warning: null };
    try {
        return { agent: (0,context/* validAgentName */.jV)(remembered, `git config ${context/* AGENT_CONFIG_KEY */.jl}`), warning: null };
    }
    catch (e) {
        return { agent: null, warning: `${e.message}; no catch-up shown` };
    }
}
/** When the agent last checked in (its claim's Last Checkin, or later activity the action saw), or why not. */
function checkinOf(o, names) {
    const entry = o.board.find((b) => b.branch === undefined && names.some((n) => (0,engine_names/* sameAgent */.QD)(n, b.name)));
    const name = JSON.stringify(o.agent);
    if (!entry) {
        const hint = (0,context/* didYouMean */.au)(o.agent, o.board.map((b) => b.name), o.config);
        return { since: null, why: `no check-in for ${name} in ${o.files.claims}${hint}` };
    }
    const checkin = entry.lastCheckin ? Date.parse(entry.lastCheckin) : NaN;
    const seen = entry.lastSeenAt ? Date.parse(entry.lastSeenAt) : NaN;
    const at = Math.max(...[checkin, seen].filter(Number.isFinite));
    if (!Number.isFinite(at))
        return { since: null, why: `${name}'s check-in in ${o.files.claims} cannot be read${entry.uncertain ? ` (${entry.uncertain})` : ''}` };
    if (at > o.now + FUTURE_MS)
        return { since: null, why: `${name}'s check-in (${new Date(at).toISOString()}) is in the future` };
    return { since: { at, from: Number.isFinite(seen) && seen > (Number.isFinite(checkin) ? checkin : -Infinity) ? 'last-seen' : 'checkin' }, why: null };
}
const REMOTES = 'refs/remotes/';
/** One `git log` of `ref`; null when git cannot read it (no such ref). */
async function logOf(repo, ref, since) {
    const r = await repo.git.raw([
        '-c',
        'log.showSignature=false',
        'log',
        '-z',
        '--no-color',
        '--no-relative',
        '--no-ext-diff',
        '--no-renames',
        '--name-status',
        `--format=${FORMAT}`,
        ...(since === null ? [`--max-count=${RECENT_COMMITS}`] : [`--since=${new Date(since).toISOString()}`, `--max-count=${CATCH_UP_LIMIT + 1}`]),
        '--end-of-options',
        ref,
        '--'
    ]);
    return r.code === 0 ? parseCatchUpLog(r.stdout.toString('utf8')) : null;
}
/** The default branch's commits: <remote>/HEAD, else (a remote added by hand) its main or master. */
async function defaultBranchLog(repo, remote, since) {
    const head = `${REMOTES}${remote}/HEAD`;
    const first = await logOf(repo, head, since);
    if (first)
        return { ref: head, commits: first };
    const found = (await repo.git.tryOut(['for-each-ref', '--format=%(refname)', `${REMOTES}${remote}/main`, `${REMOTES}${remote}/master`]))?.split('\n') ?? [];
    const ref = ['main', 'master'].map((b) => `${REMOTES}${remote}/${b}`).find((b) => found.includes(b));
    const commits = ref ? await logOf(repo, ref, since) : null;
    return ref && commits ? { ref, commits } : null;
}
/** A blob read at a commit as the engine takes it: binary is unreadable, a link is followed once inside the repo. */
async function textAt(repo, rev, file, text) {
    if (text === null || text === undefined || text.slice(0, 8000).includes('\0'))
        return null;
    return (0,context/* followLinkAt */.JI)(repo, rev, file, text).catch(() => null);
}
/** What changed on the default branch since `o.agent` last checked in (see the top of this file). */
async function readCatchUp(repo, o) {
    const canonical = (0,context/* canonicalAgent */.wc)(o.agent, o.config);
    const names = [o.agent, canonical.name, ...canonical.aliases];
    const { since, why } = checkinOf(o, names);
    const log = await defaultBranchLog(repo, o.remote, since?.at ?? null);
    const tz = o.config.timezone;
    const base = {
        agent: canonical.name,
        names,
        since,
        why,
        mine: o.doc,
        config: o.config,
        known: o.known,
        files: o.files,
        timezone: tz,
        now: o.now
    };
    if (!log) {
        const missing = `no default branch to read (${REMOTES}${o.remote}/HEAD, main or master): git fetch ${o.remote}, then git remote set-head ${o.remote} --auto`;
        return catchUp({ ...base, why: [why, missing].filter(Boolean).join('; '), ref: null, commits: [], limit: CATCH_UP_LIMIT, claims: null, handoff: null });
    }
    const ref = log.ref.slice(REMOTES.length);
    const tip = log.commits[0]?.sha;
    const limit = since ? CATCH_UP_LIMIT : RECENT_COMMITS;
    // Nothing landed since the check-in, or only the agent's own commits: nothing to compare, no file to read.
    const before = since ? baseOf(log.commits) : undefined;
    if (tip === undefined || (since !== null && (before === undefined || !othersLanded(log.commits, names, o.config, o.known)))) {
        return catchUp({ ...base, ref, commits: log.commits, limit, claims: null, handoff: null });
    }
    const specs = since && before ? [`${before}:${o.files.claims}`, `${before}:${o.files.handoff}`] : [];
    specs.push(`${tip}:${o.files.claims}`, `${tip}:${o.files.handoff}`);
    const blobs = await repo.git.readMany(specs);
    const [claimsBefore, handoffBefore, claimsAfter, handoffAfter] = since && before ? blobs : [null, null, ...blobs];
    const at = (rev, file, text) => (rev ? textAt(repo, rev, file, text) : Promise.resolve(null));
    const [cb, hb, ca, ha] = await Promise.all([at(before, o.files.claims, claimsBefore), at(before, o.files.handoff, handoffBefore), at(tip, o.files.claims, claimsAfter), at(tip, o.files.handoff, handoffAfter)]);
    const doc = (text) => (0,claims/* parseClaims */.D)(text ?? '', { timezone: tz });
    return catchUp({
        ...base,
        ref,
        commits: log.commits,
        limit,
        claims: since ? { before: doc(cb), after: doc(ca) } : null,
        handoff: { before: hb, after: ha }
    });
}

// EXTERNAL MODULE: ./src/cli/git.ts
var git = __webpack_require__(6094);
// EXTERNAL MODULE: ./src/report/omitted.ts
var omitted = __webpack_require__(1824);
// EXTERNAL MODULE: ./src/engine/text.ts
var engine_text = __webpack_require__(1655);
// EXTERNAL MODULE: ./src/report/terminal/text.ts
var terminal_text = __webpack_require__(3976);
;// CONCATENATED MODULE: ./src/report/terminal/catchup.ts
// The terminal form of the catch-up that opens `ai-sync status` for a known agent: what landed since its check-in
// (commits by others, marking the files it claims), newer handoff notes, claims taken or released, new overrides.
// Compact (rows capped; the JSON has them all), and every name, subject, path and note is untrusted text: each is
// shown as one visible line (engine plain(): no control characters, no escape sequences, capped).



const COMMIT_ROWS = 8;
const FILES_PER_ROW = 5;
const NOTES = 3;
const CLAIM_ROWS = 8;
const p = (s, max = 120) => (0,engine_text/* plain */.pj)(s, max);
const plural = (n, one, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const list = (xs, max = 6) => (xs.length <= max ? xs.map((x) => p(x, 80)).join(', ') : `${xs.slice(0, max).map((x) => p(x, 80)).join(', ')} +${xs.length - max} more`);
/** Commits to show: those touching the agent's files first (all of them, up to the cap), then the newest others. */
function pick(rows) {
    const chosen = new Set([...rows.filter((r) => r.yours.length > 0), ...rows].slice(0, COMMIT_ROWS));
    return rows.filter((r) => chosen.has(r));
}
/** The catch-up block, or nothing when nothing changed; `fetched` says whether the branch was just fetched. */
function renderCatchUp(c, now, tz, colour, fetched) {
    if (c === null || isEmpty(c))
        return [];
    const paint = (0,terminal_text/* painter */.C2)(colour);
    const out = [];
    const where = c.ref ? ` on ${p(c.ref)}${fetched ? '' : ' (as of the last fetch)'}` : '';
    if (c.since === null)
        out.push(paint('bold', `Catching up ${p(c.agent, 80)}${where}`));
    else {
        const what = c.basis === 'last-seen' ? 'your last push seen by the action' : 'your check-in';
        out.push(paint('bold', `Since ${what} at ${(0,terminal_text/* displayTime */.Wk)(c.since, tz)} (${(0,terminal_text/* relative */.V8)(c.since, now)})${where}:`));
    }
    if (c.note)
        out.push(`  ${paint('dim', p(c.note, 300))}`);
    const work = c.commits.filter((r) => !r.bookkeeping);
    const yours = work.filter((r) => r.yours.length > 0).length;
    const books = c.commits.length - work.length;
    if (work.length > 0) {
        const touching = yours > 0 ? paint('yellow', `, ${yours} touching files you claim`) : '';
        out.push(`  ${plural(work.length, 'commit')} by others${touching}${c.truncated ? ' (and older ones not read)' : ''}:`);
        const shown = pick(work);
        for (const r of shown) {
            const mark = r.yours.length > 0 ? paint('yellow', '!') : ' ';
            out.push(`  ${mark} ${(0,terminal_text/* shortTime */.Mj)(r.at, tz)}  ${p(r.by, 40)}  ${r.sha.slice(0, 7)}  ${p(r.subject, 72)}${r.merge ? ' (merge)' : ''}`);
            const mine = new Set(r.yours);
            const files = [...r.yours, ...r.files.filter((f) => !mine.has(f))];
            if (files.length > 0) {
                const named = files.slice(0, FILES_PER_ROW).map((f) => (mine.has(f) ? paint('yellow', `${p(f, 100)} (yours)`) : p(f, 100)));
                out.push(`      ${named.join(', ')}${files.length > FILES_PER_ROW ? ` +${files.length - FILES_PER_ROW} more` : ''}`);
            }
        }
        if (work.length > shown.length)
            out.push(`    … ${work.length - shown.length} more (ai-sync status --json)`);
    }
    if (books > 0)
        out.push(`  ${plural(books, 'commit')} by others only updated the claims, status or handoff file${c.claims.length + c.handoff.length > 0 ? ' (below)' : ''}`);
    if (c.handoff.length > 0 || c.handoffChanged) {
        out.push(`  Handoff notes${c.since === null ? ' (newest)' : ' newer than that'}:`);
        for (const n of c.handoff.slice(0, NOTES)) {
            const first = n.lines.find((l) => l.trim() !== '' && !/^\*\*(module|task|files):\*\*/i.test(l.trim())) ?? '';
            out.push(`    ${p(n.heading, 100)}${first ? `: ${p(first.trim(), 100)}` : ''}`);
        }
        if (c.handoff.length > NOTES)
            out.push(`    … ${c.handoff.length - NOTES} more`);
        if (c.handoffChanged)
            out.push('    the handoff file changed without a new dated entry: read it');
    }
    if (c.claims.length > 0 || c.modules.length > 0) {
        out.push('  Claims:');
        for (const ch of c.claims.slice(0, CLAIM_ROWS)) {
            const parts = [];
            const took = [...ch.modulesTaken, ...ch.taken];
            const gave = [...ch.modulesReleased, ...ch.released];
            if (took.length > 0)
                parts.push(`took ${list(took)}`);
            if (gave.length > 0)
                parts.push(`released ${list(gave)}`);
            const task = took.length > 0 && ch.workingOn && !/^none$/i.test(ch.workingOn) ? ` (${p(ch.workingOn, 60)})` : '';
            out.push(`    ${p(ch.agent, 40)} ${parts.join('; ')}${task}`);
        }
        if (c.claims.length > CLAIM_ROWS)
            out.push(`    … ${c.claims.length - CLAIM_ROWS} more`);
        for (const m of c.modules.slice(0, CLAIM_ROWS))
            out.push(`    module ${p(m.module, 60)}: ${m.before ?? 'not listed'} → ${m.after ?? 'not listed'}`);
    }
    for (const o of c.overrides) {
        const over = o.yours ? paint('yellow', 'over your claim') : `over ${p(o.originalOwner ?? '?', 40)}`;
        out.push(`  Emergency override by ${p(o.by ?? 'someone', 40)} ${over}${o.module ? ` (${p(o.module, 60)})` : ''}${o.reason ? `: ${p(o.reason, 100)}` : ''} (line ${o.line})`);
    }
    out.push('');
    return out;
}

;// CONCATENATED MODULE: ./src/report/terminal/status.ts



const STATE_COLOUR = { active: 'red', caution: 'yellow', stale: 'dim', idle: 'green', uncertain: 'magenta' };
/** The status document as lines of text; `colour` says whether the stream takes colour. */
function renderStatus(s, now, colour) {
    const paint = (0,terminal_text/* painter */.C2)(colour);
    const tz = s.timezone;
    const out = renderCatchUp(s.catchUp, now, tz, colour, s.git.fetched);
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
        // A capped run listed only its first findings: the total counts every one, the rest are said by kind.
        const total = st.findings.length + (st.findingsOmitted?.count ?? 0);
        out.push(`  checked ${(0,terminal_text/* displayTime */.Wk)(st.lastUpdate, tz)} (${(0,terminal_text/* relative */.V8)(st.lastUpdate, now)}) on ${st.ref}: ${verdict}, ${total} finding${total === 1 ? '' : 's'}`);
        for (const f of st.findings.slice(0, 10))
            out.push(`    ${f.severity.padEnd(7)} ${f.kind}: ${f.message}`);
        if (st.findings.length > 10)
            out.push(`    … ${st.findings.length - 10} more (ai-sync status --json)`);
        if (st.findingsOmitted)
            out.push(`    … ${(0,omitted/* omittedText */.U)(st.findingsOmitted)}: ${(0,omitted/* omittedWhy */.V)(st.findings.length)}`);
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
            out.push(`  ${a.name}'s claim${on(a)}: ${(0,terminal_text/* claimWindow */.Xk)(a.state, a.activeUntil ?? null, a.staleAt, tz, now)} unless checked in again`);
    }
    return out;
}

// EXTERNAL MODULE: ./src/cli/output.ts
var output = __webpack_require__(6657);
;// CONCATENATED MODULE: ./src/cli/commands/status.ts
// ai-sync status: for a known agent (--agent, AI_SYNC_AGENT, install-hooks' git config) first what changed since its
// check-in, then the claims board (with the claims in flight on other branches), the module list, the last status
// written by the action, whether to pull, and the radar. Reads three small files; git: rev-parse, the upstream,
// ahead/behind, and the branches (cli/branches.ts: 4 processes however many) — 7 in all; the catch-up adds a log and,
// when something landed, a cat-file (cli/catchup.ts), and the git config lookup when no agent is given; never walks
// the work tree.















const status_iso = (ms) => new Date(ms).toISOString().replace('.000Z', 'Z');
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
    // Everything at once: two git questions (three when the agent is remembered in git config) and three small files.
    const [up, early, configText, claimsText, statusText, who] = await Promise.all([
        (0,git/* upstreamOf */.Fw)(repo),
        fetch ? Promise.resolve(null) : (0,git/* aheadBehind */.Kd)(repo),
        (0,context/* readWorking */.yy)(repo, (0,context/* rootPath */.wA)(repo, g.configFile)),
        (0,context/* readWorking */.yy)(repo, claimsFile),
        (0,context/* readWorking */.yy)(repo, (0,context/* rootPath */.wA)(repo, g.statusFile)),
        statusAgent(v, repo)
    ]);
    if (who.warning)
        warnings.push(who.warning);
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
    const doc = (0,claims/* parseClaims */.D)(claimsText ?? '', { timezone: tz });
    const { status, warning } = (0,read/* parseStatus */.i$)(statusText);
    if (warning)
        warnings.push(`${g.statusFile}: ${warning}`);
    const seen = (0,read/* lastSeenFrom */.IU)(status, t);
    for (const f of seen.future)
        warnings.push((0,read/* futureLastSeenWarning */.hV)(g.statusFile, f));
    const landed = (0,evaluate/* buildBoard */.Z)(doc, config, t, seen.lastSeen);
    const files = { claims: claimsFile, status: (0,context/* rootPath */.wA)(repo, g.statusFile), handoff: (0,context/* rootPath */.wA)(repo, g.handoffFile) };
    const [counts, branches, caught] = await Promise.all([
        fetch ? (0,git/* aheadBehind */.Kd)(repo) : Promise.resolve(early),
        (0,cli_branches/* readBranches */.Lr)(repo, { ...scope, claimsFile, max: config.radar.maxPullRequests, files: true }),
        who.agent === null
            ? Promise.resolve(null)
            : readCatchUp(repo, { agent: who.agent, board: landed, doc, remote: scope.remote, files, config, known: (0,identity/* agentNames */.QI)(config, doc.agents.map((a) => a.name)), now: t }).catch((e) => {
                // The board still answers when the history cannot be read; the reader is told what is missing.
                warnings.push(`catching ${who.agent} up failed: ${e.message}`);
                return null;
            })
    ]);
    const flying = (0,cli_branches/* branchClaims */.Ci)(branches, tz);
    const board = [...landed, ...(0,in_flight/* inFlightBoard */.y)(flying.flatMap((f) => f.sections), config, t, seen.lastSeen)];
    const modules = moduleRows(doc, config);
    // The radar, locally: the files this branch changes that other branches change too (the engine's rows).
    const agents = (0,identity/* agentNames */.QI)(config, [...doc.agents.map((a) => a.name), ...flying.flatMap((f) => f.sections.map((s) => s.name))]);
    const seenRadar = (0,radar/* radar */.D)({ inFlight: branches.input, claims: flying, changed: branches.mine ?? [], agent: null, config, agents, files });
    warnings.push(...seenRadar.findings.map((f) => f.message));
    const json = {
        version: 1,
        now: status_iso(t),
        timezone: tz,
        claimsFile,
        claimsFileExists: claimsText !== null,
        agents: board.map((b) => ({ ...b, ageHours: ageHours(b, t), activeUntil: b.staleAt ? status_iso((0,liveness/* activeUntil */.dm)(Date.parse(b.staleAt), config)) : null })),
        modules,
        overrides: doc.overrides.map((o) => ({
            line: o.line,
            by: o.by,
            module: o.module,
            originalOwner: o.originalOwner,
            reason: o.reason,
            date: o.date ? status_iso(o.date.start) : null
        })),
        lastStatus: status,
        catchUp: caught,
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
