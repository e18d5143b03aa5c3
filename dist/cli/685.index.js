export const id = 685;
export const ids = [685];
export const modules = {

/***/ 5685:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MARKER: () => (/* binding */ MARKER),
/* harmony export */   install: () => (/* binding */ install),
/* harmony export */   run: () => (/* binding */ run),
/* harmony export */   shellQuote: () => (/* binding */ shellQuote),
/* harmony export */   uninstall: () => (/* binding */ uninstall)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2995);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6675);
/* harmony import */ var _git_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6094);
// ai-sync install-hooks / uninstall-hooks.
//
// commit-msg: adds `AI-Agent: NAME` once (git interpret-trailers --if-exists doNothing), so every commit names its
// agent — even when the author is a person and the agent only a Co-authored-by.
// pre-push:  runs `ai-sync verify --pre-push` on what is being pushed; errors block the push.
//
// An existing hook is not overwritten: it moves to `<hook>.ai-sync-chained` and our hook runs it first (its
// failure still blocks). uninstall-hooks removes only our hooks (recognised by a marker line) and moves the
// chained ones back. Hook scripts hold no untrusted text unquoted: the agent name and paths are single-quoted
// shell strings with `'` escaped, and validated to be one line.






const MARKER = '# ai-sync-hook v1';
const HOOKS = ['commit-msg', 'pre-push'];
const CHAINED = '.ai-sync-chained';
/** A POSIX shell single-quoted string: `'` becomes `'\''`. Refuses NUL and line breaks. */
function shellQuote(s) {
    if (/[\0\r\n]/.test(s))
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .usage */ .CI)(`cannot put ${JSON.stringify(s)} into a hook script (line break or NUL)`);
    return `'${s.replace(/'/g, `'\\''`)}'`;
}
async function exists(p) {
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(p);
        return true;
    }
    catch {
        return false;
    }
}
async function isOurs(p) {
    try {
        return (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(p, 'utf8')).includes(MARKER);
    }
    catch {
        return false;
    }
}
async function hooksDir(repo) {
    const rel = await repo.git.out(['rev-parse', '--git-path', 'hooks']);
    return node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(repo.root, rel);
}
/** The running CLI: node binary + script, absolute, so hooks work without a global install. */
function cliCommand() {
    const script = process.argv[1];
    if (!script)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .CliError */ .z1('cannot tell where the ai-sync script is', _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .EXIT */ .dc.usage);
    let resolved = node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(script);
    try {
        resolved = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.realpathSync)(resolved);
    }
    catch {
        // keep the resolved path
    }
    if (/\.[cm]?ts$/.test(resolved)) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .usage */ .CI)(`install-hooks needs the built CLI (dist/cli/index.js), not ${node_path__WEBPACK_IMPORTED_MODULE_2___default().basename(resolved)}: run it with node dist/cli/index.js`);
    }
    return { node: process.execPath, script: resolved };
}
/** The install-time file and zone options, handed on to verify (single-quoted). */
function globalArgs(v) {
    const out = [];
    for (const key of ['claims-file', 'config', 'status-file', 'handoff-file', 'timezone']) {
        const x = (0,_context_js__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx)(v, key);
        if (x !== undefined)
            out.push(`--${key}`, shellQuote(x));
    }
    return out.join(' ');
}
function commitMsgHook(agent) {
    return `#!/bin/sh
${MARKER}: commit-msg (installed by "ai-sync install-hooks"; "ai-sync uninstall-hooks" removes it)
# Adds an "AI-Agent:" trailer naming this clone's agent, once; runs the hook it replaced first.
ai_sync_agent=${shellQuote(agent)}
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
ai_sync_node=${shellQuote(node)}
ai_sync_cli=${shellQuote(script)}
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
    const dir = await hooksDir(repo);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(dir, { recursive: true });
    const { node, script } = cliCommand();
    const bodies = {
        'commit-msg': commitMsgHook(agent),
        'pre-push': prePushHook(node, script, globalArgs(v))
    };
    const lines = [];
    for (const name of HOOKS) {
        const file = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, name);
        const chained = `${file}${CHAINED}`;
        let note = '';
        if ((await exists(file)) && !(await isOurs(file))) {
            if (await exists(chained)) {
                throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .usage */ .CI)(`${file} exists and ${node_path__WEBPACK_IMPORTED_MODULE_2___default().basename(chained)} too: move one of them away, then run install-hooks again`);
            }
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rename)(file, chained);
            note = ` (your existing ${name} hook now runs first, as ${node_path__WEBPACK_IMPORTED_MODULE_2___default().basename(chained)})`;
        }
        else if (await exists(chained)) {
            note = ` (still chaining ${node_path__WEBPACK_IMPORTED_MODULE_2___default().basename(chained)})`;
        }
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(file, bodies[name], { mode: 0o755 });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.chmod)(file, 0o755);
        lines.push(`installed ${name} in ${dir}${note}`);
    }
    lines.push(`commits in this clone now get "AI-Agent: ${agent}"; pushes run ai-sync verify (skip once with git push --no-verify)`);
    return lines;
}
async function uninstall(repo) {
    const dir = await hooksDir(repo);
    const lines = [];
    for (const name of HOOKS) {
        const file = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, name);
        const chained = `${file}${CHAINED}`;
        if (await isOurs(file)) {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(file, { force: true });
            if (await exists(chained)) {
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rename)(chained, file);
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
    return lines;
}
async function run(inv) {
    const g = (0,_context_js__WEBPACK_IMPORTED_MODULE_3__/* .globals */ .zQ)(inv.values);
    const repo = await (0,_git_js__WEBPACK_IMPORTED_MODULE_5__/* .openRepo */ .B8)(g.cwd);
    const lines = inv.command === 'install-hooks' ? await install(repo, (0,_context_js__WEBPACK_IMPORTED_MODULE_3__/* .agentOption */ .HG)(inv.values, true), inv.values) : await uninstall(repo);
    for (const l of lines)
        process.stdout.write(`${l}\n`);
    return _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .EXIT */ .dc.ok;
}


/***/ })

};
