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
/* harmony import */ var _report_status_file_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1585);
/* harmony import */ var _engine_status_read_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6037);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5659);
/* harmony import */ var _snapshot_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9294);
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
    if (theirs > clock + _engine_judge_liveness_js__WEBPACK_IMPORTED_MODULE_1__/* .FUTURE_TOLERANCE_MS */ .P)
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
        const res = await api.rest.repos.compareCommitsWithBasehead({ owner: repo.owner, repo: repo.repo, basehead: `${ours}...${theirs}`, per_page: 1 });
        return res.data.status === 'ahead' || res.data.status === 'identical';
    };
}
async function writeStatus(api, repo, w) {
    const maxAttempts = w.maxAttempts ?? 6;
    const sleep = w.sleep ?? wait;
    const content = (0,_report_status_file_js__WEBPACK_IMPORTED_MODULE_5__.serializeStatus)(w.next);
    let current = w.current;
    for (let attempt = 1; attempt <= maxAttempts; attempt++) {
        if (current === undefined)
            current = await (0,_snapshot_js__WEBPACK_IMPORTED_MODULE_4__/* .readForUpdate */ .Xt)(api, repo, w.path, w.branch);
        const prev = current ? (0,_engine_status_read_js__WEBPACK_IMPORTED_MODULE_2__/* .parseStatus */ .i$)(current.text).status : null;
        if (prev && (await newerThanOurs(prev, w.next, w.isAncestor, (w.clock ?? Date.now)()))) {
            return { written: false, reason: `a newer push (${shortSha(prev.lastCommit)}) already wrote ${w.path}`, warning: false, attempts: attempt };
        }
        if (prev && !(0,_report_status_file_js__WEBPACK_IMPORTED_MODULE_5__.statusChanged)(prev, w.next)) {
            return { written: false, reason: `${w.path} is already up to date`, warning: false, attempts: attempt };
        }
        try {
            const res = await api.rest.repos.createOrUpdateFileContents({
                ...repo,
                path: w.path,
                branch: w.branch,
                message: w.message,
                content: Buffer.from(content, 'utf8').toString('base64'),
                committer: w.committer,
                author: w.committer,
                ...(current ? { sha: current.oid } : {})
            });
            return { written: true, sha: res.data.commit.sha ?? '', attempts: attempt };
        }
        catch (error) {
            const status = (0,_client_js__WEBPACK_IMPORTED_MODULE_3__/* .statusOf */ .c2)(error);
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
        agents: input.agents
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
