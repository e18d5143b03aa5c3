export const id = 922;
export const ids = [922];
export const modules = {

/***/ 7977:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ours: () => (/* binding */ ours),
/* harmony export */   ownOf: () => (/* binding */ ownOf),
/* harmony export */   syncComment: () => (/* binding */ syncComment)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(122);
/* harmony import */ var _report_comment_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4231);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6136);
// The sticky PR comment: exactly one per PR, ours by marker AND author. Racing runs that both created one
// converge: every run keeps the oldest and deletes its other copies. A 403 (fork PR, missing permission)
// is a warning, never a failed check by itself.



/** Our comments on the pull request, oldest first (the sticky one is the oldest). */
async function ours(api, repo, issue, viewer) {
    const all = (await api.paginate('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', { ...repo, issue_number: issue, per_page: 100 }));
    return ownOf(all, viewer);
}
/** Ours among `all` the comments (listed here, or read in the pull request run's one GraphQL request), oldest first. */
function ownOf(all, viewer) {
    return all.filter((c) => (0,_report_comment_js__WEBPACK_IMPORTED_MODULE_1__.isOwnComment)(c, viewer)).sort((a, b) => a.id - b.id);
}
/** Deletes all but the oldest of our comments; returns the survivor. */
async function dedupe(api, repo, mine) {
    const [keep, ...extra] = mine;
    for (const c of extra) {
        try {
            await api.request('DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}', { ...repo, comment_id: c.id });
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .debug */ .Yz(`deleted duplicate comment ${c.id}`);
        }
        catch (error) {
            if ((0,_client_js__WEBPACK_IMPORTED_MODULE_2__/* .statusOf */ .c2)(error) !== 404)
                throw error; // another run deleted it first
        }
    }
    return keep ?? null;
}
/** Writes the sticky comment; `listed` is our comments as the caller already read them (saves one listing). */
async function syncComment(api, repo, issue, viewer, action, listed) {
    if (action.kind === 'none')
        return { url: '', warning: null };
    try {
        let keep = await dedupe(api, repo, listed ?? (await ours(api, repo, issue, viewer)));
        if (action.kind === 'resolve' && !keep)
            return { url: '', warning: null };
        if (!keep) {
            const created = (await api.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', { ...repo, issue_number: issue, body: action.body })).data;
            // Another run may have created one at the same moment: converge on the oldest.
            keep = await dedupe(api, repo, await ours(api, repo, issue, viewer));
            if (!keep)
                return { url: created.html_url, warning: null };
        }
        if (keep.body !== action.body) {
            try {
                keep = (await api.request('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', { ...repo, comment_id: keep.id, body: action.body })).data;
            }
            catch (error) {
                if ((0,_client_js__WEBPACK_IMPORTED_MODULE_2__/* .statusOf */ .c2)(error) !== 404)
                    throw error;
            }
        }
        return { url: keep.html_url, warning: null };
    }
    catch (error) {
        const status = (0,_client_js__WEBPACK_IMPORTED_MODULE_2__/* .statusOf */ .c2)(error);
        if (status === 403 || status === 404) {
            return {
                url: '',
                warning: `could not write the pull request comment (HTTP ${status}): the token needs \`permissions: pull-requests: write\` (a pull request from a fork gets a read-only token; the job summary and annotations still report everything)`
            };
        }
        throw error;
    }
}


/***/ }),

/***/ 4231:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   COMMENT_MARKER: () => (/* binding */ COMMENT_MARKER),
/* harmony export */   COMMENT_MAX_CHARS: () => (/* binding */ COMMENT_MAX_CHARS),
/* harmony export */   isOwnComment: () => (/* binding */ isOwnComment),
/* harmony export */   renderComment: () => (/* binding */ renderComment),
/* harmony export */   renderResolvedComment: () => (/* binding */ renderResolvedComment)
/* harmony export */ });
/* harmony import */ var _engine_config_base_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8996);
/* harmony import */ var _engine_names_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7078);
/* harmony import */ var _advice_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7441);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(969);
/* harmony import */ var _in_flight_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5614);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4285);
/* harmony import */ var _notified_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3924);
/* harmony import */ var _summary_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(7994);
// The sticky PR comment: one comment per PR, found again by its first-line marker and edited in place: verdict,
// findings, the open pull requests in flight, the agents involved, what to do next.








const COMMENT_MARKER = '<!-- ai-sync:report -->';
/** GitHub's limit for an issue/PR comment body, in characters. */
const COMMENT_MAX_CHARS = 65_536;
const COMMENT_FINDING_HEADERS = ['Severity', 'Kind', 'File', 'Changed by', 'Claimed by', 'Message'];
const MAX_BOARD_ROWS = 15;
// UTF-16 length is never below the code point count GitHub enforces, so it is a safe measure.
const measure = (s) => s.length;
function footer(ctx) {
    return `_ai-sync checked ${ctx.sha ? (0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .shortSha */ .Fu)(ctx.sha) : (0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .nameOr */ .HO)(ctx.ref, 'this change', 120)} at ${(0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .formatTime */ .fU)(ctx.now)}; this comment is updated in place._`;
}
/** `**Claim holders:** @login (`Agent`)…`: the one place a live mention is written, from validated logins only. */
function mentionLines(mentions) {
    const valid = (mentions ?? []).filter((m) => (0,_engine_config_base_js__WEBPACK_IMPORTED_MODULE_0__/* .githubLoginProblem */ .gw)(m.login) === null).slice(0, 10);
    if (valid.length === 0)
        return [];
    return [`**Claim holders:** ${valid.map((m) => `@${m.login} (${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_5__/* .code */ .aY)(m.agent, 80)})`).join(', ')}`, ''];
}
/** The hidden state line, when there is one: always the body's last line (report/notified.ts reads only that). */
function stateLines(notified) {
    const line = (0,_notified_js__WEBPACK_IMPORTED_MODULE_6__.notifiedStateLine)(notified ?? []);
    return line === '' ? [] : [line];
}
/** The PR comment: marker first, verdict, findings (truncated to fit GitHub's limit), involved agents, next steps. */
function renderComment(ev, ctx, extras = {}) {
    const findings = (0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .sortFindings */ .Tc)(ev.findings);
    const head = [
        COMMENT_MARKER,
        `### ${_format_js__WEBPACK_IMPORTED_MODULE_3__/* .VERDICT_ICON */ .YY[ev.verdict] ?? ''} ai-sync: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_5__/* .text */ .Qq)(ev.verdict, 10)} — ${_format_js__WEBPACK_IMPORTED_MODULE_3__/* .VERDICT_TITLE */ .T_[ev.verdict] ?? ''}`,
        '',
        (0,_summary_js__WEBPACK_IMPORTED_MODULE_7__/* .contextLine */ .q3)(ctx),
        '',
        ...mentionLines(extras.mentions),
        ...(0,_summary_js__WEBPACK_IMPORTED_MODULE_7__/* .noteLines */ .GI)(ctx.notes, 5, 300)
    ];
    const findingsHead = [`#### Findings (${(0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .findingsCount */ .cy)(ev)})`, ''];
    const findingsTable = findings.length > 0 ? (0,_markdown_js__WEBPACK_IMPORTED_MODULE_5__/* .tableHeader */ .qd)(COMMENT_FINDING_HEADERS) : ['No findings.'];
    const inFlight = (0,_in_flight_js__WEBPACK_IMPORTED_MODULE_4__/* .inFlightBlock */ .DZ)(ev.inFlight, _in_flight_js__WEBPACK_IMPORTED_MODULE_4__/* .COMMENT_IN_FLIGHT */ .BX);
    const next = ['#### What to do next', '', ...(0,_advice_js__WEBPACK_IMPORTED_MODULE_2__/* .nextSteps */ .Z)(ev, ctx, { maxItems: 10, maxFiles: 3 })];
    const tail = ['', footer(ctx), ...stateLines(extras.notified)];
    // Involved agents: anyone named by a finding, plus the acting agent.
    const involved = new Set();
    for (const f of findings) {
        if (f.agent)
            involved.add((0,_engine_names_js__WEBPACK_IMPORTED_MODULE_1__/* .agentKey */ .pS)(f.agent));
        if (f.claimedBy)
            involved.add((0,_engine_names_js__WEBPACK_IMPORTED_MODULE_1__/* .agentKey */ .pS)(f.claimedBy));
    }
    if (ctx.agent)
        involved.add((0,_engine_names_js__WEBPACK_IMPORTED_MODULE_1__/* .agentKey */ .pS)(ctx.agent));
    const board = ev.board.filter((b) => involved.has((0,_engine_names_js__WEBPACK_IMPORTED_MODULE_1__/* .agentKey */ .pS)(b.name)));
    const boardRows = board.slice(0, MAX_BOARD_ROWS).map((b) => (0,_summary_js__WEBPACK_IMPORTED_MODULE_7__/* .boardRow */ .vD)(b, 3));
    const boardExtra = board.length - boardRows.length;
    const findingRows = findings.map((f) => (0,_markdown_js__WEBPACK_IMPORTED_MODULE_5__/* .row */ .nM)([
        `${_format_js__WEBPACK_IMPORTED_MODULE_3__/* .SEVERITY_ICON */ ._9[f.severity] ?? ''} ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_5__/* .text */ .Qq)(f.severity, 20)}`,
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_5__/* .code */ .aY)(f.kind, 40),
        (0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .nameOr */ .HO)(f.file, '—', 120),
        (0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .nameOr */ .HO)(f.agent, '*unknown*', 80),
        (0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .nameOr */ .HO)(f.claimedBy, '—', 80),
        (0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .textOr */ .ph)(f.message, 300)
    ]));
    const moreFindings = (n) => `> ${n} more ${n === 1 ? 'finding' : 'findings'}: see the job summary or the ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_5__/* .code */ .aY)('findings-json')} output.`;
    const left = (0,_summary_js__WEBPACK_IMPORTED_MODULE_7__/* .omittedLines */ .m_)(ev);
    const moreAgents = (n) => `${n} more ${n === 1 ? 'agent' : 'agents'}: see the claims board in the job summary.`;
    const boardBlock = (rows, hidden) => board.length === 0
        ? []
        : [
            '',
            (0,_markdown_js__WEBPACK_IMPORTED_MODULE_5__/* .details */ .zH)(`Agents involved (${board.length})`, [...(0,_markdown_js__WEBPACK_IMPORTED_MODULE_5__/* .tableHeader */ .qd)(_summary_js__WEBPACK_IMPORTED_MODULE_7__/* .BOARD_HEADERS */ .EA), ...rows, ...(hidden > 0 ? ['', moreAgents(hidden)] : [])].join('\n'))
        ];
    const fixed = (0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .sizeOf */ .$d)([...head, ...findingsHead, ...findingsTable, ...left, '', ...inFlight, ...next, ...tail], measure);
    const reserve = measure(moreFindings(findings.length)) + measure(moreAgents(board.length)) + 16;
    const avail = Math.max(0, COMMENT_MAX_CHARS - 1 - fixed - reserve - (0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .sizeOf */ .$d)(boardBlock([], 0), measure));
    const shown = (0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .fitRows */ .zV)(findingRows, boardRows, avail, 3, measure);
    const lines = [
        ...head,
        ...(0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .findingsBlock */ .k5)(findingsHead, findingsTable, shown, moreFindings),
        ...left,
        ...boardBlock(shown.board, boardExtra + shown.hiddenBoard),
        '',
        ...inFlight,
        ...next,
        ...tail
    ];
    return lines.join('\n') + '\n';
}
/** The comment once the PR has no findings left (replaces an earlier report); it keeps what was notified. */
function renderResolvedComment(ctx) {
    const at = ctx.sha ? (0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .shortSha */ .Fu)(ctx.sha) : (0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .nameOr */ .HO)(ctx.ref, 'this change', 120);
    const earlier = ctx.previousFindings !== undefined && Number.isFinite(ctx.previousFindings) && ctx.previousFindings > 0
        ? ` The ${(0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .LS)(Math.trunc(ctx.previousFindings), 'finding')} reported earlier ${ctx.previousFindings === 1 ? 'is' : 'are'} resolved.`
        : '';
    return [
        COMMENT_MARKER,
        `### ✅ ai-sync: resolved`,
        '',
        `No conflicts with other agents’ claims as of ${at} (${(0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .formatTime */ .fU)(ctx.now)}).${earlier}`,
        ...stateLines(ctx.notified),
        ''
    ].join('\n');
}
function normalizeLogin(login) {
    return login.trim().toLowerCase().replace(/\[bot\]$/, '');
}
/**
 * True only for a comment this tool wrote: the body STARTS with the marker (a user quoting it later, or in a `>`
 * quote, does not count) and its author is the viewer (case-insensitive, a trailing `[bot]` ignored on both sides).
 */
function isOwnComment(comment, viewerLogin) {
    const body = comment.body;
    if (typeof body !== 'string' || !body.startsWith(COMMENT_MARKER))
        return false;
    const login = comment.user?.login;
    if (typeof login !== 'string' || typeof viewerLogin !== 'string')
        return false;
    const a = normalizeLogin(login);
    const b = normalizeLogin(viewerLogin);
    return a !== '' && a === b;
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
