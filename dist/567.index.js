export const id = 567;
export const ids = [567];
export const modules = {

/***/ 4400:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ancestry: () => (/* binding */ ancestry),
/* harmony export */   writeStatus: () => (/* binding */ writeStatus)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(122);
/* harmony import */ var _engine_judge_liveness_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6261);
/* harmony import */ var _report_notified_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3924);
/* harmony import */ var _report_status_file_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1585);
/* harmony import */ var _engine_status_read_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6037);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6136);
/* harmony import */ var _snapshot_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9294);
// Commits AI_SYNC_STATUS.json through the contents API (no checkout). Blob-SHA concurrency makes every write
// a compare-and-swap: a write that lost a race re-reads and retries; a run for an older push never
// overwrites a status written for a newer one; a change of nothing but `lastUpdate` is not committed.







const wait = (ms) => new Promise((r) => setTimeout(r, ms));
/**
 * A commit named by the previous status file, for a log line. The file is repository content: anything but a SHA is
 * quoted (JSON escapes), so a "SHA" like "\n::error::x" cannot start a workflow command of its own in the log.
 */
function shortSha(sha) {
    return /^[0-9a-f]{7,64}$/i.test(sha) ? sha.slice(0, 12) : JSON.stringify(sha.slice(0, 40));
}
/** Is the status already on the branch newer than ours? Decided by reference time, then by ancestry. */
async function newerThanOurs(prev, next, isAncestor, clock) {
    const theirs = Date.parse(prev.lastUpdate);
    const ours = Date.parse(next.lastUpdate);
    if (!Number.isFinite(theirs))
        return false;
    // No run has written a lastUpdate from the future: a hand-pushed "2099" would otherwise freeze the file until then.
    if (theirs > clock + _engine_judge_liveness_js__WEBPACK_IMPORTED_MODULE_1__/* .FUTURE_TOLERANCE_MS */ .Pk)
        return false;
    if (theirs > ours)
        return true;
    if (theirs < ours)
        return false;
    if (prev.lastCommit === next.lastCommit)
        return false;
    // Same second: the push whose head contains the other's head is the newer one.
    return isAncestor(next.lastCommit, prev.lastCommit);
}
/** Is `ours` an ancestor of (or the same commit as) `theirs`? One compare request. */
function ancestry(api, repo) {
    return async (ours, theirs) => {
        const res = await api.request('GET /repos/{owner}/{repo}/compare/{basehead}', { owner: repo.owner, repo: repo.repo, basehead: `${ours}...${theirs}`, per_page: 1 });
        return res.data.status === 'ahead' || res.data.status === 'identical';
    };
}
async function writeStatus(api, repo, w) {
    const maxAttempts = w.maxAttempts ?? 6;
    const sleep = w.sleep ?? wait;
    let current = w.current;
    for (let attempt = 1; attempt <= maxAttempts; attempt++) {
        if (current === undefined)
            current = await (0,_snapshot_js__WEBPACK_IMPORTED_MODULE_5__/* .readForUpdate */ .Xt)(api, repo, w.path, w.branch);
        const prev = current ? (0,_engine_status_read_js__WEBPACK_IMPORTED_MODULE_3__/* .parseStatus */ .i$)(current.text).status : null;
        // What another run notified since our read stays recorded (a no-op on the first attempt: w.next holds it).
        const next = prev?.notified ? { ...w.next, notified: (0,_report_notified_js__WEBPACK_IMPORTED_MODULE_2__.mergeNotified)(prev.notified, w.next.notified ?? []) } : w.next;
        if (prev && (await newerThanOurs(prev, next, w.isAncestor, (w.clock ?? Date.now)()))) {
            return { written: false, reason: `a newer push (${shortSha(prev.lastCommit)}) already wrote ${w.path}`, warning: false, attempts: attempt };
        }
        if (prev && !(0,_report_status_file_js__WEBPACK_IMPORTED_MODULE_6__.statusChanged)(prev, next)) {
            return { written: false, reason: `${w.path} is already up to date`, warning: false, attempts: attempt };
        }
        try {
            const res = await api.request('PUT /repos/{owner}/{repo}/contents/{path}', {
                ...repo,
                path: w.path,
                branch: w.branch,
                message: w.message,
                content: Buffer.from((0,_report_status_file_js__WEBPACK_IMPORTED_MODULE_6__.serializeStatus)(next), 'utf8').toString('base64'),
                committer: w.committer,
                author: w.committer,
                ...(current ? { sha: current.oid } : {})
            });
            return { written: true, sha: res.data.commit.sha ?? '', attempts: attempt };
        }
        catch (error) {
            const status = (0,_client_js__WEBPACK_IMPORTED_MODULE_4__/* .statusOf */ .c2)(error);
            const message = error.message ?? '';
            if ((status === 409 || status === 422) && !/protected|rule/i.test(message)) {
                // Lost a race (another run or push moved the file or the branch): re-read, then try again.
                _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .debug */ .Yz(`status write attempt ${attempt} lost a race (HTTP ${status}); retrying`);
                current = undefined;
                await sleep(Math.round(200 * 2 ** (attempt - 1) * (0.5 + Math.random())));
                continue;
            }
            if (status === 403 || status === 404 || status === 409 || status === 422) {
                const why = status === 403
                    ? 'the token may not write contents: grant `permissions: contents: write`'
                    : status === 404
                        ? `branch ${w.branch} or the repository is not writable by this token`
                        : 'the branch is protected or a repository rule rejected the commit';
                return { written: false, reason: `could not commit ${w.path} (HTTP ${status}): ${why}`, warning: true, attempts: attempt };
            }
            throw error;
        }
    }
    return { written: false, reason: `could not commit ${w.path}: lost the race ${maxAttempts} times to other writers`, warning: true, attempts: maxAttempts };
}


/***/ }),

/***/ 3439:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   isStatusBranch: () => (/* binding */ isStatusBranch)
/* harmony export */ });
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_0__);
// Which branches get AI_SYNC_STATUS.json commits: the listed ones (globs allowed), else the default branch.

function isStatusBranch(branch, listed, defaultBranch) {
    if (listed.length === 0)
        return defaultBranch !== null && branch === defaultBranch;
    return listed.some((pattern) => pattern === branch || picomatch__WEBPACK_IMPORTED_MODULE_0___default().isMatch(branch, pattern, { dot: true }));
}


/***/ }),

/***/ 3924:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NOTIFIED_STATE_MAX: () => (/* binding */ NOTIFIED_STATE_MAX),
/* harmony export */   distinctNotices: () => (/* binding */ distinctNotices),
/* harmony export */   fnv1a64: () => (/* binding */ fnv1a64),
/* harmony export */   isRecorded: () => (/* binding */ isRecorded),
/* harmony export */   mergeHashes: () => (/* binding */ mergeHashes),
/* harmony export */   mergeNotified: () => (/* binding */ mergeNotified),
/* harmony export */   noticeHash: () => (/* binding */ noticeHash),
/* harmony export */   noticeIdentity: () => (/* binding */ noticeIdentity),
/* harmony export */   notifiedEntry: () => (/* binding */ notifiedEntry),
/* harmony export */   notifiedStateLine: () => (/* binding */ notifiedStateLine),
/* harmony export */   readNotifiedState: () => (/* binding */ readNotifiedState)
/* harmony export */ });
/* harmony import */ var _engine_names_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7078);
/* harmony import */ var _engine_status_schema_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4546);


/**
 * The identity of a notice: kind, file, the agent that changed it and the holder of the claim (names compared as
 * agents are: case and a role in parentheses do not matter), and, for a claim or change written on another pull
 * request or branch, where it is written — the same file overlapping a second pull request is news.
 */
function noticeIdentity(f) {
    const where = f.pullRequest !== undefined ? `#${f.pullRequest}` : (f.branch ?? '');
    return JSON.stringify([f.kind, f.file, f.agent === null ? null : (0,_engine_names_js__WEBPACK_IMPORTED_MODULE_0__/* .agentKey */ .pS)(f.agent), f.claimedBy === null ? null : (0,_engine_names_js__WEBPACK_IMPORTED_MODULE_0__/* .agentKey */ .pS)(f.claimedBy), where]);
}
/** 64-bit FNV-1a of the UTF-16 code units, as 16 hex digits: a short, fixed-size stand-in for an identity. */
function fnv1a64(s) {
    let h = 0xcbf29ce484222325n;
    for (let i = 0; i < s.length; i++) {
        h ^= BigInt(s.charCodeAt(i));
        h = (h * 0x100000001b3n) & 0xffffffffffffffffn;
    }
    return h.toString(16).padStart(16, '0');
}
const noticeHash = (f) => fnv1a64(noticeIdentity(f));
/** Findings with the same identity once each (the first kept). */
function distinctNotices(findings) {
    const seen = new Set();
    return findings.filter((f) => {
        const id = noticeIdentity(f);
        if (seen.has(id))
            return false;
        seen.add(id);
        return true;
    });
}
// ---------------------------------------------------------------------------------------------------------------
// The pull request's record: the sticky comment's last line
/** How many notices a pull request's comment remembers (16 hex digits each: about 3.6 kB at most). */
const NOTIFIED_STATE_MAX = 200;
const STATE_OPEN = '<!-- ai-sync:notified ';
const STATE_CLOSE = ' -->';
const HASH = /^[0-9a-f]{16}$/;
/** Unique hashes, newest last, at most NOTIFIED_STATE_MAX; anything that is not a hash is dropped. */
function mergeHashes(previous, added) {
    const out = [...new Set([...previous, ...added].filter((h) => HASH.test(h)))];
    return out.slice(-NOTIFIED_STATE_MAX);
}
/**
 * The hidden state line: an HTML comment holding a JSON array of hex hashes. Nothing but `[0-9a-f",]` goes between
 * the delimiters, so no value can close the comment early; empty when there is nothing to remember.
 */
function notifiedStateLine(hashes) {
    const kept = mergeHashes([], hashes);
    return kept.length === 0 ? '' : `${STATE_OPEN}${JSON.stringify(kept)}${STATE_CLOSE}`;
}
/**
 * The hashes a comment body remembers. Only its LAST line is read: every other line may hold untrusted text (a file
 * name in a code span can spell out a state line), while the last line is always the one the renderer wrote.
 */
function readNotifiedState(body) {
    if (typeof body !== 'string')
        return [];
    const lines = body.trimEnd().split('\n');
    const last = (lines[lines.length - 1] ?? '').trim();
    if (!last.startsWith(STATE_OPEN) || !last.endsWith(STATE_CLOSE))
        return [];
    try {
        const data = JSON.parse(last.slice(STATE_OPEN.length, last.length - STATE_CLOSE.length));
        return Array.isArray(data) ? mergeHashes([], data.filter((h) => typeof h === 'string')) : [];
    }
    catch {
        return [];
    }
}
// ---------------------------------------------------------------------------------------------------------------
// A status branch's record: AI_SYNC_STATUS.json's `notified`
/** The status file's entry for a delivered finding; `head` stands in for the commit when the finding names none. */
function notifiedEntry(f, head, at) {
    return {
        kind: f.kind,
        file: f.file,
        agent: f.agent,
        claimedBy: f.claimedBy,
        commit: f.commit ?? head,
        ...(f.pullRequest !== undefined ? { pullRequest: f.pullRequest } : {}),
        ...(f.branch !== undefined ? { branch: f.branch } : {}),
        at
    };
}
/** An entry's identity: the notice's, scoped by its commit (a later push bringing the same conflict is news). */
const entryIdentity = (e) => `${noticeIdentity(e)}@${e.commit ?? ''}`;
/** Is this finding of the push whose head is `head` already in the record? */
function isRecorded(entries, f, head) {
    const id = entryIdentity(notifiedEntry(f, head, ''));
    return entries.some((e) => entryIdentity(e) === id);
}
/** The record after this run: earlier entries, then the new ones, each identity once, the newest NOTIFIED_MAX. */
function mergeNotified(previous, added) {
    const byId = new Map();
    for (const e of [...previous, ...added]) {
        const id = entryIdentity(e);
        if (!byId.has(id))
            byId.set(id, e);
    }
    return [...byId.values()].slice(-_engine_status_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .NOTIFIED_MAX */ .Eh);
}


/***/ }),

/***/ 1585:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   buildStatus: () => (/* binding */ buildStatus),
/* harmony export */   serializeStatus: () => (/* binding */ serializeStatus),
/* harmony export */   statusChanged: () => (/* binding */ statusChanged)
/* harmony export */ });
/* harmony import */ var _engine_status_schema_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4546);
// Writing AI_SYNC_STATUS.json: the machine-readable result committed to the repository, strict (stable key order,
// pretty-printed, `schemas/ai-sync-status.schema.json`). Its shape and reading live in the engine (engine/status/).

function subjectLine(message) {
    return (message.split(/\r\n|\r|\n/, 1)[0] ?? '').trimEnd();
}
function buildStatus(input) {
    return (0,_engine_status_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeStatus */ .SP)({
        lastUpdate: input.now,
        lastAuthor: input.lastAuthor,
        lastAgent: input.lastAgent,
        lastCommitMessage: subjectLine(input.lastCommitMessage),
        lastCommit: input.lastCommit,
        ref: input.ref,
        modifiedFiles: input.modifiedFiles,
        result: input.result,
        findings: input.findings,
        ...(input.findingsOmitted ? { findingsOmitted: input.findingsOmitted } : {}),
        agents: input.agents,
        ...(input.notified ? { notified: input.notified } : {})
    });
}
/** Pretty-printed JSON (2 spaces, trailing newline) with the stable key order of schema version 1. */
function serializeStatus(s) {
    return JSON.stringify((0,_engine_status_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeStatus */ .SP)(s), null, 2) + '\n';
}
/** False when nothing but `lastUpdate` differs, so the caller can skip a pointless commit. */
function statusChanged(prev, next) {
    if (prev === null)
        return true;
    return serializeStatus({ ...prev, lastUpdate: '' }) !== serializeStatus({ ...next, lastUpdate: '' });
}


/***/ })

};
