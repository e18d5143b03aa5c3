export const id = 393;
export const ids = [393];
export const modules = {

/***/ 9393:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./src/cli/context.ts + 1 modules
var context = __webpack_require__(2995);
// EXTERNAL MODULE: ./src/cli/errors.ts
var errors = __webpack_require__(6675);
// EXTERNAL MODULE: ./src/cli/git.ts
var git = __webpack_require__(6094);
// EXTERNAL MODULE: ./node_modules/@modelcontextprotocol/sdk/dist/esm/server/mcp.js + 57 modules
var mcp = __webpack_require__(2371);
// EXTERNAL MODULE: ./node_modules/@modelcontextprotocol/sdk/dist/esm/server/stdio.js + 1 modules
var stdio = __webpack_require__(9424);
// EXTERNAL MODULE: ./src/cli/version.ts + 1 modules
var version = __webpack_require__(3985);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
;// CONCATENATED MODULE: ./src/mcp/channel.ts
// stdout belongs to the protocol while the server runs: one stray line there (a library's warning, a forgotten
// console.log) and the client drops the connection. The transport gets a stream of its own onto the real stdout,
// and anything else written to process.stdout goes to stderr, where clients keep the server's log.

/** The stream the transport writes protocol messages to; from now on process.stdout.write goes to stderr. */
function protocolChannel() {
    const stdout = process.stdout;
    const real = stdout.write.bind(stdout);
    const channel = new external_node_stream_.Writable({
        write(chunk, _encoding, callback) {
            real(chunk, (err) => callback(err ?? null));
        }
    });
    stdout.write = ((chunk, ...rest) => process.stderr.write(chunk, ...rest));
    return channel;
}

;// CONCATENATED MODULE: ./src/mcp/collect.ts


const KIND = { [errors/* EXIT */.dc.findings]: 'findings', [errors/* EXIT */.dc.usage]: 'usage', [errors/* EXIT */.dc.refused]: 'refused', [errors/* EXIT */.dc.git]: 'git' };
/** Any error as the CLI reports it: a CliError as is, a config error or anything else as one line. */
function asCliError(e) {
    if (e instanceof errors/* CliError */.z1)
        return e;
    if (process.env['AI_SYNC_DEBUG'])
        process.stderr.write(`${e?.stack ?? String(e)}\n`);
    const err = (0,context/* asInputError */.XW)(e);
    const first = err.message.split('\n')[0] ?? err.message;
    return first === err.message ? err : new errors/* CliError */.z1(first, err.code, err.details, err.data);
}
async function collect(command, inv) {
    const lines = [];
    let doc;
    const io = {
        out: (t) => void lines.push(t),
        err: (t) => void lines.push(t),
        color: false,
        colorErr: false,
        result: (d) => {
            doc = d;
        }
    };
    try {
        const code = await command(inv, io);
        return { code, lines, doc, error: null };
    }
    catch (e) {
        const error = asCliError(e);
        return { code: error.code, lines, doc, error };
    }
}
const isObject = (x) => typeof x === 'object' && x !== null && !Array.isArray(x);
/** The tool result of a run; `more` adds lines after an error's (the refusal's next steps). */
function toolResult(ran, more = []) {
    if (ran.error === null) {
        const text = ran.lines.join('\n');
        const result = { content: [{ type: 'text', text: text === '' ? '(no output)' : text }] };
        if (ran.doc !== undefined)
            result.structuredContent = isObject(ran.doc) ? ran.doc : { result: ran.doc };
        return result;
    }
    const e = ran.error;
    const text = [...ran.lines, `ai-sync: ${e.message}`, ...e.details.map((d) => `  ${d}`), ...more].join('\n');
    const data = isObject(e.data) ? e.data : e.data === undefined ? {} : { data: e.data };
    return {
        isError: true,
        content: [{ type: 'text', text }],
        structuredContent: { ...data, error: { message: e.message, details: e.details, exitCode: e.code, kind: KIND[e.code] ?? 'error' } }
    };
}

;// CONCATENATED MODULE: ./src/mcp/lock.ts
// The order tool calls run in. A client may send calls without waiting for the previous answer: claim, checkin and
// release write the claims file (and push it), so they run one at a time; status and verify only read, so they run
// together, but never while an edit is half-written.
class ToolLock {
    /** Settles when the last queued edit has finished (whatever its outcome). */
    edits = Promise.resolve();
    /** Reads started or waiting: an edit waits for all of them. */
    reads = new Set();
    /** Runs `f` alone: after every edit and read queued before it, and before any queued after it. */
    exclusive(f) {
        // The reads queued so far, taken now: a read queued later waits for this edit, so waiting for it would deadlock.
        const before = [...this.reads];
        const run = this.edits.then(() => Promise.allSettled(before)).then(f);
        this.edits = run.then(() => undefined, () => undefined);
        return run;
    }
    /** Runs `f` once the edits queued before it are done; alongside other reads. */
    shared(f) {
        const run = this.edits.then(f);
        this.reads.add(run);
        const forget = () => void this.reads.delete(run);
        run.then(forget, forget);
        return run;
    }
}

// EXTERNAL MODULE: ./src/engine/quote.ts
var quote = __webpack_require__(3422);
// EXTERNAL MODULE: ./src/report/terminal/text.ts
var terminal_text = __webpack_require__(3976);
;// CONCATENATED MODULE: ./src/mcp/refusal.ts


function isRefusal(data) {
    const d = data;
    return typeof d === 'object' && d !== null && d.refused === true && Array.isArray(d.conflicts) && Array.isArray(d.holders);
}
const when = (t, now) => `${t} (${(0,terminal_text/* relative */.V8)(t, now)})`;
/** The later of the holder's Last Checkin and the last push the action saw from them: what keeps the claim alive. */
function checkedIn(c) {
    if (c.lastSeenAt && (!c.lastCheckin || Date.parse(c.lastSeenAt) > Date.parse(c.lastCheckin)))
        return c.lastSeenAt;
    return c.lastCheckin;
}
/** Where the holder's claim is written: the claims file (and line) here, or on the branch it is in flight on. */
function whereWritten(c, claimsFile, pushed) {
    const line = c.line !== null ? ` line ${c.line}` : '';
    if (c.branch !== null)
        return `${claimsFile}${line} on branch ${c.branch} (in flight, not merged yet)`;
    return `${claimsFile}${line}${pushed ? ' as on the upstream branch' : ''}`;
}
/** When every blocking claim has gone stale (the latest stale time), or null when one of them cannot tell. */
function freeAt(conflicts) {
    let latest = null;
    for (const c of conflicts) {
        if (c.staleAt === null)
            return null;
        if (latest === null || Date.parse(c.staleAt) > Date.parse(latest))
            latest = c.staleAt;
    }
    return latest;
}
function refusalLines(r, ctx) {
    const pushed = ctx.args['push'] === true;
    const lines = ['', 'Nothing was written. Who holds it:'];
    const byHolder = new Map();
    for (const c of r.conflicts) {
        const key = `${c.holder}\u0000${c.branch ?? ''}`;
        byHolder.set(key, [...(byHolder.get(key) ?? []), c]);
    }
    // The action's words for a claim's times: active until (an error to touch), caution until, stale after.
    const window = (c, now) => {
        if (c.staleAt === null)
            return 'stale time unknown (its check-in cannot be read)';
        const active = c.state === 'active' && c.activeUntil !== null ? `active until ${when(c.activeUntil, now)}, ` : c.state === 'caution' ? 'in caution, ' : '';
        return `${active}stale after ${when(c.staleAt, now)}`;
    };
    for (const cs of byHolder.values()) {
        const c = cs[0];
        const seen = checkedIn(c);
        lines.push(`- ${(0,quote/* quote */.h)(c.holder)} (${c.state}) holds ${cs.map((x) => (x.via === x.item ? x.item : `${x.item} (via ${x.via})`)).join(', ')}`, `  claim written in ${whereWritten(c, ctx.claimsFile, pushed)}`, `  last check-in ${seen ? when(seen, ctx.now) : 'unreadable'}; ${window(c, ctx.now)}`);
    }
    const holders = r.holders.map((h) => (0,quote/* quote */.h)(h)).join(' / ');
    const free = freeAt(r.conflicts);
    const retry = JSON.stringify(ctx.args);
    const { replace: _replace, ...kept } = ctx.args;
    const forced = JSON.stringify({ ...kept, force: true, reason: '<why it cannot wait>', push: true });
    lines.push('', 'Next step (pick one; do not edit those files meanwhile):', `1. Ask ${holders} to release it (their release tool call), then call claim again with ${retry}.`, free
        ? `2. Or wait until ${when(free, ctx.now)}, when the claim goes stale unless ${r.holders.length > 1 ? 'they check' : 'it checks'} in, then call claim again with ${retry}.`
        : `2. Or ask ${holders}: the stale time cannot be told, so waiting gives no answer.`, '3. Or claim other files or another module.', `4. Emergency only (it cannot wait for ${holders}): call claim with ${forced}. That records an Emergency Override in ${ctx.claimsFile} (their claim stays); start each commit message of the fix with "EMERGENCY:".`);
    return lines;
}

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 4 modules
var schemas = __webpack_require__(1514);
;// CONCATENATED MODULE: ./src/mcp/tools.ts

const agent = schemas/* string */.YjP()
    .min(1)
    .describe('Your agent name as the claims file writes it, e.g. "Claude Code". Optional: defaults to the AI_SYNC_AGENT variable the server was started with, else the name `ai-sync install-hooks --agent` remembered in this clone.');
const commit = schemas/* boolean */.zMY().describe('Commit the edited claims file (only that file) locally; others see it after a push. Prefer push.');
const push = schemas/* boolean */.zMY()
    .describe('Commit on top of the freshly fetched upstream branch and push it, so other agents see it at once (recommended). If someone pushed first, their claims are re-read and re-checked, then it retries.');
/** Drops the arguments not given; a boolean flag is present only when true, as on the command line. */
function defined(v) {
    const out = {};
    for (const [k, x] of Object.entries(v)) {
        if (x === undefined || x === false)
            continue;
        if (Array.isArray(x) && x.length === 0)
            continue;
        out[k] = x;
    }
    return out;
}
const s = (x) => (typeof x === 'string' ? x : undefined);
const b = (x) => (typeof x === 'boolean' ? x : undefined);
const list = (x) => (Array.isArray(x) ? x.filter((e) => typeof e === 'string') : undefined);
const TOOLS = [
    {
        name: 'status',
        title: 'Claims board',
        description: 'Who works on what, before you start: every agent\'s claim (module, files, state active/caution/stale/idle, last check-in, when it goes stale), claims in flight on other branches, the module list, the last push\'s check, and whether your branch is behind its upstream. Read-only.',
        input: schemas/* object */.Ikc({
            agent: agent.optional().describe('Your agent name: the board then starts with what changed since your last check-in.'),
            fetch: schemas/* boolean */.zMY().optional().describe('git fetch the remote first (otherwise the board is as of the last fetch).'),
            explain: schemas/* boolean */.zMY().optional().describe('Also show how each line of the claims file was read, and why a skipped line was skipped.')
        })
            .strict(),
        annotations: { title: 'Claims board', readOnlyHint: true, openWorldHint: true },
        edits: false,
        values: (a) => defined({ agent: s(a['agent']), fetch: b(a['fetch']), explain: b(a['explain']) })
    },
    {
        name: 'claim',
        title: 'Claim files or a module',
        description: 'Claim files and/or a module in the claims file (AI_CURRENT_WORK.md) before you edit them. Adds to your current claim unless replace is true. Refused (isError) when another agent\'s live claim holds any of them: the result names the holder, where their claim is written, its check-in age, when it goes stale and what to do next. Use push: true so other agents see the claim at once.',
        input: schemas/* object */.Ikc({
            files: schemas/* array */.YOg(schemas/* string */.YjP().min(1))
                .optional()
                .describe('Files, directories (ending in "/") or globs, relative to the repository root. A file that does not exist yet can be claimed.'),
            module: schemas/* string */.YjP().min(1).optional().describe('A module to claim (from the module list in the claims file, or the config).'),
            task: schemas/* string */.YjP().min(1).optional().describe('What you are working on, one line ("Currently Working On").'),
            expected: schemas/* string */.YjP().min(1).optional().describe('Expected completion, e.g. "2h" or "today 17:00".'),
            replace: schemas/* boolean */.zMY().optional().describe('Replace your whole claim with this one (what you held before is released) instead of adding to it.'),
            force: schemas/* boolean */.zMY()
                .optional()
                .describe('Emergency only, with reason: when another agent holds it, record an Emergency Override instead of being refused. Their claim stays; commit your fix with a message starting "EMERGENCY:".'),
            reason: schemas/* string */.YjP().min(1).optional().describe('Why the emergency override is needed (required with force).'),
            agent: agent.optional(),
            commit: commit.optional(),
            push: push.optional()
        })
            .strict(),
        annotations: { title: 'Claim files or a module', readOnlyHint: false, destructiveHint: false, idempotentHint: false, openWorldHint: true },
        edits: true,
        values: (a) => defined({
            agent: s(a['agent']),
            files: list(a['files']),
            module: s(a['module']),
            task: s(a['task']),
            expected: s(a['expected']),
            replace: b(a['replace']),
            force: b(a['force']),
            reason: s(a['reason']),
            commit: b(a['commit']),
            push: b(a['push'])
        })
    },
    {
        name: 'checkin',
        title: 'Check in',
        description: 'Set your Last Checkin to now (one line of the claims file). Do it every 30-60 minutes while you work: a claim without a recent check-in first only warns others, then goes stale and stops protecting your files.',
        input: schemas/* object */.Ikc({ agent: agent.optional(), commit: commit.optional(), push: push.optional() }).strict(),
        annotations: { title: 'Check in', readOnlyHint: false, destructiveHint: false, idempotentHint: true, openWorldHint: true },
        edits: true,
        values: (a) => defined({ agent: s(a['agent']), commit: b(a['commit']), push: b(a['push']) })
    },
    {
        name: 'release',
        title: 'Release your claim',
        description: 'When you are done: set your section idle, mark your modules available (or complete) again, and optionally leave a handoff note (AI_HANDOFF.md) for the next agent.',
        input: schemas/* object */.Ikc({
            handoff: schemas/* string */.YjP().min(1).optional().describe('What changed and what is next, for the next agent (a dated entry in AI_HANDOFF.md).'),
            module_state: schemas/* enum */.k5n(['available', 'complete']).optional().describe('How your modules are marked in the module list: available (default) or complete.'),
            agent: agent.optional(),
            commit: commit.optional(),
            push: push.optional()
        })
            .strict(),
        annotations: { title: 'Release your claim', readOnlyHint: false, destructiveHint: false, idempotentHint: true, openWorldHint: true },
        edits: true,
        values: (a) => defined({ agent: s(a['agent']), handoff: s(a['handoff']), 'module-state': s(a['module_state']), commit: b(a['commit']), push: b(a['push']) })
    },
    {
        name: 'verify',
        title: 'Verify before pushing',
        description: 'Check your commits that are not on the upstream yet exactly as the GitHub action will after the push: the findings (e.g. a file another agent claims) and the verdict pass/warn/fail (in the structured result: verdict). Read-only; run it before you push.',
        input: schemas/* object */.Ikc({
            agent: schemas/* string */.YjP().min(1).optional().describe('Attribute every commit to this agent, as the commit-msg hook\'s AI-Agent trailer would. Default: AI_SYNC_AGENT.'),
            base: schemas/* string */.YjP().min(1).optional().describe('Compare with this ref instead of the upstream, e.g. "origin/main".')
        })
            .strict(),
        annotations: { title: 'Verify before pushing', readOnlyHint: true, openWorldHint: false },
        edits: false,
        values: (a) => defined({ agent: s(a['agent']), base: s(a['base']) })
    }
];
/** What the server tells a client about itself (clients put it before the tool list). */
const INSTRUCTIONS = [
    'ai-sync coordinates several AI coding agents in one repository through a claims file (AI_CURRENT_WORK.md).',
    'Before work: status, then claim the files or module you will edit (push: true). While working: checkin every 30-60 minutes.',
    'Before pushing: verify. When done: release with a handoff note.',
    'A refused claim is an error result that says who holds it, until when, and what to do; do not edit those files meanwhile.',
    'Texts quote the command line: a flag --x-y is the argument x_y of the tool of the same name (--push is push: true).'
].join('\n');

;// CONCATENATED MODULE: ./src/mcp/server.ts
// The ai-sync MCP server: the five tools (src/mcp/tools.ts), each running the CLI command of the same name in the
// server's workspace with the global options given at launch, and the claims board as a resource. Edits run one at
// a time (lock.ts); stdout carries protocol messages only (channel.ts).









const BOARD_URI = 'ai-sync://board';
/** The command a tool runs, loaded when first called (as the CLI loads only the command it runs). */
async function commandFor(name) {
    switch (name) {
        case 'status':
            return (await __webpack_require__.e(/* import() */ 605).then(__webpack_require__.bind(__webpack_require__, 7605))).run;
        case 'claim':
        case 'checkin':
        case 'release':
            return (await __webpack_require__.e(/* import() */ 992).then(__webpack_require__.bind(__webpack_require__, 5992))).run;
        case 'verify':
            return (await __webpack_require__.e(/* import() */ 191).then(__webpack_require__.bind(__webpack_require__, 6191))).run;
    }
}
/** `launch`: the global options given at launch (cwd resolved), applied to every call. */
function createServer(launch) {
    const server = new mcp/* McpServer */._({ name: 'ai-sync', version: version/* VERSION */.x }, { instructions: INSTRUCTIONS });
    const lock = new ToolLock();
    const claimsFile = typeof launch['claims-file'] === 'string' ? launch['claims-file'] : 'AI_CURRENT_WORK.md';
    const call = async (def, args) => {
        const inv = { command: def.name, values: { ...def.values(args), ...launch }, positionals: [] };
        const command = await commandFor(def.name);
        const ran = await (def.edits ? lock.exclusive(() => collect(command, inv)) : lock.shared(() => collect(command, inv)));
        if (ran.error && isRefusal(ran.error.data)) {
            return toolResult(ran, refusalLines(ran.error.data, { claimsFile, now: safeNow(), args }));
        }
        return toolResult(ran);
    };
    for (const def of TOOLS) {
        server.registerTool(def.name, { title: def.title, description: def.description, inputSchema: def.input, annotations: def.annotations }, (args) => call(def, args));
    }
    server.registerResource('board', BOARD_URI, {
        title: 'Claims board',
        description: 'The status tool\'s document as JSON: every agent\'s claim and state, the module list, claims in flight, the last check.',
        mimeType: 'application/json'
    }, async (uri) => {
        const command = await commandFor('status');
        const ran = await lock.shared(() => collect(command, { command: 'status', values: { ...launch }, positionals: [] }));
        if (ran.error)
            throw new Error(`ai-sync: ${ran.error.message}`);
        return { contents: [{ uri: uri.href, mimeType: 'application/json', text: JSON.stringify(ran.doc ?? null, null, 2) }] };
    });
    return server;
}
/** The reference time for the refusal's "in 2h" (AI_SYNC_NOW was already checked by the command that refused). */
function safeNow() {
    try {
        return (0,context/* now */.tB)();
    }
    catch {
        return Date.now();
    }
}
/** Serves over stdin/stdout until the client closes stdin. */
async function serve(launch) {
    const server = createServer(launch);
    const transport = new stdio/* StdioServerTransport */.S(process.stdin, protocolChannel());
    const closed = new Promise((resolve) => {
        server.server.onclose = resolve;
    });
    server.server.onerror = (e) => void process.stderr.write(`ai-sync mcp: ${e.message.split('\n')[0] ?? ''}\n`);
    process.stdin.once('end', () => void server.close());
    await server.connect(transport);
    await closed;
}

;// CONCATENATED MODULE: ./src/cli/commands/mcp.ts
// ai-sync mcp: serve the Model Context Protocol over stdio (src/mcp/). The CLI loads this file only for this
// command, so no other command loads the MCP SDK.




/** The global options every tool call inherits from the launch (`ai-sync --cwd DIR --claims-file F mcp`). */
const INHERITED = ['claims-file', 'config', 'status-file', 'handoff-file', 'timezone'];
async function run(inv) {
    const g = (0,context/* globals */.zQ)(inv.values); // a bad --timezone or file option fails now, not at every call
    const launch = { cwd: g.cwd };
    for (const key of INHERITED) {
        const v = (0,context/* str */.gx)(inv.values, key);
        if (v !== undefined)
            launch[key] = v;
    }
    // Said on stderr (the client's log): every call would fail with the same error, and no call says why it started.
    try {
        await (0,git/* openRepo */.B8)(g.cwd);
    }
    catch (e) {
        process.stderr.write(`ai-sync mcp: warning: ${e.message}; every tool call will fail until the server runs in a repository (--cwd DIR)\n`);
    }
    if (process.stdin.isTTY)
        process.stderr.write('ai-sync mcp: speaks MCP on stdin/stdout, for an MCP client to start (see docs/mcp.md); Ctrl-C to stop\n');
    await serve(launch);
    return errors/* EXIT */.dc.ok;
}


/***/ })

};
