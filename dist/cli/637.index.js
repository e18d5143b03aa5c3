export const id = 637;
export const ids = [637];
export const modules = {

/***/ 7637:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  MARKER: () => (/* binding */ MARKER),
  install: () => (/* binding */ install),
  run: () => (/* binding */ run),
  uninstall: () => (/* binding */ uninstall)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/cli/context.ts + 1 modules
var context = __webpack_require__(2995);
// EXTERNAL MODULE: ./src/cli/errors.ts
var errors = __webpack_require__(6675);
// EXTERNAL MODULE: ./src/cli/git.ts
var git = __webpack_require__(6094);
// EXTERNAL MODULE: ./src/cli/shell.ts
var shell = __webpack_require__(2476);
;// CONCATENATED MODULE: ./src/cli/commands/merge-setup.ts
// The merge drivers install-hooks registers and uninstall-hooks removes: `merge.ai-sync-claims` and
// `merge.ai-sync-status` in the repository's git config (running `ai-sync merge-driver`, see merge-driver.ts), and
// the attribute lines that route the claims and status files to them, in .git/info/attributes (this clone only)
// or .gitattributes (to be committed, for every clone). Only lines naming these drivers are ever touched.





const KINDS = [
    { kind: 'claims', driver: 'ai-sync-claims', name: 'ai-sync claims file (agent sections and module lines merge apart)' },
    { kind: 'status', driver: 'ai-sync-status', name: 'ai-sync status file (the newer lastUpdate wins)' }
];
const COMMENT = '# ai-sync merge drivers (added by "ai-sync install-hooks"; "ai-sync uninstall-hooks" removes these lines)';
/** A line this setup wrote: our comment, or a pattern routed to one of our drivers. */
const OUR_LINE = /^(?:# ai-sync merge drivers\b.*|\S+[ \t]+merge=ai-sync-(?:claims|status))[ \t]*$/;
function attributesPlace(v) {
    const x = (0,context/* str */.gx)(v, 'attributes') ?? 'info';
    if (x !== 'info' && x !== 'gitattributes')
        throw (0,errors/* usage */.CI)(`--attributes must be info (.git/info/attributes, the default) or gitattributes (.gitattributes, to commit), not ${JSON.stringify(x)}`);
    return x;
}
/** An attributes pattern naming exactly one repository file (anchored at the root, glob characters escaped). */
function pattern(file) {
    if (/[\s"\\]|^[#!]/.test(file) || /[\0-\x1f\x7f]/.test(file)) {
        throw (0,errors/* usage */.CI)(`cannot route ${JSON.stringify(file)} to a merge driver in an attributes file (spaces, quotes or backslashes in the path): add its line by hand`);
    }
    return `/${file.replace(/^\/+/, '').replace(/[*?[\]]/g, (c) => `\\${c}`)}`;
}
async function attributesPath(repo, place) {
    if (place === 'gitattributes')
        return external_node_path_default().join(repo.root, '.gitattributes');
    return external_node_path_default().resolve(repo.root, await repo.git.out(['rev-parse', '--git-path', 'info/attributes']));
}
async function readOr(file) {
    try {
        return await (0,promises_.readFile)(file, 'utf8');
    }
    catch {
        return '';
    }
}
const splitLines = (text) => (text === '' ? [] : text.replace(/\r?\n$/, '').split(/\r?\n/));
const display = (repo, file) => external_node_path_default().relative(repo.root, file).split((external_node_path_default()).sep).join('/') || file;
/** Writes `text` without our lines (and `ours` appended when given); false when nothing changes. */
async function rewrite(file, ours) {
    const before = await readOr(file);
    const lines = splitLines(before);
    const kept = lines.filter((l) => !OUR_LINE.test(l));
    if (lines.filter((l) => OUR_LINE.test(l)).join('\n') === ours.join('\n'))
        return false;
    const eol = before.includes('\r\n') ? '\r\n' : '\n';
    const after = [...kept, ...ours].map((l) => l + eol).join('');
    await (0,promises_.mkdir)(external_node_path_default().dirname(file), { recursive: true });
    await (0,promises_.writeFile)(file, after);
    return true;
}
function planMergeSetup(repo, v) {
    const g = (0,context/* globals */.zQ)(v);
    const files = { claims: (0,context/* rootPath */.wA)(repo, g.claimsFile), status: (0,context/* rootPath */.wA)(repo, g.statusFile) };
    return { place: attributesPlace(v), lines: [COMMENT, ...KINDS.map((k) => `${pattern(files[k.kind])} merge=${k.driver}`)] };
}
/**
 * The shell command git runs: this CLI's merge-driver (git expands %O %A %B %L %P, and %X %Y from 2.44 on; an
 * older git leaves them as they are, which merge-driver ignores). When the CLI has gone away since, git's own
 * line merge instead (`git merge-file`, conflicts between markers), so the file is never left as ours alone.
 */
function driverCommand(node, script, kind) {
    const [n, s] = [(0,shell/* shellQuote */.Z)(node), (0,shell/* shellQuote */.Z)(script)];
    return (`if [ -f ${s} ] && [ -x ${n} ]; then exec ${n} ${s} merge-driver ${kind} -- %O %A %B %L %P %X %Y; fi; ` +
        `echo "ai-sync: merge driver: "${s}" is gone; plain line merge (run ai-sync install-hooks again)" >&2; ` +
        'exec git merge-file --marker-size=%L %A %O %B');
}
async function installMergeDrivers(repo, setup) {
    const { node, script } = (0,shell/* cliCommand */.m)();
    for (const k of KINDS) {
        await repo.git.out(['config', '--local', `merge.${k.driver}.name`, k.name]);
        await repo.git.out(['config', '--local', `merge.${k.driver}.driver`, driverCommand(node, script, k.kind)]);
    }
    const file = await attributesPath(repo, setup.place);
    const changed = await rewrite(file, setup.lines);
    const where = display(repo, file);
    const out = [
        `registered the merge drivers ${KINDS.map((k) => k.driver).join(' and ')} (git config) and ${changed ? 'added' : 'kept'} their lines in ${where}:`,
        ...setup.lines.slice(1).map((l) => `  ${l}`),
        'agents editing their own sections or different module lines now merge and rebase without conflicts; the same line changed on both sides still conflicts'
    ];
    if (setup.place === 'gitattributes')
        out.push(`commit ${where} so that every clone routes these files to the drivers (clones without them merge as plain text)`);
    return out;
}
async function uninstallMergeDrivers(repo, v) {
    const out = [];
    for (const k of KINDS) {
        if ((await repo.git.tryOut(['config', '--local', '--get-regexp', `^merge\\.${k.driver}\\.`])) === null)
            continue;
        await repo.git.out(['config', '--local', '--remove-section', `merge.${k.driver}`]);
        out.push(`removed the merge driver ${k.driver} from git config`);
    }
    const places = attributesPlace(v) === 'gitattributes' ? ['info', 'gitattributes'] : ['info'];
    for (const place of places) {
        const file = await attributesPath(repo, place);
        if (await rewrite(file, []))
            out.push(`removed the ai-sync merge lines from ${display(repo, file)}${place === 'gitattributes' ? ' (commit it)' : ''}`);
    }
    if (!places.includes('gitattributes') && splitLines(await readOr(external_node_path_default().join(repo.root, '.gitattributes'))).some((l) => OUR_LINE.test(l))) {
        out.push('left .gitattributes alone (it is committed; uninstall-hooks --attributes gitattributes removes its ai-sync lines)');
    }
    return out;
}

// EXTERNAL MODULE: ./src/cli/output.ts
var output = __webpack_require__(6657);
;// CONCATENATED MODULE: ./src/cli/commands/hooks.ts
// ai-sync install-hooks / uninstall-hooks.
//
// commit-msg: adds `AI-Agent: NAME` once (git interpret-trailers --if-exists doNothing), so every commit names its
// agent — even when the author is a person and the agent only a Co-authored-by.
// pre-push:  runs `ai-sync verify --pre-push` on what is being pushed; errors block the push.
//
// An existing hook is not overwritten: it moves to `<hook>.ai-sync-chained` and our hook runs it first (its
// failure still blocks). uninstall-hooks removes only our hooks (recognised by a marker line) and moves the
// chained ones back. Hook scripts hold no untrusted text unquoted: the agent name and paths are single-quoted
// shell strings with `'` escaped, and validated to be one line. Both also set up / remove the merge drivers of
// the claims and status files (merge-setup.ts).








const MARKER = '# ai-sync-hook v1';
const HOOKS = ['commit-msg', 'pre-push'];
const CHAINED = '.ai-sync-chained';
async function exists(p) {
    try {
        await (0,promises_.stat)(p);
        return true;
    }
    catch {
        return false;
    }
}
async function isOurs(p) {
    try {
        return (await (0,promises_.readFile)(p, 'utf8')).includes(MARKER);
    }
    catch {
        return false;
    }
}
async function hooksDir(repo) {
    const rel = await repo.git.out(['rev-parse', '--git-path', 'hooks']);
    return external_node_path_default().resolve(repo.root, rel);
}
/** The install-time file and zone options, handed on to verify (single-quoted). */
function globalArgs(v) {
    const out = [];
    for (const key of ['claims-file', 'config', 'status-file', 'handoff-file', 'timezone']) {
        const x = (0,context/* str */.gx)(v, key);
        if (x !== undefined)
            out.push(`--${key}`, (0,shell/* shellQuote */.Z)(x));
    }
    return out.join(' ');
}
function commitMsgHook(agent) {
    return `#!/bin/sh
${MARKER}: commit-msg (installed by "ai-sync install-hooks"; "ai-sync uninstall-hooks" removes it)
# Adds an "AI-Agent:" trailer naming this clone's agent, once; runs the hook it replaced first.
ai_sync_agent=${(0,shell/* shellQuote */.Z)(agent)}
ai_sync_chained="$(dirname -- "$0")/commit-msg${CHAINED}"
if [ -x "$ai_sync_chained" ]; then
  "$ai_sync_chained" "$@" || exit $?
fi
# An empty message aborts the commit: do not make it non-empty with a trailer.
if git stripspace --strip-comments < "$1" | grep -q .; then
  git interpret-trailers --in-place --if-exists doNothing --trailer "AI-Agent: $ai_sync_agent" "$1" || exit $?
fi
exit 0
`;
}
function prePushHook(node, script, extra) {
    return `#!/bin/sh
${MARKER}: pre-push (installed by "ai-sync install-hooks"; "ai-sync uninstall-hooks" removes it)
# Checks the commits being pushed against the claims (ai-sync verify); errors block the push.
ai_sync_node=${(0,shell/* shellQuote */.Z)(node)}
ai_sync_cli=${(0,shell/* shellQuote */.Z)(script)}
ai_sync_input=$(cat)
ai_sync_chained="$(dirname -- "$0")/pre-push${CHAINED}"
if [ -x "$ai_sync_chained" ]; then
  printf '%s\\n' "$ai_sync_input" | "$ai_sync_chained" "$@" || exit $?
fi
if [ ! -f "$ai_sync_cli" ] || [ ! -x "$ai_sync_node" ]; then
  echo "ai-sync: pre-push hook: $ai_sync_cli (or $ai_sync_node) is gone; claims not checked (run ai-sync install-hooks again)" >&2
  exit 0
fi
printf '%s\\n' "$ai_sync_input" | AI_SYNC_PRE_PUSH_REMOTE="$1" "$ai_sync_node" "$ai_sync_cli" verify --pre-push${extra ? ` ${extra}` : ''}
`;
}
async function install(repo, agent, v) {
    const merge = planMergeSetup(repo, v);
    const dir = await hooksDir(repo);
    await (0,promises_.mkdir)(dir, { recursive: true });
    const { node, script } = (0,shell/* cliCommand */.m)();
    const bodies = {
        'commit-msg': commitMsgHook(agent),
        'pre-push': prePushHook(node, script, globalArgs(v))
    };
    const lines = [];
    for (const name of HOOKS) {
        const file = external_node_path_default().join(dir, name);
        const chained = `${file}${CHAINED}`;
        let note = '';
        if ((await exists(file)) && !(await isOurs(file))) {
            if (await exists(chained)) {
                throw (0,errors/* usage */.CI)(`${file} exists and ${external_node_path_default().basename(chained)} too: move one of them away, then run install-hooks again`);
            }
            await (0,promises_.rename)(file, chained);
            note = ` (your existing ${name} hook now runs first, as ${external_node_path_default().basename(chained)})`;
        }
        else if (await exists(chained)) {
            note = ` (still chaining ${external_node_path_default().basename(chained)})`;
        }
        await (0,promises_.writeFile)(file, bodies[name], { mode: 0o755 });
        await (0,promises_.chmod)(file, 0o755);
        lines.push(`installed ${name} in ${dir}${note}`);
    }
    // Every command of this clone knows the agent from now on (claim, checkin, release without --agent).
    await repo.git.out(['config', context/* AGENT_CONFIG_KEY */.jl, agent]);
    lines.push(`commits in this clone now get "AI-Agent: ${agent}"; pushes run ai-sync verify (skip once with git push --no-verify)`);
    lines.push(`claim, checkin and release in this clone act for ${agent} without --agent (git config ${context/* AGENT_CONFIG_KEY */.jl})`);
    lines.push(...(await installMergeDrivers(repo, merge)));
    return lines;
}
async function uninstall(repo, v) {
    const dir = await hooksDir(repo);
    const lines = [];
    for (const name of HOOKS) {
        const file = external_node_path_default().join(dir, name);
        const chained = `${file}${CHAINED}`;
        if (await isOurs(file)) {
            await (0,promises_.rm)(file, { force: true });
            if (await exists(chained)) {
                await (0,promises_.rename)(chained, file);
                lines.push(`removed the ai-sync ${name} hook; restored your previous ${name} hook`);
            }
            else {
                lines.push(`removed the ai-sync ${name} hook`);
            }
        }
        else if (await exists(file)) {
            lines.push(`left ${name} alone: it is not an ai-sync hook`);
        }
        else {
            lines.push(`no ${name} hook installed`);
        }
    }
    if ((await repo.git.tryOut(['config', '--get', context/* AGENT_CONFIG_KEY */.jl])) !== null) {
        await repo.git.out(['config', '--unset', context/* AGENT_CONFIG_KEY */.jl]);
        lines.push(`forgot the agent of this clone (git config ${context/* AGENT_CONFIG_KEY */.jl})`);
    }
    lines.push(...(await uninstallMergeDrivers(repo, v)));
    return lines;
}
async function run(inv, io = (0,output/* processIo */.W)()) {
    const g = (0,context/* globals */.zQ)(inv.values);
    const repo = await (0,git/* openRepo */.B8)(g.cwd);
    const lines = inv.command === 'install-hooks' ? await install(repo, (0,context/* agentOption */.HG)(inv.values, true), inv.values) : await uninstall(repo, inv.values);
    for (const l of lines)
        io.out(l);
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
