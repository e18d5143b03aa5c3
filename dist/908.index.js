export const id = 908;
export const ids = [908];
export const modules = {

/***/ 1430:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  notify: () => (/* binding */ notify),
  runAttempt: () => (/* binding */ runAttempt)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 22 modules
var core = __webpack_require__(122);
// EXTERNAL MODULE: ./src/report/format.ts + 1 modules
var format = __webpack_require__(969);
// EXTERNAL MODULE: ./src/report/notice.ts
var notice = __webpack_require__(8856);
// EXTERNAL MODULE: ./src/report/notified.ts
var notified = __webpack_require__(3924);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(4708);
;// CONCATENATED MODULE: ./src/action/notify/send.ts
// One JSON POST to the notification webhook, with node:http(s) (no fetch: it costs start-up time, issue 14):
// bounded in time as a whole, retried on 5xx and on connection errors, never on 4xx. What it reports never holds
// the URL: Node's errors can name the host, the port or the path, so only their code is kept.


/** A network error as a reason without the URL: a known code in words, any other code as such, else nothing. */
function describeError(error) {
    const code = typeof error?.code === 'string' ? (error.code) : '';
    switch (code) {
        case 'ECONNREFUSED':
            return { error: 'connection refused', retry: true };
        case 'ECONNRESET':
        case 'EPIPE':
            return { error: 'connection reset', retry: true };
        case 'ENOTFOUND':
        case 'EAI_AGAIN':
            return { error: 'host not found', retry: true };
        case 'EHOSTUNREACH':
        case 'ENETUNREACH':
            return { error: 'host unreachable', retry: true };
    }
    if (/CERT|TLS|SSL|SELF_SIGNED/.test(code))
        return { error: `TLS certificate not accepted (${code})`, retry: false };
    return { error: /^[A-Z0-9_]{1,40}$/.test(code) ? `network error (${code})` : 'network error', retry: true };
}
/** One POST; settles with the status code once the response starts, or with an error (the timeout included). */
function attempt(url, body, timeoutMs) {
    return new Promise((resolve) => {
        let settled = false;
        let req = null;
        const settle = (a) => {
            if (settled)
                return;
            settled = true;
            clearTimeout(timer);
            resolve(a);
        };
        // A receiver that never answers (or answers forever) is cut off: the socket is destroyed, nothing is left open.
        const timer = setTimeout(() => {
            settle({ error: `no answer within ${Math.round(timeoutMs / 100) / 10} s`, retry: false });
            req?.destroy();
        }, Math.max(1, timeoutMs));
        try {
            const send = url.protocol === 'https:' ? external_node_https_.request : external_node_http_.request;
            req = send(url, {
                method: 'POST',
                // No keep-alive: the run ends right after, and a pooled socket would only hold the process open.
                agent: false,
                headers: {
                    'content-type': 'application/json; charset=utf-8',
                    'content-length': Buffer.byteLength(body, 'utf8'),
                    'user-agent': 'ai-sync',
                    connection: 'close'
                }
            });
            req.on('response', (res) => {
                // The body is not needed (Slack answers "ok"); it is drained, not read, and the socket let go.
                res.on('error', () => undefined);
                res.resume();
                settle({ status: res.statusCode ?? 0 });
                res.on('end', () => req?.destroy());
            });
            req.on('error', (error) => settle(describeError(error)));
            req.end(body, 'utf8');
        }
        catch (error) {
            settle(describeError(error));
        }
    });
}
const pause = (ms) => new Promise((r) => setTimeout(r, ms));
/** POSTs `body` (JSON text) to `url`: 2xx is delivered; 5xx and connection errors are retried within the budget. */
async function postJson(url, body, opts = {}) {
    const totalMs = opts.totalMs ?? 10_000;
    const backoff = opts.backoffMs ?? [500, 1500];
    const deadline = Date.now() + totalMs;
    const target = new URL(url);
    let attempts = 0;
    for (;;) {
        attempts++;
        const a = await attempt(target, body, deadline - Date.now());
        const retried = (why) => (attempts > 1 ? `${why} after ${attempts} attempts` : why);
        let reason;
        let retry;
        if ('status' in a) {
            if (a.status >= 200 && a.status < 300)
                return { ok: true, status: a.status, attempts };
            reason = retried(`HTTP ${a.status}${a.status >= 300 && a.status < 400 ? ' (redirects are not followed)' : ''}`);
            retry = a.status >= 500;
        }
        else {
            reason = retried(a.error);
            retry = a.retry;
        }
        const wait = backoff[attempts - 1];
        if (!retry || wait === undefined || Date.now() + wait >= deadline)
            return { ok: false, reason, attempts };
        await pause(wait);
    }
}

;// CONCATENATED MODULE: ./src/action/notify/index.ts
// The run's notice: the findings notify-on selects that were not notified before (the caller's record says which),
// sent as one POST to notify-webhook. Whatever happens here the verdict stays as judged: a failure is a warning and
// a summary note, without the URL. Loaded only when a webhook is set.





const plural = (n) => `${n} finding${n === 1 ? '' : 's'}`;
/** The run attempt (GITHUB_RUN_ATTEMPT), 1 when unknown. */
function runAttempt(env = process.env) {
    const n = Number(env.GITHUB_RUN_ATTEMPT);
    return Number.isInteger(n) && n > 0 ? n : 1;
}
/**
 * Sends what is new and returns what was delivered (the caller records exactly that). Adds one summary note saying
 * how many were notified or why none were, and a warning when the webhook failed.
 */
async function notify(inputs, ctx, state, result, req, send = {}) {
    const webhook = inputs.notify.webhook;
    if (webhook === null)
        return [];
    const say = (note) => {
        state.notes.push(note);
        core/* info */.pq(note);
        return [];
    };
    if (inputs.notify.on.length === 0)
        return say('Notifications: none sent (notify-on is none).');
    // A capped run lists only its first findings: the others cannot be notified, nor recorded as notified; say so.
    const unlisted = (0,notice/* omittedSelected */._w)(inputs.notify.on, result.evaluation.omitted);
    if (unlisted > 0) {
        const note = `Notifications: ${(0,notice/* omittedNoticeText */.u5)(unlisted)} (kinds in the findings above); they are not recorded as notified.`;
        core/* info */.pq(note);
        state.notes.push(note);
    }
    const selected = (0,notified.distinctNotices)(result.evaluation.findings.filter((f) => (0,notice/* selects */.ko)(inputs.notify.on, f)));
    if (selected.length === 0)
        return say(`Notifications: nothing${unlisted > 0 ? ' listed' : ''} to notify (notify-on: ${inputs.notify.on.join(', ')}).`);
    const fresh = selected.filter((f) => !req.notified(f));
    if (fresh.length === 0)
        return say(`Notifications: nothing new to notify (${plural(selected.length)} already notified, as the ${req.record ?? 'record'} says).`);
    const attempt = runAttempt();
    if (req.record === null && attempt > 1) {
        // Nothing records what attempt 1 delivered here: a rerun (typically of a run that failed on these very findings)
        // would send them again, so only the first attempt sends.
        return say(`Notifications: not sent on attempt ${attempt}: nothing on this ref records what the first attempt sent (only status branches and pull request comments do), so only the first attempt sends.`);
    }
    const batch = (0,format/* sortFindings */.Tc)(fresh).slice(0, notice/* NOTICE_MAX_FINDINGS */.n2);
    const repository = `${ctx.owner}/${ctx.repo}`;
    const body = (0,notice/* buildNotice */.HW)({
        findings: batch,
        repository,
        ref: req.ref,
        commit: req.commit,
        pullRequest: req.pullRequest,
        runUrl: (0,notice/* runUrl */.Vp)(process.env.GITHUB_SERVER_URL, repository, process.env.GITHUB_RUN_ID, process.env.GITHUB_RUN_ATTEMPT),
        verdict: result.evaluation.verdict,
        claimsFile: inputs.files.claims,
        board: result.evaluation.board,
        ...(unlisted > 0 ? { omitted: unlisted } : {})
    });
    const outcome = await postJson(webhook, JSON.stringify(body), send);
    if (!outcome.ok) {
        const warning = `The notification webhook failed (${outcome.reason}): ${plural(batch.length)} not notified${req.record ? '; the next run tries again' : ''}. The verdict is unchanged.`;
        core/* warning */.$e(warning);
        state.notes.push(warning);
        return [];
    }
    const delivered = batch;
    state.outputs.notified = delivered.length;
    const left = fresh.length - delivered.length;
    const note = `Notifications: notified ${plural(delivered.length)}${left > 0 ? ` (${left} more next time: at most ${notice/* NOTICE_MAX_FINDINGS */.n2} per notice)` : ''}.`;
    state.notes.push(note);
    core/* info */.pq(note);
    return delivered;
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


/***/ })

};
