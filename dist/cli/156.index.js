export const id = 156;
export const ids = [156];
export const modules = {

/***/ 156:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/engine/claims/reader.ts + 7 modules
var reader = __webpack_require__(5473);
// EXTERNAL MODULE: ./src/engine/edit/lines.ts + 1 modules
var edit_lines = __webpack_require__(7431);
// EXTERNAL MODULE: ./src/engine/names.ts
var names = __webpack_require__(7078);
;// CONCATENATED MODULE: ./src/engine/merge/blocks.ts
// A claims file cut into the pieces the merge works on, as the reader reads it: each agent's claim (section, table
// row, list line) keyed by the agent, each module list line keyed by its module, each emergency override keyed
// by its first line; every other line is a piece of its own. Pieces keep their exact text and terminators. Pure.



/** The keyed spans of a text (0-based, inclusive), first come first served where the reader's blocks overlap. */
function spans(text, lineCount) {
    const doc = (0,reader/* parseClaims */.D)(text);
    const wanted = [];
    for (const a of doc.agents)
        wanted.push({ start: a.line - 1, end: a.endLine - 1, key: `agent:${(0,names/* agentKey */.pS)(a.name)}` });
    for (const o of doc.overrides)
        wanted.push({ start: o.line - 1, end: o.endLine - 1, key: `override:${(o.lines[0] ?? '').trim().replace(/\s+/g, ' ')}` });
    for (const m of doc.modules)
        wanted.push({ start: m.line - 1, end: m.line - 1, key: `module:${m.module.trim().toLowerCase()}` });
    const taken = new Uint8Array(lineCount);
    const out = [];
    for (const s of wanted) {
        if (s.start < 0 || s.end < s.start || s.end >= lineCount)
            continue;
        let free = true;
        for (let i = s.start; i <= s.end && free; i++)
            free = taken[i] === 0;
        if (!free)
            continue;
        taken.fill(1, s.start, s.end + 1);
        out.push(s);
    }
    out.sort((x, y) => x.start - y.start);
    // A key seen again (a second list line for one module) is told apart by its rank: "module:x#2".
    const seen = new Map();
    for (const s of out) {
        const n = (seen.get(s.key) ?? 0) + 1;
        seen.set(s.key, n);
        if (n > 1)
            s.key = `${s.key}#${n}`;
    }
    return out;
}
/** Cuts a claims file into pieces. */
function cutClaims(text) {
    const lines = new edit_lines/* Lines */.qo(text).items;
    const raw = (i) => {
        const l = lines[i];
        return l ? l.text + l.eol : '';
    };
    const pieces = [];
    const blocks = new Map();
    let i = 0;
    for (const s of spans(text, lines.length)) {
        for (; i < s.start; i++)
            pieces.push({ id: `L${raw(i)}`, key: null, text: raw(i) });
        let body = '';
        for (; i <= s.end; i++)
            body += raw(i);
        pieces.push({ id: `K${s.key}`, key: s.key, text: body });
        blocks.set(s.key, body);
    }
    for (; i < lines.length; i++)
        pieces.push({ id: `L${raw(i)}`, key: null, text: raw(i) });
    return { pieces, blocks, bom: text.charCodeAt(0) === 0xfeff };
}

;// CONCATENATED MODULE: ./src/engine/merge/diff3.ts
// The sequence side of a 3-way merge: which items of two sequences match (a longest common subsequence, Myers'
// O(ND) algorithm) and the diff3 regions of base/ours/theirs built from two such matchings. Items are numbers
// (ids of lines or blocks, see merge/claims.ts); nothing here knows what they stand for. Pure.
/** Beyond this many differences between two sequences, their middle is taken as wholly changed (a conflict, never a guess). */
const MAX_DIFFERENCES = 2000;
/**
 * For each index of `a`, the index of `b` it is matched to in a longest common subsequence, or -1. The common
 * prefix and suffix are matched first; Myers' search runs on the middle only, up to `maxCost` differences.
 */
function matchSequences(a, b, maxCost = MAX_DIFFERENCES) {
    const match = new Int32Array(a.length).fill(-1);
    let s = 0;
    while (s < a.length && s < b.length && a[s] === b[s]) {
        match[s] = s;
        s++;
    }
    let ea = a.length;
    let eb = b.length;
    while (ea > s && eb > s && a[ea - 1] === b[eb - 1]) {
        ea--;
        eb--;
        match[ea] = eb;
    }
    const n = ea - s;
    const m = eb - s;
    if (n === 0 || m === 0)
        return match;
    const at = (i) => a[s + i];
    const bt = (j) => b[s + j];
    // v[k + offset]: the furthest x reached on diagonal k (y = x - k); trace[d] keeps v[-d..d] after step d.
    const offset = n + m;
    const v = new Int32Array(2 * offset + 2);
    const trace = [];
    const limit = Math.min(n + m, maxCost);
    for (let d = 0; d <= limit; d++) {
        for (let k = -d; k <= d; k += 2) {
            let x = k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1] : v[offset + k - 1] + 1;
            let y = x - k;
            while (x < n && y < m && at(x) === bt(y)) {
                x++;
                y++;
            }
            v[offset + k] = x;
            if (x >= n && y >= m) {
                trace.push(v.slice(offset - d, offset + d + 1));
                backtrack(trace, n, m, (i, j) => (match[s + i] = s + j));
                return match;
            }
        }
        trace.push(v.slice(offset - d, offset + d + 1));
    }
    return match; // too different: only the prefix and suffix match
}
/** Walks the trace back from (n, m), reporting every matched pair (diagonal moves). */
function backtrack(trace, n, m, pair) {
    let x = n;
    let y = m;
    for (let d = trace.length - 1; d > 0; d--) {
        const prev = trace[d - 1];
        const get = (k) => prev[k + d - 1];
        const k = x - y;
        const prevK = k === -d || (k !== d && get(k - 1) < get(k + 1)) ? k + 1 : k - 1;
        const prevX = get(prevK);
        const startX = prevK === k + 1 ? prevX : prevX + 1;
        while (x > startX && y > startX - k) {
            x--;
            y--;
            pair(x, y);
        }
        x = prevX;
        y = prevX - prevK;
    }
    while (x > 0 && y > 0) {
        x--;
        y--;
        pair(x, y);
    }
}
/** Numbers for strings, the same number for the same string: what diff3 compares. */
function interner() {
    const ids = new Map();
    return (s) => {
        let n = ids.get(s);
        if (n === undefined)
            ids.set(s, (n = ids.size));
        return n;
    };
}
/** The diff3 regions of three sequences: stable runs (matched in both) and the unstable hunks between them. */
function diff3(base, ours, theirs) {
    const mo = matchSequences(base, ours);
    const mt = matchSequences(base, theirs);
    const regions = [];
    let i = 0;
    let o = 0;
    let t = 0;
    for (;;) {
        const start = i;
        while (i < base.length && mo[i] === o && mt[i] === t) {
            i++;
            o++;
            t++;
        }
        if (i > start)
            regions.push({ stable: true, base: [start, i], ours: [o - (i - start), o], theirs: [t - (i - start), t] });
        if (i >= base.length && o >= ours.length && t >= theirs.length)
            return regions;
        let k = i;
        while (k < base.length && (mo[k] < 0 || mt[k] < 0))
            k++;
        const eo = k < base.length ? mo[k] : ours.length;
        const et = k < base.length ? mt[k] : theirs.length;
        regions.push({ stable: false, base: [i, k], ours: [o, eo], theirs: [t, et] });
        i = k;
        o = eo;
        t = et;
    }
}

// EXTERNAL MODULE: ./src/engine/claims/markdown.ts
var markdown = __webpack_require__(2753);
;// CONCATENATED MODULE: ./src/engine/merge/markers.ts
// Conflict markers as git writes them (`<<<<<<< ours` / `=======` / `>>>>>>> theirs`), for the merge drivers:
// a conflict is always shown with both sides, never resolved by picking one. Pure.
const ENDS_WITH_EOL = /(?:\r\n|\r|\n)$/;
/** `s` ending with a line terminator (`eol` added when it has none; '' stays ''). */
function withEol(s, eol) {
    return s === '' || ENDS_WITH_EOL.test(s) ? s : s + eol;
}
/** The file's own line terminator: the first one it uses, else `fallback`. */
function firstEol(texts, fallback = '\n') {
    for (const t of texts) {
        const m = /\r\n|\r|\n/.exec(t);
        if (m)
            return m[0];
    }
    return fallback;
}
/** A label on one line (git passes branch names; nothing may break the marker line). */
function oneLine(label, fallback) {
    const s = (label ?? '').replace(/[\r\n]+/g, ' ').trim();
    return s === '' ? fallback : s;
}
/** A conflict block holding both sides as written, each ending with a line terminator. */
function conflictBlock(ours, theirs, eol, labels = {}) {
    const size = Number.isInteger(labels.markerSize) && labels.markerSize > 0 ? Math.min(labels.markerSize, 100) : 7;
    return (`${'<'.repeat(size)} ${oneLine(labels.ours, 'ours')}${eol}` +
        withEol(ours, eol) +
        `${'='.repeat(size)}${eol}` +
        withEol(theirs, eol) +
        `${'>'.repeat(size)} ${oneLine(labels.theirs, 'theirs')}${eol}`);
}

;// CONCATENATED MODULE: ./src/engine/merge/claims.ts
// The 3-way merge of the claims file (the `ai-sync merge-driver claims` of git): agents' claims and module list
// lines are merged as blocks matched by agent and by module, so edits to different agents' sections and to
// different module lines merge even when they are adjacent; every other line merges as git would. A block changed
// on both sides in different ways, or deleted on one side and changed on the other, becomes a conflict block with
// both sides: a side is never picked silently. Pure.





/**
 * The usual 3-way rule on one block: unchanged on a side → the other side's; the same on both → that. Changed on
 * both: merged line by line as git would when the two changes touch lines apart, else a conflict.
 */
function fateOf(base, ours, theirs) {
    const pick = (v) => (v === undefined ? { kind: 'absent' } : { kind: 'text', text: v });
    if (ours === theirs)
        return pick(ours);
    if (base === ours)
        return pick(theirs);
    if (base === theirs)
        return pick(ours);
    const lines = base === undefined || ours === undefined || theirs === undefined ? null : mergeLines(base, ours, theirs);
    return lines === null ? { kind: 'conflict', ours: ours ?? '', theirs: theirs ?? '' } : { kind: 'text', text: lines };
}
/** A line-by-line 3-way merge, or null when a change on one side meets a change on the other (same or adjacent lines). */
function mergeLines(base, ours, theirs) {
    const split = (s) => new edit_lines/* Lines */.qo(s).items.map((l) => l.text + l.eol);
    const [b, o, t] = [split(base), split(ours), split(theirs)];
    const id = interner();
    let out = '';
    for (const r of diff3(b.map(id), o.map(id), t.map(id))) {
        const [bs, os, ts] = [b.slice(...r.base).join(''), o.slice(...r.ours).join(''), t.slice(...r.theirs).join('')];
        if (r.stable || os === ts || bs === ts)
            out += os;
        else if (bs === os)
            out += ts;
        else
            return null;
    }
    return out;
}
/** A blank line or a `---` rule: what separates blocks (and may come with a new one). */
const isSeparator = (line) => line.trim() === '' || (0,markdown/* isRule */.Nd)(line.replace(/[\r\n]+$/, ''));
const sameIds = (a, b) => a.length === b.length && a.every((p, i) => p.id === b[i]?.id);
class Merger {
    base;
    ours;
    theirs;
    eol;
    labels;
    parts = [];
    conflicts = 0;
    fates = new Map();
    /** Keys whose conflict block has been written (each is written once). */
    shown = new Set();
    constructor(base, ours, theirs, eol, labels) {
        this.base = base;
        this.ours = ours;
        this.theirs = theirs;
        this.eol = eol;
        this.labels = labels;
    }
    fate(key) {
        let f = this.fates.get(key);
        if (!f) {
            f = fateOf(this.base.blocks.get(key), this.ours.blocks.get(key), this.theirs.blocks.get(key));
            this.fates.set(key, f);
        }
        return f;
    }
    conflict(ours, theirs, key, side) {
        this.parts.push({ text: conflictBlock(ours, theirs, this.eol, this.labels), key, side, conflict: true });
        this.conflicts++;
    }
    /** A piece as merged: a plain line as it is, a block as its fate says. */
    piece(p, side) {
        if (p.key === null) {
            this.parts.push({ text: p.text, key: null, side, conflict: false });
            return;
        }
        const f = this.fate(p.key);
        if (f.kind === 'text')
            this.parts.push({ text: f.text, key: p.key, side, conflict: false });
        else if (f.kind === 'conflict' && !this.shown.has(p.key)) {
            this.shown.add(p.key);
            this.conflict(f.ours, f.theirs, p.key, side);
        }
    }
    /**
     * Blocks of `dropped` (the base's pieces a side replaced) that this side deleted while the other side changed
     * them: a delete/modify conflict, shown where the block was.
     */
    deleted(dropped, by) {
        for (const p of dropped) {
            if (p.key === null || by.blocks.has(p.key))
                continue;
            this.piece(p, 'both');
        }
    }
    region(r) {
        const b = this.base.pieces.slice(r.base[0], r.base[1]);
        const o = this.ours.pieces.slice(r.ours[0], r.ours[1]);
        const t = this.theirs.pieces.slice(r.theirs[0], r.theirs[1]);
        if (r.stable) {
            for (const p of b)
                this.piece(p, 'both');
            return;
        }
        if (sameIds(o, t)) {
            for (const p of o)
                this.piece(p, 'both');
            return;
        }
        if (sameIds(b, o) || sameIds(b, t)) {
            const [side, taken, by] = sameIds(b, o) ? ['theirs', t, this.theirs] : ['ours', o, this.ours];
            this.deleted(b, by);
            for (const p of taken)
                this.piece(p, side);
            return;
        }
        if (this.byKeys(b, o, t))
            return;
        // Changed differently on both sides: both as written.
        const text = (ps) => ps.map((p) => withEol(p.text, this.eol)).join('');
        for (const p of [...o, ...t])
            if (p.key !== null)
                this.shown.add(p.key);
        this.conflict(text(o), text(t), null, 'both');
    }
    /**
     * A hunk both sides changed, merged by block keys when its blocks say it all: blocks the two sides added at
     * the same place (two new agent sections) are both kept, ours first; a block stays where both sides kept it
     * and goes where either side took it away (moved to another group, deleted). Other lines take part only as
     * blank lines and rules around new blocks where nothing was before. False when that does not apply.
     */
    byKeys(b, o, t) {
        const keyed = (ps) => ps.every((p) => p.key !== null);
        const separated = (ps) => ps.some((p) => p.key !== null) && ps.every((p) => p.key !== null || isSeparator(p.text));
        if (!(b.length === 0 ? separated(o) && separated(t) : keyed(b) && keyed(o) && keyed(t)))
            return false;
        const inBase = new Set(b.map((p) => p.id));
        const has = (ps) => new Set(ps.map((p) => p.id));
        const [inO, inT] = [has(o), has(t)];
        const anchors = b.filter((p) => inO.has(p.id) && inT.has(p.id));
        const isAnchor = new Set(anchors.map((p) => p.id));
        const added = (ps) => {
            const segments = [[]];
            for (const p of ps) {
                if (isAnchor.has(p.id))
                    segments.push([]);
                else if (!inBase.has(p.id))
                    segments[segments.length - 1].push(p);
            }
            return segments;
        };
        const order = (ps) => ps.flatMap((p) => (isAnchor.has(p.id) ? [p.id] : [])).join('\0');
        const [ao, at] = [added(o), added(t)];
        const addedKeys = (segs) => segs.flat().flatMap((p) => (p.key === null ? [] : [p.key]));
        const theirsAdded = new Set(addedKeys(at));
        if (order(o) !== order(anchors) || order(t) !== order(anchors) || addedKeys(ao).some((k) => theirsAdded.has(k)))
            return false;
        this.deleted(b, this.ours);
        this.deleted(b, this.theirs);
        anchors.forEach((anchor, i) => {
            for (const p of ao[i])
                this.piece(p, 'ours');
            for (const p of at[i])
                this.piece(p, 'theirs');
            this.piece(anchor, 'both');
        });
        for (const p of ao[anchors.length])
            this.piece(p, 'ours');
        for (const p of at[anchors.length])
            this.piece(p, 'theirs');
        return true;
    }
    /** Conflicting blocks that no region showed (a side moved a block the other deleted): shown at the end. */
    leftovers() {
        const keys = new Set([...this.base.blocks.keys(), ...this.ours.blocks.keys(), ...this.theirs.blocks.keys()]);
        const placed = new Set(this.parts.flatMap((p) => (p.key === null ? [] : [p.key])));
        for (const k of keys) {
            const f = this.fate(k);
            if (f.kind === 'conflict' && !this.shown.has(k) && !placed.has(k)) {
                this.shown.add(k);
                this.conflict(f.ours, f.theirs, k, 'both');
            }
        }
    }
    /** A block placed twice (each side moved it to another place): each place becomes a conflict. */
    placedTwice() {
        const count = new Map();
        for (const p of this.parts)
            if (p.key !== null && !p.conflict)
                count.set(p.key, (count.get(p.key) ?? 0) + 1);
        for (let i = 0; i < this.parts.length; i++) {
            const p = this.parts[i];
            if (p.key === null || p.conflict || (count.get(p.key) ?? 0) < 2)
                continue;
            const side = p.side === 'theirs' ? this.theirs : this.ours;
            const text = side.blocks.get(p.key) ?? p.text;
            const block = p.side === 'theirs' ? conflictBlock('', text, this.eol, this.labels) : conflictBlock(text, '', this.eol, this.labels);
            this.parts[i] = { text: block, key: p.key, side: p.side, conflict: true };
            this.conflicts++;
        }
    }
    text() {
        const n = this.parts.length;
        let out = '';
        for (let i = 0; i < n; i++) {
            const t = this.parts[i].text;
            out += i < n - 1 ? withEol(t, this.eol) : t;
        }
        return out;
    }
}
/**
 * Merges three versions of the claims file (the common ancestor, ours, theirs). Clean when every change is on one
 * side only or the same on both; otherwise the result holds git-style conflict blocks, counted in `conflicts`.
 * Everything not changed is kept byte for byte, line endings (CRLF) and a byte order mark included.
 */
function mergeClaims(base, ours, theirs, labels = {}) {
    if (ours === theirs || base === theirs)
        return { text: ours, conflicts: 0 };
    if (base === ours)
        return { text: theirs, conflicts: 0 };
    const cuts = [cutClaims(base), cutClaims(ours), cutClaims(theirs)];
    const id = interner();
    const idsOf = (c) => c.pieces.map((p) => id(p.id));
    const eol = firstEol([ours, theirs, base]);
    const m = new Merger(cuts[0], cuts[1], cuts[2], eol, labels);
    for (const r of diff3(idsOf(cuts[0]), idsOf(cuts[1]), idsOf(cuts[2])))
        m.region(r);
    m.leftovers();
    m.placedTwice();
    // A byte order mark added or dropped on one side only follows that side.
    const keepBom = cuts[0].bom === cuts[1].bom ? cuts[2].bom : cuts[1].bom;
    return { text: (keepBom ? '\uFEFF' : '') + m.text(), conflicts: m.conflicts };
}

// EXTERNAL MODULE: ./src/engine/status/read.ts + 2 modules
var read = __webpack_require__(4749);
;// CONCATENATED MODULE: ./src/engine/merge/status.ts
// The 3-way merge of AI_SYNC_STATUS.json (the `ai-sync merge-driver status` of git): the status file is one
// snapshot written by the action, so the merge keeps the newer one (by lastUpdate; ours on a tie), as written. A
// side that cannot be read as a status file is a conflict: the result holds both sides between markers. Pure.


/** Epoch ms of a status text's lastUpdate, or why there is none. */
function stamp(text) {
    const { status, warning } = (0,read/* parseStatus */.i$)(text);
    if (!status)
        return { problem: (warning ?? 'not a status file').replace(/^previous status ignored: /, '') };
    const at = Date.parse(status.lastUpdate);
    return Number.isFinite(at) ? { at, iso: status.lastUpdate } : { problem: `lastUpdate ${JSON.stringify(status.lastUpdate)} is not a time` };
}
/** Merges three versions of the status file: the newer lastUpdate wins; a side changed alone wins as usual. */
function mergeStatus(base, ours, theirs, labels = {}) {
    if (ours === theirs || base === theirs)
        return { text: ours, conflicts: 0, kept: 'ours', note: 'only ours changed it' };
    if (base === ours)
        return { text: theirs, conflicts: 0, kept: 'theirs', note: 'only theirs changed it' };
    const o = stamp(ours);
    const t = stamp(theirs);
    if ('problem' in o || 'problem' in t) {
        const problems = [...('problem' in o ? [`ours: ${o.problem}`] : []), ...('problem' in t ? [`theirs: ${t.problem}`] : [])];
        return {
            text: conflictBlock(ours, theirs, firstEol([ours, theirs]), labels),
            conflicts: 1,
            kept: 'conflict',
            note: `cannot tell which status is newer (${problems.join('; ')}); both are kept between conflict markers`
        };
    }
    if (t.at > o.at)
        return { text: theirs, conflicts: 0, kept: 'theirs', note: `theirs is newer (${t.iso} > ${o.iso})` };
    return { text: ours, conflicts: 0, kept: 'ours', note: t.at === o.at ? `same lastUpdate (${o.iso}): ours kept` : `ours is newer (${o.iso} > ${t.iso})` };
}

// EXTERNAL MODULE: ./src/cli/context.ts + 1 modules
var context = __webpack_require__(2995);
// EXTERNAL MODULE: ./src/cli/errors.ts
var errors = __webpack_require__(6675);
// EXTERNAL MODULE: ./src/cli/git.ts
var git = __webpack_require__(6094);
;// CONCATENATED MODULE: ./src/cli/commands/merge-driver.ts
// ai-sync merge-driver claims|status %O %A %B [%L] [%P] [%X %Y]: git's merge driver protocol. Reads the common
// ancestor (%O), ours (%A) and theirs (%B), writes the merge into %A (a temporary file beside it, then a rename),
// exits 0 when clean and 1 when conflict markers remain. Registered by install-hooks (merge-setup.ts).








const KINDS = ['claims', 'status'];
/** A placeholder this git does not know (older than 2.44 passes `%X` as it is) counts as not given. */
const given = (s) => (s === undefined || s === '' || /^%[A-Za-z]$/.test(s) ? undefined : s);
function markerSize(s) {
    const x = given(s);
    if (x === undefined)
        return 7;
    if (!/^\d{1,3}$/.test(x) || Number(x) < 1)
        throw (0,errors/* usage */.CI)(`merge-driver: the marker size (%L) must be a positive number, not ${JSON.stringify(x)}`);
    return Number(x);
}
/** The text of a buffer, or null when it is not UTF-8 (decoding would change its bytes). */
function utf8(buf) {
    const s = buf.toString('utf8');
    return Buffer.from(s, 'utf8').equals(buf) ? s : null;
}
/** Replaces `file` atomically: a temporary file in the same directory, renamed over it (its mode kept). */
async function replace(file, text) {
    const tmp = external_node_path_default().join(external_node_path_default().dirname(file), `.${external_node_path_default().basename(file)}.ai-sync-${process.pid}-${(0,external_node_crypto_.randomBytes)(4).toString('hex')}`);
    try {
        await (0,promises_.writeFile)(tmp, text, { flag: 'wx' });
        await (0,promises_.chmod)(tmp, (await (0,promises_.stat)(file)).mode & 0o777);
        await (0,promises_.rename)(tmp, file);
    }
    catch (e) {
        await (0,promises_.rm)(tmp, { force: true });
        throw (0,errors/* usage */.CI)(`merge-driver: cannot write ${file}: ${e.message}`);
    }
}
async function load(file) {
    try {
        return await (0,promises_.readFile)(file);
    }
    catch (e) {
        throw (0,errors/* usage */.CI)(`merge-driver: cannot read ${file}: ${e.message}`);
    }
}
/** Not UTF-8 text: git's own line merge (`git merge-file`), which writes into ours. */
async function plainMerge(cwd, files, labels) {
    const [o, a, b] = files;
    const args = ['merge-file', `--marker-size=${labels.markerSize ?? 7}`, '-L', labels.ours ?? 'ours', '-L', 'base', '-L', labels.theirs ?? 'theirs', a, o, b];
    const r = await (0,git/* run */.eF)(cwd, 'git', args);
    return r.code === 0 ? errors/* EXIT */.dc.ok : 1;
}
async function run(inv) {
    const [kind, o, a, b, size, pathname, labelOurs, labelTheirs] = inv.positionals;
    if (!KINDS.includes(kind) || o === undefined || a === undefined || b === undefined || inv.positionals.length > 8) {
        throw (0,errors/* usage */.CI)('usage: ai-sync merge-driver claims|status BASE OURS THEIRS [MARKER-SIZE] [PATH] [OURS-LABEL THEIRS-LABEL] (see ai-sync merge-driver --help)');
    }
    const cwd = (0,context/* globals */.zQ)(inv.values).cwd;
    const files = [o, a, b].map((f) => external_node_path_default().resolve(cwd, f));
    const labels = { ours: given(labelOurs), theirs: given(labelTheirs), markerSize: markerSize(size) };
    const shown = given(pathname) ?? (kind === 'claims' ? 'the claims file' : 'the status file');
    const [baseBuf, oursBuf, theirsBuf] = (await Promise.all(files.map(load)));
    // Trivial merges keep the bytes as they are.
    if (oursBuf.equals(theirsBuf) || baseBuf.equals(theirsBuf))
        return errors/* EXIT */.dc.ok;
    if (baseBuf.equals(oursBuf)) {
        await replace(files[1], theirsBuf);
        return errors/* EXIT */.dc.ok;
    }
    const texts = [utf8(baseBuf), utf8(oursBuf), utf8(theirsBuf)];
    if (texts.some((t) => t === null))
        return plainMerge(cwd, files, labels);
    const [base, ours, theirs] = texts;
    const result = kind === 'claims' ? mergeClaims(base, ours, theirs, labels) : mergeStatus(base, ours, theirs, labels);
    await replace(files[1], result.text);
    if (result.conflicts === 0)
        return errors/* EXIT */.dc.ok;
    const why = 'note' in result ? `: ${result.note}` : '';
    process.stderr.write(`ai-sync merge-driver: ${shown}: ${result.conflicts} conflict${result.conflicts === 1 ? '' : 's'} left between markers${why}\n`);
    return 1;
}


/***/ }),

/***/ 7431:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  F: () => (/* binding */ EditError),
  qo: () => (/* binding */ Lines),
  YW: () => (/* binding */ Page),
  _j: () => (/* binding */ indentOf)
});

// EXTERNAL MODULE: ./src/engine/claims/markdown.ts
var markdown = __webpack_require__(2753);
// EXTERNAL MODULE: ./src/engine/claims/reader.ts + 7 modules
var reader = __webpack_require__(5473);
// EXTERNAL MODULE: ./src/engine/claims/sections.ts
var sections = __webpack_require__(5536);
;// CONCATENATED MODULE: ./src/engine/claims/line-map.ts
// The line map: what the reader sees on each line of a markdown file (blank, hidden, heading, rule, field, list
// item, text) and which lines it read as a files list. Built by the reader's own functions, so the claims editor
// rewrites exactly the lines the reader reads and never parses markdown with rules of its own.



/**
 * The reader's offsets are into the line's data, which is the line itself unless an HTML comment was cut out of
 * it. Where the data is the start or the end of the line they still hold (shifted); otherwise they are unknown.
 */
function shiftOf(raw, data) {
    if (raw.startsWith(data))
        return 0;
    if (raw.endsWith(data))
        return raw.length - data.length;
    return null;
}
/** Each line of the prepared text as the reader sees it; `filesOf` from a reading (readClaims). */
function mapLines(prepared, filesOf = new Map()) {
    const { raw, data } = prepared;
    return raw.map((line, i) => {
        const d = data[i] ?? '';
        const out = { kind: 'text', heading: null, item: null, field: null, contentAt: -1, valueAt: -1, filesOf: filesOf.get(i) ?? 0 };
        if (d.trim() === '') {
            out.kind = line.trim() === '' ? 'blank' : 'hidden';
            return out;
        }
        out.heading = (0,markdown/* parseHeading */.kY)(d);
        if (out.heading) {
            out.kind = 'heading';
            return out;
        }
        const item = (0,markdown/* parseListItem */.VB)(d);
        // A line the reader took into a files list is an item of it (or a bare path), even when it looks like a rule
        // ("* **", the claim "**") or a field ("- **src/a.ts**: note").
        if (out.filesOf === 0 && (0,markdown/* isRule */.Nd)(d)) {
            out.kind = 'rule';
            return out;
        }
        const field = out.filesOf === 0 ? (0,markdown/* parseField */.cn)(item ? item.text : d, sections/* AGENT_PLAIN_LABELS */.xi) : null;
        out.item = item;
        out.field = field;
        out.kind = field ? 'field' : item ? 'item' : 'text';
        const shift = shiftOf(line, d);
        if (shift !== null) {
            if (item)
                out.contentAt = shift + item.contentAt;
            if (field)
                out.valueAt = shift + (item ? item.textAt : 0) + field.at;
        }
        return out;
    });
}
/** The line map of a claims file, with the files lists the reader read. */
function readLineMap(text) {
    const r = (0,reader/* readClaims */.I)(text);
    return mapLines(r.prepared, r.filesOf);
}
/** The line map of any markdown text (no claims reading: no files lists). */
function lineMap(text) {
    return mapLines((0,markdown/* prepare */.iA)(text, new markdown/* Diagnostics */.rE()));
}

;// CONCATENATED MODULE: ./src/engine/edit/lines.ts
// The file being edited: its lines with their own terminators (a BOM and the final newline state too), and the
// reader's line map of it (claims/line-map.ts), which says where headings, rules, fields and list items are.
// EditError for what cannot be edited.

class EditError extends Error {
    constructor(message) {
        super(message);
        this.name = 'EditError';
    }
}
class Lines {
    items;
    eol;
    /** Did the original text end with a line terminator (or was it empty)? */
    trailing;
    /** A byte order mark, kept aside so line texts (and the reader's offsets into them) start at the content. */
    bom;
    constructor(source) {
        this.bom = source.charCodeAt(0) === 0xfeff ? '\uFEFF' : '';
        const text = source.slice(this.bom.length);
        const items = [];
        const re = /\r\n|\r|\n/g;
        let pos = 0;
        const counts = { crlf: 0, lf: 0, cr: 0 };
        for (let m = re.exec(text); m !== null; m = re.exec(text)) {
            items.push({ text: text.slice(pos, m.index), eol: m[0] });
            if (m[0] === '\r\n')
                counts.crlf++;
            else if (m[0] === '\n')
                counts.lf++;
            else
                counts.cr++;
            pos = m.index + m[0].length;
        }
        if (pos < text.length)
            items.push({ text: text.slice(pos), eol: '' });
        this.items = items;
        this.trailing = text.length === 0 || pos === text.length;
        this.eol = counts.crlf > counts.lf && counts.crlf >= counts.cr ? '\r\n' : counts.cr > counts.lf && counts.cr > counts.crlf ? '\r' : '\n';
    }
    get length() {
        return this.items.length;
    }
    /** Text of the 0-based line i ('' past the end). */
    at(i) {
        return this.items[i]?.text ?? '';
    }
    set(i, text) {
        const item = this.items[i];
        if (!item)
            throw new EditError(`line ${i + 1} does not exist`);
        item.text = text;
    }
    /** Inserts lines before 0-based index i (i === length appends). */
    insert(i, texts) {
        this.splice(i, 0, texts);
    }
    /** Replaces lines; replacement lines take over the terminators of the lines they replace, extra ones get the dominant one. */
    splice(start, deleteCount, texts) {
        const old = this.items.slice(start, start + deleteCount);
        this.items.splice(start, deleteCount, ...texts.map((text, j) => ({ text, eol: old[j]?.eol ?? this.eol })));
    }
    toString() {
        const n = this.items.length;
        let out = this.bom;
        for (let i = 0; i < n; i++) {
            const item = this.items[i];
            let eol = item.eol;
            if (i < n - 1 && eol === '')
                eol = this.eol;
            if (i === n - 1)
                eol = this.trailing ? eol || this.eol : '';
            out += item.text + eol;
        }
        return out;
    }
}
/**
 * The lines to edit and the reader's map of them. The map describes the text as it was read: take every position
 * from it before the first edit (the edits then go bottom-up or at one place).
 */
class Page {
    lines;
    map;
    /** Headings the reader sees (none inside code fences or comments). */
    headings;
    constructor(text, map) {
        this.lines = new Lines(text);
        this.map = map;
        this.headings = map.flatMap((m, index) => (m.heading ? [{ index, ...m.heading }] : []));
    }
    /** A claims file: the map knows its files lists. */
    static claims(text) {
        return new Page(text, readLineMap(text));
    }
    /** Any other markdown file (the handoff notes). */
    static markdown(text) {
        return new Page(text, lineMap(text));
    }
    kind(i) {
        return this.map[i]?.kind ?? 'blank';
    }
    isBlank(i) {
        return this.kind(i) === 'blank';
    }
    /** Is the whole file blank (or empty)? */
    isEmpty() {
        return this.map.every((m) => m.kind === 'blank');
    }
    /** 0-based last line of a heading's block: before the next heading of the same or a higher level, or a rule. */
    blockEnd(h) {
        const next = this.headings.find((o) => o.index > h.index && o.level <= h.level);
        const end = next ? next.index - 1 : this.lines.length - 1;
        for (let j = h.index + 1; j <= end; j++)
            if (this.kind(j) === 'rule')
                return j - 1;
        return end;
    }
    /** The last non-blank line at or before `i` (not before `floor`). */
    lastContent(i, floor = 0) {
        let e = i;
        while (e > floor && this.isBlank(e))
            e--;
        return e;
    }
    /** 0-based index just after the last non-blank line of the file (0 when it is all blank). */
    contentEnd() {
        let end = this.lines.length;
        while (end > 0 && this.isBlank(end - 1))
            end--;
        return end;
    }
}
/** Leading spaces and tabs of a line. */
function indentOf(line) {
    return line.slice(0, line.length - line.trimStart().length);
}


/***/ })

};
