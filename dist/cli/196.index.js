export const id = 196;
export const ids = [196];
export const modules = {

/***/ 2995:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  jl: () => (/* binding */ AGENT_CONFIG_KEY),
  Pf: () => (/* binding */ agentFor),
  HG: () => (/* binding */ agentOption),
  XW: () => (/* binding */ asInputError),
  lc: () => (/* binding */ bool),
  wc: () => (/* binding */ canonicalAgent),
  DU: () => (/* binding */ configFrom),
  au: () => (/* binding */ didYouMean),
  JI: () => (/* binding */ followLinkAt),
  zQ: () => (/* binding */ globals),
  Jl: () => (/* binding */ guessAgent),
  Z9: () => (/* binding */ loadConfig),
  tB: () => (/* binding */ now),
  yy: () => (/* binding */ readWorking),
  qN: () => (/* binding */ repoPath),
  wA: () => (/* binding */ rootPath),
  gx: () => (/* binding */ str),
  jV: () => (/* binding */ validAgentName),
  CL: () => (/* binding */ workingFile)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/engine/check.ts + 2 modules
var check = __webpack_require__(1833);
// EXTERNAL MODULE: ./src/engine/quote.ts
var quote = __webpack_require__(3422);
;// CONCATENATED MODULE: ./src/engine/claims/link.ts
// A symbolic link at the claims-file (or config-file) path. Git stores a link as a blob (mode 120000) holding the
// target path, so a reader that does not look at the mode reads the link text as the file: no sections, a silent
// pass. The rule, shared by the action (GitHub API) and the CLI (local git and the work tree): a link is followed
// once, to a file inside the repository, read at the same commit; anything else is a problem stated in one line.
// Pure: the callers find out what the target is; this module decides and words it.

/** Git's file mode of a symbolic link (0o120000), as GraphQL's `TreeEntry.mode` gives it (40960). */
const SYMLINK_MODE = 0o120000;
const MAX_SHOWN = 80;
/** The target as a message shows it: JSON-quoted (a newline in a file name must not break the line), cut. */
function shown(target) {
    return (0,quote/* quote */.h)(target, MAX_SHOWN);
}
const prefix = (linkPath, target) => `${linkPath} is a symbolic link to ${shown(target)}`;
/**
 * Where the link at `linkPath` (repository-relative, `/`-separated) points, as a repository-relative path, or why
 * ai-sync will not follow it. The target is resolved relative to the link's directory, as the OS does; `..` may
 * climb as long as it never leaves the root (a target that leaves and comes back in still names a directory outside).
 */
function resolveLink(linkPath, target) {
    if (target === '')
        return { problem: `${linkPath} is a symbolic link with an empty target; ai-sync reads only files inside the repository` };
    if (target.includes('\0'))
        return { problem: `${prefix(linkPath, target)}, not a path; ai-sync reads only files inside the repository` };
    // POSIX absolute, and the forms Windows would take as absolute (C:\…, C:/…, \\server\…).
    if (target.startsWith('/') || /^[A-Za-z]:[\\/]/.test(target) || target.startsWith('\\\\')) {
        return { problem: `${prefix(linkPath, target)}, an absolute path; ai-sync follows only relative links to files inside the repository` };
    }
    const segments = linkPath.split('/').slice(0, -1).filter((s) => s !== '' && s !== '.');
    for (const seg of target.split('/')) {
        if (seg === '' || seg === '.')
            continue;
        if (seg === '..') {
            if (segments.length === 0)
                return { problem: `${prefix(linkPath, target)}, outside the repository; ai-sync reads only files inside it` };
            segments.pop();
        }
        else
            segments.push(seg);
    }
    if (segments.length === 0)
        return { problem: linkTargetProblem(linkPath, target, 'directory') };
    // "docs/claims.md/" names a directory for the OS, whatever is there.
    if (/\/\.{0,2}$/.test(target))
        return { problem: linkTargetProblem(linkPath, target, 'directory') };
    const path = segments.join('/');
    const self = linkPath.split('/').filter((s) => s !== '' && s !== '.').join('/');
    if (path === self)
        return { problem: linkTargetProblem(linkPath, target, 'link') }; // a link to itself
    return { path };
}
/** The one line for a link whose resolved target the caller found not to be a regular file. */
function linkTargetProblem(linkPath, target, found) {
    switch (found) {
        case 'missing':
            return `${prefix(linkPath, target)}, which does not exist in the repository; ai-sync reads only files inside it`;
        case 'link':
            return `${prefix(linkPath, target)}, itself a symbolic link; ai-sync follows one link, to a file inside the repository`;
        case 'directory':
            return `${prefix(linkPath, target)}, a directory; ai-sync reads only files`;
        case 'not-a-file':
            return `${prefix(linkPath, target)}, which is not a file; ai-sync reads only files inside the repository`;
    }
}

// EXTERNAL MODULE: ./src/engine/config/index.ts + 4 modules
var config = __webpack_require__(9518);
// EXTERNAL MODULE: ./src/engine/names.ts
var engine_names = __webpack_require__(7078);
// EXTERNAL MODULE: ./src/engine/time/index.ts + 2 modules
var time = __webpack_require__(2962);
// EXTERNAL MODULE: ./src/cli/errors.ts
var errors = __webpack_require__(6675);
;// CONCATENATED MODULE: ./src/cli/context.ts
// What every command needs: options shared by all commands, the repository, the config, the clock, the agent.









const str = (v, key) => {
    const x = v[key];
    return typeof x === 'string' ? x : undefined;
};
const bool = (v, key) => v[key] === true;
/** A repository-relative file option: no absolute paths outside, no `..`, forward slashes. */
function fileOption(v, key, fallback) {
    const raw = str(v, key) ?? fallback;
    if (raw.trim() === '' || /[\0\r\n]/.test(raw))
        throw (0,errors/* usage */.CI)(`--${key} must be a file path`);
    return raw;
}
function globals(v) {
    const tz = str(v, 'timezone');
    const problem = tz === undefined ? null : (0,time/* timezoneProblem */.Hd)(tz);
    if (problem)
        throw (0,errors/* usage */.CI)(`--timezone: ${problem}`);
    return {
        cwd: external_node_path_default().resolve(str(v, 'cwd') ?? process.cwd()),
        claimsFile: fileOption(v, 'claims-file', 'AI_CURRENT_WORK.md'),
        configFile: fileOption(v, 'config', '.github/ai-sync.yml'),
        statusFile: fileOption(v, 'status-file', 'AI_SYNC_STATUS.json'),
        handoffFile: fileOption(v, 'handoff-file', 'AI_HANDOFF.md'),
        timezone: tz ?? null
    };
}
/**
 * A path given on the command line, as a repository-relative path: relative paths are taken from the current
 * directory (as git does), `./` and repeated slashes dropped, a trailing `/` (directory claim) kept.
 */
function repoPath(repo, cwd, raw) {
    if (raw.trim() === '' || /[\0\r\n]/.test(raw))
        throw (0,errors/* usage */.CI)(`not a usable path: ${JSON.stringify(raw)}`);
    if (raw.includes('\\'))
        throw (0,errors/* usage */.CI)(`use / in paths: ${raw}`);
    const dir = raw.endsWith('/');
    const abs = external_node_path_default().resolve(cwd, raw);
    const rel = external_node_path_default().relative(repo.root, abs).split((external_node_path_default()).sep).join('/');
    if (rel === '')
        throw (0,errors/* usage */.CI)(`${raw} is the repository root: claim something inside it`);
    if (rel === '..' || rel.startsWith('../') || external_node_path_default().isAbsolute(rel))
        throw (0,errors/* usage */.CI)(`${raw} is outside the repository ${repo.root}`);
    return dir ? `${rel}/` : rel;
}
/** A repository-relative file option resolved against the root (absolute paths inside the repo are accepted). */
function rootPath(repo, file) {
    if (!external_node_path_default().isAbsolute(file))
        return file.replace(/^\.\//, '');
    const rel = external_node_path_default().relative(repo.root, file).split((external_node_path_default()).sep).join('/');
    if (rel.startsWith('../'))
        throw (0,errors/* usage */.CI)(`${file} is outside the repository ${repo.root}`);
    return rel;
}
const notThere = (e) => ['ENOENT', 'ENOTDIR'].includes(e.code ?? '');
/**
 * A repository file from the work tree, or null when absent. A symbolic link is followed once, to a file inside the
 * repository (src/engine/claims/link.ts): readFile alone would follow any link, to anywhere on the machine. A
 * directory on the way that is itself a link is refused for the same reason (git's tree has no file there).
 */
async function readWorking(repo, file) {
    let target = file;
    try {
        const st = await (0,promises_.lstat)(external_node_path_default().join(repo.root, file));
        if (st.isSymbolicLink())
            target = await workingLinkTarget(repo, file);
    }
    catch (e) {
        if (notThere(e))
            return null;
        throw e instanceof errors/* CliError */.z1 ? e : (0,errors/* usage */.CI)(`cannot read ${file}: ${e.message}`);
    }
    try {
        const dir = external_node_path_default().dirname(external_node_path_default().join(repo.root, target));
        if ((await (0,promises_.realpath)(dir)) !== external_node_path_default().join(await (0,promises_.realpath)(repo.root), external_node_path_default().dirname(target))) {
            throw (0,errors/* usage */.CI)(`${file}: a directory on its path is a symbolic link; ai-sync reads only files inside the repository, following a link only at the file itself`);
        }
        return await (0,promises_.readFile)(external_node_path_default().join(repo.root, target), 'utf8');
    }
    catch (e) {
        if (e instanceof errors/* CliError */.z1)
            throw e;
        if (notThere(e))
            return null;
        throw (0,errors/* usage */.CI)(`cannot read ${file}: ${e.message}`);
    }
}
/** Where the work-tree link at `file` leads (repository-relative), or a usage error in the engine's words. */
async function workingLinkTarget(repo, file) {
    const text = await (0,promises_.readlink)(external_node_path_default().join(repo.root, file));
    const resolved = resolveLink(file, text);
    if ('problem' in resolved)
        throw (0,errors/* usage */.CI)(resolved.problem);
    let found = null;
    try {
        const st = await (0,promises_.lstat)(external_node_path_default().join(repo.root, resolved.path));
        if (st.isSymbolicLink())
            found = 'link';
        else if (st.isDirectory())
            found = 'directory';
        else if (!st.isFile())
            found = 'not-a-file';
    }
    catch (e) {
        if (!notThere(e))
            throw e;
        found = 'missing';
    }
    if (found)
        throw (0,errors/* usage */.CI)(linkTargetProblem(file, text, found));
    return resolved.path;
}
/**
 * The file a repository path stands for in the work tree: itself, or the target of a link at it (followed once,
 * inside the repository, else a usage error). Edits go to the target, so that the link stays a link.
 */
async function workingFile(repo, file) {
    try {
        return (await (0,promises_.lstat)(external_node_path_default().join(repo.root, file))).isSymbolicLink() ? await workingLinkTarget(repo, file) : file;
    }
    catch (e) {
        if (notThere(e))
            return file;
        throw e instanceof errors/* CliError */.z1 ? e : (0,errors/* usage */.CI)(`cannot read ${file}: ${e.message}`);
    }
}
const GIT_MODE_KIND = { '120000': 'link', '040000': 'directory', '160000': 'not-a-file' };
/**
 * `text`, the blob at `<rev>:<file>` read by `cat-file`, when it is a file; when it is a symbolic link (mode
 * 120000, the blob being the target path) the target's text at the same revision, followed once inside the
 * repository, or a usage error in the engine's words.
 */
async function followLinkAt(repo, rev, file, text) {
    // A link's blob is its target path: one short line. Any other text is a file, known without another git process.
    if (text === null || text.includes('\n') || text.length > 4096)
        return text;
    if ((await repo.git.modeAt(rev, file)) !== '120000')
        return text;
    const resolved = resolveLink(file, text);
    if ('problem' in resolved)
        throw (0,errors/* usage */.CI)(resolved.problem);
    const mode = await repo.git.modeAt(rev, resolved.path);
    if (mode === null)
        throw (0,errors/* usage */.CI)(linkTargetProblem(file, text, 'missing'));
    const kind = GIT_MODE_KIND[mode];
    if (kind)
        throw (0,errors/* usage */.CI)(linkTargetProblem(file, text, kind));
    const target = await repo.git.readAt(rev, resolved.path);
    if (target === null)
        throw (0,errors/* usage */.CI)(linkTargetProblem(file, text, 'missing'));
    return target;
}
/** Parses config text (working tree or a revision); invalid config is a usage error naming file:line. */
function configFrom(text, g) {
    try {
        return (0,check/* withOverrides */.Sn)((0,config/* parseConfig */.o4)(text, g.configFile), g.timezone ? { timezone: g.timezone } : undefined);
    }
    catch (e) {
        throw asInputError(e);
    }
}
async function loadConfig(repo, g) {
    return configFrom(await readWorking(repo, g.configFile), g);
}
/** ConfigError (possibly several issues) → one line; any other engine error → a usage error. */
function asInputError(e) {
    if (e instanceof errors/* CliError */.z1)
        return e;
    if (e instanceof config/* ConfigError */.xL) {
        const more = e.issues.length > 1 ? ` (and ${e.issues.length - 1} more problem${e.issues.length > 2 ? 's' : ''})` : '';
        return new errors/* CliError */.z1(`${e.message.split('\n')[0] ?? e.message}${more}`, errors/* EXIT */.dc.usage);
    }
    return new errors/* CliError */.z1(e.message ?? String(e), errors/* EXIT */.dc.usage);
}
/** The reference time: AI_SYNC_NOW (ISO 8601 or epoch ms) or the clock. */
function now() {
    const env = process.env['AI_SYNC_NOW'];
    if (env === undefined || env.trim() === '')
        return Date.now();
    const t = /^\d+$/.test(env.trim()) ? Number(env.trim()) : Date.parse(env);
    if (!Number.isFinite(t))
        throw (0,errors/* usage */.CI)(`AI_SYNC_NOW: not a time: ${env}`);
    return t;
}
/** Validates an agent name: one line, no control characters, nothing that would break the claims markdown. */
function validAgentName(name, from) {
    const n = name.trim().replace(/\s+/g, ' ');
    if (n === '')
        throw (0,errors/* usage */.CI)(`${from}: the agent name is empty`);
    if (/[\u0000-\u001f\u007f]/.test(name.replace(/ /g, '')))
        throw (0,errors/* usage */.CI)(`${from}: the agent name must be one line without control characters`);
    if (n.length > 80)
        throw (0,errors/* usage */.CI)(`${from}: the agent name is longer than 80 characters`);
    if (/[*_`#|[\]()<>:,;]|\s[-–—]\s/.test(n)) {
        throw (0,errors/* usage */.CI)(`${from}: the agent name "${n}" has characters the claims file cannot hold (* _ \` # | [ ] ( ) < > : , ; or " - ")`);
    }
    if (/\bstatus$/i.test(n))
        throw (0,errors/* usage */.CI)(`${from}: the agent name must not end with "Status"`);
    return n;
}
/** --agent, else AI_SYNC_AGENT; required when `required`. */
function agentOption(v, required) {
    const flag = str(v, 'agent');
    if (flag !== undefined)
        return validAgentName(flag, '--agent');
    const env = process.env['AI_SYNC_AGENT'];
    if (env !== undefined && env.trim() !== '')
        return validAgentName(env, 'AI_SYNC_AGENT');
    if (required)
        throw (0,errors/* usage */.CI)('--agent NAME is required (or set AI_SYNC_AGENT)');
    return null;
}
/** The git config key install-hooks writes the agent's name to, so every command of this clone knows it. */
const AGENT_CONFIG_KEY = 'ai-sync.agent';
/**
 * The agent a claim, checkin or release is for: --agent, else AI_SYNC_AGENT, else the agent install-hooks
 * remembered for this clone (git config ai-sync.agent); else a usage error saying all three.
 */
async function agentFor(v, repo) {
    const given = agentOption(v, false);
    if (given !== null)
        return given;
    const remembered = await repo.git.tryOut(['config', '--get', AGENT_CONFIG_KEY]);
    if (remembered && remembered.trim() !== '')
        return validAgentName(remembered.trim(), `git config ${AGENT_CONFIG_KEY}`);
    throw (0,errors/* usage */.CI)('--agent NAME is required (or set AI_SYNC_AGENT, or run ai-sync install-hooks --agent NAME once in this clone)');
}
/** The configured agent a name refers to (by name or alias: sameAgent), with every name it goes by. */
function canonicalAgent(name, config) {
    for (const [canonical, a] of Object.entries(config.agents)) {
        const names = [canonical, ...a.aliases.filter((x) => !/[*?@]/.test(x))];
        if (names.some((n) => (0,engine_names/* sameAgent */.QD)(n, name)))
            return { name: canonical, aliases: names.filter((n) => n !== canonical) };
    }
    return { name, aliases: [] };
}
/**
 * The agent of `known` that `name` most likely meant when it is none of them but close to one, or to a configured
 * alias of one (closestAgent: "ClaudeCode", "Cluade Code", "Claud"); else null.
 */
function guessAgent(name, known, config) {
    const candidates = known.map((k) => {
        const c = canonicalAgent(k, config);
        return { name: k, aliases: [c.name, ...c.aliases] };
    });
    const guess = (0,engine_names/* closestAgent */.BE)(name, candidates);
    return guess === null || (0,engine_names/* sameAgent */.QD)(guess, name) ? null : guess;
}
/** ` (did you mean "Claude Code"?)` when guessAgent has a guess; else ''. */
function didYouMean(name, known, config) {
    const guess = guessAgent(name, known, config);
    return guess === null ? '' : ` (did you mean ${(0,quote/* quote */.h)(guess)}?)`;
}


/***/ }),

/***/ 6094:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B8: () => (/* binding */ openRepo),
/* harmony export */   Fw: () => (/* binding */ upstreamOf),
/* harmony export */   Kd: () => (/* binding */ aheadBehind),
/* harmony export */   Vg: () => (/* binding */ logCommits),
/* harmony export */   WL: () => (/* binding */ resolveCommit),
/* harmony export */   eF: () => (/* binding */ run),
/* harmony export */   hf: () => (/* binding */ firstErrorLine)
/* harmony export */ });
/* unused harmony exports Git, parseCatFileBatch, parseCatFileBlobs, LOG_FORMAT, parseLog */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6675);
// Local git, always through argument arrays (spawn without a shell): nothing a user or a file wrote is ever
// interpreted by a shell. Every failure becomes a CliError with exit code 4 and git's own first error line.


/** Runs a program with an argument array; resolves with its exit code and output (never rejects on exit code). */
function run(cwd, file, args, opts = {}) {
    return new Promise((resolve, reject) => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(file, args, {
            cwd,
            env: opts.env ?? process.env,
            stdio: [opts.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
            windowsHide: true
        });
        const out = [];
        const err = [];
        child.stdout?.on('data', (b) => out.push(b));
        child.stderr?.on('data', (b) => err.push(b));
        child.on('error', (e) => {
            reject(new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CliError */ .z1(e.code === 'ENOENT' ? `${file} not found on PATH` : `cannot run ${file}: ${e.message}`, _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT */ .dc.git));
        });
        child.on('close', (code, signal) => {
            resolve({
                code: code ?? (signal ? 128 : 1),
                stdout: Buffer.concat(out),
                stderr: Buffer.concat(err).toString('utf8')
            });
        });
        if (opts.input !== undefined && child.stdin) {
            child.stdin.on('error', () => undefined); // the child may exit before reading everything
            child.stdin.end(opts.input);
        }
    });
}
/** The first meaningful line of git's stderr ("fatal: …", "error: …"), for one-line messages. */
function firstErrorLine(stderr) {
    const lines = stderr
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter(Boolean);
    return lines.find((l) => /^(fatal|error):/i.test(l)) ?? lines[0] ?? 'no error output';
}
class Git {
    cwd;
    extraEnv;
    constructor(cwd, extraEnv = {}) {
        this.cwd = cwd;
        this.extraEnv = extraEnv;
    }
    /** A copy that runs with extra environment variables (GIT_INDEX_FILE…). */
    withEnv(env) {
        return new Git(this.cwd, { ...this.extraEnv, ...env });
    }
    raw(args, opts = {}) {
        const env = opts.env ?? { ...process.env, ...this.extraEnv };
        return run(this.cwd, 'git', args, { ...opts, env });
    }
    /** stdout as text with one trailing newline removed; throws (exit 4) when git fails. */
    async out(args, opts = {}) {
        const r = await this.raw(args, opts);
        if (r.code !== 0)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CliError */ .z1(`git ${args[0] ?? ''} failed: ${firstErrorLine(r.stderr)}`, _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT */ .dc.git);
        return r.stdout.toString('utf8').replace(/\r?\n$/, '');
    }
    /** stdout as text, or null when git fails. */
    async tryOut(args, opts = {}) {
        const r = await this.raw(args, opts);
        return r.code === 0 ? r.stdout.toString('utf8').replace(/\r?\n$/, '') : null;
    }
    /** The blob at `<rev>:<path>` as text, or null when the path does not exist there. */
    async readAt(rev, path) {
        const r = await this.raw(['cat-file', 'blob', `${rev}:${path}`]);
        return r.code === 0 ? r.stdout.toString('utf8') : null;
    }
    /**
     * The mode of `path` at `rev` as git writes it ('100644', '120000' for a symbolic link, '040000' for a
     * directory), or null when there is no such entry. `cat-file` cannot tell a link's blob from a file's.
     */
    async modeAt(rev, path) {
        const r = await this.raw(['--literal-pathspecs', 'ls-tree', '-z', '--full-tree', rev, '--', path]);
        if (r.code !== 0)
            return null;
        // "<mode> <type> <oid>\t<path>\0": ls-tree also lists the entries of a directory named with a trailing "/".
        for (const rec of r.stdout.toString('utf8').split('\0')) {
            const tab = rec.indexOf('\t');
            if (tab > 0 && rec.slice(tab + 1) === path)
                return rec.slice(0, rec.indexOf(' '));
        }
        return null;
    }
    /** Several `<rev>:<path>` blobs in one process (one call per spec when a path holds a newline). */
    async readMany(specs) {
        return (await this.readBlobs(specs)).map((b) => b?.text ?? null);
    }
    /** As readMany, with each blob's id (equal ids: equal texts, known without comparing them). */
    async readBlobs(specs) {
        if (specs.length === 0)
            return [];
        if (specs.some((s) => s.includes('\n'))) {
            return Promise.all(specs.map(async (s) => {
                const r = await this.raw(['cat-file', 'blob', s]);
                return r.code === 0 ? { oid: null, text: r.stdout.toString('utf8') } : null;
            }));
        }
        const r = await this.raw(['cat-file', '--batch'], { input: specs.map((s) => `${s}\n`).join('') });
        if (r.code !== 0)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CliError */ .z1(`git cat-file failed: ${firstErrorLine(r.stderr)}`, _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT */ .dc.git);
        return parseCatFileBlobs(r.stdout, specs.length);
    }
}
/** Parses `git cat-file --batch` output: `<oid> <type> <size>\n<content>\n` or `<spec> missing\n` per input. */
function parseCatFileBatch(buf, count) {
    return parseCatFileBlobs(buf, count).map((b) => b?.text ?? null);
}
/** As parseCatFileBatch, with the blob ids; a missing object or one that is no blob is null. */
function parseCatFileBlobs(buf, count) {
    const out = [];
    let pos = 0;
    for (let i = 0; i < count; i++) {
        const nl = buf.indexOf(0x0a, pos);
        if (nl < 0)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CliError */ .z1('git cat-file: truncated output', _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT */ .dc.git);
        const header = buf.subarray(pos, nl).toString('utf8');
        pos = nl + 1;
        const m = /^([0-9a-f]+) (\w+) (\d+)$/.exec(header);
        if (!m) {
            out.push(null); // "<spec> missing" / "ambiguous"
            continue;
        }
        const size = Number(m[3]);
        out.push(m[2] === 'blob' ? { oid: m[1] ?? null, text: buf.subarray(pos, pos + size).toString('utf8') } : null);
        pos += size + 1;
    }
    return out;
}
async function openRepo(cwd) {
    const git = new Git(cwd);
    // One process for root, git dir and branch; on an unborn branch the last part fails and symbolic-ref answers.
    const r = await git.raw(['rev-parse', '--show-toplevel', '--absolute-git-dir', '--symbolic-full-name', 'HEAD']);
    const [root, gitDir, head] = r.stdout.toString('utf8').split('\n');
    if (!root || !gitDir) {
        const line = firstErrorLine(r.stderr);
        if (/not a git repository/i.test(line))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CliError */ .z1(`not a git repository: ${cwd}`, _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT */ .dc.git);
        if (/must be run in a work tree|bare repository/i.test(line) || r.code === 0)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CliError */ .z1(`not inside a work tree: ${cwd}`, _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT */ .dc.git);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CliError */ .z1(`git rev-parse failed: ${line}`, _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT */ .dc.git);
    }
    const rootGit = new Git(root);
    let branch = null;
    if (r.code === 0)
        branch = head?.startsWith('refs/heads/') ? head.slice('refs/heads/'.length) : null;
    else
        branch = (await rootGit.tryOut(['symbolic-ref', '--quiet', '--short', 'HEAD'])) || null;
    return { git: rootGit, root, gitDir, branch };
}
async function upstreamOf(repo) {
    if (!repo.branch)
        return null;
    const line = await repo.git.tryOut([
        'for-each-ref',
        '--format=%(upstream:remotename)%00%(upstream:remoteref)%00%(upstream:short)%00%(upstream)',
        `refs/heads/${repo.branch}`
    ]);
    if (!line)
        return null;
    const [remote, remoteRef, short, ref] = line.split('\0');
    if (!remote || !remoteRef || !short || !ref)
        return null;
    return { remote, remoteRef, short, ref };
}
/** Commits only on HEAD (ahead) and only on the upstream (behind); null without an upstream. */
async function aheadBehind(repo) {
    const out = await repo.git.tryOut(['rev-list', '--left-right', '--count', 'HEAD...@{upstream}']);
    if (out === null)
        return null;
    const [a, b] = out.trim().split(/\s+/).map(Number);
    if (a === undefined || b === undefined || !Number.isFinite(a) || !Number.isFinite(b))
        return null;
    return { ahead: a, behind: b };
}
/** Full commit id of a revision, or null when it does not name a commit. */
async function resolveCommit(repo, rev) {
    if (rev.startsWith('-'))
        return null;
    return repo.git.tryOut(['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`]);
}
const RS = '\x1e';
const US = '\x1f';
const LOG_FORMAT = `${RS}%H${US}%an${US}%ae${US}%cn${US}%ce${US}%B`;
const STATUS_TOKEN = /^\n?([ACDMRTUXB])(\d{0,3})$/;
function fileStatus(letter) {
    switch (letter) {
        case 'A':
        case 'C':
            return 'added';
        case 'D':
            return 'removed';
        case 'R':
            return 'renamed';
        default:
            return 'modified';
    }
}
/**
 * Parses `git log -z --format=LOG_FORMAT --name-status` output. With -z every commit header and every path is
 * its own NUL-terminated token; renames and copies take two path tokens. Paths are consumed by count, so a file
 * name can never be mistaken for a header or a status. With `-m` a merge comes once per parent, first parent first:
 * only that first entry (what the merge brings to its first parent) is kept, its repetitions' files are skipped.
 */
function parseLog(text) {
    const tokens = text.split('\0');
    const commits = [];
    const seen = new Set();
    let current = null;
    for (let i = 0; i < tokens.length; i++) {
        const tok = tokens[i];
        const header = tok.startsWith(RS) ? tok : tok.startsWith(`\n${RS}`) ? tok.slice(1) : null;
        if (header !== null) {
            const parts = header.slice(1).split(US);
            const [sha = '', an = '', ae = '', cn = '', ce = ''] = parts;
            const message = parts.slice(5).join(US).replace(/\s+$/, '');
            current = { sha, author: { name: an, email: ae }, committer: { name: cn, email: ce }, message, files: [] };
            // A merge's diff against a later parent: parsed (the tokens must be consumed) into a commit that is dropped.
            if (!seen.has(sha))
                commits.push(current);
            seen.add(sha);
            continue;
        }
        if (tok === '' || tok === '\n')
            continue;
        const m = STATUS_TOKEN.exec(tok);
        if (!m || !current)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CliError */ .z1(`git log: unexpected output near ${JSON.stringify(tok.slice(0, 40))}`, _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT */ .dc.git);
        const letter = m[1];
        if (letter === 'R' || letter === 'C') {
            const from = tokens[++i] ?? '';
            const to = tokens[++i] ?? '';
            current.files.push(letter === 'R' ? { path: to, status: 'renamed', previousPath: from } : { path: to, status: 'added' });
        }
        else {
            const path = tokens[++i] ?? '';
            current.files.push({ path, status: fileStatus(letter) });
        }
    }
    return commits;
}
/**
 * Commits selected by `revs` (e.g. ["base..head"]), oldest first (parents before children), with renames detected:
 * every commit the action judges for the same push — the commits a merge brings in too, as in GitHub's push payload
 * and compare API — and a merge with its changes against its first parent, as the action reads it.
 */
async function logCommits(repo, revs) {
    const out = await repo.git.out([
        '-c',
        'log.showSignature=false',
        'log',
        '--reverse',
        '--topo-order',
        '-m',
        '-z',
        '--no-color',
        '--no-relative',
        '--no-ext-diff',
        `--format=${LOG_FORMAT}`,
        '--name-status',
        '-M',
        ...revs,
        '--'
    ]);
    return parseLog(out);
}


/***/ }),

/***/ 1833:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  z6: () => (/* binding */ check),
  Sn: () => (/* reexport */ withOverrides)
});

// UNUSED EXPORTS: checkWith

// EXTERNAL MODULE: ./src/engine/claims/index.ts
var claims = __webpack_require__(5806);
// EXTERNAL MODULE: ./src/engine/judge/evaluate.ts + 5 modules
var evaluate = __webpack_require__(3298);
// EXTERNAL MODULE: ./src/engine/judge/claims.ts
var judge_claims = __webpack_require__(3649);
// EXTERNAL MODULE: ./src/engine/inflight/claims.ts
var inflight_claims = __webpack_require__(1257);
// EXTERNAL MODULE: ./src/engine/inflight/radar.ts
var radar = __webpack_require__(5254);
// EXTERNAL MODULE: ./src/engine/judge/finding.ts
var finding = __webpack_require__(5307);
// EXTERNAL MODULE: ./src/engine/quote.ts
var quote = __webpack_require__(3422);
;// CONCATENATED MODULE: ./src/engine/judge/status-edits.ts


/** The identity ai-sync commits the status file with unless the action is told otherwise (inputs committer-*). */
const DEFAULT_STATUS_COMMITTER = { name: 'github-actions[bot]', email: '41898282+github-actions[bot]@users.noreply.github.com' };
const sameName = (a, b) => a.trim() === b.trim();
const sameEmail = (a, b) => a.trim().toLowerCase() === b.trim().toLowerCase();
const samePerson = (a, b) => sameName(a.name, b.name) && sameEmail(a.email, b.email);
/** Made by ai-sync: author and committer are the configured committer. */
function isOwnCommit(c, committer) {
    return samePerson(c.author, committer) && samePerson(c.committer, committer);
}
const touches = (c, path) => c.files.some((f) => f.path === path || f.previousPath === path);
/** The push is nothing but ai-sync's own status commits: nothing to judge, nothing to write. */
function isOwnStatusPush(commits, statusPath, committer) {
    const paths = commits.flatMap((c) => c.files.flatMap((f) => [f.path, f.previousPath ?? f.path]));
    return paths.length > 0 && paths.every((p) => p === statusPath) && commits.every((c) => isOwnCommit(c, committer));
}
const isMerge = (message) => /^Merge (?:branch|pull request|remote-tracking branch|tag|commit|[0-9a-f]{7,40}\b)/.test(message);
// Untrusted text (a git identity) is quoted as JSON: one line whatever it holds.
const who = (p) => (0,quote/* quote */.h)(p.email ? `${p.name} <${p.email}>` : p.name, 200);
/**
 * One `claim-tampered` warning per commit that edits the status file by hand (not ai-sync's own, not a merge).
 * `agentOf` gives the agent a commit was attributed to (null when unknown).
 */
function statusHandEdits(commits, files, committer, agentOf) {
    const out = [];
    for (const c of commits) {
        if (!touches(c, files.status) || isOwnCommit(c, committer) || isMerge(c.message))
            continue;
        const sha = (0,quote/* commitLabel */.K)(c.sha);
        const by = c.author.name.trim() === '' && c.author.email.trim() === '' ? 'an unknown author' : who(c.author);
        out.push((0,finding/* note */.N)({
            kind: 'claim-tampered',
            severity: 'warning',
            file: files.status,
            agent: agentOf(c.sha),
            commit: c.sha,
            message: `${files.status} was edited by hand in commit ${sha} by ${by}, not by ai-sync (${who(committer)}); ` +
                `ai-sync writes that file itself and replaces the edit: change ${files.claims} instead.`
        }));
    }
    return out;
}

// EXTERNAL MODULE: ./src/engine/judge/verdict.ts
var verdict = __webpack_require__(4227);
// EXTERNAL MODULE: ./src/engine/identity/index.ts + 2 modules
var identity = __webpack_require__(4073);
// EXTERNAL MODULE: ./src/engine/status/read.ts + 2 modules
var read = __webpack_require__(4749);
;// CONCATENATED MODULE: ./src/engine/check-core.ts
// check() once the config is parsed: parses the claims, resolves identities, judges — everything the entry point
// (check.ts) does but reading the config file. It imports neither yaml nor the zod config schema, so the action
// judges a repository without a config file without loading them (it parses a config file itself, lazily).










/** Applies input overrides on top of the config file; validation errors name the input. */
function withOverrides(config, overrides) {
    const out = { ...config, policy: { ...config.policy } };
    if (overrides?.activeHours !== undefined)
        out.activeHours = overrides.activeHours;
    if (overrides?.staleHours !== undefined)
        out.staleHours = overrides.staleHours;
    if (overrides?.timezone !== undefined)
        out.timezone = overrides.timezone;
    if (!(out.activeHours > 0 && out.activeHours < out.staleHours)) {
        throw new Error(`active-hours (${out.activeHours}) must be greater than 0 and less than stale-hours (${out.staleHours})`);
    }
    return out;
}
/** check() with `parsed`, the config file already parsed (parseConfig, or defaultConfig() when there is none). */
function checkWith(input, parsed) {
    const config = withOverrides(parsed, input.overrides);
    const opts = { timezone: config.timezone };
    const claimsBefore = input.claimsBeforeText === null ? null : (0,claims/* parseClaims */.D)(input.claimsBeforeText, opts);
    const claimsAfter = (0,claims/* parseClaims */.D)(input.claimsAfterText ?? '', opts);
    const warnings = [];
    if (input.claimsAfterText === null)
        warnings.push(`${input.files.claims} does not exist: no claims to check against.`);
    const { status, warning } = (0,read/* parseStatus */.i$)(input.statusText);
    if (warning)
        warnings.push(`${input.files.status}: ${warning}`);
    const sections = [...(claimsBefore?.agents ?? []), ...claimsAfter.agents].flatMap((s) => [s.name, ...(s.aliases ?? [])]);
    const claimers = [...(claimsBefore?.moduleClaims ?? []), ...claimsAfter.moduleClaims].map((m) => m.agent);
    const agents = (0,identity/* agentNames */.QI)(config, [...sections, ...claimers]);
    const ctx = { config, agents, branch: input.branch };
    let whole;
    if (input.pullRequest) {
        const head = input.commits[input.commits.length - 1];
        whole =
            (input.branch !== null ? (0,identity/* resolveBranchIdentity */.TZ)(input.branch, config, agents) : null) ??
                (input.pullRequest.author ? (0,identity/* resolveLoginIdentity */.U0)(input.pullRequest.author, ctx) : null) ??
                (head ? (0,identity/* resolveIdentity */.XH)(head, { ...ctx, branch: null }) : undefined);
    }
    const headIndex = input.commits.length - 1;
    const commits = input.commits.map((c, i) => {
        const change = {
            sha: c.sha,
            message: c.message,
            // In a pull request the head commit's own evidence (its trailers, author, committer) is checked against the
            // PR's agent, so a claude/ branch whose head says `AI-Agent: ChatGPT Codex` is not silently Claude's.
            identity: whole ? (i === headIndex ? (0,identity/* withConflicts */.Oy)(whole, (0,identity/* identityEvidence */.ad)(c, { ...ctx, branch: null })) : whole) : (0,identity/* resolveIdentity */.XH)(c, ctx),
            files: c.files
        };
        if (c.claimsText !== undefined)
            change.claimsAfter = (0,claims/* parseClaims */.D)(c.claimsText, opts);
        return change;
    });
    // A lastSeenAt after now (a hand-edited status file) would keep a claim alive until then: dropped and reported.
    const seen = (0,read/* lastSeenFrom */.IU)(status, input.now);
    for (const f of seen.future) {
        warnings.push((0,read/* futureLastSeenWarning */.hV)(input.files.status, f));
    }
    const agentOf = (sha) => commits.find((c) => c.sha === sha)?.identity.agent ?? null;
    const head = commits[commits.length - 1];
    const early = statusHandEdits(input.commits, input.files, input.statusCommitter ?? DEFAULT_STATUS_COMMITTER, agentOf);
    if (input.incomplete)
        early.push(incompleteFinding(input.incomplete, head?.identity.agent ?? null, head?.sha ?? null));
    // Claims written on open pull requests and branches: judged like landed ones, compared with the landed claims.
    const landed = claimsBefore ?? claimsAfter;
    const flying = input.inFlight ? (0,inflight_claims/* inFlightClaims */.Je)(input.inFlight, landed, config.timezone) : [];
    const seenRadar = input.inFlight
        ? (0,radar/* radar */.D)({ inFlight: input.inFlight, claims: flying, changed: [...new Set(commits.flatMap(judge_claims/* changedPaths */.vl))], agent: head?.identity.agent ?? null, config, agents, files: input.files })
        : null;
    const evaluation = (0,evaluate/* evaluate */._)({
        commits,
        claimsBefore,
        claimsAfter,
        config,
        now: input.now,
        lastSeen: seen.lastSeen,
        files: input.files,
        findings: [...early, ...(seenRadar?.findings ?? [])],
        inFlight: flying.flatMap((f) => f.sections),
        ...(input.maxFindings !== undefined ? { maxFindings: input.maxFindings } : {})
    });
    if (seenRadar)
        evaluation.inFlight = seenRadar.report;
    return { evaluation, fails: (0,verdict/* failsOn */.H)(evaluation.verdict, input.failOn ?? 'error'), config, commits, claimsBefore, claimsAfter, warnings };
}
function incompleteFinding(why, agent, commit) {
    return (0,finding/* note */.N)({
        kind: 'incomplete-changes',
        severity: 'warning',
        file: null,
        agent,
        commit,
        message: `Not every changed file could be checked: ${why}. Split the change, or check it locally with \`ai-sync verify\`.`
    });
}

// EXTERNAL MODULE: ./src/engine/config/index.ts + 4 modules
var config = __webpack_require__(9518);
;// CONCATENATED MODULE: ./src/engine/check.ts
// The single pure entry point: texts and commits in, an evaluation out. The action (reading through the API)
// and the CLI (reading local git) both end here, so they judge the same data the same way. This file parses the
// config file; check-core.ts does the rest (the action calls it directly, with the config it parsed lazily).



function check(input) {
    return checkWith(input, input.config ?? (0,config/* parseConfig */.o4)(input.configText, input.configFile));
}


/***/ }),

/***/ 909:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BM: () => (/* binding */ extractPath),
/* harmony export */   EN: () => (/* binding */ splitTopLevel),
/* harmony export */   RA: () => (/* binding */ isPathLike),
/* harmony export */   qb: () => (/* binding */ normalisePath),
/* harmony export */   wk: () => (/* binding */ firstToken)
/* harmony export */ });
/* unused harmony export KNOWN_BARE_FILES */
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2859);
// Files lists: one item ("- `src/a.ts` (new) — reason") → the path, directory or glob it claims, or why it is none.

// ---------------------------------------------------------------------------------------------------------------
// Files Being Modified
const KNOWN_BARE_FILES = new Set([
    'makefile',
    'dockerfile',
    'containerfile',
    'procfile',
    'gemfile',
    'rakefile',
    'jenkinsfile',
    'vagrantfile',
    'justfile',
    'brewfile',
    'podfile',
    'license',
    'licence',
    'codeowners',
    'readme',
    'changelog',
    'authors',
    'notice',
    'copying'
]);
/** Splits on commas outside parentheses, brackets, braces (`*.{ts,js}` is one glob) and backticks. */
function splitTopLevel(s) {
    const out = [];
    let depth = 0;
    let code = false;
    let start = 0;
    for (let i = 0; i < s.length; i++) {
        const ch = s.charAt(i);
        if (ch === '`')
            code = !code;
        else if (code)
            continue;
        else if (ch === '(' || ch === '[' || ch === '{')
            depth++;
        else if ((ch === ')' || ch === ']' || ch === '}') && depth > 0)
            depth--;
        else if ((ch === ',' || ch === ';') && depth === 0) {
            out.push(s.slice(start, i));
            start = i + 1;
        }
    }
    out.push(s.slice(start));
    return out;
}
function isPathLike(t) {
    if (t.length === 0 || t.length > 1024)
        return false;
    for (let i = 0; i < t.length; i++) {
        const c = t.charCodeAt(i);
        if (c < 32 || c === 127)
            return false;
        const ch = t.charAt(i);
        if (ch === '<' || ch === '>' || ch === '|' || ch === '"' || (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .isSpace */ .xC)(ch))
            return false;
    }
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(t))
        return false; // a URL
    const first = t.charAt(0);
    if (!_text_js__WEBPACK_IMPORTED_MODULE_0__/* .LETTER_OR_DIGIT */ .Jy.test(first) && !'._/*@~$-[{!('.includes(first))
        return false;
    if (t.indexOf('/') >= 0 || t.indexOf('*') >= 0)
        return true;
    // A brace list of names: `{a.ts,b.ts}`, `index.{ts,js}`.
    if (/\{[^{}]*,[^{}]*\}/.test(t))
        return true;
    if (/^[.]{1,2}$/.test(t))
        return false;
    const dot = t.lastIndexOf('.');
    if (dot >= 0 && dot < t.length - 1) {
        const ext = t.slice(dot + 1);
        if (ext.length <= 16 && /^[A-Za-z0-9_+-]+$/.test(ext) && /[A-Za-z]/.test(ext))
            return true;
    }
    return KNOWN_BARE_FILES.has(t.toLowerCase());
}
/** One item of a files list: a path, a `path` in backticks, a dir/ or a glob, with an optional note after it. */
function extractPath(item) {
    let s = item.trim();
    // `**`, `*`, `**/*` (bare or in backticks): globs made only of stars and slashes claim everything they say —
    // markup stripping would read them as nothing.
    const stars = /^(`*)([*/]+)\1(?:\s|$)/.exec(s);
    if (stars && stars[2].includes('*'))
        return { kind: 'path', pattern: normalisePath(stars[2]) };
    if ((0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .isNoneLike */ .gJ)(s))
        return { kind: 'none' };
    let token;
    if (s.startsWith('`')) {
        let n = 0;
        while (s.charAt(n) === '`')
            n++;
        const close = s.indexOf('`'.repeat(n), n);
        if (close < 0)
            return { kind: 'invalid' };
        token = s.slice(n, close).trim();
    }
    else if (s.startsWith('**') && s.charAt(2) !== '/') {
        // **bold path** — but not a glob that starts with "**/" ("**/migrations/**" is a glob, not bold "/migrations/").
        const close = s.indexOf('**', 2);
        if (close < 0)
            return { kind: 'invalid' };
        token = s.slice(2, close).replace(/`/g, '').trim();
    }
    else if (s.startsWith('[')) {
        // [label](target): the label when it is a path, else the target.
        const mid = s.indexOf('](');
        const end = mid > 0 ? s.indexOf(')', mid + 2) : -1;
        if (mid < 0 || end < 0) {
            token = firstToken(s);
        }
        else {
            const label = s.slice(1, mid).replace(/`/g, '').trim();
            token = isPathLike(normalisePath(label)) ? label : s.slice(mid + 2, end).trim();
        }
    }
    else {
        if (s.startsWith('"') || s.startsWith("'")) {
            const close = s.indexOf(s.charAt(0), 1);
            if (close > 0)
                s = s.slice(1, close);
        }
        token = firstToken(s);
    }
    const pattern = normalisePath(token);
    return isPathLike(pattern) ? { kind: 'path', pattern } : { kind: 'invalid' };
}
function firstToken(s) {
    let j = 0;
    while (j < s.length && !(0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .isSpace */ .xC)(s.charAt(j)))
        j++;
    return s.slice(0, j);
}
function normalisePath(token) {
    let t = token.trim();
    if (t.startsWith('(') && t.endsWith(')'))
        t = t.slice(1, -1);
    // A note glued on ("app.module.ts(re-enable)"): cut, but "app/(auth)/page.tsx" stays whole.
    const open = t.lastIndexOf('(');
    if (open > 0 && (t.indexOf(')', open) < 0 || (t.endsWith(')') && t.charAt(open - 1) !== '/')))
        t = t.slice(0, open);
    // A line reference: "src/a.ts:12", "src/a.ts:12:3", "src/a.ts#L12".
    t = t.replace(/(?::\d{1,7}){1,2}$|#L\d{1,7}(?:-L?\d{1,7})?$/, '');
    while (t.length > 0 && ',;:'.includes(t.charAt(t.length - 1)))
        t = t.slice(0, -1);
    if (t.length > 1 && t.endsWith('.') && _text_js__WEBPACK_IMPORTED_MODULE_0__/* .LETTER_OR_DIGIT */ .Jy.test(t.charAt(t.length - 2)))
        t = t.slice(0, -1);
    t = t.replace(/\\/g, '/');
    while (t.startsWith('./'))
        t = t.slice(2);
    while (t.startsWith('/') && t.length > 1)
        t = t.slice(1);
    return t;
}


/***/ }),

/***/ 5806:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* reexport safe */ _reader_js__WEBPACK_IMPORTED_MODULE_1__.D)
/* harmony export */ });
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2753);
/* harmony import */ var _reader_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5473);
// Kept for existing imports: the claims reader lives in ./claims/ (one file per part of the document).




/***/ }),

/***/ 2753:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Aw: () => (/* binding */ MAX_HEADING_TEXT),
/* harmony export */   KL: () => (/* binding */ lastNonBlank),
/* harmony export */   Nd: () => (/* binding */ isRule),
/* harmony export */   VB: () => (/* binding */ parseListItem),
/* harmony export */   cn: () => (/* binding */ parseField),
/* harmony export */   iA: () => (/* binding */ prepare),
/* harmony export */   kY: () => (/* binding */ parseHeading),
/* harmony export */   l6: () => (/* binding */ MAX_LINE_LENGTH),
/* harmony export */   nH: () => (/* binding */ fenceOpener),
/* harmony export */   rE: () => (/* binding */ Diagnostics),
/* harmony export */   rR: () => (/* binding */ normaliseLabel)
/* harmony export */ });
/* unused harmony exports MAX_DIAGNOSTICS, isFenceClose */
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2859);

const MAX_LINE_LENGTH = 10_000;
/** More diagnostics than this are counted, not listed. */
const MAX_DIAGNOSTICS = 200;
/** Heading texts longer than this are never agent or override headings. */
const MAX_HEADING_TEXT = 300;
// ---------------------------------------------------------------------------------------------------------------
// Diagnostics
class Diagnostics {
    list = [];
    suppressed = 0;
    add(severity, line, message) {
        if (this.list.length >= MAX_DIAGNOSTICS) {
            this.suppressed++;
            return;
        }
        this.list.push({ severity, line, message });
    }
    finish() {
        const out = [...this.list].sort((a, b) => a.line - b.line);
        if (this.suppressed > 0) {
            out.push({
                severity: 'warning',
                line: 0,
                message: `${this.suppressed} further diagnostic(s) not listed (only the first ${MAX_DIAGNOSTICS} are kept)`
            });
        }
        return out;
    }
}
function parseHeading(line) {
    let p = 0;
    while (p < 3 && line.charAt(p) === ' ')
        p++;
    let n = 0;
    while (line.charAt(p + n) === '#')
        n++;
    if (n < 1 || n > 6)
        return null;
    const after = line.charAt(p + n);
    if (after !== '' && !(0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .isSpace */ .xC)(after))
        return null;
    let text = line.slice(p + n).trim();
    // Optional closing sequence: "## Title ##".
    let e = text.length;
    while (e > 0 && text.charAt(e - 1) === '#')
        e--;
    if (e === 0)
        text = '';
    else if (e < text.length && (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .isSpace */ .xC)(text.charAt(e - 1)))
        text = text.slice(0, e).trim();
    return { level: n, text };
}
/** `---`, `***`, `___`, `- - -` (a setext underline is read as a rule too: sections end there either way). */
function isRule(line) {
    let lead = 0;
    while (lead < line.length && line.charAt(lead) === ' ')
        lead++;
    if (lead > 3)
        return false;
    let mark = '';
    let count = 0;
    for (let i = lead; i < line.length; i++) {
        const ch = line.charAt(i);
        if ((0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .isSpace */ .xC)(ch))
            continue;
        if (ch !== '-' && ch !== '*' && ch !== '_')
            return false;
        if (mark !== '' && ch !== mark)
            return false;
        mark = ch;
        count++;
    }
    return count >= 3;
}
function parseListItem(line) {
    let indent = 0;
    let p = 0;
    while (p < line.length && (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .isSpace */ .xC)(line.charAt(p))) {
        indent += line.charAt(p) === '\t' ? 4 : 1;
        p++;
    }
    const ch = line.charAt(p);
    let q;
    if (ch === '-' || ch === '*' || ch === '+' || ch === '•') {
        q = p + 1;
    }
    else {
        let d = p;
        while (d < line.length && d - p < 9 && line.charCodeAt(d) >= 48 && line.charCodeAt(d) <= 57)
            d++;
        if (d === p || (line.charAt(d) !== '.' && line.charAt(d) !== ')'))
            return null;
        q = d + 1;
    }
    const after = line.charAt(q);
    if (after !== '' && !(0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .isSpace */ .xC)(after))
        return null;
    const rest = line.slice(q);
    const contentAt = q + rest.length - rest.trimStart().length;
    let text = rest.trim();
    let textAt = contentAt;
    if (/^\[[ xX]\](?:\s|$)/.test(text)) {
        const after = text.slice(3);
        textAt += 3 + after.length - after.trimStart().length;
        text = after.trim();
    }
    return { indent, text, contentAt, textAt };
}
function normaliseLabel(label) {
    let s = (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .cleanName */ .$t)(label).toLowerCase();
    s = s.replace(/\s+/g, ' ').trim();
    s = s.replace(/check[\s-]*in\b/g, 'checkin');
    return s;
}
/**
 * A `**Label:** value` line (or list item): colon inside or outside the bold, `__` as bold too. Without bold, only
 * the labels in `plain` are recognised (`Module: X`), so prose with a colon is not a field.
 */
function parseField(content, plain) {
    const s = content.trimStart();
    const lead = content.length - s.length;
    let label = null;
    let value = '';
    let at = 0;
    const delim = s.startsWith('**') ? '**' : s.startsWith('__') ? '__' : null;
    if (delim) {
        const close = s.indexOf(delim, 2);
        if (close < 0 || close > 120)
            return null;
        const inner = s.slice(2, close).trim();
        const after = s.slice(close + 2);
        if (inner.endsWith(':') || inner.endsWith('：')) {
            label = inner.slice(0, -1);
            value = after;
            at = close + 2;
        }
        else if (after.startsWith(':') || after.startsWith('：')) {
            label = inner;
            value = after.slice(1);
            at = close + 3;
        }
        else {
            return null;
        }
    }
    else {
        const colon = s.indexOf(':');
        if (colon <= 0 || colon > 60)
            return null;
        const key = normaliseLabel(s.slice(0, colon));
        if (!plain.has(key))
            return null;
        label = s.slice(0, colon);
        value = s.slice(colon + 1);
        at = colon + 1;
    }
    const key = normaliseLabel(label);
    if (key === '' || key.length > 80)
        return null;
    return { key, label: label.trim(), value: value.trim(), at: lead + at };
}
function fenceOpener(line) {
    let p = 0;
    while (p < line.length && (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .isSpace */ .xC)(line.charAt(p)))
        p++;
    if (p > 40)
        return null;
    const c = line.charAt(p);
    if (c !== '`' && c !== '~')
        return null;
    let n = 0;
    while (line.charAt(p + n) === c)
        n++;
    if (n < 3)
        return null;
    // A backtick fence's info string never contains a backtick (else it is inline code: ```x```).
    if (c === '`' && line.indexOf('`', p + n) >= 0)
        return null;
    return { char: c, len: n };
}
function isFenceClose(line, char, len) {
    let p = 0;
    while (p < line.length && (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .isSpace */ .xC)(line.charAt(p)))
        p++;
    let n = 0;
    while (line.charAt(p + n) === char)
        n++;
    if (n < len)
        return false;
    for (let i = p + n; i < line.length; i++)
        if (!(0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .isSpace */ .xC)(line.charAt(i)))
            return false;
    return true;
}
/** Comments and fences never closed are re-read as text this many times (bounded: each re-read is linear). */
const MAX_RECOVERIES = 3;
function prepare(text, diags) {
    const raw = text.split(/\r\n|\r|\n/);
    if (raw.length > 0 && raw[0].charCodeAt(0) === 0xfeff)
        raw[0] = raw[0].slice(1);
    const data = new Array(raw.length).fill('');
    const hiddenBy = new Array(raw.length).fill(0);
    const unclosed = [];
    let sawNul = false;
    let hidden = 0;
    let from = 0;
    for (let round = 0;; round++) {
        const end = scan(from, hidden);
        if (end === null)
            break;
        const closer = end.kind === 'fence' ? end.fence : '-->';
        const what = end.kind === 'fence' ? `code fence ${end.fence}` : 'HTML comment <!--';
        unclosed.push({ line: end.openedAt, what, closer });
        if (round >= MAX_RECOVERIES) {
            diags.add('warning', end.openedAt, `${what} opened here is never closed; the rest of the file is not read — expected a closing ${closer}`);
            break;
        }
        diags.add('warning', end.openedAt, `${what} opened here is never closed; the lines after it are read anyway, as uncertain claims — expected a closing ${closer}`);
        hidden = end.openedAt;
        from = end.openedAt; // the line after the opener (0-based index = 1-based line number)
    }
    return { raw, data, hiddenBy, unclosed };
    /** One pass from line index `from`; the unclosed construct it ends in, or null. */
    function scan(from, hiddenLine) {
        let state = 'text';
        let fence = { char: '`', len: 3 };
        let openedAt = 0;
        for (let i = from; i < raw.length; i++) {
            const line = raw[i];
            data[i] = '';
            hiddenBy[i] = hiddenLine;
            if (line.length > MAX_LINE_LENGTH) {
                if (state === 'text') {
                    diags.add('warning', i + 1, `line is ${line.length} characters long (more than ${MAX_LINE_LENGTH}); skipped — expected short markdown lines`);
                }
                continue;
            }
            if (line.indexOf('\u0000') >= 0) {
                if (!sawNul) {
                    diags.add('warning', i + 1, 'line contains NUL bytes (binary data?); such lines are skipped — expected a text file');
                    sawNul = true;
                }
                continue;
            }
            if (state === 'fence') {
                if (isFenceClose(line, fence.char, fence.len))
                    state = 'text';
                continue;
            }
            let rest = line;
            if (state === 'comment') {
                const close = line.indexOf('-->');
                if (close < 0)
                    continue;
                state = 'text';
                rest = line.slice(close + 3);
                if (rest.trim() === '')
                    continue;
            }
            else {
                const f = fenceOpener(line);
                if (f) {
                    state = 'fence';
                    fence = f;
                    openedAt = i + 1;
                    continue;
                }
            }
            // Strip HTML comments, possibly several per line, possibly opening one that runs on.
            if (rest.indexOf('<!--') >= 0) {
                let out = '';
                let pos = 0;
                for (;;) {
                    const open = rest.indexOf('<!--', pos);
                    if (open < 0) {
                        out += rest.slice(pos);
                        break;
                    }
                    out += rest.slice(pos, open);
                    const close = rest.indexOf('-->', open + 4);
                    if (close < 0) {
                        state = 'comment';
                        openedAt = i + 1;
                        break;
                    }
                    pos = close + 3;
                }
                rest = out.trim() === '' ? '' : out;
            }
            data[i] = rest;
        }
        if (state === 'text')
            return null;
        return { kind: state, openedAt, fence: fence.char.repeat(fence.len) };
    }
}
/** The last non-blank line index in [from, to]: where a block that runs to `to` really ends. */
function lastNonBlank(raw, from, to) {
    let e = to;
    while (e > from && raw[e].trim() === '')
        e--;
    return e;
}


/***/ }),

/***/ 9239:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e1: () => (/* binding */ parseModuleLine),
/* harmony export */   e4: () => (/* binding */ headingContext)
/* harmony export */ });
/* unused harmony exports dropParentheticals, WORD, PROSE_WORDS, validModuleName, validAgentName, claimAgent */
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2753);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2859);
/* harmony import */ var _overrides_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5855);



/** Removes parenthesised notes: "Complete (No Work Needed)" → "Complete ". */
function dropParentheticals(s) {
    let out = '';
    let depth = 0;
    for (let i = 0; i < s.length; i++) {
        const ch = s.charAt(i);
        if (ch === '(')
            depth++;
        else if (ch === ')' && depth > 0)
            depth--;
        else if (depth === 0)
            out += ch;
    }
    return out;
}
/**
 * What a heading says about the list items under it. Only short label-like headings set a module state
 * ("### ✅ Complete (No Work Needed)", "## Available Modules for Work"), not prose that happens to contain the
 * word ("### Current Status: PHASE 2 COMPLETE - High-Level API Implemented!").
 */
function headingContext(h) {
    const full = (0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .stripMarkup */ .tC)(h.text).toLowerCase();
    const t = h.text.length > _markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_HEADING_TEXT */ .Aw ? '' : dropParentheticals((0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .dropLeadingDecoration */ .kT)(full)).trim();
    const words = t === '' ? 0 : t.split(/\s+/).length;
    const label = words > 0 && words <= 5 && t.indexOf(':') < 0;
    let state = null;
    if (label) {
        if (/\bclaimed\b/.test(t))
            state = 'claimed';
        else if (/\bcomplete(?:d)?\b/.test(t))
            state = 'complete';
        else if (/\bavailable\b/.test(t))
            state = 'available';
    }
    return {
        level: h.level,
        state,
        modules: label && /\bmodules?\b/.test(t),
        overrideContainer: full.indexOf('emergency override') >= 0
    };
}
const WORD = /^[\p{L}\p{N}_@][\p{L}\p{N}_.@/+#-]*$/u;
/** Words that make a "name" a sentence ("NEVER work on modules claimed by the other AI"). */
const PROSE_WORDS = new Set([
    'a',
    'an',
    'the',
    'on',
    'to',
    'of',
    'in',
    'by',
    'for',
    'with',
    'and',
    'or',
    'not',
    'never',
    'always',
    'do',
    'don',
    'is',
    'are',
    'be',
    'if',
    'any',
    'all',
    'you',
    'your',
    'my',
    'we',
    'other',
    'work',
    'working'
]);
/** A module name: one identifier-like word (context-only lines) or up to four (lines with an explicit marker). */
function validModuleName(name, multiWord) {
    if (name.length === 0 || name.length > 80 || (0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .isNoneLike */ .gJ)(name) || (0,_overrides_js__WEBPACK_IMPORTED_MODULE_2__/* .isPlaceholder */ .wK)(name))
        return false;
    const words = name.split(/\s+/);
    if (words.length > (multiWord ? 4 : 1))
        return false;
    // Several words: a title ("Database Seeding", "Phase 2"), never a sentence.
    if (words.length > 1 && words.some((w) => PROSE_WORDS.has(w.toLowerCase()) || /^\p{Ll}/u.test(w)))
        return false;
    return words.every((w) => WORD.test(w));
}
/** Who holds a claim: a name, not a placeholder or a phrase ("the other AI"). */
function validAgentName(name) {
    if (name === '' || name.length > 80 || (0,_overrides_js__WEBPACK_IMPORTED_MODULE_2__/* .isPlaceholder */ .wK)(name) || (0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .isNoneLike */ .gJ)(name))
        return false;
    const words = name.split(/\s+/);
    return words.length <= 5 && !['the', 'other', 'another', 'someone', 'somebody', 'nobody', 'anyone'].includes(words[0].toLowerCase());
}
/** "ChatGPT Codex (status uncertain - …)" → "ChatGPT Codex". */
function claimAgent(s) {
    let cut = s.length;
    for (const sep of ['(', ')', ' - ', ' — ', ' – ', ',', ';', ':', ' since ', ' until ', ' until:']) {
        const k = s.indexOf(sep);
        if (k >= 0 && k < cut)
            cut = k;
    }
    return (0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .cleanName */ .$t)(s.slice(0, cut));
}
function parseModuleLine(itemText, ctx) {
    let s = (0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .dropLeadingDecoration */ .kT)(itemText).trim();
    // Symbols glued to the front ("✅**Auth**").
    let i = 0;
    while (i < s.length) {
        const cp = s.codePointAt(i) ?? 0;
        const ch = String.fromCodePoint(cp);
        if (_text_js__WEBPACK_IMPORTED_MODULE_1__/* .LETTER_OR_DIGIT */ .Jy.test(ch) || '*_`['.includes(ch))
            break;
        i += ch.length;
    }
    s = s.slice(i);
    if (s === '')
        return null;
    let name;
    let rest;
    let bareClaim = false;
    const delim = s.startsWith('**') ? '**' : s.startsWith('__') ? '__' : s.startsWith('`') ? '`' : null;
    if (delim) {
        const close = s.indexOf(delim, delim.length);
        if (close < 0)
            return null;
        name = s.slice(delim.length, close);
        rest = s.slice(close + delim.length);
    }
    else {
        const lower = s.toLowerCase();
        let cut = s.length;
        for (const sep of [' - ', ' — ', ' – ', ' -- ', ': ', ' (', ' claimed by ']) {
            const k = sep === ' claimed by ' ? lower.indexOf(sep) : s.indexOf(sep);
            if (k >= 0 && k < cut) {
                cut = k;
                bareClaim = sep === ' claimed by ';
            }
        }
        name = s.slice(0, cut);
        rest = s.slice(cut);
    }
    name = (0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .cleanName */ .$t)(name);
    while (rest.length > 0 && ' \t-–—:'.includes(rest.charAt(0)))
        rest = rest.slice(1);
    const lowerRest = rest.toLowerCase();
    let state = null;
    let agent = null;
    const by = lowerRest.indexOf('claimed by');
    if (by >= 0) {
        state = 'claimed';
        const a = claimAgent(rest.slice(by + 'claimed by'.length));
        agent = validAgentName(a) ? a : null;
    }
    else if (!rest.startsWith('(')) {
        // A state word right after the separator ("- Complete", "- Available (…)"), not inside a note.
        const word = /^[\p{L}-]+/u.exec((0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .cleanName */ .$t)(rest).toLowerCase())?.[0] ?? '';
        if (word === 'claimed' || word === 'locked')
            state = 'claimed';
        else if (word === 'complete' || word === 'completed' || word === 'done' || word === 'finished')
            state = 'complete';
        else if (word === 'available' || word === 'unclaimed')
            state = 'available';
    }
    if (state !== null) {
        // "X claimed by Y" without a separator: only a one-word X, else any sentence with "claimed by" would match.
        return validModuleName(name, !bareClaim) ? { module: name, state, agent } : null;
    }
    if (ctx.state === null && !ctx.modules)
        return null;
    return validModuleName(name, false) ? { module: name, state: ctx.state ?? 'other', agent: null } : null;
}


/***/ }),

/***/ 5855:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G1: () => (/* binding */ finishOverride),
/* harmony export */   GH: () => (/* binding */ overrideFromListItem),
/* harmony export */   Iu: () => (/* binding */ cleanDatePrefix),
/* harmony export */   VT: () => (/* binding */ overrideLine),
/* harmony export */   aB: () => (/* binding */ linkOverrideModules),
/* harmony export */   rP: () => (/* binding */ overrideFromHeading),
/* harmony export */   u1: () => (/* binding */ LEADING_DATE),
/* harmony export */   wK: () => (/* binding */ isPlaceholder)
/* harmony export */ });
/* harmony import */ var _time_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2962);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(909);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2753);
/* harmony import */ var _sections_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5536);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2859);





const LEADING_DATE = /^\d{4}[-/]\d{1,2}[-/]\d{1,2}(?:[T ]\d{1,2}:(?:\d{2}|[xX]{2})(?::\d{2})?)?(?:[ \t]?(?:UTC|GMT|Z))?(?![\w:])/;
function isPlaceholder(s) {
    const t = s.trim();
    return ((t.startsWith('[') && t.endsWith(']')) ||
        (t.startsWith('<') && t.endsWith('>')) ||
        (t.startsWith('{') && t.endsWith('}')) ||
        /\byour name\b/i.test(t));
}
function cleanDatePrefix(s) {
    let t = (0,_text_js__WEBPACK_IMPORTED_MODULE_4__/* .dropLeadingDecoration */ .kT)(s).trim();
    while (t.length > 0 && '*_`['.includes(t.charAt(0)))
        t = t.slice(1);
    return t;
}
/** "### Emergency Override - 2025-12-04 - Claude Code": the entry its parts describe (an unfilled template warns). */
function overrideFromHeading(parts, line, level, headingText, timezone, diags) {
    const template = parts.some(isPlaceholder);
    if (template) {
        diags.add('warning', line, `emergency override heading "${headingText.slice(0, 80)}" looks like an unfilled template; ignored — expected "Emergency Override - <date> - <name>"`);
    }
    let date = null;
    let by = null;
    for (const part of parts) {
        const t = date === null ? (0,_time_index_js__WEBPACK_IMPORTED_MODULE_0__/* .parseTime */ .pe)(part, timezone) : null;
        if (t)
            date = t;
        else if (by === null)
            by = (0,_text_js__WEBPACK_IMPORTED_MODULE_4__/* .cleanName */ .$t)(part) || null;
    }
    return { line, indent: -1, level, date, by, module: null, reason: null, fields: {}, template, sawBlank: false };
}
/** A dated list item under an "Emergency Override" heading: `- 2025-12-04 Claude Code: hotfix in a/b.ts`. */
function overrideFromListItem(li, line, timezone) {
    const s = cleanDatePrefix(li.text);
    const m = LEADING_DATE.exec(s);
    if (!m)
        return null;
    const date = (0,_time_index_js__WEBPACK_IMPORTED_MODULE_0__/* .parseTime */ .pe)(m[0], timezone);
    if (!date)
        return null;
    let rest = s.slice(m[0].length).replace(/^[\s*_`,:;–—-]+/, '');
    let by = null;
    const colon = rest.indexOf(':');
    let dash = -1;
    for (const sep of [' - ', ' — ', ' – ']) {
        const x = rest.indexOf(sep);
        if (x >= 0 && (dash < 0 || x < dash))
            dash = x;
    }
    const cut = colon >= 0 && (dash < 0 || colon < dash) ? colon : dash;
    if (cut > 0 && cut <= 60) {
        const who = (0,_text_js__WEBPACK_IMPORTED_MODULE_4__/* .cleanName */ .$t)(rest.slice(0, cut));
        if (who !== '' && who.split(/\s+/).length <= 4) {
            by = who;
            rest = rest.slice(cut + (cut === colon ? 1 : 3)).trim();
        }
    }
    const reason = rest.trim() === '' ? null : rest.trim();
    const first = reason ? (0,_text_js__WEBPACK_IMPORTED_MODULE_4__/* .cleanName */ .$t)((0,_files_js__WEBPACK_IMPORTED_MODULE_1__/* .firstToken */ .wk)(reason)) : '';
    const module = first !== '' && /^[A-Za-z_][\w.-]*Module$/.test(first) ? first : null;
    return { line, indent: li.indent, level: 0, date, by, module, reason, fields: {}, template: false, sawBlank: false };
}
/** One more line of an entry: its fields. False when the line does not belong to a list-shaped entry (which ends). */
function overrideLine(o, d, lineNo) {
    const li = (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .parseListItem */ .VB)(d);
    if (o.indent >= 0) {
        if (d.trim() === '') {
            o.sawBlank = true;
            return true;
        }
        const indent = li ? li.indent : d.length - d.trimStart().length;
        if (li ? li.indent <= o.indent : o.sawBlank && indent <= o.indent)
            return false;
    }
    if (d.trim() === '')
        return true;
    o.sawBlank = false;
    const field = (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .parseField */ .cn)(li ? li.text : d, _sections_js__WEBPACK_IMPORTED_MODULE_3__/* .OVERRIDE_PLAIN_LABELS */ .yo);
    if (field && !Object.hasOwn(o.fields, field.key))
        o.fields[field.key] = { value: field.value, line: lineNo };
    return true;
}
/** The entry, once its last line (index `lastIndex`) is known; null for a template. */
function finishOverride(o, raw, lastIndex, timezone) {
    if (o.template)
        return null;
    const start = o.line - 1;
    const end = (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .lastNonBlank */ .KL)(raw, start, lastIndex);
    const f = o.fields;
    let date = o.date;
    const dateField = f['date'];
    if (date === null && dateField)
        date = (0,_time_index_js__WEBPACK_IMPORTED_MODULE_0__/* .parseTime */ .pe)(dateField.value, timezone);
    const byField = (0,_sections_js__WEBPACK_IMPORTED_MODULE_3__/* .firstField */ .Zv)(f, ['by', 'agent', 'taken by', 'overridden by']);
    const moduleField = f['module'];
    const ownerField = (0,_sections_js__WEBPACK_IMPORTED_MODULE_3__/* .firstField */ .Zv)(f, ['original owner', 'owner']);
    const reasonField = f['reason'];
    return {
        line: o.line,
        endLine: end + 1,
        date,
        by: o.by ?? (byField ? (0,_text_js__WEBPACK_IMPORTED_MODULE_4__/* .cleanName */ .$t)(byField.value) || null : null),
        module: moduleField && !(0,_text_js__WEBPACK_IMPORTED_MODULE_4__/* .isNoneLike */ .gJ)(moduleField.value) ? (0,_text_js__WEBPACK_IMPORTED_MODULE_4__/* .cleanName */ .$t)(moduleField.value) || null : o.module,
        originalOwner: ownerField && !(0,_text_js__WEBPACK_IMPORTED_MODULE_4__/* .isNoneLike */ .gJ)(ownerField.value) ? (0,_text_js__WEBPACK_IMPORTED_MODULE_4__/* .cleanName */ .$t)(ownerField.value) || null : null,
        reason: reasonField ? reasonField.value : o.reason,
        lines: raw.slice(start, end + 1)
    };
}
/** A list-shaped override naming a module listed elsewhere in the file ("- 2025-12-04 Codex: Billing hotfix"). */
function linkOverrideModules(overrides, modules) {
    if (modules.length === 0)
        return;
    const known = new Map(modules.map((m) => [m.module.toLowerCase(), m.module]));
    for (const o of overrides) {
        if (o.module !== null || !o.reason)
            continue;
        const hit = known.get((0,_text_js__WEBPACK_IMPORTED_MODULE_4__/* .cleanName */ .$t)((0,_files_js__WEBPACK_IMPORTED_MODULE_1__/* .firstToken */ .wk)(o.reason)).toLowerCase());
        if (hit)
            o.module = hit;
    }
}


/***/ }),

/***/ 5473:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  D: () => (/* binding */ parseClaims),
  I: () => (/* binding */ readClaims)
});

// EXTERNAL MODULE: ./src/engine/time/index.ts + 2 modules
var time = __webpack_require__(2962);
// EXTERNAL MODULE: ./src/engine/claims/sections.ts
var sections = __webpack_require__(5536);
// EXTERNAL MODULE: ./src/engine/claims/text.ts
var claims_text = __webpack_require__(2859);
// EXTERNAL MODULE: ./src/engine/claims/vocabulary.ts
var vocabulary = __webpack_require__(492);
;// CONCATENATED MODULE: ./src/engine/claims/claim.ts




function readTimeField(f, timezone) {
    if (!f)
        return { time: null, problem: null };
    const r = (0,time/* readTime */.aQ)(f.value, timezone);
    if (r.kind === 'time')
        return { time: r.interval, problem: null };
    if (r.kind === 'none')
        return { time: null, problem: null };
    return { time: null, problem: `"${f.value.slice(0, 80)}" could not be read (${r.reason})` };
}
/** Fields → claim: state from the status word, liveness doubt from the check-in, the zone and the state. */
function buildClaim(p) {
    const f = p.fields;
    const timeProblems = [];
    const workingOn = (0,sections/* textValue */.v8)((0,sections/* firstField */.Zv)(f, sections/* KEY_WORKING_ON */.wf)) ?? p.task ?? null;
    const startedField = (0,sections/* firstField */.Zv)(f, sections/* KEY_STARTED */.qn);
    const started = readTimeField(startedField, p.timezone);
    if (started.problem && startedField)
        timeProblems.push([startedField.line, startedField.value, 'Started At']);
    let checkinField = (0,sections/* firstField */.Zv)(f, sections/* KEY_CHECKIN */.gJ);
    let checkin = readTimeField(checkinField, p.timezone);
    if (checkin.problem && checkinField)
        timeProblems.push([checkinField.line, checkinField.value, 'Last Checkin']);
    if (!checkinField && p.startedIsCheckin) {
        checkinField = startedField;
        checkin = started;
    }
    const status = (0,sections/* textValue */.v8)((0,sections/* firstField */.Zv)(f, sections/* KEY_STATUS */.nE));
    const state = status === null ? null : (0,vocabulary/* stateOf */.L4)(status);
    let idle = workingOn === null && p.files.length === 0;
    if (state === 'idle')
        idle = true;
    if (state === 'working')
        idle = false;
    let uncertain = null;
    if (!idle) {
        if (p.hiddenBy > 0)
            uncertain = `it is hidden by a comment or code fence left open at line ${p.hiddenBy}`;
        else if (checkin.problem)
            uncertain = `its check-in ${checkin.problem}`;
        else if (status !== null && state === 'uncertain')
            uncertain = `its state says "${status.slice(0, 60)}"`;
        else if (status !== null && state === null && p.files.length > 0)
            uncertain = `its state "${status.slice(0, 60)}" could not be read`;
    }
    const section = {
        name: p.name,
        line: p.line,
        endLine: p.endLine,
        body: p.body,
        workingOn,
        module: (0,sections/* cleanModule */.Ik)((0,sections/* firstField */.Zv)(f, sections/* KEY_MODULE */.jp)),
        startedAt: started.time,
        expectedCompletion: (0,sections/* textValue */.v8)((0,sections/* firstField */.Zv)(f, sections/* KEY_EXPECTED */.PH)),
        lastCheckin: checkin.time,
        status,
        files: p.files,
        fields: f,
        idle
    };
    if (p.source !== 'section')
        section.source = p.source;
    if (p.aliases.length > 0)
        section.aliases = p.aliases;
    if (uncertain !== null)
        section.uncertain = uncertain;
    return { section, timeProblems };
}
/** Fields that make a heading without "Status" a claim: what is worked on, files, a time. */
const CLAIM_ROLES = new Set(['files', 'checkin', 'working-on', 'started']);
/** Does this (normalised) field label say the section holds a claim? */
const isClaimField = (label) => CLAIM_ROLES.has((0,vocabulary/* roleOf */.kp)(label));
/** An Owner/Agent value → the agent's name: "**Codex?**" → "Codex", "`agent-b` (reviewer)" → "agent-b". */
function ownerName(value) {
    let s = (0,claims_text/* cleanName */.$t)((0,claims_text/* stripMarkup */.tC)(value).replace(/[?？]+/g, ' '));
    const cut = /\s[-–—|,;]\s|\s\(/.exec(s);
    if (cut)
        s = (0,claims_text/* cleanName */.$t)(s.slice(0, cut.index));
    if (s === '' || s.length > 80 || (0,claims_text/* isNoneLike */.gJ)(s) || s.split(/\s+/).length > 5)
        return null;
    if (vocabulary/* EVERY_AGENT_WORDS */._6.has(s.toLowerCase()))
        return null;
    return s;
}

// EXTERNAL MODULE: ./src/engine/names.ts
var engine_names = __webpack_require__(7078);
// EXTERNAL MODULE: ./src/engine/claims/files.ts
var files = __webpack_require__(909);
// EXTERNAL MODULE: ./src/engine/claims/markdown.ts
var markdown = __webpack_require__(2753);
;// CONCATENATED MODULE: ./src/engine/claims/lines.ts





const ARROW = /^(.{1,80}?)\s*(?:->|→|⇒|=>)\s*(\S.*)$/;
const BRACKET = /\[([^\]:]{1,40})[:：]\s*([^\]]*)\]/g;
const TIME = /\b(?:since|claimed(?:\s+at)?|started(?:\s+at)?|checked\s+in|updated|at)\s*[:：]?\s*(\d{4}-\d{2}-\d{2}(?:[T ]\d{1,2}:(?:\d{2}|[xX]{2})(?::\d{2})?)?(?:\s*(?:Z|UTC|GMT|[+-]\d{2}:?\d{2}|\(?[A-Za-z]+\/[A-Za-z_]+\)?|[A-Z]{2,5}))?)/i;
/** The part before the first separator: the agent's name, if the line is shaped like a claim. */
function linePrefix(text) {
    const m = /^(.{1,80}?)(?:\s*[:：]\s+|\s+[—–-]{1,2}\s+|\s*\[)/.exec(text);
    if (!m)
        return null;
    const name = ownerName(m[1]);
    if (name === null)
        return null;
    return { name, rest: text.slice(m[0].length - (m[0].endsWith('[') ? 1 : 0)) };
}
/** A one-line claim with files, or null. */
function lineClaim(text) {
    const arrow = ARROW.exec(text);
    if (arrow) {
        const agent = ownerName(arrow[1]);
        const left = arrow[1].trim();
        if (agent !== null && left.split(/\s+/).length <= 3 && !/[:：`]/.test(left) && !/\s/.test(arrow[2].trim().split(/\s+[—–-]\s+|\s+\(/)[0])) {
            return { agent, files: arrow[2], task: null, time: timeIn(text), status: null };
        }
    }
    const p = linePrefix(text);
    if (!p)
        return null;
    let files = null;
    let status = null;
    let task = p.rest;
    for (const m of p.rest.matchAll(BRACKET)) {
        const role = (0,vocabulary/* roleOf */.kp)((0,markdown/* normaliseLabel */.rR)(m[1]));
        if (role === 'files' && files === null)
            files = m[2];
        if (role === 'status' && status === null)
            status = m[2];
        task = task.replace(m[0], '');
    }
    if (files === null) {
        // "… — Files: a.ts, b.ts — since …"
        const f = /(?:^|[\s—–-])(files?|paths?|scope|touching)\s*[:：]\s*([^—–]+)/i.exec(p.rest);
        if (f) {
            files = f[2].replace(/\s+(?:since|claimed|started)\b.*$/i, '');
            task = task.slice(0, task.indexOf(f[0])).trim();
        }
    }
    if (files === null)
        return null;
    task = task.replace(/\s+/g, ' ').replace(/^[\s—–:-]+|[\s—–:-]+$/g, '');
    return { agent: p.name, files, task: task === '' ? null : task, time: timeIn(text), status };
}
function timeIn(text) {
    return TIME.exec(text)?.[1]?.trim() ?? null;
}
/**
 * The claim written on line index `i`, into the sink; true when the line was one. A line naming a known agent
 * without files is kept in `suspects`. Consecutive lock lines of one agent ("codex -> a", "codex -> b") are one claim.
 */
function readLineClaim(sink, i, text, suspects) {
    const c = lineClaim(text.replace(/\*\*/g, ''));
    if (c === null) {
        const p = linePrefix((0,claims_text/* stripMarkup */.tC)(text));
        if (p && ((0,vocabulary/* isKnownAgentName */.UM)(p.name) || sink.explicitLines.has((0,engine_names/* agentKey */.pS)(p.name))))
            suspects.push({ line: i + 1, name: p.name, text });
        return false;
    }
    const target = sink.target(c.agent);
    sink.addFile(target, c.files, i + 1);
    if (target.files.length === 0 && target.pending.length === 0)
        return false;
    const prev = sink.agents[sink.agents.length - 1];
    if (prev && prev.source === 'list' && prev.endLine === i && (0,engine_names/* sameAgent */.QD)(prev.name, c.agent) && c.time === null && c.status === null && !prev.lastCheckin) {
        for (const f of target.files)
            if (!prev.files.some((x) => x.pattern === f.pattern))
                prev.files.push(f);
        prev.endLine = i + 1;
        prev.body = `${prev.body}\n${sink.raw[i]}`;
        for (const u of target.pending)
            sink.unreadable.push({ ...u, agent: prev.name });
        return true;
    }
    const fields = {};
    if (c.time !== null)
        fields['claimed at'] = { value: c.time, line: i + 1 };
    if (c.status !== null)
        fields['status'] = { value: c.status, line: i + 1 };
    if (c.task !== null)
        fields['task'] = { value: c.task, line: i + 1 };
    sink.addClaim({ name: c.agent, aliases: [], source: 'list', line: i + 1, endLine: i + 1, body: sink.raw[i], fields, files: target.files, startedIsCheckin: true, hiddenBy: sink.hiddenBy[i] ?? 0 }, target.pending);
    return true;
}

// EXTERNAL MODULE: ./src/engine/claims/modules.ts
var claims_modules = __webpack_require__(9239);
// EXTERNAL MODULE: ./src/engine/claims/overrides.ts
var claims_overrides = __webpack_require__(5855);
// EXTERNAL MODULE: ./src/engine/paths/index.ts + 6 modules
var paths = __webpack_require__(4369);
;// CONCATENATED MODULE: ./src/engine/claims/sink.ts




class ClaimSink {
    diags;
    timezone;
    raw;
    hiddenBy;
    agents = [];
    unreadable = [];
    /** First line of each agent's "## X Status" section, by agentKey: a second one is an error. */
    explicitLines = new Map();
    constructor(diags, timezone, 
    /** The file's raw lines. */
    raw, 
    /** Per line, the line of an unclosed comment or fence hiding it (0 when visible). */
    hiddenBy) {
        this.diags = diags;
        this.timezone = timezone;
        this.raw = raw;
        this.hiddenBy = hiddenBy;
    }
    /** A fresh target for one claim's files. */
    target(name) {
        return { name, files: [], seen: new Set(), pending: [] };
    }
    /** One files item ("- `src/a.ts` (new)", "a.ts, b.ts") into `s`: paths kept, the rest noted as unreadable. */
    addFile(s, item, line) {
        for (const part of (0,files/* splitTopLevel */.EN)(item)) {
            if (part.trim() === '' && item.indexOf(',') >= 0)
                continue;
            const r = (0,files/* extractPath */.BM)(part);
            if (r.kind === 'path') {
                if (s.seen.has(r.pattern))
                    continue;
                s.seen.add(r.pattern);
                s.files.push({ pattern: r.pattern, line });
                // Looks like a path, but the matcher refuses it: say so, or the claim silently protects nothing.
                const problem = (0,paths/* patternProblem */.AL)(r.pattern);
                if (problem) {
                    this.diags.add('error', line, `"${r.pattern.slice(0, 80)}" under Files Being Modified of ${s.name} cannot be matched (${problem}); it claims nothing — expected a path, a directory (dir/) or a glob`);
                }
            }
            else if (r.kind === 'invalid') {
                const found = part.trim().slice(0, 80);
                this.diags.add('warning', line, `"${found}" under Files Being Modified of ${s.name} does not look like a path; ignored — expected a path, a directory (dir/) or a glob, optionally followed by a note`);
                s.pending.push({
                    line,
                    found: `"${found}" in the files claimed by ${s.name}, which is not a path`,
                    expected: 'a path, a directory (dir/) or a glob such as src/api/**, optionally followed by a note',
                    agent: s.name
                });
            }
        }
    }
    /** Adds a claim; a second explicit "## X Status" section for one agent is an error (the first counts). */
    addClaim(parts, pending = []) {
        const key = (0,engine_names/* agentKey */.pS)(parts.name);
        if (parts.source === 'section') {
            const first = this.explicitLines.get(key);
            if (first !== undefined) {
                this.diags.add('error', parts.line, `second status section for agent "${parts.name}" (the first is at line ${first}); this one is ignored — expected one section per agent`);
                return;
            }
            this.explicitLines.set(key, parts.line);
        }
        const built = buildClaim({ ...parts, timezone: this.timezone });
        for (const [line, value, label] of built.timeProblems) {
            this.diags.add('warning', line, `could not read "${value.slice(0, 80)}" as a time for ${label} — expected a date like 2025-12-03 15:00:00, 2025-12-03T15:00:00Z or 2025-12-03`);
        }
        this.agents.push(built.section);
        // What a live claim lists but the reader cannot use is reported; an idle claim's leftovers are not.
        if (!built.section.idle)
            for (const u of pending)
                this.unreadable.push({ ...u, agent: built.section.name });
    }
}

;// CONCATENATED MODULE: ./src/engine/claims/hidden.ts


/** The file with fence lines blanked and comment markers dropped; null when it has no fence or comment. */
function revealHidden(prepared) {
    const { raw, data } = prepared;
    let any = false;
    const out = raw.map((line, i) => {
        if (data[i] === line)
            return line;
        any = true;
        if ((0,markdown/* fenceOpener */.nH)(line) !== null)
            return '';
        return line.replace(/<!--|-->/g, '');
    });
    return any ? out.join('\n') : null;
}
/** The claims of the revealed reading that hold files not claimed by the same agent in the first reading. */
function hiddenClaims(revealed, read) {
    const claimed = new Map();
    for (const a of read) {
        const set = claimed.get((0,engine_names/* agentKey */.pS)(a.name)) ?? new Set();
        for (const f of a.files)
            set.add(f.pattern);
        claimed.set((0,engine_names/* agentKey */.pS)(a.name), set);
    }
    return revealed.filter((a) => {
        if (a.idle || a.files.length === 0)
            return false;
        const set = claimed.get((0,engine_names/* agentKey */.pS)(a.name));
        return !set || a.files.some((f) => !set.has(f.pattern));
    });
}

;// CONCATENATED MODULE: ./src/engine/claims/orphans.ts



class OrphanLists {
    open = null;
    found = [];
    /** One data line outside any section or override (blank lines included). */
    line(i, d) {
        const t = d.trim();
        if (t === '')
            return;
        const li = (0,markdown/* parseListItem */.VB)(d);
        const field = (0,markdown/* parseField */.cn)(li ? li.text : d, sections/* AGENT_PLAIN_LABELS */.xi);
        if (field && sections/* KEY_FILES */.Qd.has(field.key)) {
            this.close();
            this.open = { line: i + 1, label: `"${field.label}"`, paths: field.value !== '' && (0,files/* extractPath */.BM)(field.value).kind === 'path' ? 1 : 0 };
            return;
        }
        if (this.open && li && !field) {
            if ((0,files/* extractPath */.BM)(li.text).kind === 'path')
                this.open.paths++;
            return;
        }
        this.close();
    }
    /** A files list outside any section is being read. */
    get isOpen() {
        return this.open !== null;
    }
    /** A rule cut a section's files list: path items after it belong to no claim. */
    cutOff(line, label) {
        this.close();
        this.open = { line, label, paths: 0 };
    }
    /** Anything that is not a line of the list (a heading, a rule, a section starting). */
    close() {
        if (this.open && this.open.paths > 0)
            this.found.push(this.open);
        this.open = null;
    }
    report() {
        this.close();
        return this.found.map((o) => ({
            line: o.line,
            found: `${o.label} with ${o.paths} path(s) outside any agent section, so they protect nothing`,
            expected: 'the list under a heading that names its agent, such as "## Claude Code Status", with no rule (---) in between'
        }));
    }
}

;// CONCATENATED MODULE: ./src/engine/claims/tables.ts





/** Cells of a `| a | b |` row (outer pipes optional, `\|` kept as a pipe inside a cell), or null for no row. */
function splitRow(line) {
    const t = line.trim();
    if (!t.startsWith('|') && !(t.includes(' | ') && t.split('|').length >= 3))
        return null;
    const cells = [];
    let cur = '';
    let code = false;
    for (let i = 0; i < t.length; i++) {
        const ch = t.charAt(i);
        if (ch === '\\' && t.charAt(i + 1) === '|') {
            cur += '|';
            i++;
        }
        else if (ch === '`') {
            code = !code;
            cur += ch;
        }
        else if (ch === '|' && !code) {
            cells.push(cur.trim());
            cur = '';
        }
        else
            cur += ch;
    }
    cells.push(cur.trim());
    if (t.startsWith('|'))
        cells.shift();
    if (t.endsWith('|') && cells.length > 0 && cells[cells.length - 1] === '')
        cells.pop();
    return cells.length >= 2 ? cells : null;
}
/** `|---|:---:|` */
function isSeparatorRow(cells) {
    return cells.length > 0 && cells.every((c) => /^:?-{1,}:?$/.test(c.replace(/\s+/g, '')));
}
/** What a header row says: a claims or ownership table, or null (any other table). */
function tableShape(header) {
    let owner = -1;
    let files = -1;
    const columns = [];
    header.forEach((h, i) => {
        const role = (0,vocabulary/* roleOf */.kp)((0,markdown/* normaliseLabel */.rR)(h));
        if (role === 'owner' && owner < 0)
            owner = i;
        else if (role === 'files' && files < 0)
            files = i;
        else if (role !== null && role !== 'owner' && role !== 'files')
            columns.push([i, role]);
    });
    if (owner < 0 || files < 0)
        return null;
    const live = columns.some(([, r]) => r === 'status' || r === 'started' || r === 'checkin' || r === 'working-on');
    return { kind: live ? 'claims' : 'ownership', owner, files, columns };
}
/** A row's cells as the fields of a claim, labelled by role, so every dialect reads states and times alike. */
function rowFields(shape, row) {
    const fields = {};
    const label = {
        status: 'status',
        started: 'claimed at',
        checkin: 'last checkin',
        'working-on': 'task',
        module: 'module',
        branch: 'branch',
        expected: 'eta'
    };
    for (const [i, role] of shape.columns) {
        const key = label[role];
        const value = row.cells[i];
        if (key === undefined || value === undefined || value === '' || Object.hasOwn(fields, key))
            continue;
        fields[key] = { value, line: row.line };
    }
    return fields;
}
/** A files cell as a files list the files reader splits: `<br>` and `、` separate items like commas. */
function filesCellText(cell) {
    return cell.replace(/<br\s*\/?>/gi, ', ').replace(/、/g, ', ');
}
/**
 * A table starting at line index `i` (header, separator, rows) of `data`: claims rows go into the sink now,
 * ownership rows into `ownership`. Returns the index of the table's last line (`i` when there is no table).
 */
function readTableAt(sink, data, i, ownership) {
    const header = splitRow(data[i]);
    const sep = i + 1 < data.length ? splitRow(data[i + 1]) : null;
    if (!header || !sep || !isSeparatorRow(sep))
        return i;
    let j = i + 2;
    const rows = [];
    for (; j < data.length; j++) {
        const cells = splitRow(data[j]);
        if (!cells)
            break;
        rows.push({ line: j + 1, cells, raw: sink.raw[j] });
    }
    const shape = tableShape(header);
    if (shape === null)
        return j - 1;
    for (const row of rows) {
        const cell = row.cells[shape.owner] ?? '';
        if (shape.kind === 'ownership') {
            ownership.push({ row, owner: (0,claims_text/* stripMarkup */.tC)(cell).trim(), files: row.cells[shape.files] ?? '' });
            continue;
        }
        const owner = ownerName(cell);
        if (owner === null)
            continue;
        const target = sink.target(owner);
        sink.addFile(target, filesCellText(row.cells[shape.files] ?? ''), row.line);
        sink.addClaim({ name: owner, aliases: [], source: 'table', line: row.line, endLine: row.line, body: row.raw, fields: rowFields(shape, row), files: target.files, startedIsCheckin: true, hiddenBy: sink.hiddenBy[row.line - 1] ?? 0 }, target.pending);
    }
    return j - 1;
}
/** Ownership rows give paths to agents named elsewhere: "Desktop" abbreviates "Desktop Agent"; Both/All is everyone. */
function readOwnership(sink, ownership) {
    const agents = sink.agents;
    for (const o of ownership) {
        const key = (0,engine_names/* agentKey */.pS)(o.owner);
        const every = vocabulary/* EVERY_AGENT_WORDS */._6.has(key);
        const named = agents.filter((a) => a.source !== 'ownership');
        let owners = every ? named : named.filter((a) => (0,engine_names/* agentKey */.pS)(a.name) === key || (a.aliases ?? []).some((x) => (0,engine_names/* agentKey */.pS)(x) === key));
        // Deliberately looser than sameAgent: an ownership cell may abbreviate a name to one of its words (all agents so named).
        if (owners.length === 0 && !every && key !== '')
            owners = named.filter((a) => (0,engine_names/* agentKey */.pS)(a.name).split(/[\s/_-]+/).includes(key) || (0,engine_names/* agentKey */.pS)(a.name).startsWith(`${key} `));
        const names = [...new Set(owners.map((a) => a.name))];
        if (names.length === 0) {
            const name = ownerName(o.owner);
            if (name !== null)
                names.push(name);
        }
        for (const name of names) {
            const target = sink.target(name);
            sink.addFile(target, filesCellText(o.files), o.row.line);
            const host = agents.find((a) => (0,engine_names/* sameAgent */.QD)(a.name, name) && !a.idle && a.source !== 'ownership');
            const files = target.files.map((f) => (every ? { ...f, shared: true } : f));
            if (host) {
                // The owner's live claim covers its area too, with the claim's own liveness.
                for (const f of files)
                    if (!host.files.some((h) => h.pattern === f.pattern))
                        host.files.push(f);
                for (const u of target.pending)
                    sink.unreadable.push({ ...u, agent: name });
            }
            else if (!agents.some((a) => (0,engine_names/* sameAgent */.QD)(a.name, name))) {
                sink.addClaim({ name, aliases: [], source: 'ownership', line: o.row.line, endLine: o.row.line, body: o.row.raw, fields: {}, files, hiddenBy: sink.hiddenBy[o.row.line - 1] ?? 0 }, target.pending);
            }
        }
    }
}

;// CONCATENATED MODULE: ./src/engine/claims/unaccounted.ts


function reportUnaccounted(sink, prepared, suspects, moduleClaims) {
    const { agents, unreadable } = sink;
    for (const sus of suspects) {
        // A line naming an agent that has a claim elsewhere is a note about it; otherwise it may be a claim we miss.
        if (agents.some((a) => (0,engine_names/* sameAgent */.QD)(a.name, sus.name) && a.line !== sus.line))
            continue;
        unreadable.push({
            line: sus.line,
            found: `"${sus.text.slice(0, 80)}", which names ${sus.name} like a claim but lists no files`,
            expected: `a section "## ${sus.name} Status" with "**Files Being Modified:**", or files on the line ("[Files: a.ts, b.ts]")`,
            agent: sus.name
        });
    }
    // Comments and fences left open: the claims read below them anyway are named, and uncertain.
    for (const u of prepared.unclosed) {
        const hides = agents.filter((a) => a.line > u.line && prepared.hiddenBy[a.line - 1] === u.line).map((a) => a.name);
        unreadable.push({
            line: u.line,
            found: `${u.what} opened here and never closed${hides.length > 0 ? `; it hides the claims of ${hides.join(', ')} (read anyway, as uncertain)` : ''}`,
            expected: `a closing ${u.closer}`,
            ...(hides.length > 0 ? { hides } : {})
        });
    }
    if (agents.length === 0) {
        sink.diags.add('warning', 0, 'no agent status sections found — expected headings like "## Claude Code Status"');
        if (moduleClaims.length === 0 && hasContent(prepared.data)) {
            unreadable.push({
                line: 0,
                found: 'text, but no agent section, claims table or claim line the reader knows',
                expected: 'sections like "## Claude Code Status" with "**Files Being Modified:**", or a table with Agent and Files columns'
            });
        }
    }
    unreadable.sort((a, b) => a.line - b.line);
}
/** Has the file anything but headings, rules, blank lines and comments (a bare template claims nothing)? */
function hasContent(data) {
    for (const line of data) {
        const d = line.trim();
        if (d === '' || d.startsWith('#') || (0,markdown/* isRule */.Nd)(d))
            continue;
        return true;
    }
    return false;
}

;// CONCATENATED MODULE: ./src/engine/claims/reader.ts















/** Reads a claims file. Never throws; problems are reported as diagnostics with 1-based line numbers. */
function parseClaims(text, options = {}) {
    return readClaims(text, options).doc;
}
/** parseClaims, keeping where each files list was read: the editor replaces exactly those lines. */
function readClaims(text, options = {}) {
    const diags = new markdown/* Diagnostics */.rE();
    const source = typeof text === 'string' ? text : String(text ?? '');
    let timezone = options.timezone ?? 'UTC';
    const zoneProblem = (0,time/* timezoneProblem */.Hd)(timezone);
    if (zoneProblem !== null) {
        diags.add('warning', 0, `time zone ${zoneProblem}; times without a zone are read as UTC`);
        timezone = 'UTC';
    }
    const prepared = (0,markdown/* prepare */.iA)(source, diags);
    const { raw, data, hiddenBy } = prepared;
    const sink = new ClaimSink(diags, timezone, raw, hiddenBy);
    const moduleClaims = [];
    const modules = [];
    const overrides = [];
    const suspects = [];
    const ownership = [];
    const orphans = new OrphanLists();
    const filesOf = new Map();
    let section = null;
    let override = null;
    let stack = [];
    const closeSection = (lastIndex) => {
        const s = section;
        section = null;
        // A heading with no field under it is prose ("### Check Sync Status" over a code block).
        if (!s || Object.keys(s.fields).length === 0)
            return;
        const f = s.fields;
        const ownerField = (0,sections/* firstField */.Zv)(f, sections/* KEY_OWNER */.cv);
        const owner = ownerField && !(0,claims_text/* isNoneLike */.gJ)(ownerField.value) ? ownerName(ownerField.value) : null;
        const named = (n) => (0,engine_names/* agentKey */.pS)(n) === (0,engine_names/* agentKey */.pS)(s.name) || s.aliases.some((a) => (0,engine_names/* agentKey */.pS)(a) === (0,engine_names/* agentKey */.pS)(n));
        // "### PR 3 — telemetry" with "**Owner:** Codex": a claim section, keyed by the claim.
        const claimOwner = owner !== null && !named(owner) && !s.explicit ? owner : null;
        // A heading without "Status" is a section only when a field says it holds a claim.
        if (claimOwner === null && !s.explicit && !Object.keys(f).some(isClaimField))
            return;
        const start = s.line - 1;
        const end = (0,markdown/* lastNonBlank */.KL)(raw, start, lastIndex);
        sink.addClaim({
            name: claimOwner ?? s.name,
            aliases: claimOwner === null ? s.aliases : [],
            source: claimOwner === null ? 'section' : 'claim-section',
            line: s.line,
            endLine: end + 1,
            body: raw.slice(start, end + 1).join('\n'),
            fields: f,
            files: s.files,
            task: claimOwner === null ? null : s.name,
            // Under a plain heading the claim's time is its "Claimed At"; an agent section has a Last Checkin.
            startedIsCheckin: !s.explicit,
            hiddenBy: s.hiddenBy
        }, s.pending);
    };
    const closeOverride = (lastIndex) => {
        const entry = override ? (0,claims_overrides/* finishOverride */.G1)(override, raw, lastIndex, timezone) : null;
        override = null;
        if (entry)
            overrides.push(entry);
    };
    const closeBlocks = (lastIndex) => {
        if (section)
            closeSection(lastIndex);
        if (override)
            closeOverride(lastIndex);
    };
    const sectionLine = (s, i, d) => {
        const lineNo = i + 1;
        if (d.trim() === '') {
            if (s.filesMode)
                s.sawBlank = true;
            return;
        }
        const li = (0,markdown/* parseListItem */.VB)(d);
        let field = (0,markdown/* parseField */.cn)(li ? li.text : d, sections/* AGENT_PLAIN_LABELS */.xi);
        // "- **src/a.ts**: note" inside a files list is a file, not an unknown field.
        if (field && s.filesMode && !sections/* AGENT_PLAIN_LABELS */.xi.has(field.key) && (0,files/* isPathLike */.RA)((0,files/* normalisePath */.qb)((0,claims_text/* stripMarkup */.tC)(field.label)))) {
            field = null;
        }
        if (field) {
            s.filesMode = false;
            const prev = Object.hasOwn(s.fields, field.key) ? s.fields[field.key] : undefined;
            if (prev) {
                diags.add('warning', lineNo, `field "${field.label}" of ${s.name} appears again (first at line ${prev.line}); ${sections/* KEY_FILES */.Qd.has(field.key) ? 'both lists are used' : 'this value is ignored'} — expected each field once per section`);
            }
            else {
                s.fields[field.key] = { value: field.value, line: lineNo };
            }
            if (sections/* KEY_FILES */.Qd.has(field.key)) {
                s.filesMode = true;
                s.filesLine = lineNo;
                s.sawBlank = false;
                s.afterProse = false;
                const v = field.value;
                const t = v.trim();
                if (t !== '' && !(t.startsWith('(') && t.endsWith(')')) && !t.endsWith(':'))
                    sink.addFile(s, v, lineNo);
            }
            return;
        }
        if (!s.filesMode)
            return;
        if (li) {
            s.sawBlank = false;
            filesOf.set(i, s.filesLine);
            if (li.text === '')
                return;
            if (s.afterProse && (0,files/* extractPath */.BM)(li.text).kind !== 'path')
                return;
            sink.addFile(s, li.text, lineNo);
            return;
        }
        // A bare path right under the field (no bullet, no blank line before it) still counts.
        if (!s.sawBlank) {
            const r = (0,files/* extractPath */.BM)(d.trim());
            if (r.kind === 'path') {
                filesOf.set(i, s.filesLine);
                sink.addFile(s, d.trim(), lineNo);
                return;
            }
            if (r.kind === 'none') {
                filesOf.set(i, s.filesLine);
                return;
            }
        }
        // Prose after a blank line ends a list that has items. A note between the label and the items ("Files Being
        // Modified:", "see below", "- a.ts") or inside the list does not: dropping the items after it would be a
        // silent pass; later items count when they are paths.
        if (s.sawBlank && s.files.length + s.pending.length > 0) {
            s.filesMode = false;
            return;
        }
        s.afterProse = true;
    };
    const contextLine = (i, d) => {
        if (d.trim() === '')
            return;
        const li = (0,markdown/* parseListItem */.VB)(d);
        if (!li) {
            // "codex -> src/a.ts" lock lines are not always list items.
            if (/->|→/.test(d))
                readLineClaim(sink, i, d.trim(), suspects);
            return;
        }
        if (readLineClaim(sink, i, li.text, suspects))
            return;
        let state = null;
        let modulesHeading = false;
        for (let k = stack.length - 1; k >= 0; k--) {
            const c = stack[k];
            if (c.overrideContainer) {
                override = (0,claims_overrides/* overrideFromListItem */.GH)(li, i + 1, timezone) ?? override;
                return;
            }
            if (state === null && c.state !== null)
                state = c.state;
            if (c.modules)
                modulesHeading = true;
        }
        const m = (0,claims_modules/* parseModuleLine */.e1)(li.text, { state, modules: modulesHeading });
        if (!m)
            return;
        modules.push({ module: m.module, state: m.state, line: i + 1 });
        if (m.agent !== null)
            moduleClaims.push({ module: m.module, agent: m.agent, line: i + 1 });
    };
    for (let i = 0; i < raw.length; i++) {
        const d = data[i];
        const h = d.length > 0 && d.length <= markdown/* MAX_LINE_LENGTH */.l6 ? (0,markdown/* parseHeading */.kY)(d) : null;
        if (h) {
            orphans.close();
            const context = (0,claims_modules/* headingContext */.e4)(h);
            let agent = (0,sections/* agentHeading */.Y5)(h);
            // A candidate (a heading without "Status") is not an agent when it labels a module list or an override
            // group, and does not end the section it sits in when it is deeper (a sub-heading of that section).
            if (agent && !agent.explicit && (context.state !== null || context.modules || context.overrideContainer))
                agent = null;
            if (agent && !agent.explicit && section && h.level > section.level)
                agent = null;
            // Under an "Emergency Overrides" heading, sub-headings are entries ("### 2026-01-02 - Codex").
            if (agent && !agent.explicit && stack.some((c) => c.overrideContainer && c.level < h.level))
                agent = null;
            const ov = agent === null ? (0,sections/* overrideHeading */.F8)(h) : null;
            let entryParts = ov !== null && ov.parts.length > 0 ? ov.parts : null;
            const blockLevel = section ? section.level : override ? override.level : 0;
            if ((section || override) && (agent !== null || ov !== null || h.level <= blockLevel || (override && override.indent >= 0))) {
                closeBlocks(i - 1);
            }
            while (stack.length > 0 && stack[stack.length - 1].level >= h.level)
                stack.pop();
            // Under an "Emergency Overrides" heading, a heading that starts with a date is an entry too.
            if (agent === null && ov === null && !section && !override && stack.some((c) => c.overrideContainer)) {
                const t = (0,claims_overrides/* cleanDatePrefix */.Iu)((0,claims_text/* stripMarkup */.tC)(h.text));
                if (claims_overrides/* LEADING_DATE */.u1.test(t))
                    entryParts = t.split(/\s+[-–—|:]\s+/).filter((p) => p.trim() !== '');
            }
            if (agent !== null) {
                section = {
                    name: agent.name,
                    aliases: agent.aliases,
                    explicit: agent.explicit,
                    hiddenBy: hiddenBy[i] ?? 0,
                    line: i + 1,
                    level: h.level,
                    fields: {},
                    files: [],
                    seen: new Set(),
                    pending: [],
                    filesMode: false,
                    filesLine: 0,
                    sawBlank: false,
                    afterProse: false
                };
                stack.push(agent.explicit ? { level: h.level, state: null, modules: false, overrideContainer: false } : context);
            }
            else if (entryParts !== null) {
                override = (0,claims_overrides/* overrideFromHeading */.rP)(entryParts, i + 1, h.level, h.text, timezone, diags);
                stack.push({ level: h.level, state: null, modules: false, overrideContainer: false });
            }
            else if (!section && !override) {
                stack.push(context);
            }
            continue;
        }
        // "* **" is a rule to CommonMark, but in a files list it is the claim "**" (the whole repository).
        if (d.length > 0 && (0,markdown/* isRule */.Nd)(d) && !((section?.filesMode || orphans.isOpen) && (0,markdown/* parseListItem */.VB)(d)?.text.trim() === '**')) {
            orphans.close();
            // A rule right under an agent heading is decoration ("## Codex Status", "---", fields): the section goes on.
            if (section && section.explicit && Object.keys(section.fields).length === 0)
                continue;
            if (section?.filesMode)
                orphans.cutOff(i + 1, `the rule here, which ends ${section.name}'s files list, is followed by a list`);
            closeBlocks(i - 1);
            stack = [];
            continue;
        }
        if (!section && !override && d.trimStart().startsWith('|')) {
            const last = readTableAt(sink, data, i, ownership);
            if (last > i) {
                i = last;
                continue;
            }
        }
        if (section) {
            sectionLine(section, i, d);
            // Until its fields make it a claim, a candidate's lines may still be module lines ("- X - CLAIMED BY Y").
            if (!section.explicit)
                contextLine(i, d);
            continue;
        }
        if (override) {
            if ((0,claims_overrides/* overrideLine */.VT)(override, d, i + 1))
                continue;
            closeOverride(i - 1);
        }
        orphans.line(i, d);
        contextLine(i, d);
    }
    closeBlocks(raw.length - 1);
    (0,claims_overrides/* linkOverrideModules */.aB)(overrides, modules);
    readOwnership(sink, ownership);
    sink.unreadable.push(...orphans.report());
    reportUnaccounted(sink, prepared, suspects, moduleClaims);
    const revealed = options.nested ? null : revealHidden(prepared);
    const hidden = revealed === null ? [] : hiddenClaims(parseClaims(revealed, { timezone, nested: true }).agents, sink.agents);
    const doc = {
        agents: sink.agents,
        moduleClaims,
        modules,
        overrides,
        diagnostics: diags.finish(),
        unreadable: sink.unreadable,
        ...(hidden.length > 0 ? { hidden } : {})
    };
    return { doc, prepared, filesOf };
}


/***/ }),

/***/ 5536:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F8: () => (/* binding */ overrideHeading),
/* harmony export */   Ik: () => (/* binding */ cleanModule),
/* harmony export */   PH: () => (/* binding */ KEY_EXPECTED),
/* harmony export */   Qd: () => (/* binding */ KEY_FILES),
/* harmony export */   Y5: () => (/* binding */ agentHeading),
/* harmony export */   Zv: () => (/* binding */ firstField),
/* harmony export */   cv: () => (/* binding */ KEY_OWNER),
/* harmony export */   gJ: () => (/* binding */ KEY_CHECKIN),
/* harmony export */   jp: () => (/* binding */ KEY_MODULE),
/* harmony export */   nE: () => (/* binding */ KEY_STATUS),
/* harmony export */   qn: () => (/* binding */ KEY_STARTED),
/* harmony export */   v8: () => (/* binding */ textValue),
/* harmony export */   wf: () => (/* binding */ KEY_WORKING_ON),
/* harmony export */   xi: () => (/* binding */ AGENT_PLAIN_LABELS),
/* harmony export */   yo: () => (/* binding */ OVERRIDE_PLAIN_LABELS)
/* harmony export */ });
/* unused harmony export agentNameFromHeading */
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2753);
/* harmony import */ var _vocabulary_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(492);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2859);



/** "1.", "2)", "#3", "Step 4:" numbering before a heading's text. */
const NUMBERING = /^(?:#?\d{1,3}[.)]?|[ivx]{1,4}[.)])\s+/i;
/** Splits "Agent-A (Central Panel)" into the name as written and its short form. */
function withRole(name) {
    const open = name.indexOf('(');
    if (open > 0 && name.endsWith(')')) {
        const short = (0,_text_js__WEBPACK_IMPORTED_MODULE_2__/* .cleanName */ .$t)(name.slice(0, open));
        if (short !== '' && short !== name)
            return { name, aliases: [short] };
    }
    return { name, aliases: [] };
}
function isNotAgent(name) {
    const key = name.toLowerCase().replace(/\s+/g, ' ');
    return _vocabulary_js__WEBPACK_IMPORTED_MODULE_1__/* .NOT_AGENT_WORDS */ .eD.has(key) || (0,_vocabulary_js__WEBPACK_IMPORTED_MODULE_1__/* .roleOf */ .kp)(key) !== null;
}
/**
 * "## 🤖 ChatGPT Codex Status" → ChatGPT Codex (explicit); "### 🤖 Agent-A (Central Panel)" → a candidate named
 * "Agent-A (Central Panel)", also known as "Agent-A"; "## Coordination Rules" → null. Levels 2–6 for "… Status"
 * headings (as before), 2–4 for the others.
 */
function agentHeading(h) {
    if (h.level < 2 || h.text.length === 0 || h.text.length > _markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_HEADING_TEXT */ .Aw)
        return null;
    let t = (0,_text_js__WEBPACK_IMPORTED_MODULE_2__/* .dropTrailingDecoration */ .yF)((0,_text_js__WEBPACK_IMPORTED_MODULE_2__/* .dropLeadingDecoration */ .kT)((0,_text_js__WEBPACK_IMPORTED_MODULE_2__/* .stripMarkup */ .tC)(h.text))).trim();
    t = t.replace(NUMBERING, '');
    let explicit = false;
    const prefix = /^(?:agent|ai agent|owner)\s*[:：]\s*/i.exec(t);
    if (prefix) {
        t = t.slice(prefix[0].length);
        explicit = true;
    }
    // A trailing parenthetical after "Status" is a note: "## Codex Status (updated hourly)".
    let u = t;
    if (u.endsWith(')')) {
        const open = u.lastIndexOf('(');
        if (open > 0)
            u = (0,_text_js__WEBPACK_IMPORTED_MODULE_2__/* .dropTrailingDecoration */ .yF)(u.slice(0, open)).trim();
    }
    while (u.length > 0 && ' \t:.!-–—|'.includes(u.charAt(u.length - 1)))
        u = u.slice(0, -1);
    if (u.length >= 6 && u.slice(-6).toLowerCase() === 'status' && !_text_js__WEBPACK_IMPORTED_MODULE_2__/* .LETTER_OR_DIGIT */ .Jy.test(u.charAt(u.length - 7))) {
        const name = (0,_text_js__WEBPACK_IMPORTED_MODULE_2__/* .cleanName */ .$t)(u.slice(0, -6));
        if (name === '' || name.length > 80 || isNotAgent(name))
            return null;
        return { ...withRole(name), explicit: true };
    }
    if (h.level > 4)
        return null;
    const name = (0,_text_js__WEBPACK_IMPORTED_MODULE_2__/* .cleanName */ .$t)(t);
    if (name === '' || name.length > 80 || isNotAgent(name))
        return null;
    // A candidate is a name, not a sentence or a label with a value ("Current Status: PHASE 2 COMPLETE").
    if (/[:：]/.test(name) || name.split(/\s+/).length > 6)
        return null;
    return { ...withRole(name), explicit: explicit || (0,_vocabulary_js__WEBPACK_IMPORTED_MODULE_1__/* .isKnownAgentName */ .UM)(name) };
}
/** "## 🤖 ChatGPT Codex Status" → "ChatGPT Codex"; null when the heading is no explicit agent section. */
function agentNameFromHeading(h) {
    const a = agentHeading(h);
    return a && a.explicit ? a.name : null;
}
/** "Emergency Override(s)…" headings: an entry when followed by " - <date> - <name>", else a container. */
function overrideHeading(h) {
    if (h.text.length > _markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_HEADING_TEXT */ .Aw)
        return null;
    const t = (0,_text_js__WEBPACK_IMPORTED_MODULE_2__/* .dropLeadingDecoration */ .kT)((0,_text_js__WEBPACK_IMPORTED_MODULE_2__/* .stripMarkup */ .tC)(h.text)).trim();
    const lower = t.toLowerCase();
    const at = lower.indexOf('emergency override');
    if (at < 0)
        return null;
    let rest = t.slice(at + 'emergency override'.length);
    if (rest.charAt(0).toLowerCase() === 's')
        rest = rest.slice(1);
    const sep = /^\s*[-–—:|]\s*/.exec(rest);
    if (at > 0 || !sep)
        return { parts: [] };
    const parts = [];
    for (const piece of rest.slice(sep[0].length).split(/\s+[-–—|]\s+/)) {
        const p = piece.trim();
        if (p !== '')
            parts.push(p);
    }
    return { parts };
}
// ---------------------------------------------------------------------------------------------------------------
// Agent sections
const KEY_WORKING_ON = (0,_vocabulary_js__WEBPACK_IMPORTED_MODULE_1__/* .labelsOf */ .PC)('working-on');
const KEY_MODULE = (0,_vocabulary_js__WEBPACK_IMPORTED_MODULE_1__/* .labelsOf */ .PC)('module');
const KEY_STARTED = (0,_vocabulary_js__WEBPACK_IMPORTED_MODULE_1__/* .labelsOf */ .PC)('started');
const KEY_EXPECTED = (0,_vocabulary_js__WEBPACK_IMPORTED_MODULE_1__/* .labelsOf */ .PC)('expected');
const KEY_CHECKIN = (0,_vocabulary_js__WEBPACK_IMPORTED_MODULE_1__/* .labelsOf */ .PC)('checkin');
const KEY_STATUS = (0,_vocabulary_js__WEBPACK_IMPORTED_MODULE_1__/* .labelsOf */ .PC)('status');
const KEY_OWNER = (0,_vocabulary_js__WEBPACK_IMPORTED_MODULE_1__/* .labelsOf */ .PC)('owner');
const KEY_FILES = new Set((0,_vocabulary_js__WEBPACK_IMPORTED_MODULE_1__/* .labelsOf */ .PC)('files'));
/** Labels read in the plain `Label: value` form too (any label is read when bold). */
const AGENT_PLAIN_LABELS = new Set((0,_vocabulary_js__WEBPACK_IMPORTED_MODULE_1__/* .labelsOf */ .PC)('working-on', 'module', 'started', 'expected', 'checkin', 'status', 'files', 'owner'));
const OVERRIDE_PLAIN_LABELS = new Set([
    'module',
    'original owner',
    'owner',
    'reason',
    'date',
    'agent',
    'by',
    'taken by',
    'overridden by',
    'action taken',
    'files'
]);
function firstField(fields, keys) {
    for (const k of keys) {
        const f = fields[k];
        if (f)
            return f;
    }
    return null;
}
function textValue(f) {
    if (!f)
        return null;
    if ((0,_text_js__WEBPACK_IMPORTED_MODULE_2__/* .isNoneLike */ .gJ)(f.value))
        return null;
    return f.value;
}
function cleanModule(f) {
    const v = textValue(f);
    if (v === null)
        return null;
    const c = (0,_text_js__WEBPACK_IMPORTED_MODULE_2__/* .cleanName */ .$t)(v);
    return c === '' ? null : c;
}


/***/ }),

/***/ 2859:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $t: () => (/* binding */ cleanName),
/* harmony export */   Jy: () => (/* binding */ LETTER_OR_DIGIT),
/* harmony export */   gJ: () => (/* binding */ isNoneLike),
/* harmony export */   kT: () => (/* binding */ dropLeadingDecoration),
/* harmony export */   tC: () => (/* binding */ stripMarkup),
/* harmony export */   xC: () => (/* binding */ isSpace),
/* harmony export */   yF: () => (/* binding */ dropTrailingDecoration)
/* harmony export */ });
/* unused harmony exports isAsciiAlnum, isDecorationToken, MARKUP, NONE_WORDS, dropNote, isTimeNullWord */
// Small single-pass text helpers of the claims reader: emoji/mojibake decoration, markdown emphasis, names, "None".
// ---------------------------------------------------------------------------------------------------------------
// Small text helpers (all single pass)
function isAsciiAlnum(cp) {
    return (cp >= 48 && cp <= 57) || (cp >= 65 && cp <= 90) || (cp >= 97 && cp <= 122);
}
function isSpace(ch) {
    return ch === ' ' || ch === '\t';
}
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/**
 * Is this whitespace-separated token pure decoration: an emoji, a symbol, or the mojibake an emoji turns into when
 * UTF-8 is read as Mac Roman / Windows-1252 (`üî¥`, `‚ö†Ô∏è`, `‚úÖ`)? Such mojibake is made of Latin-1/Latin
 * Extended letters, Greek and symbols, never of ASCII letters or digits.
 */
function isDecorationToken(token) {
    for (const ch of token) {
        const cp = ch.codePointAt(0) ?? 0;
        if (cp < 0x80) {
            if (isAsciiAlnum(cp))
                return false;
            continue;
        }
        const mojibakeRange = cp <= 0x24f || (cp >= 0x370 && cp <= 0x3ff) || (cp >= 0x2000 && cp <= 0x2bff) || (cp >= 0xfb00 && cp <= 0xfb06);
        if (!mojibakeRange && LETTER_OR_DIGIT.test(ch))
            return false;
    }
    return true;
}
/** Drops leading whitespace-separated decoration tokens (emoji, mojibake, bullets like `•`). */
function dropLeadingDecoration(s) {
    let i = 0;
    const n = s.length;
    for (;;) {
        while (i < n && isSpace(s.charAt(i)))
            i++;
        if (i >= n)
            return '';
        let j = i;
        while (j < n && !isSpace(s.charAt(j)))
            j++;
        if (!isDecorationToken(s.slice(i, j)))
            return s.slice(i);
        i = j;
    }
}
/** Drops trailing whitespace-separated decoration tokens. */
function dropTrailingDecoration(s) {
    let j = s.length;
    for (;;) {
        while (j > 0 && isSpace(s.charAt(j - 1)))
            j--;
        if (j <= 0)
            return '';
        let i = j;
        while (i > 0 && !isSpace(s.charAt(i - 1)))
            i--;
        if (!isDecorationToken(s.slice(i, j)))
            return s.slice(0, j);
        j = i;
    }
}
/** Removes markdown emphasis and code marks (`**`, `__`, `*`, backticks, `~~`) and reduces links to their text. */
const MARKUP = /[*`~_[]/;
function stripMarkup(s) {
    if (!MARKUP.test(s))
        return s;
    let out = '';
    const n = s.length;
    // Cached "next ]" / "next )" positions: each only moves forward, so links cost linear time overall.
    let nextBracket = -2;
    let nextParen = -2;
    for (let i = 0; i < n; i++) {
        const ch = s.charAt(i);
        if (ch === '*' || ch === '`')
            continue;
        if (ch === '~' && s.charAt(i + 1) === '~') {
            i++;
            continue;
        }
        if (ch === '_') {
            // Only emphasis underscores, at a word edge: keep snake_case.
            const prev = i > 0 ? s.charAt(i - 1) : ' ';
            const next = i + 1 < n ? s.charAt(i + 1) : ' ';
            const prevWord = LETTER_OR_DIGIT.test(prev);
            const nextWord = LETTER_OR_DIGIT.test(next);
            if (prevWord && nextWord)
                out += ch;
            continue;
        }
        if (ch === '[' && nextBracket !== -1) {
            if (nextBracket < i)
                nextBracket = s.indexOf(']', i + 1);
            if (nextBracket > i && s.charAt(nextBracket + 1) === '(' && nextParen !== -1) {
                if (nextParen < nextBracket + 2)
                    nextParen = s.indexOf(')', nextBracket + 2);
                if (nextParen > nextBracket) {
                    out += s.slice(i + 1, nextBracket);
                    i = nextParen;
                    continue;
                }
            }
        }
        out += ch;
    }
    return out;
}
/** Cleans a name as written: markup and decoration removed, outer punctuation trimmed. */
function cleanName(s) {
    let t = dropTrailingDecoration(dropLeadingDecoration(stripMarkup(s))).trim();
    // Leading symbols glued to the name ("🤖Claude") and trailing separators ("Claude Code -").
    let i = 0;
    while (i < t.length) {
        const cp = t.codePointAt(i) ?? 0;
        const ch = String.fromCodePoint(cp);
        if (LETTER_OR_DIGIT.test(ch) || ch === '_' || ch === '@' || ch === '.' || ch === '/')
            break;
        i += ch.length;
    }
    t = t.slice(i);
    let j = t.length;
    while (j > 0 && ' \t-–—:|,;.'.includes(t.charAt(j - 1)))
        j--;
    return t.slice(0, j).trim();
}
const NONE_WORDS = new Set([
    '',
    'none',
    'n/a',
    'na',
    'n.a',
    '-',
    '--',
    '—',
    '–',
    'nothing',
    'null',
    'nil',
    'idle',
    'none yet',
    'nothing yet',
    'none currently',
    'not working on anything',
    'no files',
    'no',
    'empty'
]);
/** Cuts a trailing note: " (…)", " - …", " — …", " – …". */
function dropNote(s) {
    let cut = s.length;
    for (const sep of [' (', ' - ', ' — ', ' – ', ' -- ']) {
        const k = s.indexOf(sep);
        if (k >= 0 && k < cut)
            cut = k;
    }
    return s.slice(0, cut);
}
/** "None", "None.", "N/A", "-", "(none)", "None - all done", empty… */
function isNoneLike(value) {
    let s = stripMarkup(value).trim();
    if (s.startsWith('(') && s.endsWith(')'))
        s = s.slice(1, -1).trim();
    s = dropNote(s).trim();
    while (s.endsWith('.') || s.endsWith('!'))
        s = s.slice(0, -1).trimEnd();
    return NONE_WORDS.has(s.toLowerCase());
}
/** Values of a time field that mean "no time" (no warning for them). */
function isTimeNullWord(value) {
    if (isNoneLike(value))
        return true;
    let s = dropNote(stripMarkup(value).trim()).trim().toLowerCase();
    while (s.endsWith('.'))
        s = s.slice(0, -1);
    return ['unknown', 'never', 'tbd', 'tba', 'pending', 'not started', '?', '??', 'not yet', 'n/k'].includes(s);
}


/***/ }),

/***/ 492:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BM: () => (/* binding */ CANONICAL_LABELS),
/* harmony export */   L4: () => (/* binding */ stateOf),
/* harmony export */   PC: () => (/* binding */ labelsOf),
/* harmony export */   UM: () => (/* binding */ isKnownAgentName),
/* harmony export */   _6: () => (/* binding */ EVERY_AGENT_WORDS),
/* harmony export */   eD: () => (/* binding */ NOT_AGENT_WORDS),
/* harmony export */   kp: () => (/* binding */ roleOf)
/* harmony export */ });
/* unused harmony export KNOWN_AGENTS */
// The words claims files use, in one table: field labels and table columns (what a value means), and state
// words (whether a claim is live). Real files write them in many ways and languages; a new word is one line here.
// Labels are compared after normaliseLabel (lower case, markup and decoration gone, "check-in" → "checkin").
/** Field labels and table column headers, by meaning. Several roles may share no word. */
const LABELS = [
    ['currently working on', 'working-on'],
    ['working on', 'working-on'],
    ['current work', 'working-on'],
    ['current task', 'working-on'],
    ['task', 'working-on'],
    ['task id', 'working-on'],
    ['lane', 'working-on'],
    ['work', 'working-on'],
    ['what', 'working-on'],
    ['description', 'working-on'],
    ['任务', 'working-on'],
    ['module', 'module'],
    ['modules', 'module'],
    ['started at', 'started'],
    ['started', 'started'],
    ['start time', 'started'],
    ['claimed at', 'started'],
    ['claimed at (utc)', 'started'],
    ['claimed', 'started'],
    ['since', 'started'],
    ['utc (iso)', 'started'],
    ['start time utc', 'started'],
    ['开始时间', 'started'],
    ['expected completion', 'expected'],
    ['eta', 'expected'],
    ['expected completion time', 'expected'],
    ['last checkin', 'checkin'],
    ['checkin', 'checkin'],
    ['last checkin (utc)', 'checkin'],
    ['last updated', 'checkin'],
    ['last update', 'checkin'],
    ['updated', 'checkin'],
    ['updated at', 'checkin'],
    ['last seen', 'checkin'],
    ['last active', 'checkin'],
    ['heartbeat', 'checkin'],
    ['last heartbeat', 'checkin'],
    ['更新时间', 'checkin'],
    ['status', 'status'],
    ['state', 'status'],
    ['状态', 'status'],
    ['files being modified', 'files'],
    ['files', 'files'],
    ['files modified', 'files'],
    ['files being edited', 'files'],
    ['files claimed', 'files'],
    ['files to modify', 'files'],
    ['files being changed', 'files'],
    ['files touched', 'files'],
    ['file scope', 'files'],
    ['working files', 'files'],
    ['claimed files', 'files'],
    ['locked files', 'files'],
    ['allowed files', 'files'],
    ['paths', 'files'],
    ['path', 'files'],
    ['scope', 'files'],
    ['area', 'files'],
    ['areas', 'files'],
    ['touching', 'files'],
    ['write scope', 'files'],
    ['文件', 'files'],
    ['写权限范围', 'files'],
    ['owner', 'owner'],
    ['agent', 'owner'],
    ['agent id', 'owner'],
    ['agent-id', 'owner'],
    ['agent name', 'owner'],
    ['assignee', 'owner'],
    ['assigned to', 'owner'],
    ['claimed by', 'owner'],
    ['session', 'owner'],
    ['who', 'owner'],
    ['ai system', 'owner'],
    ['ai', 'owner'],
    ['会话名', 'owner'],
    ['负责人', 'owner'],
    ['branch', 'branch']
];
const ROLE_OF = new Map(LABELS);
/** The label written for a new field of each role (the claim/checkin/release editor writes the seed's words). */
const CANONICAL_LABELS = {
    'working-on': 'Currently Working On',
    module: 'Module',
    started: 'Started At',
    expected: 'Expected Completion',
    checkin: 'Last Checkin',
    status: 'Status',
    files: 'Files Being Modified',
    owner: 'Owner',
    branch: 'Branch'
};
/** The role of a normalised label or column header, or null. */
function roleOf(label) {
    return ROLE_OF.get(label) ?? null;
}
/** Every label of a role (for the plain `Label: value` form, which is read only for known labels). */
function labelsOf(...roles) {
    return LABELS.filter(([, r]) => roles.includes(r)).map(([w]) => w);
}
/**
 * State words and emoji, matched against the start of a status value (after decoration, lower case). Complete,
 * released or available work claims nothing; blocked or paused work still holds its files; "unknown" is doubt.
 */
const STATES = [
    ['working', 'working'],
    ['active', 'working'],
    ['in progress', 'working'],
    ['in-progress', 'working'],
    ['in_progress', 'working'],
    ['inprogress', 'working'],
    ['wip', 'working'],
    ['claimed', 'working'],
    ['locked', 'working'],
    ['ongoing', 'working'],
    ['doing', 'working'],
    ['started', 'working'],
    ['busy', 'working'],
    ['blocked', 'working'],
    ['paused', 'working'],
    ['on hold', 'working'],
    ['reviewing', 'working'],
    ['in review', 'working'],
    ['testing', 'working'],
    ['implementing', 'working'],
    ['fixing', 'working'],
    ['🟢', 'working'],
    ['🔄', 'working'],
    ['🚧', 'working'],
    ['⏳', 'working'],
    ['🔒', 'working'],
    ['🟡', 'working'],
    ['进行中', 'working'],
    ['处理中', 'working'],
    ['idle', 'idle'],
    ['available', 'idle'],
    ['free', 'idle'],
    ['complete', 'idle'],
    ['completed', 'idle'],
    ['done', 'idle'],
    ['finished', 'idle'],
    ['merged', 'idle'],
    ['released', 'idle'],
    ['closed', 'idle'],
    ['cancelled', 'idle'],
    ['canceled', 'idle'],
    ['abandoned', 'idle'],
    ['offline', 'idle'],
    ['inactive', 'idle'],
    ['not started', 'idle'],
    ['pending', 'idle'],
    ['todo', 'idle'],
    ['unclaimed', 'idle'],
    ['none', 'idle'],
    ['✅', 'idle'],
    ['✔', 'idle'],
    ['✔️', 'idle'],
    ['✓', 'idle'],
    ['💤', 'idle'],
    ['⚪', 'idle'],
    ['已完成', 'idle'],
    ['完成', 'idle'],
    ['空闲', 'idle'],
    ['unknown', 'uncertain'],
    ['uncertain', 'uncertain'],
    ['stale', 'uncertain'],
    ['?', 'uncertain'],
    ['❔', 'uncertain'],
    ['❓', 'uncertain']
];
/** Longest words first, so "not started" wins over "started" and "in progress" over "progress". */
const STATE_WORDS = [...STATES].sort((a, b) => b[0].length - a[0].length);
/** The meaning of a status value ("🔄 Active - fixing X", "✅ Complete", "`in_progress`"), or null when unknown. */
function stateOf(value) {
    const s = value.toLowerCase().replace(/[*_`~[\]]/g, '').trim();
    // Emoji first (a value may start with one and continue with any word: "🔄 Fixing schema").
    for (const [word, meaning] of STATE_WORDS) {
        if (!/[a-z0-9]/.test(word) && s.startsWith(word))
            return meaning;
    }
    const t = s.replace(/^[^\p{L}\p{N}?]+/u, '');
    for (const [word, meaning] of STATE_WORDS) {
        if (!t.startsWith(word))
            continue;
        const next = t.charAt(word.length);
        if (next === '' || !/[\p{L}\p{N}]/u.test(next) || !/[a-z]/.test(word))
            return meaning;
    }
    return null;
}
/**
 * Headings that are never an agent, whole or before "Status": they describe the document or a group
 * ("## Project Status", "## 📊 Current Agent Status", "## Coordination Rules").
 */
const NOT_AGENT_WORDS = new Set([
    'current',
    'overall',
    'project',
    'system',
    'sync',
    'work',
    'task',
    'tasks',
    'implementation',
    'automation',
    'build',
    'current build',
    'deployment',
    'module',
    'modules',
    'agent',
    'agents',
    'current agent',
    'agent status',
    'ai',
    'ai agents',
    'team',
    'phase',
    'progress',
    'current work',
    'ai current work',
    'sync check',
    'check sync',
    'test',
    'tests',
    'ci',
    'overview',
    'summary',
    'notes',
    'rules',
    'guidelines',
    'protocol',
    'instructions',
    'how to use',
    'example',
    'examples',
    'template',
    'active work',
    'active claims',
    'active locks',
    'claims',
    'locks',
    'history',
    'update history',
    'changelog',
    'backlog',
    'next steps',
    'blockers',
    'decisions',
    'context',
    'files',
    'related files',
    'quick commands',
    'commands',
    'success criteria',
    'coordination rules',
    'coordination',
    'emergency override',
    'emergency overrides',
    'available modules for work',
    'work coordination matrix',
    'progress',
    'current status',
    'current position',
    'session continuity'
]);
/**
 * Names of AI coding agents and tools, lower case. A heading that is one of these (or starts with one) is an agent
 * section even without "Status"; a list line that starts with one may be a claim the reader must account for.
 */
const KNOWN_AGENTS = [
    'claude',
    'claude code',
    'codex',
    'chatgpt',
    'chatgpt codex',
    'openai codex',
    'copilot',
    'github copilot',
    'cursor',
    'gemini',
    'gemini cli',
    'windsurf',
    'devin',
    'aider',
    'cline',
    'roo',
    'opencode',
    'jules',
    'amp',
    'kiro',
    'qwen',
    'grok',
    'continue',
    'goose',
    'junie'
];
/** Is this (normalised) name one of the known agents, or does it start with one ("Claude Code (Opus)")? */
function isKnownAgentName(name) {
    const n = name.toLowerCase();
    return KNOWN_AGENTS.some((a) => n === a || n.startsWith(`${a} `));
}
/** "Both", "All", "Everyone": an ownership cell that gives a path to every agent listed. */
const EVERY_AGENT_WORDS = new Set(['both', 'all', 'everyone', 'all agents', 'shared', '全部']);


/***/ }),

/***/ 9518:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  xL: () => (/* reexport */ ConfigError),
  o4: () => (/* binding */ parseConfig)
});

// UNUSED EXPORTS: CONFIG_SCHEMA_ID, branchGlobProblem, configGlobProblem, configJsonSchema, configSchema, defaultConfig, isBlankConfig, suggestKey

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 4 modules
var schemas = __webpack_require__(1514);
// EXTERNAL MODULE: ./src/engine/names.ts
var names = __webpack_require__(7078);
// EXTERNAL MODULE: ./src/engine/time/index.ts + 2 modules
var time = __webpack_require__(2962);
// EXTERNAL MODULE: ./src/engine/paths/index.ts + 6 modules
var paths = __webpack_require__(4369);
// EXTERNAL MODULE: ./src/engine/quote.ts
var quote = __webpack_require__(3422);
;// CONCATENATED MODULE: ./src/engine/config/base.ts


/** A found value as a message shows it: quoted text, "a list", "a mapping", "nothing". */
function describeValue(value) {
    if (value === null || value === undefined)
        return 'nothing';
    if (typeof value === 'string')
        return (0,quote/* quote */.h)(value, 80);
    if (Array.isArray(value))
        return 'a list';
    if (typeof value === 'object')
        return 'a mapping';
    return String(value);
}
// ---------------------------------------------------------------------------------------------------------------
// Validators shared by the schema
/** Why a config glob (modules, ignore, branches) is unusable, or null. Stricter than a claim: never absolute. */
function configGlobProblem(glob) {
    if (glob.trim().startsWith('/'))
        return 'absolute (patterns are relative to the repository root; drop the leading "/")';
    return (0,paths/* patternProblem */.AL)(glob);
}
/**
 * Why a branch glob is unusable, or null. Branch globs are matched with picomatch, whose regexes backtrack: on top of
 * the path-glob rules, no extglobs, and at most two `*` runs besides whole `**` segments — `*a*a*a*b` takes
 * exponential time on a long branch name (a name anyone who can push a branch chooses).
 */
function branchGlobProblem(glob) {
    const problem = configGlobProblem(glob);
    if (problem)
        return problem;
    if (/[!?+*@]\(/.test(glob))
        return 'an extglob such as +(…) or *(…) (not supported in branch globs)';
    const stars = glob.trim().split('/').filter((seg) => seg !== '**').join('/').match(/\*+/g)?.length ?? 0;
    if (stars > 2)
        return `${stars} "*" wildcards (at most 2 besides whole "**" segments: more can take exponential time to match)`;
    return null;
}
// ---------------------------------------------------------------------------------------------------------------
// Defaults
/** Lock files change in almost every branch; their overlap says nothing about two agents' work. */
const RADAR_IGNORE_DEFAULT = ['package-lock.json', 'npm-shrinkwrap.json', 'yarn.lock', 'pnpm-lock.yaml', 'bun.lockb', 'Cargo.lock', 'poetry.lock', 'Gemfile.lock', 'composer.lock', 'go.sum', 'uv.lock'];
/** The config of a repository without a config file (the schema's defaults: a unit test compares them). */
function defaultConfig() {
    return {
        agents: {},
        modules: {},
        activeHours: 2,
        staleHours: 4,
        timezone: 'UTC',
        policy: { unknownAuthor: 'warning', requireHandoff: false },
        ignore: [],
        statusBranches: [],
        radar: { ignore: [...RADAR_IGNORE_DEFAULT], maxPullRequests: 100 }
    };
}
/** No config to parse: no file (null), or an empty one. Comments only still go through the parser. */
function isBlankConfig(text) {
    return text === null || text === undefined || text.trim() === '';
}
/** An invalid config file. The message lists every problem as `file:line: key: what was expected, got what`. */
class ConfigError extends Error {
    file;
    line;
    key;
    issues;
    constructor(file, issues) {
        const sorted = [...issues].sort((a, b) => a.line - b.line);
        super(sorted.map((i) => `${file}:${i.line}: ${i.key ? `${i.key}: ` : ''}${i.message}`).join('\n'));
        this.name = 'ConfigError';
        const first = sorted[0] ?? { line: 0, key: '', message: '' };
        this.file = file;
        this.line = first.line;
        this.key = first.key;
        this.issues = sorted;
    }
}
/**
 * Why a GitHub login is unusable, or null. GitHub's rules: 1–39 letters, digits or hyphens, no leading, trailing or
 * double hyphen. The comment builds `@login` from it, so nothing else (no markdown, no team, no space) may pass.
 */
function githubLoginProblem(login) {
    if (login.startsWith('@'))
        return 'a login is written without the leading "@"';
    if (login.length > 39)
        return 'longer than 39 characters';
    if (!/^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9]))*$/.test(login))
        return 'only letters, digits and single hyphens, not first or last';
    return null;
}

;// CONCATENATED MODULE: ./src/engine/config/schema.ts
// The config schema: zod, the single home of every key, default and description (kebab-case, as written in YAML),
// and the validators it shares with the action's inputs (globs, branch globs, time zones).




// The validators and the defaults' shared pieces live in base.ts (no zod: the action's inputs use them too).

const schema_CONFIG_SCHEMA_ID = 'https://raw.githubusercontent.com/ai-sync/ai-sync/v1/schemas/ai-sync.config.schema.json';
/** A glob checked by the path module; `what` names it in messages ("a path glob"). */
const glob = (what, description, problemOf = configGlobProblem) => schemas/* string */.YjP()
    .min(1)
    .max(1000)
    .superRefine((value, ctx) => {
    if (value.length === 0 || value.length > 1000)
        return; // reported by min/max
    const problem = problemOf(value);
    if (problem)
        ctx.addIssue({ code: 'custom', message: `expected ${what}, got ${describeValue(value)}: ${problem}`, input: value });
})
    .describe(description);
const PATH_GLOB = 'A path relative to the repository root, with gitignore semantics: "dir/" is everything below dir, a name without "/" matches at any depth, * stays within a segment, ** crosses "/".';
const alias = schemas/* string */.YjP()
    .trim()
    .min(1)
    .max(1000)
    .describe('A name or email (globs: * any run of characters, ? one character), matched case-insensitively.');
// ---------------------------------------------------------------------------------------------------------------
// The schema (kebab-case keys, as written in the YAML)
const agentSchema = schemas/* strictObject */.rej({
    aliases: schemas/* array */.YOg(alias)
        .default([])
        .meta({
        description: 'Names or emails (globs allowed, e.g. "*@openai.com") of commit authors, committers, Co-authored-by trailers and pull-request author logins that are this agent. Case-insensitive.',
        examples: [['Claude', 'noreply@anthropic.com']]
    }),
    branches: schemas/* array */.YOg(glob('a branch glob', 'A branch name or glob, e.g. "claude/**".', branchGlobProblem))
        .default([])
        .meta({
        description: 'Head branches (globs: * within a segment, ** across "/") whose commits belong to this agent.',
        examples: [['claude/**']]
    }),
    github: schemas/* string */.YjP()
        .trim()
        .superRefine((login, ctx) => {
        const problem = githubLoginProblem(login);
        if (problem)
            ctx.addIssue({ code: 'custom', message: `expected a GitHub login, got ${describeValue(login)}: ${problem}`, input: login });
    })
        .optional()
        .meta({
        description: 'The GitHub account of the person (or bot) behind this agent: the sticky PR comment mentions @login when a change hits this agent\'s claim (for the findings notify-on selects). Without it, nobody is mentioned.',
        examples: ['octocat']
    })
})
    .describe('How to recognise one agent.');
const PolicyDefaults = { 'unknown-author': 'warning', 'require-handoff': false };
const policySchema = schemas/* strictObject */.rej({
    'unknown-author': schemas/* enum */.k5n(['error', 'warning', 'ignore'])
        .default(PolicyDefaults['unknown-author'])
        .describe('How to report a change to claimed files by an author recognised as no agent: error (fails the check), warning, or ignore.'),
    'require-handoff': schemas/* boolean */.zMY()
        .default(PolicyDefaults['require-handoff'])
        .describe('Require every change that touches non-ignored files to also update the handoff file (AI_HANDOFF.md by default); a change without it is an error.')
})
    .default({ ...PolicyDefaults })
    .describe('How strict the checks are.');
const radarSchema = schemas/* strictObject */.rej({
    ignore: schemas/* array */.YOg(glob('a path glob', PATH_GLOB))
        .default([...RADAR_IGNORE_DEFAULT])
        .describe('Paths (gitignore-style globs) whose overlap between open pull requests is never reported; replaces the default list of lock files.'),
    'max-pull-requests': schemas/* number */.aig()
        .int()
        .min(0)
        .max(1000)
        .default(100)
        .describe('How many open pull requests (newest first) are read for in-flight claims and the overlap radar; 0 turns both off. When there are more, the summary says how many were read.')
})
    .default({ ignore: [...RADAR_IGNORE_DEFAULT], 'max-pull-requests': 100 })
    .describe('In-flight claims and the overlap radar: claims written on open pull requests, and files two open pull requests both change.');
const schema_configSchema = schemas/* strictObject */.rej({
    agents: schemas/* record */.g1P(schemas/* string */.YjP().trim().min(1), agentSchema)
        .default({})
        .meta({
        description: 'Agents by name, as their section is titled in the claims file ("## Claude Code Status" → "Claude Code"). Agents without a section here are still known from the claims file.',
        examples: [{ 'Claude Code': { aliases: ['Claude', 'noreply@anthropic.com'], branches: ['claude/**'] } }]
    }),
    modules: schemas/* record */.g1P(schemas/* string */.YjP().trim().min(1), schemas/* array */.YOg(glob('a path glob', PATH_GLOB)).describe('The paths a module covers (gitignore-style globs, relative to the repository root).'))
        .default({})
        .meta({
        description: 'Module names, as claimed in the claims file, and the paths each covers.',
        examples: [{ TrackingModule: ['backend/src/api/tracking/**'] }]
    }),
    'active-hours': schemas/* number */.aig()
        .positive()
        .default(2)
        .describe('Hours after an agent\'s last check-in during which its claims are fully active; must be less than stale-hours.'),
    'stale-hours': schemas/* number */.aig()
        .positive()
        .default(4)
        .describe('Hours after an agent\'s last check-in after which its claims are stale and no longer block others.'),
    timezone: schemas/* string */.YjP()
        .superRefine((zone, ctx) => {
        const problem = (0,time/* timezoneProblem */.Hd)(zone);
        if (problem)
            ctx.addIssue({ code: 'custom', message: problem, input: zone });
    })
        .default('UTC')
        .meta({ description: 'IANA time zone for times written without one in the claims file.', examples: ['UTC', 'Europe/Berlin'] }),
    policy: policySchema,
    ignore: schemas/* array */.YOg(glob('a path glob', PATH_GLOB))
        .default([])
        .meta({ description: 'Paths (gitignore-style globs) that never produce findings.', examples: [['docs/**', '*.md']] }),
    'status-branches': schemas/* array */.YOg(glob('a branch name or glob', 'A branch name or glob (picomatch), e.g. "main" or "release/*".', branchGlobProblem))
        .default([])
        .describe('Branches (names or globs) whose pushes write AI_SYNC_STATUS.json; empty means the default branch.'),
    radar: radarSchema
})
    .superRefine((cfg, ctx) => {
    if (!(cfg['active-hours'] < cfg['stale-hours'])) {
        ctx.addIssue({
            code: 'custom',
            path: ['active-hours'],
            // Reported at stale-hours when active-hours is not in the file (its default is what clashes).
            params: { otherwise: ['stale-hours'] },
            message: `expected active-hours (${cfg['active-hours']}) to be less than stale-hours (${cfg['stale-hours']})`
        });
    }
    const seen = new Map();
    for (const name of Object.keys(cfg.agents)) {
        const key = (0,names/* agentKey */.pS)(name);
        const first = seen.get(key);
        if (first !== undefined) {
            ctx.addIssue({
                code: 'custom',
                path: ['agents', name],
                message: `duplicate agent ${JSON.stringify(name)} (the same agent as ${JSON.stringify(first)}: names differ only in case, spacing or a role in parentheses)`
            });
        }
        else
            seen.set(key, name);
    }
    const aliasOwner = new Map();
    for (const [name, agent] of Object.entries(cfg.agents)) {
        agent.aliases.forEach((a, i) => {
            const key = (0,names/* aliasKey */.Us)(a); // as aliases are matched: e-mails and globs too
            const owner = aliasOwner.get(key);
            if (owner !== undefined && owner !== name) {
                ctx.addIssue({
                    code: 'custom',
                    path: ['agents', name, 'aliases', i],
                    message: `alias ${JSON.stringify(a)} is also an alias of ${JSON.stringify(owner)}: a commit cannot belong to both`
                });
            }
            else
                aliasOwner.set(key, name);
        });
    }
})
    .meta({ description: 'ai-sync configuration: who the agents are, which paths modules cover, and how strict the checks are.' });
function toConfig(parsed) {
    const agents = {};
    for (const [name, a] of Object.entries(parsed.agents)) {
        agents[name.trim()] = { aliases: [...a.aliases], branches: a.branches.map((b) => b.trim()), ...(a.github !== undefined ? { github: a.github } : {}) };
    }
    const modules = {};
    for (const [name, globs] of Object.entries(parsed.modules))
        modules[name.trim()] = globs.map((g) => g.trim());
    return {
        agents,
        modules,
        activeHours: parsed['active-hours'],
        staleHours: parsed['stale-hours'],
        timezone: parsed.timezone,
        policy: { unknownAuthor: parsed.policy['unknown-author'], requireHandoff: parsed.policy['require-handoff'] },
        ignore: parsed.ignore.map((g) => g.trim()),
        statusBranches: parsed['status-branches'].map((b) => b.trim()),
        radar: { ignore: parsed.radar.ignore.map((g) => g.trim()), maxPullRequests: parsed.radar['max-pull-requests'] }
    };
}

;// CONCATENATED MODULE: ./src/engine/config/errors.ts
// A config problem, said so a person can fix it: file:line, the key path, what was expected, a did-you-mean for a
// misspelt key. ConfigError (in base.ts) carries every issue; its message is the first one, on one line.


// ConfigError and ConfigIssue live in base.ts: the action checks for a ConfigError without loading the parser.

const EXPECTED_TYPE = {
    number: 'a number',
    string: 'a string',
    boolean: 'true or false',
    array: 'a list',
    object: 'a mapping',
    record: 'a mapping'
};
/** Known keys of the mapping at a (kebab-case) path, for unknown-key suggestions. */
function knownKeys(path) {
    if (path.length === 0)
        return Object.keys(schema_configSchema.shape);
    if (path.length === 1 && path[0] === 'policy')
        return Object.keys(policySchema.unwrap().shape);
    if (path.length === 2 && path[0] === 'agents')
        return Object.keys(agentSchema.shape);
    return [];
}
/** The known key a typo most likely meant, or null. */
function suggestKey(typo, known) {
    const squash = (s) => s.toLowerCase().replace(/[-_\s]/g, '');
    const exact = known.find((k) => squash(k) === squash(typo));
    if (exact)
        return exact;
    let best = null;
    let bestDistance = Infinity;
    for (const k of known) {
        const d = (0,names/* editDistance */.YC)(typo.toLowerCase(), k.toLowerCase());
        if (d < bestDistance) {
            bestDistance = d;
            best = k;
        }
    }
    return best !== null && bestDistance <= Math.max(1, Math.floor(Math.max(typo.length, best.length) / 3)) ? best : null;
}
function keyPath(path) {
    let out = '';
    for (const seg of path) {
        if (typeof seg === 'number')
            out += `[${seg}]`;
        // Quoted (JSON escapes) when it could be misread or would break the one-line-per-problem message.
        else if (String(seg) === '' || /[.\u0000-\u001f\u007f-\u009f\u2028\u2029]/.test(String(seg)))
            out += `[${JSON.stringify(String(seg))}]`;
        else
            out += out === '' ? String(seg) : `.${String(seg)}`;
    }
    return out === '' ? '(top level)' : out;
}
function valueAt(data, path) {
    let cur = data;
    for (const seg of path) {
        if (cur === null || typeof cur !== 'object')
            return undefined;
        cur = cur[seg];
    }
    return cur;
}

;// CONCATENATED MODULE: ./src/engine/config/yaml-locate.ts
// From zod's issue paths back to the YAML: the line of the key (or value) an issue is about, nulls dropped the way
// the schema reads them, and each issue's message.



function locate(root, path, lines, keyOfLast = false) {
    const lineOf = (node) => {
        const range = node?.range;
        return range ? lines.linePos(range[0]).line : null;
    };
    let node = root;
    let keyLine = null;
    for (const seg of path) {
        if ((0,dist/* isMap */.jh)(node)) {
            const pair = node.items.find((p) => String((0,dist/* isScalar */.jn)(p.key) ? p.key.value : p.key) === String(seg));
            if (!pair)
                break;
            keyLine = lineOf(pair.key);
            node = pair.value;
            if (node === null || node === undefined)
                return { line: keyLine ?? 1 };
        }
        else if ((0,dist/* isSeq */.oP)(node) && typeof seg === 'number') {
            const item = node.items[seg];
            if (item === undefined)
                break;
            keyLine = null;
            node = item;
        }
        else
            break;
    }
    // A collection (or a key whose value is wrong as a whole) is reported at its key; a scalar at itself.
    if ((keyOfLast || (0,dist/* isMap */.jh)(node) || (0,dist/* isSeq */.oP)(node)) && keyLine !== null)
        return { line: keyLine };
    return { line: lineOf(node) ?? keyLine ?? 1 };
}
/** The key path of the map key that starts at `offset`, or null. */
function keyPathAt(node, offset, path) {
    if ((0,dist/* isMap */.jh)(node)) {
        for (const pair of node.items) {
            const key = (0,dist/* isScalar */.jn)(pair.key) ? pair.key.value : pair.key;
            const here = [...path, String(key)];
            if (pair.key?.range?.[0] === offset)
                return here;
            const found = keyPathAt(pair.value, offset, here);
            if (found)
                return found;
        }
    }
    else if ((0,dist/* isSeq */.oP)(node)) {
        for (let i = 0; i < node.items.length; i++) {
            const found = keyPathAt(node.items[i], offset, [...path, i]);
            if (found)
                return found;
        }
    }
    return null;
}
/** The first mapping key that is itself a collection (`? [a, b]`), which has no place in this file. */
function complexKey(node, path) {
    if ((0,dist/* isMap */.jh)(node)) {
        for (const pair of node.items) {
            if (pair.key !== null && !(0,dist/* isScalar */.jn)(pair.key))
                return { path, offset: pair.key.range?.[0] ?? 0 };
            const found = complexKey(pair.value, [...path, String((0,dist/* isScalar */.jn)(pair.key) ? pair.key.value : '')]);
            if (found)
                return found;
        }
    }
    else if ((0,dist/* isSeq */.oP)(node)) {
        for (let i = 0; i < node.items.length; i++) {
            const found = complexKey(node.items[i], [...path, i]);
            if (found)
                return found;
        }
    }
    return null;
}
/** Treats `key:` with no value as "not given" (→ default); `agents: {X: }` as an agent with no settings. */
function dropNulls(data) {
    if (data === null || typeof data !== 'object' || Array.isArray(data))
        return data;
    const out = {};
    for (const [k, v] of Object.entries(data)) {
        if (v === null)
            continue;
        out[k] = v;
    }
    for (const record of ['agents', 'modules']) {
        const r = out[record];
        if (r && typeof r === 'object' && !Array.isArray(r)) {
            const fixed = {};
            for (const [k, v] of Object.entries(r)) {
                if (v === null)
                    fixed[k] = record === 'agents' ? {} : [];
                else if (record === 'agents' && typeof v === 'object' && !Array.isArray(v)) {
                    fixed[k] = Object.fromEntries(Object.entries(v).filter(([, x]) => x !== null));
                }
                else
                    fixed[k] = v;
            }
            out[record] = fixed;
        }
    }
    const policy = out.policy;
    if (policy && typeof policy === 'object' && !Array.isArray(policy)) {
        out.policy = Object.fromEntries(Object.entries(policy).filter(([, x]) => x !== null));
    }
    return out;
}
function issueMessage(issue, data) {
    const got = describeValue(valueAt(data, issue.path));
    switch (issue.code) {
        case 'invalid_value':
            return `expected one of ${issue.values.map(String).join(' | ')}, got ${got}`;
        case 'invalid_type':
            return `expected ${EXPECTED_TYPE[issue.expected] ?? issue.expected}, got ${got}`;
        case 'too_small':
            if (issue.origin === 'number')
                return `expected a number ${issue.inclusive ? '>=' : '>'} ${String(issue.minimum)}, got ${got}`;
            if (issue.origin === 'string')
                return `expected a non-empty string, got ${got}`;
            return `expected at least ${String(issue.minimum)} items, got ${got}`;
        case 'too_big':
            if (issue.origin === 'string')
                return `expected at most ${String(issue.maximum)} characters, got ${got}`;
            return `expected at most ${String(issue.maximum)}, got ${got}`;
        case 'invalid_key':
            return `expected a non-empty name, got ${describeValue(issue.path[issue.path.length - 1])}`;
        default:
            return issue.message;
    }
}
function zodIssues(error, data, root, lines) {
    const out = [];
    for (const issue of error.issues) {
        if (issue.code === 'unrecognized_keys') {
            const known = knownKeys(issue.path);
            // Keys one level down too: `unknown-author` at the top level → `policy.unknown-author`.
            const nested = issue.path.length === 0 ? knownKeys(['policy']).map((k) => `policy.${k}`) : [];
            for (const key of issue.keys) {
                const path = [...issue.path, key];
                const suggestion = suggestKey(key, known) ?? (nested.length > 0 ? suggestKey(`policy.${key}`, nested) : null);
                const hint = suggestion ? `did you mean "${suggestion}"?` : `expected one of ${known.join(' | ')}`;
                out.push({ line: locate(root, path, lines, true).line, key: keyPath(path), message: `unknown key; ${hint}` });
            }
            continue;
        }
        const keyed = issue.code === 'invalid_key' || (issue.code === 'custom' && issue.path[0] === 'agents' && issue.path.length === 2);
        const otherwise = issue.code === 'custom' ? issue.params?.otherwise : undefined;
        const path = otherwise && valueAt(data, issue.path) === undefined ? otherwise : issue.path;
        out.push({ line: locate(root, path, lines, keyed).line, key: keyPath(path), message: issueMessage(issue, data) });
    }
    return out;
}

;// CONCATENATED MODULE: ./src/engine/config/index.ts
// The config file `.github/ai-sync.yml`: YAML validated by zod. The zod schema holds every default and every
// description; the JSON Schema in schemas/ is generated from it (scripts/config-schema.ts). Pure: text in, Config out.
// This is the parser: it loads yaml and the schema. What needs neither (the defaults, ConfigError, the glob rules) is
// in base.ts, which the action imports without this file when the repository has no config file.









/**
 * Parses and validates `.github/ai-sync.yml`. No text (null, undefined, empty, only comments) gives the defaults.
 * Throws ConfigError naming file, line, key, what was expected and what was found.
 */
function parseConfig(text, file) {
    if (isBlankConfig(text))
        return defaultConfig();
    const lines = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false, logLevel: 'silent' });
    if (doc.errors.length > 0) {
        const issues = doc.errors.map((e) => {
            const line = lines.linePos(e.pos[0]).line;
            const firstLine = e.message.split('\n')[0] ?? e.message;
            if (e.code === 'DUPLICATE_KEY') {
                const path = keyPathAt(doc.contents, e.pos[0], []);
                const key = path ? keyPath(path) : (/^\s*["']?([^"':\n]*)/.exec(text.slice(e.pos[0]))?.[1] ?? '').trim();
                return { line, key, message: 'duplicate key (each key may appear only once)' };
            }
            return { line, key: '', message: `YAML syntax error: ${firstLine}` };
        });
        throw new ConfigError(file, issues);
    }
    if (doc.contents === null)
        return defaultConfig(); // only comments
    const complex = complexKey(doc.contents, []);
    if (complex) {
        throw new ConfigError(file, [
            { line: lines.linePos(complex.offset).line, key: keyPath(complex.path), message: 'expected a plain key, got a list or mapping as a key' }
        ]);
    }
    let data;
    try {
        data = doc.toJS({ maxAliasCount: 100 });
    }
    catch (e) {
        throw new ConfigError(file, [{ line: 1, key: '', message: `YAML error: ${e.message}` }]);
    }
    if (data === null || data === undefined)
        return defaultConfig(); // `---` alone, or `~`
    data = dropNulls(data);
    const result = schema_configSchema.safeParse(data);
    if (!result.success)
        throw new ConfigError(file, zodIssues(result.error, data, doc.contents, lines));
    return toConfig(result.data);
}
// ---------------------------------------------------------------------------------------------------------------
// JSON Schema
/** JSON Schema (draft 2020-12) of the config file, generated from configSchema (input side: defaults shown). */
function configJsonSchema() {
    const generated = z.toJSONSchema(configSchema, { io: 'input', target: 'draft-2020-12' });
    const { $schema, ...rest } = generated;
    return {
        $schema,
        $id: CONFIG_SCHEMA_ID,
        title: 'ai-sync configuration (.github/ai-sync.yml)',
        ...rest
    };
}


/***/ }),

/***/ 4073:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  QI: () => (/* reexport */ agentNames),
  ad: () => (/* binding */ identityEvidence),
  TZ: () => (/* binding */ resolveBranchIdentity),
  XH: () => (/* binding */ resolveIdentity),
  U0: () => (/* binding */ resolveLoginIdentity),
  Oy: () => (/* binding */ withConflicts)
});

// UNUSED EXPORTS: parsePerson, parseTrailers

;// CONCATENATED MODULE: ./src/engine/identity/trailers.ts
// ---------------------------------------------------------------------------------------------------------------
// Trailers
const TRAILER = /^([A-Za-z0-9-]+)[ \t]*:[ \t]*(.*)$/;
const GIT_GENERATED = ['Signed-off-by: ', '(cherry picked from commit '];
/**
 * The trailers of a commit message, as git finds them: the last paragraph, if it is not the title paragraph and
 * either consists only of `Key: value` lines (continuation lines indented) or holds a git-generated trailer
 * (Signed-off-by, "(cherry picked from commit") and at least 25% trailer lines. CRLF tolerated; `#` lines skipped.
 */
function parseTrailers(message) {
    const lines = message.replace(/\r\n?/g, '\n').split('\n');
    const blank = (l) => l.trim() === '';
    let end = lines.length;
    while (end > 0 && blank(lines[end - 1]))
        end--;
    let titleEnd = 0;
    while (titleEnd < end && !blank(lines[titleEnd]))
        titleEnd++;
    let start = end;
    while (start > 0 && !blank(lines[start - 1]))
        start--;
    if (start <= titleEnd)
        return []; // the title paragraph (or no blank line at all) cannot be trailers
    const out = [];
    let trailerLines = 0;
    let otherLines = 0;
    let recognised = false;
    let current = null;
    for (let i = start; i < end; i++) {
        const line = lines[i];
        if (line.startsWith('#'))
            continue;
        if (GIT_GENERATED.some((p) => line.startsWith(p)))
            recognised = true;
        if (current !== null && /^[ \t]/.test(line)) {
            current.value = `${current.value} ${line.trim()}`.trim();
            continue;
        }
        const m = TRAILER.exec(line);
        if (m) {
            trailerLines++;
            current = { key: m[1], value: m[2].trim() };
            out.push(current);
        }
        else {
            if (line.startsWith('(cherry picked from commit '))
                trailerLines++;
            else
                otherLines++;
            current = null;
        }
    }
    const isBlock = (trailerLines > 0 && otherLines === 0) || (recognised && trailerLines * 3 >= otherLines);
    return isBlock ? out : [];
}
/** `Name <email>` → {name, email}; anything else is a name. */
function parsePerson(value) {
    const m = /^(.*?)\s*<([^<>]*)>\s*$/.exec(value.trim());
    return m ? { name: m[1].trim(), email: m[2].trim() } : { name: value.trim(), email: '' };
}
function formatPerson(p) {
    return p.email ? `${p.name} <${p.email}>` : p.name;
}

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
// EXTERNAL MODULE: ./src/engine/names.ts
var names = __webpack_require__(7078);
;// CONCATENATED MODULE: ./src/engine/identity/matching.ts
// Does a name, an email or a login designate an agent: config aliases (globs, case-insensitive) and the agents'
// own names (equal, or a whole word sequence of exactly one agent's name; generic words never count).


// ---------------------------------------------------------------------------------------------------------------
// Agent names
/** Union of the configured agents and the claims file's section names, one per agent (sameAgent: the claims
 * file's spelling wins; sections first, in order, then configured agents not in the claims file). */
function agentNames(config, sections) {
    const out = [];
    const seen = new Set();
    for (const name of [...sections, ...Object.keys(config.agents)]) {
        const trimmed = name.trim();
        if (trimmed === '' || seen.has((0,names/* agentKey */.pS)(trimmed)))
            continue;
        seen.add((0,names/* agentKey */.pS)(trimmed));
        out.push(trimmed);
    }
    return out;
}
/** The known spelling of an agent's name, else the name as written. */
function canonical(name, known) {
    return known.find((k) => (0,names/* sameAgent */.QD)(k, name)) ?? name.trim();
}
// ---------------------------------------------------------------------------------------------------------------
// Aliases: names or emails, `*` any run of characters, `?` one character, case-insensitive, whole value.
/** Linear-ish wildcard match (no backtracking blow-up): the classic two-pointer algorithm over code points. */
function wildcard(pattern, text) {
    let p = 0;
    let t = 0;
    let star = -1;
    let mark = 0;
    while (t < text.length) {
        const pc = pattern[p];
        if (pc !== undefined && pc !== '*' && (pc === '?' || pc === text[t])) {
            p++;
            t++;
        }
        else if (pc === '*') {
            star = p++;
            mark = t;
        }
        else if (star !== -1) {
            p = star + 1;
            t = ++mark;
        }
        else
            return false;
    }
    while (pattern[p] === '*')
        p++;
    return p === pattern.length;
}
/** Aliases compare by aliasKey, not sameAgent: they may be e-mail addresses or globs (see src/engine/names.ts). */
function aliasMatcher(agent, alias) {
    const folded = (0,names/* aliasKey */.Us)(alias);
    if (!/[*?]/.test(folded))
        return { agent, alias, test: (v) => (0,names/* aliasKey */.Us)(v) === folded };
    const chars = Array.from(folded);
    return { agent, alias, test: (v) => wildcard(chars, Array.from((0,names/* aliasKey */.Us)(v))) };
}
// Keyed by the agents record, which survives shallow copies of the config (input overrides).
const compiledByAgents = new WeakMap();
function compiled(config) {
    let c = compiledByAgents.get(config.agents);
    if (c)
        return c;
    c = { aliases: [], branches: [] };
    for (const [agent, settings] of Object.entries(config.agents)) {
        for (const alias of settings.aliases ?? [])
            if (alias.trim() !== '')
                c.aliases.push(aliasMatcher(agent, alias));
        for (const glob of settings.branches ?? []) {
            if (glob.trim() === '')
                continue;
            const isMatch = picomatch_default()(glob.trim(), { dot: true });
            c.branches.push({ agent, glob, test: (b) => b === glob.trim() || isMatch(b) });
        }
    }
    compiledByAgents.set(config.agents, c);
    return c;
}
function aliasFor(config, value) {
    if (value.trim() === '')
        return null;
    for (const m of compiled(config).aliases)
        if (m.test(value))
            return m;
    return null;
}
// ---------------------------------------------------------------------------------------------------------------
// Names: equal to an agent's name, or a whole word (sequence) of exactly one agent's name (src/engine/names.ts).
function stripBot(name) {
    return name.trim().replace(/\[bot\]$/i, '').trim();
}
/** The one agent a name designates, or null (no match, or several: not decisive). "claude[bot]" is "claude". */
function agentByName(rawName, known) {
    return (0,names/* agentByWords */.EZ)(stripBot(rawName), known);
}

;// CONCATENATED MODULE: ./src/engine/identity/index.ts
// Which agent made a commit. Real data: most agent commits carry a human author and name the agent only in a
// trailer (`Co-Authored-By: Claude <noreply@anthropic.com>`) or only in the branch (`codex/fix-x`). The rules, in
// order, each recorded in the result with what it matched:
//   1. `AI-Agent: <name>` trailer (our convention);
//   2. config aliases (globs allowed) against the author (name, then email), each Co-authored-by, the committer;
//   3. a name equal to an agent's name, or a whole word / word sequence of exactly one agent's name (generic words
//      such as "bot", "agent", "GitHub" never count; a name of only generic words never matches);
//   4. config branch globs against the head branch;
//   5. unknown.
// The first rule that matches decides, but it is not the only evidence a commit carries: an `AI-Agent:` trailer on a
// commit whose author is another known agent is a contradiction someone should see. `identityEvidence` lists every
// piece of evidence that names an agent (each `AI-Agent:` trailer, the author, the committer); the ones naming
// another agent than the winner become `Identity.conflicts`. Co-authors and the branch are not listed: a person's
// commit made with Claude Code's help carries `Co-authored-by: Claude` and is normal, and a branch is where work
// happens, not who did it. They still count when they are what decided.
// Two `AI-Agent:` trailers that disagree: the first one wins (what this resolver has always done, so attribution
// never changes under anyone's feet), and the others are conflicts.





// ---------------------------------------------------------------------------------------------------------------
// Resolution
function identity(agent, rule, evidence) {
    return { agent, rule, evidence };
}
/** Head branch → agent via config `branches` globs. */
function resolveBranchIdentity(branch, config, known = []) {
    if (!branch)
        return null;
    const b = branch.trim().replace(/^refs\/heads\//, '');
    if (b === '')
        return null;
    for (const m of compiled(config).branches) {
        if (m.test(b)) {
            const agent = canonical(m.agent, known);
            return identity(agent, 'branch', `branch "${b}" matches "${m.glob}" (${agent})`);
        }
    }
    return null;
}
/** A pull request's author login → agent via config aliases (a `[bot]` suffix is ignored). */
function resolveLoginIdentity(login, ctx) {
    const known = agentNames(ctx.config, ctx.agents ?? []);
    const raw = login.trim();
    if (raw === '')
        return null;
    for (const candidate of [raw, stripBot(raw)]) {
        const m = aliasFor(ctx.config, candidate);
        if (m) {
            const agent = canonical(m.agent, known);
            return identity(agent, 'alias-login', `pull request author "${raw}" matches alias "${m.alias}" (${agent})`);
        }
    }
    return null;
}
/** Resolves an `AI-Agent:` value to a known agent where possible, else keeps it as written. */
function agentFromTrailer(value, config, known) {
    const person = parsePerson(value);
    const name = person.name || value.trim();
    // Looser than sameAgent, on purpose: a trailer names its agent deliberately, so the same words are enough
    // ("claude-code" is "Claude Code"), where a name found elsewhere must designate exactly one agent (agentByName).
    const words = (0,names/* nameWords */.Lo)(name).join(' ');
    const direct = known.find((k) => (0,names/* sameAgent */.QD)(k, name)) ?? known.find((k) => (0,names/* nameWords */.Lo)(k).join(' ') === words);
    if (direct)
        return direct;
    for (const candidate of [name, person.email]) {
        const m = aliasFor(config, candidate);
        if (m)
            return canonical(m.agent, known);
    }
    return agentByName(name, known) ?? name;
}
function partsOf(commit, ctx) {
    return {
        known: agentNames(ctx.config, ctx.agents),
        trailers: parseTrailers(commit.message ?? ''),
        author: { name: commit.author?.name ?? '', email: commit.author?.email ?? '' },
        committer: { name: commit.committer?.name ?? '', email: commit.committer?.email ?? '' }
    };
}
const isAgentTrailer = (t) => t.key.toLowerCase() === 'ai-agent' && t.value.trim() !== '';
/** The agent a person (author or committer) designates by alias, else by name, with the rule that matched. */
function personAgent(person, config, known, as) {
    const m = aliasFor(config, person.name) ?? aliasFor(config, person.email);
    const agent = m ? canonical(m.agent, known) : agentByName(person.name, known);
    if (agent === null)
        return null;
    const rule = m ? (as === 'author' ? 'alias-author' : 'alias-committer') : as === 'author' ? 'name-author' : 'name-committer';
    return { agent, rule, evidence: formatPerson(person) };
}
function evidenceOf(p, config) {
    const out = p.trailers
        .filter(isAgentTrailer)
        .map((t) => ({ agent: agentFromTrailer(t.value, config, p.known), rule: 'trailer', evidence: `${t.key}: ${t.value}` }));
    const byAuthor = personAgent(p.author, config, p.known, 'author');
    if (byAuthor)
        out.push(byAuthor);
    // A committer who is the author says nothing new. People, not agents: compared as aliases are (aliasKey).
    const same = (0,names/* aliasKey */.Us)(p.committer.name) === (0,names/* aliasKey */.Us)(p.author.name) && (0,names/* aliasKey */.Us)(p.committer.email) === (0,names/* aliasKey */.Us)(p.author.email);
    const byCommitter = same ? null : personAgent(p.committer, config, p.known, 'committer');
    if (byCommitter)
        out.push(byCommitter);
    return out;
}
/**
 * Every piece of evidence on a commit that names an agent: each `AI-Agent:` trailer (in message order), the author,
 * the committer (when not the author). `evidence` is the text as written (`AI-Agent: X`, `Name <email>`).
 */
function identityEvidence(commit, ctx) {
    return evidenceOf(partsOf(commit, ctx), ctx.config);
}
/** `id` with `conflicts` set to the evidence naming another agent than `id.agent` (unchanged when there is none). */
function withConflicts(id, evidence) {
    if (id.agent === null)
        return id;
    const winner = id.agent;
    const conflicts = evidence.filter((e) => !(0,names/* sameAgent */.QD)(e.agent, winner));
    return conflicts.length > 0 ? { ...id, conflicts } : id;
}
function resolveIdentity(commit, ctx) {
    const p = partsOf(commit, ctx);
    return withConflicts(decide(p, ctx), evidenceOf(p, ctx.config));
}
/** The attribution rules, in order: the first match decides. */
function decide(p, ctx) {
    const { config } = ctx;
    const { known, trailers, author, committer } = p;
    const coAuthors = trailers
        .filter((t) => t.key.toLowerCase() === 'co-authored-by' && t.value !== '')
        .map((t) => ({ trailer: t, person: parsePerson(t.value) }));
    // 1. AI-Agent trailer (the first, when there are several).
    const declared = trailers.find(isAgentTrailer);
    if (declared)
        return identity(agentFromTrailer(declared.value, config, known), 'trailer', `${declared.key}: ${declared.value}`);
    // 2. Config aliases: author (name, then email), each co-author, committer.
    const viaAlias = (person) => aliasFor(config, person.name) ?? aliasFor(config, person.email);
    const aliased = (m, rule, what) => {
        const agent = canonical(m.agent, known);
        return identity(agent, rule, `${what} matches alias "${m.alias}" (${agent})`);
    };
    let m = viaAlias(author);
    if (m)
        return aliased(m, 'alias-author', `author ${formatPerson(author)}`);
    for (const co of coAuthors) {
        m = viaAlias(co.person);
        if (m)
            return aliased(m, 'alias-co-author', `${co.trailer.key}: ${co.trailer.value}`);
    }
    m = viaAlias(committer);
    if (m)
        return aliased(m, 'alias-committer', `committer ${formatPerson(committer)}`);
    // 3. Names: author, co-authors, committer.
    const named = (name, rule, what) => {
        const agent = agentByName(name, known);
        return agent ? identity(agent, rule, `${what} (name "${stripBot(name)}" → ${agent})`) : null;
    };
    const byName = named(author.name, 'name-author', `author ${formatPerson(author)}`) ??
        coAuthors.reduce((found, co) => found ?? named(co.person.name, 'name-co-author', `${co.trailer.key}: ${co.trailer.value}`), null) ??
        named(committer.name, 'name-committer', `committer ${formatPerson(committer)}`);
    if (byName)
        return byName;
    // 4. Branch.
    const byBranch = resolveBranchIdentity(ctx.branch, config, known);
    if (byBranch)
        return byBranch;
    return identity(null, 'unknown', 'no trailer, alias, name or branch matched');
}


/***/ }),

/***/ 1257:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Je: () => (/* binding */ inFlightClaims),
/* harmony export */   ZF: () => (/* binding */ whereText),
/* harmony export */   fy: () => (/* binding */ isSelf)
/* harmony export */ });
/* harmony import */ var _claims_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5806);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7078);
// In-flight claims: the agent sections an open pull request (or a branch) changes, read from its head. Each is a
// claim of that agent, judged like a landed one, with where it is written. A pull request's own claims never block
// it, and a claim the default branch has since checked in again (a later check-in there) is superseded.


/** Is this source the change being judged (its own PR or branch)? */
function isSelf(source, self) {
    if (self.pullRequest !== null && source.pullRequest === self.pullRequest)
        return true;
    return self.branch !== null && source.branch === self.branch;
}
const checkinOf = (s) => s.lastCheckin?.end ?? null;
/**
 * The in-flight claims of `sources` against the landed claims: every section at a source's head that differs from
 * the same agent's landed section (or has none landed) and is not superseded by a later landed check-in.
 */
function inFlightClaims(input, landed, timezone) {
    const landedByKey = new Map();
    for (const s of landed.agents) {
        const key = (0,_names_js__WEBPACK_IMPORTED_MODULE_1__/* .agentKey */ .pS)(s.name);
        landedByKey.set(key, [...(landedByKey.get(key) ?? []), s]);
    }
    const out = [];
    for (const source of input.sources) {
        if (isSelf(source, input.self) || source.claimsText === null)
            continue;
        const doc = (0,_claims_index_js__WEBPACK_IMPORTED_MODULE_0__/* .parseClaims */ .D)(source.claimsText, { timezone });
        const sections = [];
        for (const s of doc.agents) {
            const same = landedByKey.get((0,_names_js__WEBPACK_IMPORTED_MODULE_1__/* .agentKey */ .pS)(s.name)) ?? [];
            if (same.some((l) => l.body === s.body))
                continue; // unchanged: the landed claim already judges it
            // Superseded when the agent checked in on the default branch since; a check-in that cannot be read is never
            // superseded (it stays, as uncertain: when in doubt, warn).
            const theirs = checkinOf(s);
            const newer = theirs !== null && same.some((l) => (checkinOf(l) ?? -Infinity) > theirs);
            if (newer)
                continue;
            sections.push({ ...s, inFlight: { branch: source.branch, pullRequest: source.pullRequest } });
        }
        out.push({ source, sections });
    }
    return out;
}
/** "on PR #12 (codex/tracking), not merged yet" / "on branch codex/tracking, not merged yet". */
function whereText(where) {
    return where.pullRequest !== null ? `on PR #${where.pullRequest} (${where.branch}), not merged yet` : `on branch ${where.branch}, not merged yet`;
}


/***/ }),

/***/ 5254:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ radar)
/* harmony export */ });
/* harmony import */ var _identity_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4073);
/* harmony import */ var _judge_finding_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5307);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7078);
/* harmony import */ var _paths_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4369);
/* harmony import */ var _claims_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1257);
// The overlap radar and what else the open pull requests tell a check: for a pull request, each file it changes
// that another open pull request also changes (`open-pr-overlap`: a notice, a warning when that pull request's
// agent claims the file), a warning for each one whose claims could not be read, and the "In flight" rows.





/** The agent working on a source: its branch (agents' branch globs), its author's login, or its one claimant. */
function agentOf(source, sections, config, agents) {
    const name = source.remote && source.branch.startsWith(`${source.remote}/`) ? source.branch.slice(source.remote.length + 1) : source.branch;
    const byBranch = (0,_identity_index_js__WEBPACK_IMPORTED_MODULE_0__/* .resolveBranchIdentity */ .TZ)(name, config, agents)?.agent;
    if (byBranch)
        return byBranch;
    const byLogin = source.author ? (0,_identity_index_js__WEBPACK_IMPORTED_MODULE_0__/* .resolveLoginIdentity */ .U0)(source.author, { config, agents })?.agent : null;
    if (byLogin)
        return byLogin;
    const names = [...new Set(sections.map((s) => s.name))];
    return names.length === 1 ? names[0] : null;
}
const label = (s) => (s.pullRequest !== null ? `PR #${s.pullRequest} (${s.branch})` : `branch ${s.branch}`);
const at = (s) => ({ ...(s.pullRequest !== null ? { pullRequest: s.pullRequest } : {}), branch: s.branch });
function radar(r) {
    const { inFlight, config } = r;
    const own = new Set([r.files.claims, r.files.status, r.files.handoff]);
    const counted = r.changed.filter((p) => !own.has(p) && !(config.radar.ignore.length > 0 && (0,_paths_index_js__WEBPACK_IMPORTED_MODULE_2__/* .matchesAny */ ._I)(config.radar.ignore, p)));
    const sectionsOf = new Map(r.claims.map((c) => [c.source, c.sections]));
    const findings = [];
    const rows = [];
    if (inFlight.failed) {
        findings.push((0,_judge_finding_js__WEBPACK_IMPORTED_MODULE_4__/* .note */ .N)({ kind: 'incomplete-changes', severity: 'warning', file: null, agent: r.agent, commit: null, message: `Claims on open pull requests could not be read (${inFlight.failed}): in-flight claims were not checked.` }));
    }
    for (const source of inFlight.sources) {
        if ((0,_claims_js__WEBPACK_IMPORTED_MODULE_3__/* .isSelf */ .fy)(source, inFlight.self))
            continue;
        const sections = sectionsOf.get(source) ?? [];
        const agent = agentOf(source, sections, config, r.agents);
        if (source.problem) {
            findings.push((0,_judge_finding_js__WEBPACK_IMPORTED_MODULE_4__/* .note */ .N)({ kind: 'claims-unreadable', severity: 'warning', file: r.files.claims, agent, commit: null, ...at(source), message: `The claims of ${label(source)} could not be read: ${source.problem}; its in-flight claims were not checked.` }));
        }
        const theirs = new Set(source.files ?? []);
        const shared = counted.filter((p) => theirs.has(p));
        // The radar speaks on pull requests: a push has no open review to warn.
        if (inFlight.self.pullRequest !== null) {
            for (const file of shared) {
                const claimedBy = sections.find((s) => !s.idle && (agent === null || (0,_names_js__WEBPACK_IMPORTED_MODULE_1__/* .agentKey */ .pS)(s.name) === (0,_names_js__WEBPACK_IMPORTED_MODULE_1__/* .agentKey */ .pS)(agent)) && (0,_paths_index_js__WEBPACK_IMPORTED_MODULE_2__/* .matchesAny */ ._I)(s.files.map((f) => f.pattern), file));
                findings.push((0,_judge_finding_js__WEBPACK_IMPORTED_MODULE_4__/* .note */ .N)({
                    kind: 'open-pr-overlap',
                    severity: claimedBy ? 'warning' : 'notice',
                    file,
                    agent,
                    commit: null,
                    ...(claimedBy ? { claimedBy: claimedBy.name } : {}),
                    ...at(source),
                    message: claimedBy
                        ? `${file} is also changed by ${label(source)}${agent ? ` (${agent})` : ''}, and ${claimedBy.name} claims it there (${(0,_claims_js__WEBPACK_IMPORTED_MODULE_3__/* .whereText */ .ZF)({ branch: source.branch, pullRequest: source.pullRequest })}): agree who goes first before either merges.`
                        : `${file} is also changed by ${label(source)}${agent ? ` (${agent})` : ''}, not merged yet: expect a merge conflict, or agree who goes first.`
                }));
            }
        }
        if (shared.length > 0 || sections.length > 0) {
            rows.push({ pullRequest: source.pullRequest, branch: source.branch, title: source.title, agent, draft: source.draft, sharedFiles: shared, claims: [...new Set(sections.map((s) => s.name))] });
        }
    }
    const said = inFlight.failed ? `The open pull requests could not be read (${inFlight.failed}).` : inFlight.note;
    return { findings, report: { rows, note: said } };
}


/***/ }),

/***/ 1318:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ buildBoard)
/* harmony export */ });
/* harmony import */ var _holders_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(681);

/** The claims board: every agent with its claim and how alive it is. */
function buildBoard(claims, config, now, lastSeen) {
    const seen = (0,_holders_js__WEBPACK_IMPORTED_MODULE_0__/* .lastSeenMap */ .Ud)(lastSeen);
    const holders = (0,_holders_js__WEBPACK_IMPORTED_MODULE_0__/* .holdersOf */ .pW)(claims);
    const board = [];
    for (const [key, h] of holders) {
        const { live, section } = (0,_holders_js__WEBPACK_IMPORTED_MODULE_0__/* .holderLiveness */ .M0)(h, key, seen, now, config);
        const liveSections = h.sections.filter((x) => !x.idle);
        const s = section ?? h.sections[0] ?? null;
        const idle = liveSections.length === 0 && h.modules.length === 0;
        const seenAt = seen.get(key);
        const files = [...new Set(liveSections.flatMap((x) => x.files.map((f) => f.pattern)))];
        const entry = {
            name: h.name,
            workingOn: (section ?? liveSections[0])?.workingOn ?? s?.workingOn ?? null,
            module: h.modules.length > 0 ? h.modules.join(', ') : null,
            files,
            startedAt: (0,_holders_js__WEBPACK_IMPORTED_MODULE_0__/* .iso */ .KH)(s?.startedAt?.start ?? null),
            lastCheckin: (0,_holders_js__WEBPACK_IMPORTED_MODULE_0__/* .iso */ .KH)(s?.lastCheckin?.start ?? null),
            lastSeenAt: seenAt === undefined ? null : (0,_holders_js__WEBPACK_IMPORTED_MODULE_0__/* .iso */ .KH)(seenAt),
            state: idle ? 'idle' : live.state,
            staleAt: idle ? null : (0,_holders_js__WEBPACK_IMPORTED_MODULE_0__/* .iso */ .KH)(live.staleAt)
        };
        if (s)
            entry.line = s.line;
        if (!idle && live.state === 'uncertain')
            entry.uncertain = live.source ?? 'no readable check-in or observed activity';
        board.push(entry);
    }
    return board;
}


/***/ }),

/***/ 3649:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mg: () => (/* binding */ ignoredPredicate),
/* harmony export */   WI: () => (/* binding */ claimFinding),
/* harmony export */   Yo: () => (/* binding */ findOverride),
/* harmony export */   Z_: () => (/* binding */ eachHit),
/* harmony export */   dS: () => (/* binding */ judgeHit),
/* harmony export */   d_: () => (/* binding */ DAY),
/* harmony export */   u7: () => (/* binding */ isEmergency),
/* harmony export */   vl: () => (/* binding */ changedPaths)
/* harmony export */ });
/* unused harmony exports namesPathOrParent, hours */
/* harmony import */ var _inflight_claims_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1257);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7078);
/* harmony import */ var _liveness_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6261);
/* harmony import */ var _paths_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4369);
/* harmony import */ var _holders_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(681);
// A changed file under another agent's claim → the finding that says so: blocked, caution, stale, uncertain, or an
// emergency under an Emergency Override entry.





const DAY = 24 * 3_600_000;
const isEmergency = (message) => /^\s*EMERGENCY:/i.test(message);
/** Is the file's directory chain or the module named by an override entry dated within 24 h of now? */
function findOverride(overrides, file, module, now) {
    let undated = false;
    let old = false;
    for (const entry of overrides) {
        const covers = (module !== null && entry.module !== null && entry.module.toLowerCase().includes(module.toLowerCase())) ||
            entry.lines.some((line) => namesPathOrParent(line, file));
        if (!covers)
            continue;
        if (!entry.date) {
            undated = true;
            continue;
        }
        // The entry must be from the last 24 h (an old entry must not license new emergencies).
        if (entry.date.end >= now - DAY && entry.date.start <= now + DAY)
            return { entry, why: '' };
        old = true;
    }
    if (old)
        return { entry: null, why: 'the matching Emergency Override entry is older than 24 h' };
    if (undated)
        return { entry: null, why: 'the matching Emergency Override entry has no date' };
    return { entry: null, why: 'no Emergency Override entry names this file or its module' };
}
function namesPathOrParent(line, file) {
    // Tokens in the line that look like paths; a token naming the file or one of its parent directories covers it.
    for (const raw of line.split(/[\s`'"(),;]+/)) {
        const token = raw.replace(/^\.\//, '').replace(/[.:]+$/, '');
        if (!token || !token.includes('/') && !token.includes('.'))
            continue;
        const dir = token.endsWith('/') ? token : `${token}/`;
        if (token === file || file.startsWith(dir))
            return true;
    }
    return false;
}
function hours(h) {
    if (h === null)
        return 'an unknown time';
    if (h < 1)
        return `${Math.round(h * 60)} min`;
    return `${Math.round(h * 10) / 10} h`;
}
const J = (kind, severity) => Object.freeze({ kind, severity });
const STALE = J('stale-claim', 'notice');
const UNCERTAIN = J('uncertain-claim', 'warning');
const EMERGENCY = J('emergency-override', 'warning');
const CAUTION = J('claim-caution', 'warning');
const BLOCKED = J('claimed-by-other', 'error');
const BLOCKED_WARNING = J('claimed-by-other', 'warning');
/**
 * The kind and severity of a hit, without its message (null: no finding): what the cap needs to count and rank
 * every hit (judge/cap.ts). `covered` says whether an Emergency Override entry covers the file; it is asked only for
 * an emergency commit. claimFinding builds the same judgement with its message.
 */
function judgeHit(state, unknown, emergency, covered, policy) {
    if (unknown && policy.unknownAuthor === 'ignore')
        return null;
    if (state === 'stale')
        return STALE;
    if (state === 'uncertain')
        return UNCERTAIN;
    if (emergency)
        return covered() ? EMERGENCY : state === 'active' ? BLOCKED : CAUTION;
    if (state === 'caution')
        return CAUTION;
    return unknown && policy.unknownAuthor !== 'error' ? BLOCKED_WARNING : BLOCKED;
}
function claimFinding(hit, live, config, overrides, now) {
    const { file, holding, commit } = hit;
    const agent = commit.identity.agent;
    const unknown = agent === null;
    const emergency = isEmergency(commit.message);
    let found = null;
    const override = () => (found ??= findOverride(overrides, file, holding.module, now));
    const judged = judgeHit(live.state, unknown, emergency, () => override().entry !== null, config.policy);
    if (judged === null)
        return null;
    const who = holding.agent;
    const what = holding.module ? `${who} (module ${holding.module})` : who;
    const age = live.source ? (live.ageHours === null ? live.source : `${live.source}, ${hours(live.ageHours)} ago`) : 'no readable check-in or activity';
    // An in-flight claim says where it is written: "claimed on PR #12 (codex/tracking), not merged yet; …".
    const where = holding.section?.inFlight;
    const since = where ? `claimed ${(0,_inflight_claims_js__WEBPACK_IMPORTED_MODULE_0__/* .whereText */ .ZF)(where)}; ${age}` : age;
    const staleAt = (0,_holders_js__WEBPACK_IMPORTED_MODULE_4__/* .iso */ .KH)(live.staleAt);
    // The CLI's words for the same times: "active until", "caution until", "stale after".
    const activeEnd = live.staleAt === null ? null : (0,_holders_js__WEBPACK_IMPORTED_MODULE_4__/* .iso */ .KH)((0,_liveness_js__WEBPACK_IMPORTED_MODULE_2__/* .activeUntil */ .dm)(live.staleAt, config));
    const base = {
        file,
        agent,
        claimedBy: who,
        module: holding.module,
        commit: commit.sha,
        checkin: (0,_holders_js__WEBPACK_IMPORTED_MODULE_4__/* .iso */ .KH)(live.latest),
        age: live.ageHours,
        staleAt,
        ...(where ? { ...(where.pullRequest !== null ? { pullRequest: where.pullRequest } : {}), branch: where.branch } : {})
    };
    const actor = agent ?? 'An unidentified author';
    const { kind, severity } = judged;
    if (live.state === 'stale') {
        return {
            ...base,
            kind,
            severity,
            message: `${file} is claimed by ${what}, but the claim is stale (${since}); likely safe — verify with ${who} or the handoff notes, and ask them to release it.`
        };
    }
    if (live.state === 'uncertain') {
        return {
            ...base,
            kind,
            severity,
            message: `${file} is claimed by ${what} and the claim's age is uncertain (${since}${staleAt ? `; stale after ${staleAt} at the latest` : ''}); ask ${who} whether the claim still holds, and ask them to write a full Last Checkin time.`
        };
    }
    if (emergency) {
        const { entry, why } = override();
        if (entry) {
            return {
                ...base,
                kind,
                severity,
                message: `${actor} changed ${file}, claimed by ${what} (${since}), under the Emergency Override of line ${entry.line}; tell ${who} and record the change in the handoff notes.`
            };
        }
        return {
            ...base,
            kind,
            severity,
            message: `${actor} made an EMERGENCY change to ${file}, claimed by ${what} (${since}), but ${why}; add "### Emergency Override - <date> - <name>" with "- **Module:** ${holding.module ?? '<module>'}", "- **Original Owner:** ${who}" and "- **Reason:**" to the claims file in this push (ai-sync emergency writes it).`
        };
    }
    // An override is recorded for the file, but this commit does not say it is the emergency: say what is missing
    // rather than repeat the plain conflict, which would send the agent to record a second override.
    const recorded = override().entry;
    const unprefixed = recorded
        ? ` The Emergency Override of line ${recorded.line}${recorded.by ? ` (by ${recorded.by})` : ''} covers it, but this commit's message does not start with "EMERGENCY:": reword it so that it does (git commit --amend for the last commit, git rebase -i for older ones).`
        : null;
    if (live.state === 'caution') {
        return {
            ...base,
            kind,
            severity,
            message: `${actor} changed ${file}, claimed by ${what} (${since}); proceed with caution — the claim is in caution until ${staleAt} (stale after that): check the handoff notes or ask ${who} first.${unprefixed ?? ''}`
        };
    }
    return {
        ...base,
        kind,
        severity,
        message: `${actor} changed ${file}, which ${what} is actively working on (${since}); the claim is active until ${activeEnd}, stale after ${staleAt}.` +
            (unprefixed ?? ` Revert this change, wait, ask ${who} to release it, or use the emergency procedure (EMERGENCY: commit + Emergency Override entry).`)
    };
}
function changedPaths(commit) {
    const out = [];
    for (const f of commit.files) {
        out.push(f.path);
        if (f.status === 'renamed' && f.previousPath && f.previousPath !== f.path)
            out.push(f.previousPath);
    }
    return out;
}
/** Files the engine never judges as claim hits: the coordination files themselves and config `ignore`. */
function ignoredPredicate(input) {
    // Three comparisons rather than a set: no hash of every changed path (a large change asks for each one).
    const { claims, status, handoff } = input.files;
    const ignore = input.config.ignore;
    return (path) => path === claims || path === status || path === handoff || (ignore.length > 0 && (0,_paths_index_js__WEBPACK_IMPORTED_MODULE_3__/* .matchesAny */ ._I)(ignore, path));
}
/**
 * Calls `visit` for each file of the change under another agent's claim: once per file, holder (and where an
 * in-flight claim is written) and acting agent, in the order of the commits and their files. Your own claim never
 * shields a file another agent also claims: only the others' claims are judged. Streams, so that a large change
 * keeps no list of its hits.
 */
function eachHit(input, holdings, index, isIgnored, visit) {
    // Each holding's holder (agent key and in-flight branch) and each acting agent as small numbers, so that the
    // once-only rule compares numbers rather than building a key string per hit.
    const ids = new Map();
    const idOf = (key) => {
        let id = ids.get(key);
        if (id === undefined)
            ids.set(key, (id = ids.size));
        return id;
    };
    const agentOf = holdings.map((h) => (0,_names_js__WEBPACK_IMPORTED_MODULE_1__/* .agentKey */ .pS)(h.agent));
    const holderOf = holdings.map((h, i) => idOf(`${agentOf[i]}\0${h.section?.inFlight?.branch ?? ''}`));
    const actorIds = new Map();
    // Holder × actor pairs already reported per file (a file comes again in a later commit, or as a rename's old
    // path): one number for the usual single pair, a list beyond, kept for the files hit only.
    const seen = new Map();
    const judge = (path, commit, actor, actorId, stride) => {
        if (isIgnored(path))
            return;
        const matched = index.matchIndices(path);
        if (matched.length === 0)
            return;
        for (const i of matched) {
            if (actor !== null && agentOf[i] === actor)
                continue;
            const pair = holderOf[i] * stride + actorId;
            const had = seen.get(path);
            if (had === undefined)
                seen.set(path, pair);
            else if (typeof had === 'number') {
                if (had === pair)
                    continue;
                seen.set(path, [had, pair]);
            }
            else if (had.includes(pair))
                continue;
            else
                had.push(pair);
            visit(path, holdings[i], commit);
        }
    };
    const stride = input.commits.length + 1;
    for (const commit of input.commits) {
        const actor = commit.identity.agent ? (0,_names_js__WEBPACK_IMPORTED_MODULE_1__/* .agentKey */ .pS)(commit.identity.agent) : null;
        let actorId = actorIds.get(actor ?? '');
        if (actorId === undefined)
            actorIds.set(actor ?? '', (actorId = actorIds.size));
        for (const f of commit.files) {
            judge(f.path, commit, actor, actorId, stride);
            if (f.status === 'renamed' && f.previousPath && f.previousPath !== f.path)
                judge(f.previousPath, commit, actor, actorId, stride);
        }
    }
}


/***/ }),

/***/ 3298:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Z: () => (/* reexport */ judge_board/* buildBoard */.Z),
  _: () => (/* binding */ evaluate)
});

// EXTERNAL MODULE: ./src/engine/names.ts
var names = __webpack_require__(7078);
// EXTERNAL MODULE: ./src/engine/paths/index.ts + 6 modules
var paths = __webpack_require__(4369);
// EXTERNAL MODULE: ./src/engine/judge/finding.ts
var finding = __webpack_require__(5307);
// EXTERNAL MODULE: ./src/engine/judge/holders.ts
var judge_holders = __webpack_require__(681);
// EXTERNAL MODULE: ./src/engine/judge/claims.ts
var claims = __webpack_require__(3649);
// EXTERNAL MODULE: ./src/engine/model.ts
var model = __webpack_require__(1123);
// EXTERNAL MODULE: ./src/engine/judge/verdict.ts
var judge_verdict = __webpack_require__(4227);
;// CONCATENATED MODULE: ./src/engine/judge/cap.ts
// The findings a run lists, and the ones it only counts. Every finding is judged and counted (the verdict and the
// counts come from all of them), but only the first `max` in report order are built with their message: a change
// that hits 50,000 claims does not format 50,000 sentences no report can show. Also the one report order.


/** How many findings a run lists by default (the rest are counted: Evaluation.omitted). */
const MAX_FINDINGS = 1_000;
const SEVERITY_ORDER = ['error', 'warning', 'notice'];
const SEVERITY_RANK = { error: 0, warning: 1, notice: 2 };
const KIND_RANK = new Map(model/* FINDING_KINDS */.m.map((k, i) => [k, i]));
function severityRank(s) {
    return SEVERITY_RANK[s] ?? SEVERITY_ORDER.length;
}
function kindRank(kind) {
    return KIND_RANK.get(kind) ?? model/* FINDING_KINDS */.m.length;
}
/** File order: code units (locale-free), a finding without a file last. */
function compareFiles(a, b) {
    if (a === b)
        return 0;
    if (a === null)
        return 1;
    if (b === null)
        return -1;
    return a < b ? -1 : 1;
}
/** The report order: severity, then kind importance (FINDING_KINDS), then file. Ties keep the engine's order. */
function compareFindings(a, b) {
    return severityRank(a.severity) - severityRank(b.severity) || kindRank(a.kind) - kindRank(b.kind) || compareFiles(a.file, b.file);
}
function compareSlots(a, b) {
    return a.sev - b.sev || a.kind - b.kind || compareFiles(a.file, b.file) || a.idx - b.idx;
}
/**
 * Counts every finding offered and keeps the first `max` in report order (severity, kind, file, then the order they
 * were offered in), without building the others. Candidates are kept in a buffer of at most 2×max; when it fills,
 * it is cut back to the best `max`, whose worst becomes the bar a newcomer must beat — so most findings of a large
 * change cost one comparison and no allocation.
 */
class FindingCap {
    counts = new Map();
    max;
    next = 0;
    kept = [];
    bar = null;
    pending = null;
    /** `max`: how many to list (Infinity: all; a fraction is rounded down, a negative number is 0). */
    constructor(max) {
        this.max = Number.isNaN(max) ? MAX_FINDINGS : Math.max(0, Math.floor(max));
    }
    /** Counts a finding; returns whether it may be listed (the caller then calls keep with what builds it). */
    admit(severity, kind, file) {
        const sev = severityRank(severity);
        const k = kindRank(kind);
        const key = k * 4 + sev;
        this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
        const idx = this.next++;
        if (this.max <= 0)
            return false;
        const bar = this.bar;
        // A newcomer comes after every finding kept so far: on a tie in rank it loses.
        if (bar !== null && (sev - bar.sev || k - bar.kind || compareFiles(file, bar.file)) >= 0)
            return false;
        this.pending = { sev, kind: k, file, idx, item: undefined };
        return true;
    }
    /** Keeps the finding just admitted. */
    keep(item) {
        const slot = this.pending;
        if (slot === null)
            throw new Error('FindingCap.keep without admit');
        this.pending = null;
        slot.item = item;
        this.kept.push(slot);
        if (this.kept.length >= 2 * this.max && this.kept.length >= 64)
            this.cut();
    }
    /** Counts a finding already built, and keeps it when it may be listed. */
    offer(f) {
        if (this.admit(f.severity, f.kind, f.file))
            this.keep(f);
    }
    cut() {
        this.kept.sort(compareSlots);
        this.kept.length = Math.min(this.kept.length, this.max);
        this.bar = this.kept.length >= this.max ? this.kept[this.kept.length - 1] : null;
    }
    /** How many findings were offered. */
    get total() {
        return this.next;
    }
    /** The findings listed (in the order they were offered) and what was left out (null when nothing was). */
    result() {
        if (this.kept.length > this.max)
            this.cut();
        const items = this.kept.length === this.next ? this.kept.map((s) => s.item) : [...this.kept].sort((a, b) => a.idx - b.idx).map((s) => s.item);
        const left = new Map(this.counts);
        for (const s of this.kept) {
            const key = s.kind * 4 + s.sev;
            left.set(key, left.get(key) - 1);
        }
        const all = countsFrom(this.counts);
        // From every finding counted, listed or not (judge/verdict.ts decides).
        const verdict = (0,judge_verdict/* verdictOf */.V)(all);
        const omitted = this.next > this.kept.length ? omittedFrom(countsFrom(left)) : null;
        return { items, verdict, omitted };
    }
}
/** Counts per kind and severity, most important first, zero counts left out. */
function countsFrom(counts) {
    return [...counts]
        .filter(([, n]) => n > 0)
        .sort(([a], [b]) => (a & 3) - (b & 3) || (a >> 2) - (b >> 2))
        .map(([key, count]) => ({ kind: model/* FINDING_KINDS */.m[key >> 2], severity: SEVERITY_ORDER[key & 3], count }));
}
function omittedFrom(byKind) {
    const bySeverity = { error: 0, warning: 0, notice: 0 };
    let count = 0;
    for (const c of byKind) {
        bySeverity[c.severity] += c.count;
        count += c.count;
    }
    return { count, bySeverity, byKind };
}
/** Every finding of an evaluation counted per severity: the listed ones and the ones left out. */
function severityCounts(ev) {
    const out = { error: 0, warning: 0, notice: 0, total: 0 };
    for (const f of ev.findings) {
        if (f.severity in SEVERITY_RANK)
            out[f.severity]++;
        out.total++;
    }
    if (ev.omitted) {
        for (const s of SEVERITY_ORDER)
            out[s] += ev.omitted.bySeverity[s];
        out.total += ev.omitted.count;
    }
    return out;
}

// EXTERNAL MODULE: ./src/engine/judge/board.ts
var judge_board = __webpack_require__(1318);
// EXTERNAL MODULE: ./src/engine/quote.ts
var quote = __webpack_require__(3422);
;// CONCATENATED MODULE: ./src/engine/judge/identity.ts
// Identity conflicts as findings: a commit whose evidence names two agents (a Claude Code author with an
// `AI-Agent: ChatGPT Codex` trailer) is still judged by the rule that won, but never silently: each such commit gets
// one warning naming both agents, what named each of them, and what to fix if the winner is the wrong one.


function sourceOf(rule) {
    switch (rule) {
        case 'trailer':
            return 'trailer';
        case 'alias-author':
        case 'name-author':
            return 'author';
        case 'alias-committer':
        case 'name-committer':
            return 'committer';
        case 'alias-co-author':
        case 'name-co-author':
            return 'co-author';
        case 'alias-login':
            return 'login';
        case 'branch':
            return 'branch';
        default:
            return 'unknown';
    }
}
// Untrusted text (names, trailer values) is quoted as JSON: one line whatever it holds, quotes escaped.
const quoted = (s) => (0,quote/* quote */.h)(s, 200);
/** What decided, as the message names it: `trailer "AI-Agent: X"`, `the author`, `the branch`… */
function winnerText(rule, evidence) {
    switch (sourceOf(rule)) {
        case 'trailer':
            return `trailer ${quoted(evidence)}`;
        case 'author':
            return 'the author';
        case 'committer':
            return 'the committer';
        case 'co-author':
            return 'a Co-authored-by trailer';
        case 'login':
            return 'the pull request author';
        case 'branch':
            return 'the branch';
        default:
            return 'no evidence';
    }
}
/** A piece of evidence that lost: `its author "Name <email>" is Claude Code`. */
function loserText(e, winnerIsTrailer) {
    switch (sourceOf(e.rule)) {
        case 'trailer':
            return `${winnerIsTrailer ? 'another' : 'its'} trailer ${quoted(e.evidence)} names ${e.agent}`;
        case 'committer':
            return `its committer ${quoted(e.evidence)} is ${e.agent}`;
        default:
            return `its author ${quoted(e.evidence)} is ${e.agent}`;
    }
}
/** What lost, as a group: `the author`, `the other trailer`. */
function loserGroup(e, winnerIsTrailer) {
    const s = sourceOf(e.rule);
    if (s === 'trailer')
        return winnerIsTrailer ? 'the other trailer' : 'the trailer';
    return s === 'committer' ? 'the committer' : 'the author';
}
function fixText(rule, conflicts) {
    if (rule === 'trailer')
        return 'fix the trailer';
    // Only in pull requests can a trailer lose (to the head branch or the PR author): one of them is wrong.
    if (conflicts.some((c) => c.rule === 'trailer'))
        return rule === 'branch' ? 'fix the trailer or rename the branch' : 'fix the trailer';
    return 'add an "AI-Agent:" trailer naming the agent that made it';
}
const joinAnd = (xs) => xs.length <= 1 ? (xs[0] ?? '') : `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}`;
/** One `identity-conflict` warning per commit whose identity carries conflicts (commit order kept). */
function identityConflictFindings(commits) {
    const out = [];
    for (const c of commits) {
        const { agent, rule, evidence, conflicts } = c.identity;
        if (agent === null || !conflicts || conflicts.length === 0)
            continue;
        const byTrailer = rule === 'trailer';
        const groups = [...new Set(conflicts.map((e) => loserGroup(e, byTrailer)))];
        const short = (0,quote/* commitLabel */.K)(c.sha);
        out.push((0,finding/* note */.N)({
            kind: 'identity-conflict',
            severity: 'warning',
            file: null,
            agent,
            commit: c.sha,
            message: `Commit ${short} is judged as ${agent}'s (${winnerText(rule, evidence)} wins over ${joinAnd(groups)}), ` +
                `but ${joinAnd(conflicts.map((e) => loserText(e, byTrailer)))}; if that is wrong, ${fixText(rule, conflicts)}.`
        }));
    }
    return out;
}

;// CONCATENATED MODULE: ./src/engine/judge/overlap.ts
// Two agents claiming the same module or overlapping paths in the claims after the change.



/**
 * Each agent's file claims compiled once; two claims overlap when one's literal form (a glob read as a path)
 * falls under the other. One index lookup per claim and pair of agents: linear, not quadratic.
 */
function claimIndex(files) {
    return (0,paths/* compilePatterns */.xi)(files.map((f) => ({ pattern: f.pattern, owner: f.pattern })));
}
const literalOf = (p) => p.replace(/\/+$/, '');
/** A's claims that overlap one of B's, each with the first such claim of B, in A's order. */
function overlappingClaims(filesA, idxA, filesB, idxB) {
    const hits = new Map();
    for (const fa of filesA) {
        const fb = idxB.match(literalOf(fa.pattern))[0];
        if (fb !== undefined && !hits.has(fa.pattern))
            hits.set(fa.pattern, fb);
    }
    for (const fb of filesB) {
        for (const fa of idxA.match(literalOf(fb.pattern)))
            if (!hits.has(fa))
                hits.set(fa, fb.pattern);
    }
    return filesA.flatMap((fa) => {
        const fb = hits.get(fa.pattern);
        if (fb === undefined)
            return [];
        hits.delete(fa.pattern); // a pattern listed twice is reported once
        return [[fa.pattern, fb]];
    });
}
function overlapFindings(after, live) {
    // Files given to several agents at once ("Both" in an ownership table) are shared on purpose: no overlap.
    const liveFiles = (h) => h.sections.filter((s) => !s.idle).flatMap((s) => s.files.filter((f) => !f.shared));
    const holders = [...(0,judge_holders/* holdersOf */.pW)(after).values()].filter((h) => h.sections.some((s) => !s.idle));
    const files = holders.map(liveFiles);
    const indexes = files.map((f) => claimIndex(f));
    const findings = [];
    for (let i = 0; i < holders.length; i++) {
        for (let j = i + 1; j < holders.length; j++) {
            const [a, b] = [holders[i], holders[j]];
            const stale = [a, b].some((h) => live.get((0,names/* agentKey */.pS)(h.name))?.state === 'stale');
            const severity = stale ? 'notice' : 'warning';
            for (const module of a.modules) {
                if (b.modules.some((m) => m.toLowerCase() === module.toLowerCase())) {
                    findings.push(overlap(a.name, b.name, null, module, severity));
                }
            }
            const pairs = overlappingClaims(files[i], indexes[i], files[j], indexes[j]);
            for (const [fa, fb] of pairs) {
                findings.push(overlap(a.name, b.name, fa === fb ? fa : `${fa} / ${fb}`, null, severity));
            }
        }
    }
    return findings;
}
function overlap(a, b, file, module, severity) {
    const what = module !== null ? `module ${module}` : `${file}`;
    return {
        kind: 'overlapping-claims',
        severity,
        file: module === null && file !== null && !file.includes(' / ') ? file : null,
        agent: null,
        claimedBy: `${a}, ${b}`,
        module,
        commit: null,
        checkin: null,
        age: null,
        staleAt: null,
        message: `${a} and ${b} both claim ${what}; agree who keeps it and remove it from the other's Files Being Modified${severity === 'notice' ? ' (one of the claims is stale)' : ''}.`
    };
}

;// CONCATENATED MODULE: ./src/engine/judge/tamper.ts
// Edits to another agent's part of the claims file: who changed whose section, blamed per commit when the adapter
// read the file after each one, else over the whole change.

function changedOwners(before, after) {
    const owners = new Set();
    const sections = (doc) => {
        const m = new Map();
        for (const s of doc.agents)
            m.set((0,names/* agentKey */.pS)(s.name), m.has((0,names/* agentKey */.pS)(s.name)) ? `${m.get((0,names/* agentKey */.pS)(s.name))}\n${s.body}` : s.body);
        return m;
    };
    const modules = (doc) => {
        const m = new Map();
        for (const c of doc.moduleClaims) {
            const k = (0,names/* agentKey */.pS)(c.agent);
            m.set(k, [m.get(k) ?? '', c.module.toLowerCase()].sort().join('\n'));
        }
        return m;
    };
    for (const [a, b] of [
        [sections(before), sections(after)],
        [modules(before), modules(after)]
    ]) {
        for (const key of new Set([...a.keys(), ...b.keys()]))
            if (a.get(key) !== b.get(key))
                owners.add(key);
    }
    return owners;
}
function displayName(key, ...docs) {
    for (const doc of docs) {
        const s = doc?.agents.find((a) => (0,names/* agentKey */.pS)(a.name) === key);
        if (s)
            return s.name;
        const c = doc?.moduleClaims.find((m) => (0,names/* agentKey */.pS)(m.agent) === key);
        if (c)
            return c.agent;
    }
    return key;
}
function tamperFindings(input) {
    const { claimsBefore, claimsAfter, files, config } = input;
    if (!claimsBefore)
        return [];
    const touching = input.commits.filter((c) => c.files.some((f) => f.path === files.claims || f.previousPath === files.claims));
    if (touching.length === 0)
        return [];
    const findings = [];
    const severityFor = (agent) => agent !== null ? 'error' : config.policy.unknownAuthor === 'ignore' ? null : config.policy.unknownAuthor === 'error' ? 'error' : 'warning';
    const report = (commit, owner, severity, note = '') => {
        const actor = commit.identity.agent ?? 'An unidentified author';
        findings.push({
            kind: 'claim-tampered',
            severity,
            file: files.claims,
            agent: commit.identity.agent,
            claimedBy: owner,
            module: null,
            commit: commit.sha,
            checkin: null,
            age: null,
            staleAt: null,
            message: `${actor} edited ${owner}'s status in ${files.claims}${note}; only ${owner} may change its own claims — revert that part, or ask ${owner} to release the claim.`
        });
    };
    // Exact blame when the adapter read the claims file after each touching commit.
    if (touching.every((c) => c.claimsAfter)) {
        let previous = claimsBefore;
        for (const commit of touching) {
            const next = commit.claimsAfter;
            const actor = commit.identity.agent ? (0,names/* agentKey */.pS)(commit.identity.agent) : null;
            for (const owner of changedOwners(previous, next)) {
                if (owner === actor)
                    continue;
                const severity = severityFor(commit.identity.agent);
                if (severity)
                    report(commit, displayName(owner, previous, next), severity);
            }
            previous = next;
        }
        return findings;
    }
    // Otherwise compare the whole change: blame is certain only when the owner made none of the touching commits.
    for (const owner of changedOwners(claimsBefore, claimsAfter)) {
        const others = touching.filter((c) => !c.identity.agent || (0,names/* agentKey */.pS)(c.identity.agent) !== owner);
        if (others.length === 0)
            continue;
        const first = others[0];
        const name = displayName(owner, claimsBefore, claimsAfter);
        if (others.length === touching.length) {
            const severity = severityFor(first.identity.agent);
            if (severity)
                report(first, name, severity);
        }
        else {
            report(first, name, 'warning', ' (or the owner did: several agents edited the file in this change)');
        }
    }
    return findings;
}

;// CONCATENATED MODULE: ./src/engine/judge/unreadable.ts
// What the claims reader could not account for, as findings: every run that sees such text says so (a warning),
// so a claim the reader cannot read never passes in silence. A problem inside a stale claim is only a notice.


/**
 * One `claims-unreadable` finding per problem, from the claims after the change and those at its base (which
 * judged it); a problem present in both is reported once, at its line after the change.
 */
function unreadableFindings(after, before, file, isStale) {
    const out = [];
    const seen = new Set();
    for (const [doc, where] of [
        [after, ''],
        [before, ' (in the claims at the base of this change, which judged it)']
    ]) {
        for (const u of doc?.unreadable ?? []) {
            const key = `${u.found}\u0000${u.expected}`;
            if (seen.has(key))
                continue;
            seen.add(key);
            const severity = u.agent !== undefined && isStale((0,names/* agentKey */.pS)(u.agent)) ? 'notice' : 'warning';
            const message = u.line === 0
                ? `Nothing in ${file} is protected${where}: it has ${u.found} — expected ${u.expected}.`
                : `${file}:${u.line}${where}: ${u.found} — expected ${u.expected}.`;
            out.push((0,finding/* finding */.g)({
                kind: 'claims-unreadable',
                severity,
                file,
                ...(u.line > 0 ? { line: u.line } : {}),
                agent: null,
                claimedBy: u.agent ?? null,
                module: null,
                commit: null,
                checkin: null,
                age: null,
                staleAt: null,
                message
            }));
        }
    }
    return out;
}
/**
 * A claim inside a closed code fence or HTML comment is never read, but one that looks alive — files listed and a
 * check-in within the active or caution window, or a check-in that cannot be read and files this change touches —
 * may be a real claim that a fence or comment swallowed: a warning at its line, so nobody relies on it in silence.
 * Examples and templates age out of the window, and placeholder paths match no change.
 */
function hiddenClaimFindings(after, before, file, liveOf, touched) {
    const out = [];
    const seen = new Set();
    for (const doc of [after, before]) {
        for (const s of doc?.hidden ?? []) {
            const key = `${(0,names/* agentKey */.pS)(s.name)}\u0000${s.files.map((f) => f.pattern).join('\u0000')}`;
            if (seen.has(key))
                continue;
            seen.add(key);
            const live = liveOf(s);
            const path = live.state === 'uncertain' ? touched(s) : null;
            if (live.state !== 'active' && live.state !== 'caution' && path === null)
                continue;
            const paths = s.files.slice(0, 3).map((f) => f.pattern).join(', ') + (s.files.length > 3 ? `, … (${s.files.length})` : '');
            const why = path !== null ? `it claims ${path}, which this change touches, and ${live.source ?? 'its check-in cannot be read'}` : `${live.source ?? 'recent'}; ${paths}`;
            out.push((0,finding/* finding */.g)({
                kind: 'claims-unreadable',
                severity: 'warning',
                file,
                line: s.line,
                agent: null,
                claimedBy: s.name,
                module: null,
                commit: null,
                checkin: s.lastCheckin?.text ?? null,
                age: null,
                staleAt: null,
                message: `${file}:${s.line}: a section of ${s.name} inside a code fence or HTML comment reads like a live claim (${why}), but text in fences and comments is never read — expected the section outside the fence or comment, or no recent check-in if it is an example.`
            }));
        }
    }
    return out;
}

// EXTERNAL MODULE: ./src/engine/judge/in-flight.ts
var in_flight = __webpack_require__(2514);
;// CONCATENATED MODULE: ./src/engine/judge/evaluate.ts
// Change set + claims before/after → findings, verdict and the claims board. Pure: the action and the CLI
// both call this, so a local `ai-sync verify` and the check on GitHub can never disagree.













function handoffFinding(input, isIgnored) {
    if (!input.config.policy.requireHandoff)
        return [];
    const all = input.commits.flatMap(claims/* changedPaths */.vl);
    if (all.includes(input.files.handoff))
        return [];
    const relevant = all.filter((p) => !isIgnored(p));
    if (relevant.length === 0)
        return [];
    const head = input.commits[input.commits.length - 1];
    return [
        {
            kind: 'missing-handoff',
            severity: 'error',
            file: null,
            agent: head?.identity.agent ?? null,
            claimedBy: null,
            module: null,
            commit: head?.sha ?? null,
            checkin: null,
            age: null,
            staleAt: null,
            message: `This change modifies ${relevant.length} file(s) but not ${input.files.handoff}; add a handoff note describing the change (policy require-handoff).`
        }
    ];
}
function claimsFileFindings(input) {
    return input.claimsAfter.diagnostics
        .filter((d) => d.severity === 'error')
        .map((d) => ({
        kind: 'invalid-claims-file',
        severity: 'warning',
        file: input.files.claims,
        agent: null,
        claimedBy: null,
        module: null,
        commit: null,
        checkin: null,
        age: null,
        staleAt: null,
        message: `${input.files.claims}:${d.line}: ${d.message}`
    }));
}
/** The first path another agent's change touches among a section's patterns (for claims the reader could not read). */
function touchedBy(input, section, isIgnored) {
    const patterns = section.files.map((f) => f.pattern);
    const owner = (0,names/* agentKey */.pS)(section.name);
    for (const commit of input.commits) {
        if (commit.identity.agent !== null && (0,names/* agentKey */.pS)(commit.identity.agent) === owner)
            continue;
        for (const path of (0,claims/* changedPaths */.vl)(commit))
            if (!isIgnored(path) && (0,paths/* matchesAny */._I)(patterns, path))
                return path;
    }
    return null;
}
const NOT_ASKED = () => false;
/** Judges a change set against the claims. */
function evaluate(input) {
    const { config, now } = input;
    const seen = (0,judge_holders/* lastSeenMap */.Ud)(input.lastSeen);
    // Others' claims come from before the change: a push cannot un-claim someone's files to slip through.
    const judgedDoc = input.claimsBefore ?? input.claimsAfter;
    const holders = (0,judge_holders/* holdersOf */.pW)(judgedDoc);
    const live = (0,judge_holders/* livenessOf */.l8)(holders, seen, now, config);
    // Claims in flight (written on open pull requests and branches) are judged like landed ones.
    const holdings = [...(0,judge_holders/* holdingsOf */.QF)(holders, config), ...(0,in_flight/* inFlightHoldings */.U)(input.inFlight ?? [], config)];
    const index = (0,paths/* compilePatterns */.xi)(holdings.map((h) => ({ pattern: h.pattern, owner: h })));
    const isIgnored = (0,claims/* ignoredPredicate */.Mg)(input);
    const overrides = [...input.claimsAfter.overrides, ...(input.claimsBefore?.overrides ?? [])];
    // One judgement per claim, however many of its files the change touches.
    const claimLive = new Map();
    const liveOfClaim = (section, agent) => {
        let l = claimLive.get(section);
        if (!l)
            claimLive.set(section, (l = (0,judge_holders/* claimLiveness */.Uy)(section, (0,names/* agentKey */.pS)(agent), seen, now, config)));
        return l;
    };
    const liveOf = (holding) => (holding.section ? liveOfClaim(holding.section, holding.agent) : live.get((0,names/* agentKey */.pS)(holding.agent)));
    // Every hit is judged and counted; only the ones the list keeps get their message (judge/cap.ts).
    const cap = new FindingCap(input.maxFindings ?? MAX_FINDINGS);
    const policy = config.policy;
    const emergencies = new Map();
    (0,claims/* eachHit */.Z_)(input, holdings, index, isIgnored, (file, holding, commit) => {
        let emergency = emergencies.get(commit);
        if (emergency === undefined)
            emergencies.set(commit, (emergency = (0,claims/* isEmergency */.u7)(commit.message)));
        // Whether an override entry covers the file matters to an emergency commit only (and is asked only then).
        const covered = emergency ? () => (0,claims/* findOverride */.Yo)(overrides, file, holding.module, now).entry !== null : NOT_ASKED;
        const judged = (0,claims/* judgeHit */.dS)(liveOf(holding).state, commit.identity.agent === null, emergency, covered, policy);
        if (judged !== null && cap.admit(judged.severity, judged.kind, file))
            cap.keep({ file, holding, commit });
    });
    const liveAfter = (0,judge_holders/* livenessOf */.l8)((0,judge_holders/* holdersOf */.pW)(input.claimsAfter), seen, now, config);
    for (const f of [
        ...tamperFindings(input),
        ...overlapFindings(input.claimsAfter, liveAfter),
        ...handoffFinding(input, isIgnored),
        ...claimsFileFindings(input),
        ...unreadableFindings(input.claimsAfter, input.claimsBefore, input.files.claims, (key) => (live.get(key) ?? liveAfter.get(key))?.state === 'stale'),
        ...hiddenClaimFindings(input.claimsAfter, input.claimsBefore, input.files.claims, (s) => (0,judge_holders/* claimLiveness */.Uy)(s, (0,names/* agentKey */.pS)(s.name), seen, now, config), (s) => touchedBy(input, s, isIgnored)),
        // The winning rule still attributes each commit; evidence naming another agent is a warning, so a wrong trailer
        // cannot silently move work from one agent to another.
        ...identityConflictFindings(input.commits),
        // Found before judging (by check()): hand edits of the status file, changes that could not all be listed.
        ...(input.findings ?? [])
    ]) {
        cap.offer((0,finding/* finding */.g)(f));
    }
    const listed = cap.result();
    const findings = listed.items.map((x) => ('message' in x ? x : ((0,finding/* finding */.g)((0,claims/* claimFinding */.WI)(x, liveOf(x.holding), config, overrides, now)))));
    // The acting agents were seen at `now`: the board after this change reflects that.
    const seenAfter = { ...input.lastSeen };
    for (const c of input.commits)
        if (c.identity.agent)
            seenAfter[c.identity.agent] = (0,judge_holders/* iso */.KH)(now);
    const board = (0,judge_board/* buildBoard */.Z)(input.claimsAfter, config, now, normaliseSeen(seenAfter));
    if (input.inFlight && input.inFlight.length > 0)
        board.push(...(0,in_flight/* inFlightBoard */.y)(input.inFlight, config, now, normaliseSeen(seenAfter)));
    return { verdict: listed.verdict, findings, ...(listed.omitted ? { omitted: listed.omitted } : {}), board };
}
/** lastSeen keyed case-insensitively, keeping the latest time per agent. */
function normaliseSeen(seen) {
    const out = new Map();
    for (const [name, when] of Object.entries(seen)) {
        const ms = Date.parse(when);
        if (!Number.isFinite(ms))
            continue;
        const prev = out.get((0,names/* agentKey */.pS)(name));
        if (!prev || ms > prev[2])
            out.set((0,names/* agentKey */.pS)(name), [name, when, ms]);
    }
    return Object.fromEntries([...out.values()].map(([n, w]) => [n, w]));
}


/***/ }),

/***/ 5307:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ note),
/* harmony export */   g: () => (/* binding */ finding)
/* harmony export */ });
/* harmony import */ var _keys_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4516);
// The one place that fixes a finding's key order: findings-json and the status file both keep it.

const FINDING_KEYS = ['kind', 'severity', 'file', 'line', 'agent', 'claimedBy', 'module', 'commit', 'pullRequest', 'branch', 'checkin', 'age', 'staleAt', 'message'];
/** A finding with its keys in the documented order (the status file and findings-json keep it). */
function finding(f) {
    return (0,_keys_js__WEBPACK_IMPORTED_MODULE_0__/* .ordered */ .S)(f, FINDING_KEYS);
}
/** A finding that names no claim holder's times (identity, status edits, unreadable text, incomplete changes). */
function note(n) {
    return finding({ claimedBy: null, module: null, checkin: null, age: null, staleAt: null, ...n });
}


/***/ }),

/***/ 681:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KH: () => (/* binding */ iso),
/* harmony export */   M0: () => (/* binding */ holderLiveness),
/* harmony export */   QF: () => (/* binding */ holdingsOf),
/* harmony export */   Ud: () => (/* binding */ lastSeenMap),
/* harmony export */   Uy: () => (/* binding */ claimLiveness),
/* harmony export */   l8: () => (/* binding */ livenessOf),
/* harmony export */   pW: () => (/* binding */ holdersOf),
/* harmony export */   yh: () => (/* binding */ modulePatterns)
/* harmony export */ });
/* unused harmony export STATE_RANK */
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7078);
/* harmony import */ var _liveness_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6261);
/* harmony import */ var _time_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2962);
// Who holds what in one claims document: each agent's claims (sections, rows, lines) and modules, the patterns
// they claim, and how alive each claim is. Shared by the judgement of a change and the claims board.



const iso = (ms) => (ms === null ? null : (0,_time_index_js__WEBPACK_IMPORTED_MODULE_2__/* .formatIso */ .dv)(ms));
function holdersOf(doc) {
    const holders = new Map();
    const get = (name) => {
        const key = (0,_names_js__WEBPACK_IMPORTED_MODULE_0__/* .agentKey */ .pS)(name);
        let h = holders.get(key);
        if (!h) {
            h = { name, sections: [], modules: [] };
            holders.set(key, h);
        }
        return h;
    };
    for (const section of doc.agents) {
        const h = get(section.name);
        // A duplicate "## X Status" section: the parser already reported it; the first one counts. Rows, claim
        // sections and lines are claims of their own.
        const explicit = (section.source ?? 'section') === 'section';
        if (explicit && h.sections.some((x) => (x.source ?? 'section') === 'section'))
            continue;
        h.sections.push(section);
        if (!section.idle && section.module && !h.modules.some((m) => m.toLowerCase() === section.module?.toLowerCase()))
            h.modules.push(section.module);
    }
    for (const claim of doc.moduleClaims) {
        const h = get(claim.agent);
        if (!h.modules.some((m) => m.toLowerCase() === claim.module.toLowerCase()))
            h.modules.push(claim.module);
    }
    return holders;
}
/** Module name → configured globs, looked up case-insensitively. */
function modulePatterns(config, module) {
    const wanted = module.toLowerCase();
    for (const [name, globs] of Object.entries(config.modules))
        if (name.toLowerCase() === wanted)
            return globs;
    return [];
}
function holdingsOf(holders, config) {
    const out = [];
    for (const h of holders.values()) {
        for (const section of h.sections) {
            if (section.idle)
                continue;
            for (const f of section.files)
                out.push({ agent: h.name, module: section.module, pattern: f.pattern, section });
        }
        for (const module of h.modules) {
            for (const pattern of modulePatterns(config, module))
                out.push({ agent: h.name, module, pattern, section: null });
        }
    }
    return out;
}
/** Liveness of one claim: its own check-in and doubt, and its holder's observed activity. */
function claimLiveness(section, key, lastSeen, now, config) {
    return (0,_liveness_js__WEBPACK_IMPORTED_MODULE_1__/* .liveness */ .QX)(section.lastCheckin, lastSeen.get(key) ?? null, now, config, section.uncertain ?? null);
}
const STATE_RANK = { active: 0, caution: 1, uncertain: 2, stale: 3 };
/** The most alive of an agent's live claims (what blocks most), or its activity alone when it has none. */
function holderLiveness(h, key, lastSeen, now, config) {
    let best = null;
    for (const section of h.sections) {
        if (section.idle)
            continue;
        const live = claimLiveness(section, key, lastSeen, now, config);
        if (best === null || STATE_RANK[live.state] < STATE_RANK[best.live.state])
            best = { live, section };
    }
    return best ?? { live: (0,_liveness_js__WEBPACK_IMPORTED_MODULE_1__/* .liveness */ .QX)(null, lastSeen.get(key) ?? null, now, config), section: null };
}
/** Liveness of every agent that appears in a document, keyed by agentKey. */
function livenessOf(holders, lastSeen, now, config) {
    const out = new Map();
    for (const [key, h] of holders)
        out.set(key, holderLiveness(h, key, lastSeen, now, config).live);
    return out;
}
/** Observed activity per agent (future values were dropped where the status file is read: lastSeenFrom). */
function lastSeenMap(lastSeen) {
    const out = new Map();
    for (const [name, when] of Object.entries(lastSeen)) {
        const ms = Date.parse(when);
        if (Number.isFinite(ms))
            out.set((0,_names_js__WEBPACK_IMPORTED_MODULE_0__/* .agentKey */ .pS)(name), ms);
    }
    return out;
}


/***/ }),

/***/ 2514:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ inFlightHoldings),
/* harmony export */   y: () => (/* binding */ inFlightBoard)
/* harmony export */ });
/* harmony import */ var _board_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1318);
/* harmony import */ var _holders_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(681);


function inFlightHoldings(sections, config) {
    const out = [];
    for (const section of sections) {
        if (section.idle)
            continue;
        for (const f of section.files)
            out.push({ agent: section.name, module: section.module, pattern: f.pattern, section });
        if (section.module)
            for (const pattern of (0,_holders_js__WEBPACK_IMPORTED_MODULE_1__/* .modulePatterns */ .yh)(config, section.module))
                out.push({ agent: section.name, module: section.module, pattern, section });
    }
    return out;
}
/** One board row per in-flight claim, marked with where it is written. */
function inFlightBoard(sections, config, now, lastSeen) {
    return sections.flatMap((section) => {
        const where = section.inFlight;
        if (!where)
            return [];
        const [entry] = (0,_board_js__WEBPACK_IMPORTED_MODULE_0__/* .buildBoard */ .Z)({ agents: [section], moduleClaims: [], modules: [], overrides: [], diagnostics: [] }, config, now, lastSeen);
        if (!entry)
            return [];
        entry.branch = where.branch;
        if (where.pullRequest !== null)
            entry.pullRequest = where.pullRequest;
        return [entry];
    });
}


/***/ }),

/***/ 6261:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pk: () => (/* binding */ FUTURE_TOLERANCE_MS),
/* harmony export */   QX: () => (/* binding */ liveness),
/* harmony export */   dm: () => (/* binding */ activeUntil)
/* harmony export */ });
/* harmony import */ var _time_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2962);

const HOUR = 3_600_000;
/**
 * Until when a claim that goes stale at `staleAt` is active (a change to its files an error; a warning after, in
 * caution, until `staleAt`). Both count from the same latest sign of life, so one is the other less the gap.
 */
function activeUntil(staleAt, thresholds) {
    return staleAt - (thresholds.staleHours - thresholds.activeHours) * HOUR;
}
function classify(ageMs, t) {
    if (ageMs < t.activeHours * HOUR)
        return 'active';
    if (ageMs < t.staleHours * HOUR)
        return 'caution';
    return 'stale';
}
/** A check-in this far ahead of the reference time is clock skew; further ahead, it cannot be trusted. */
const FUTURE_TOLERANCE_MS = 5 * 60_000;
/**
 * Combines a check-in interval and an observed activity time into one liveness judgement at `now`. `doubt` says
 * why the check-in cannot be trusted (unreadable, unknown zone, state unreadable); a check-in more than a few
 * minutes in the future is doubted too. A doubted claim is uncertain — never stale, never active forever — unless
 * activity observed within the active window proves it alive.
 */
function liveness(checkin, seenAt, now, thresholds, doubt = null) {
    let why = doubt;
    if (why === null && checkin && checkin.start > now + FUTURE_TOLERANCE_MS)
        why = `its check-in ${checkin.text} is in the future`;
    if (why !== null) {
        const seen = seenAt !== null && Number.isFinite(seenAt) ? seenAt : null;
        if (seen !== null && classify(Math.max(0, now - seen), thresholds) === 'active') {
            return { state: 'active', latest: seen, source: `last activity ${(0,_time_index_js__WEBPACK_IMPORTED_MODULE_0__/* .formatIso */ .dv)(seen)}`, ageHours: Math.round((Math.max(0, now - seen) / HOUR) * 100) / 100, staleAt: seen + thresholds.staleHours * HOUR };
        }
        return { state: 'uncertain', latest: null, source: why, ageHours: null, staleAt: null };
    }
    let start = null;
    let end = null;
    let source = null;
    if (checkin) {
        start = checkin.start;
        end = checkin.end;
        source = `last check-in ${checkin.text}`;
    }
    if (seenAt !== null && Number.isFinite(seenAt) && (end === null || seenAt > (start ?? -Infinity))) {
        // Activity later than (part of) the check-in interval moves the lower bound up; later than all of it, both.
        if (end === null || seenAt >= end)
            source = `last activity ${(0,_time_index_js__WEBPACK_IMPORTED_MODULE_0__/* .formatIso */ .dv)(seenAt)}`;
        start = Math.max(start ?? seenAt, seenAt);
        end = Math.max(end ?? seenAt, seenAt);
    }
    if (start === null || end === null) {
        return { state: 'uncertain', latest: null, source: null, ageHours: null, staleAt: null };
    }
    // A future check-in (clock skew, typo) counts as "now": age never goes negative.
    const youngest = Math.max(0, now - end);
    const oldest = Math.max(0, now - start);
    const a = classify(youngest, thresholds);
    const b = classify(oldest, thresholds);
    return {
        state: a === b ? a : 'uncertain',
        latest: end,
        source,
        ageHours: Math.round((youngest / HOUR) * 100) / 100,
        staleAt: end + thresholds.staleHours * HOUR
    };
}


/***/ }),

/***/ 4227:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ failsOn),
/* harmony export */   V: () => (/* binding */ verdictOf)
/* harmony export */ });
function verdictOf(findings) {
    if (findings.some((f) => f.severity === 'error'))
        return 'fail';
    if (findings.some((f) => f.severity === 'warning'))
        return 'warn';
    return 'pass';
}
/** Does a run with this verdict fail under `failOn`? */
function failsOn(verdict, failOn) {
    if (failOn === 'never')
        return false;
    return verdict === 'fail' || (failOn === 'warning' && verdict === 'warn');
}


/***/ }),

/***/ 4516:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ ordered)
/* harmony export */ });
// Objects written with their keys in a documented order (findings-json and the status file are read by scripts
// and diffed by people): the keys listed, in that order, optional ones left out when undefined.
function ordered(o, keys) {
    const out = {};
    for (const k of keys)
        if (o[k] !== undefined)
            out[k] = o[k];
    return out;
}


/***/ }),

/***/ 1123:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ FINDING_KINDS)
/* harmony export */ });
/**
 * Finding kinds, most important first (reports sort by it). The brief's order (claim-tampered > claimed-by-other >
 * emergency-override > missing-handoff > claim-caution > uncertain-claim > overlapping-claims > stale-claim) with
 * the remaining kinds placed where they matter: an unreadable claims file right after tampering (claims may be
 * misread), and incomplete changes last (it rarely names a file).
 */
const FINDING_KINDS = [
    'claim-tampered',
    'invalid-claims-file',
    'claims-unreadable',
    'identity-conflict',
    'claimed-by-other',
    'emergency-override',
    'missing-handoff',
    'claim-caution',
    'uncertain-claim',
    'overlapping-claims',
    'stale-claim',
    'open-pr-overlap',
    'incomplete-changes'
];


/***/ }),

/***/ 7078:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BE: () => (/* binding */ closestAgent),
/* harmony export */   EZ: () => (/* binding */ agentByWords),
/* harmony export */   Lo: () => (/* binding */ nameWords),
/* harmony export */   QD: () => (/* binding */ sameAgent),
/* harmony export */   Us: () => (/* binding */ aliasKey),
/* harmony export */   YC: () => (/* binding */ editDistance),
/* harmony export */   pS: () => (/* binding */ agentKey)
/* harmony export */ });
/* unused harmony exports GENERIC_WORDS, containsRun */
// Agent names, in one place: when two names are the same agent (agentKey, sameAgent), the looser match of names
// written in commits (nameWords, agentByWords), how aliases compare (aliasKey), and which agent a misspelt name
// most likely meant (closestAgent, the CLI's did-you-mean). Pure.
// ---------------------------------------------------------------------------------------------------------------
// The same agent
/** Case-insensitive key of an agent name; a role in parentheses is decoration ("Agent-A (Central Panel)" = "Agent-A"). */
function agentKey(name) {
    let s = name.trim().toLowerCase().replace(/\s+/g, ' ');
    if (s.endsWith(')')) {
        const open = s.lastIndexOf('(');
        if (open > 0)
            s = s.slice(0, open).trim();
    }
    return s;
}
/** Do two names designate the same agent ("claude code" and "Claude  Code (Opus)")? */
const sameAgent = (a, b) => agentKey(a) === agentKey(b);
/**
 * Key of an alias as config `aliases` match it: trimmed, case-insensitive, nothing more. Deliberately stricter than
 * agentKey: an alias may be an e-mail address or a glob (`*@openai.com`), where spaces and parentheses are part of
 * what is matched, not decoration.
 */
const aliasKey = (s) => s.trim().toLowerCase();
// ---------------------------------------------------------------------------------------------------------------
// Names by their words: the looser match for names written in commits ("claude-code", "Claude Code[bot]")
/** The words of a name, lower case, punctuation dropped: "Claude-Code[bot]" → claude, code, bot. */
const nameWords = (s) => s.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '');
/** Words that never identify an agent on their own ("GitHub", "github-actions[bot]", "bot", "AI", "Code"…). */
const GENERIC_WORDS = new Set([
    'ai',
    'action',
    'actions',
    'agent',
    'agents',
    'app',
    'apps',
    'assistant',
    'auto',
    'bot',
    'bots',
    'ci',
    'cli',
    'code',
    'coder',
    'coding',
    'dev',
    'developer',
    'git',
    'github',
    'gitlab',
    'model',
    'noreply',
    'the',
    'user',
    'web',
    'flow'
]);
/** Does `needle` stand in `haystack` as a run of whole, consecutive words? */
function containsRun(haystack, needle) {
    outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
        for (let j = 0; j < needle.length; j++)
            if (haystack[i + j] !== needle[j])
                continue outer;
        return true;
    }
    return false;
}
/**
 * The one agent of `known` a name designates by its words, or null (no match, or several: not decisive). Equal
 * words ("claude-code" → "Claude Code"), else a part of one agent's name: the name's words, generic ones dropped
 * ("Cursor Agent" → "cursor"), must hold a distinctive word of three or more characters and stand as a run of whole
 * words in exactly one agent's name ("claude" → "Claude Code").
 */
function agentByWords(name, known) {
    const nw = nameWords(name);
    if (nw.length === 0)
        return null;
    const key = nw.join(' ');
    const exact = known.filter((a) => nameWords(a).join(' ') === key);
    if (exact.length === 1)
        return exact[0];
    if (exact.length > 1)
        return null;
    const core = nw.filter((w) => !GENERIC_WORDS.has(w));
    if (!core.some((w) => [...w].length >= 3))
        return null;
    const partial = known.filter((a) => containsRun(nameWords(a), core));
    return partial.length === 1 ? partial[0] : null;
}
// ---------------------------------------------------------------------------------------------------------------
// Did you mean
/** Levenshtein distance (insertions, deletions, substitutions), for did-you-mean suggestions (agents; config keys). */
function editDistance(a, b) {
    const row = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        let diag = row[0];
        row[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const up = row[j];
            row[j] = Math.min(up + 1, row[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
            diag = up;
        }
    }
    return row[b.length];
}
/** Edits a misspelling may hold: none in a name of three characters or fewer, one up to seven, then two. */
const typoBudget = (key) => (key.length <= 3 ? 0 : key.length <= 7 ? 1 : 2);
/** "Agent-A" and "Agent-B", "Worker 1" and "Worker 2": names that differ only in a short last word are different agents. */
function differentBySuffix(a, b) {
    const wa = nameWords(a);
    const wb = nameWords(b);
    if (wa.length < 2 || wa.length !== wb.length)
        return false;
    const last = wa.length - 1;
    return wa.slice(0, last).join(' ') === wb.slice(0, last).join(' ') && wa[last].length <= 2 && wb[last].length <= 2;
}
/**
 * The agent a name most likely meant, or null when none is close enough (conservative: null rather than a guess,
 * and null when two agents are equally close). In order: the same agent by name or alias; equal but for spacing and
 * punctuation ("ClaudeCode" → "Claude Code"); a distinctive word run of exactly one agent's name ("claude" →
 * "Claude Code", see agentByWords); a small misspelling of a name or alias ("Cluade Code", "Codx"), never of a
 * short last word ("Agent-B" is not a misspelt "Agent-A"). A name of generic words only ("code", "bot") means no
 * agent in particular. E-mail and glob aliases are not names and are skipped.
 */
function closestAgent(input, candidates) {
    const agents = candidates.map((c) => (typeof c === 'string' ? { name: c, aliases: [] } : { name: c.name, aliases: c.aliases ?? [] }));
    const entries = agents.flatMap((a) => [a.name, ...a.aliases.filter((x) => !/[@*?]/.test(x))].map((written) => ({ agent: a.name, written })));
    const one = (hits) => {
        const keys = new Set(hits.map((h) => agentKey(h.agent)));
        return keys.size === 1 ? hits[0].agent : null;
    };
    const key = agentKey(input);
    const same = entries.filter((e) => agentKey(e.written) === key);
    if (same.length > 0)
        return one(same);
    // Only generic words ("code", "bot", "AI agent"): whatever it is close to, it does not say which agent.
    if (nameWords(key).every((w) => GENERIC_WORDS.has(w)))
        return null;
    const squash = (s) => nameWords(agentKey(s)).join('');
    const squashed = entries.filter((e) => squash(e.written) === squash(input));
    if (squashed.length > 0)
        return one(squashed);
    const byWords = agentByWords(key, [...new Set(entries.map((e) => e.written))]);
    if (byWords !== null)
        return one(entries.filter((e) => e.written === byWords));
    let best = [];
    let bestDistance = Infinity;
    for (const e of entries) {
        const k = agentKey(e.written);
        if (differentBySuffix(key, k))
            continue;
        const d = editDistance(key, k);
        if (d > Math.min(typoBudget(key), typoBudget(k)))
            continue;
        if (d === bestDistance)
            best.push(e);
        else if (d < bestDistance) {
            best = [e];
            bestDistance = d;
        }
    }
    return best.length > 0 ? one(best) : null;
}


/***/ }),

/***/ 4369:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  xi: () => (/* reexport */ path_index_compilePatterns),
  _I: () => (/* binding */ matchesAny),
  eP: () => (/* reexport */ normalizePattern),
  AL: () => (/* reexport */ patternProblem)
});

// UNUSED EXPORTS: coversWholeRepository, expandBraces, patternMatches

;// CONCATENATED MODULE: ./src/engine/paths/tokens.ts
// A pattern body as tokens (literals, `?`, `*`, `**/`, character classes) and their regular-expression forms.
const POSIX = {
    alnum: 'a-zA-Z0-9',
    alpha: 'a-zA-Z',
    blank: ' \\t',
    cntrl: '\\u{0}-\\u{1f}\\u{7f}',
    digit: '0-9',
    graph: '\\u{21}-\\u{7e}',
    lower: 'a-z',
    print: '\\u{20}-\\u{7e}',
    punct: '\\u{21}-\\u{2f}\\u{3a}-\\u{40}\\u{5b}-\\u{60}\\u{7b}-\\u{7e}',
    space: '\\t\\n\\u{b}\\f\\r ',
    upper: 'A-Z',
    xdigit: '0-9A-Fa-f'
};
/** Parses a class starting at chars[start] === '[' the way git's wildmatch does. Returns an error string when malformed. */
function parseClass(chars, start) {
    let i = start + 1;
    let negated = false;
    if (chars[i] === '!' || chars[i] === '^') {
        negated = true;
        i++;
    }
    const items = [];
    let prev = null;
    let first = true;
    for (;;) {
        const c = chars[i];
        if (c === undefined)
            return 'unterminated "[" character class';
        if (c === ']' && !first)
            break;
        first = false;
        const next = chars[i + 1];
        if (c === '-' && prev !== null && next !== undefined && next !== ']') {
            items.pop();
            items.push({ kind: 'range', lo: prev.codePointAt(0), hi: next.codePointAt(0) });
            i += 2;
            prev = null;
            continue;
        }
        if (c === '[' && next === ':') {
            let j = i + 2;
            while (chars[j] !== undefined && chars[j] !== ']')
                j++;
            if (chars[j] === undefined)
                return 'unterminated "[" character class';
            if (j - (i + 2) - 1 >= 0 && chars[j - 1] === ':') {
                const name = chars.slice(i + 2, j - 1).join('');
                if (!(name in POSIX))
                    return `unknown character class "[:${name}:]"`;
                items.push({ kind: 'posix', name });
                i = j + 1;
                prev = null;
                continue;
            }
            // No ":]": an ordinary "[" member.
        }
        items.push({ kind: 'char', c });
        prev = c;
        i++;
    }
    return { items, negated, end: i };
}
function hex(c) {
    return `\\u{${(typeof c === 'number' ? c : c.codePointAt(0)).toString(16)}}`;
}
function classToken(items, negated) {
    let body = '';
    for (const it of items) {
        if (it.kind === 'char')
            body += hex(it.c);
        else if (it.kind === 'range') {
            if (it.lo <= it.hi)
                body += `${hex(it.lo)}-${hex(it.hi)}`; // git: an inverted range matches nothing
        }
        else
            body += POSIX[it.name];
    }
    // A class never matches "/" (wildmatch with WM_PATHNAME).
    const re = negated ? `[^${body}/]` : body === '' ? '[]' : `(?!/)[${body}]`;
    const single = new RegExp(`^${re}$`, 'u');
    // Code points that decide whether the class takes every character (coversWholeRepository): all of ASCII, where the
    // POSIX classes live, and each side of every listed character and range end; between them nothing changes.
    const probes = [];
    for (const it of items) {
        if (it.kind === 'char') {
            const c = it.c.codePointAt(0);
            probes.push(c - 1, c, c + 1);
        }
        else if (it.kind === 'range')
            probes.push(it.lo - 1, it.lo, it.hi, it.hi + 1);
    }
    return { t: 'class', re, test: (c) => single.test(c), probes };
}
const REGEX_SPECIAL = new Set(['\\', '^', '$', '.', '*', '+', '?', '(', ')', '[', ']', '{', '}', '|', '/']);
function tokenRegex(tok) {
    switch (tok.t) {
        case 'lit':
            return REGEX_SPECIAL.has(tok.c) ? `\\${tok.c}` : tok.c;
        case 'any':
            return '[^/]';
        case 'class':
            return tok.re;
        case 'star':
            return '[^/]*';
        case 'dirs':
            return '(?:.*/)?';
        case 'all':
            return '.*';
    }
}
/**
 * Tokenises a pattern body (no leading/trailing slash). In basename mode (no slash in the pattern) every star run is
 * a plain `*`. In path mode a star run of two or more is special when it stands between start/slash and slash/end;
 * as in git (which matches the rest after comparing the literal prefix), the end of the literal prefix counts as a start.
 */
function tokens_tokenize(body, basename) {
    const chars = Array.from(body);
    const toks = [];
    let literalPrefix = true;
    let afterPrefix = -1;
    for (let i = 0; i < chars.length;) {
        const c = chars[i];
        if (literalPrefix && (c === '*' || c === '?' || c === '[')) {
            literalPrefix = false;
            afterPrefix = i;
        }
        if (c === '*') {
            let j = i;
            while (chars[j] === '*')
                j++;
            const run = j - i;
            const atStart = i === 0 || chars[i - 1] === '/' || i === afterPrefix;
            const next = chars[j];
            if (!basename && run >= 2 && atStart && (next === undefined || next === '/')) {
                if (next === '/') {
                    toks.push({ t: 'dirs' });
                    i = j + 1;
                }
                else {
                    toks.push({ t: 'all' });
                    i = j;
                }
            }
            else {
                toks.push({ t: 'star' });
                i = j;
            }
            continue;
        }
        if (c === '?') {
            toks.push({ t: 'any' });
            i++;
            continue;
        }
        if (c === '[') {
            const parsed = parseClass(chars, i);
            if (typeof parsed === 'string')
                throw new Error(parsed); // normalizePattern rejected it already
            toks.push(classToken(parsed.items, parsed.negated));
            i = parsed.end + 1;
            continue;
        }
        toks.push({ t: 'lit', c });
        i++;
    }
    return toks;
}

;// CONCATENATED MODULE: ./src/engine/paths/braces.ts
// Brace expansion in claim patterns (`src/{api,web}/**`, `*.{ts,js}`): bounded in count and depth, as bash reads it.

const MAX_BRACE_PATTERNS = 256;
const MAX_BRACE_DEPTH = 10;
/**
 * The alternations of a pattern, outermost first, or a problem when they nest too deep. Pairs are matched the way a
 * stack matches them, so an unmatched `{` or `}` is an ordinary character; a pair with no comma of its own (`{a}`,
 * `{1..3}`) stays literal. A `[...]` class is skipped whole, so its braces and commas are class members.
 */
function alternations(chars) {
    const open = [];
    const found = [];
    for (let i = 0; i < chars.length; i++) {
        const c = chars[i];
        if (c === '[') {
            const parsed = parseClass(chars, i);
            if (typeof parsed !== 'string')
                i = parsed.end;
        }
        else if (c === '{')
            open.push({ at: i, commas: [] });
        else if (c === ',' && open.length > 0)
            open[open.length - 1].commas.push(i);
        else if (c === '}' && open.length > 0) {
            const g = open.pop();
            if (g.commas.length > 0)
                found.push({ open: g.at, close: i, commas: g.commas, inner: [] });
        }
    }
    // Found in closing order; nest them by position, iteratively (the depth is only known afterwards).
    found.sort((a, b) => a.open - b.open);
    const top = [];
    const enclosing = [];
    for (const g of found) {
        while (enclosing.length > 0 && enclosing[enclosing.length - 1].close < g.open)
            enclosing.pop();
        const parent = enclosing[enclosing.length - 1];
        (parent ? parent.inner : top).push(g);
        enclosing.push(g);
        if (enclosing.length > MAX_BRACE_DEPTH)
            return `braces nested more than ${MAX_BRACE_DEPTH} deep`;
    }
    return { top };
}
/** The ranges [start, end) of a group's alternatives, each with the alternations inside it. */
function alternativesOf(g) {
    const bounds = [g.open, ...g.commas, g.close];
    const out = [];
    for (let k = 0; k + 1 < bounds.length; k++) {
        const start = bounds[k] + 1;
        const end = bounds[k + 1];
        out.push({ start, end, groups: g.inner.filter((x) => x.open >= start && x.close < end) });
    }
    return out;
}
/** How many patterns a range expands to, saturating just above the cap (a count of 2^30 is never reached). */
function countRange(groups) {
    let n = 1;
    for (const g of groups) {
        let sum = 0;
        for (const alt of alternativesOf(g))
            sum = Math.min(sum + countRange(alt.groups), MAX_BRACE_PATTERNS + 1);
        n = Math.min(n * sum, MAX_BRACE_PATTERNS + 1);
    }
    return n;
}
function expandRange(chars, start, end, groups) {
    let out = [''];
    let at = start;
    for (const g of groups) {
        const text = chars.slice(at, g.open).join('');
        const choices = alternativesOf(g).flatMap((alt) => expandRange(chars, alt.start, alt.end, alt.groups));
        const next = [];
        for (const head of out)
            for (const choice of choices)
                next.push(head + text + choice);
        out = next;
        at = g.close + 1;
    }
    const tail = chars.slice(at, end).join('');
    return out.map((head) => head + tail);
}
/** The brace expansion of a pattern's text, without repeats, or why it is refused. Counted before it is built. */
function braces_braceExpansion(pattern) {
    if (!pattern.includes('{'))
        return [pattern];
    const chars = Array.from(pattern);
    const tree = alternations(chars);
    if (typeof tree === 'string')
        return tree;
    if (tree.top.length === 0)
        return [pattern];
    if (countRange(tree.top) > MAX_BRACE_PATTERNS)
        return `brace expansion gives more than ${MAX_BRACE_PATTERNS} patterns`;
    return [...new Set(expandRange(chars, 0, chars.length, tree.top))];
}

;// CONCATENATED MODULE: ./src/engine/paths/normalise.ts
// A claim pattern's normal form, or why it is unusable (empty, `..`, control characters, negation, bad classes, braces).


const MAX_PATTERN_LENGTH = 1000;
const MAX_GLOBSTARS = 16;
// ---------------------------------------------------------------------------------------------------------------
// Normalisation
/** Why a pattern is unusable, or null when it is fine. */
function patternProblem(raw) {
    return normalise_analyse(raw).problem;
}
/**
 * Normalised form of a claim pattern, or null when it is unusable: empty, a `..` segment, NUL or another control
 * character, a backslash, negation (`!`), longer than 1,000 characters, more than 16 `**`, a malformed class, or
 * braces that expand to more than 256 patterns, nest more than 10 deep or give an unusable alternative. Braces are
 * kept: the normalised form is the text the claim was written as, not its expansion.
 */
function normalizePattern(raw) {
    return normalise_analyse(raw).pattern;
}
/**
 * The patterns a claim pattern stands for after brace expansion (`src/*.{ts,js}` → `src/*.ts`, `src/*.js`), in
 * bash's order without repeats; `[pattern]` when it has no group to expand. Null when the expansion is over the cap
 * (more than 256 patterns, groups nested more than 10 deep) or the text is longer than any usable pattern. Text
 * only: the alternatives are neither trimmed nor validated (normalizePattern does that for each).
 */
function expandBraces(pattern) {
    if (typeof pattern !== 'string' || pattern.length > MAX_PATTERN_LENGTH * 4)
        return null;
    const expanded = braceExpansion(pattern);
    return typeof expanded === 'string' ? null : expanded;
}
function normalise_analyse(raw) {
    const whole = analyseOne(raw);
    if (whole.pattern === null)
        return { ...whole, alternatives: [] };
    const expanded = braces_braceExpansion(whole.pattern);
    if (typeof expanded === 'string')
        return { pattern: null, problem: expanded, alternatives: [] };
    if (expanded.length === 1 && expanded[0] === whole.pattern)
        return { ...whole, alternatives: [whole.pattern] };
    const alternatives = new Set();
    for (const alt of expanded) {
        const one = analyseOne(alt);
        // One unusable alternative rejects the claim: protecting only part of what was written would go unnoticed.
        if (one.pattern === null)
            return { pattern: null, problem: `brace alternative "${alt.slice(0, 80)}": ${one.problem}`, alternatives: [] };
        alternatives.add(one.pattern);
    }
    return { ...whole, alternatives: [...alternatives] };
}
function analyseOne(raw) {
    const fail = (problem) => ({ pattern: null, problem });
    if (typeof raw !== 'string')
        return fail('not a string');
    if (raw.length > MAX_PATTERN_LENGTH * 4)
        return fail(`longer than ${MAX_PATTERN_LENGTH} characters`);
    const p = raw.trim();
    if (p === '')
        return fail('empty');
    if (p.length > MAX_PATTERN_LENGTH)
        return fail(`longer than ${MAX_PATTERN_LENGTH} characters`);
    if (/[\u0000-\u001f\u007f]/.test(p))
        return fail('contains a control character');
    if (p.includes('\\'))
        return fail('contains a backslash (use / as the separator; escapes are not supported)');
    if (p.startsWith('!'))
        return fail('negation (!) is not supported');
    const leading = p.startsWith('/');
    const trailing = p.endsWith('/');
    const segments = [];
    for (const seg of p.split('/')) {
        if (seg === '' || seg === '.')
            continue;
        if (seg === '..')
            return fail('contains a ".." segment');
        segments.push(seg);
    }
    if (segments.length === 0)
        return fail('names no path');
    const body = segments.join('/');
    const globstars = body.match(/\*{2,}/g)?.length ?? 0;
    if (globstars > MAX_GLOBSTARS)
        return fail(`more than ${MAX_GLOBSTARS} "**"`);
    const classProblem = checkClasses(body);
    if (classProblem)
        return fail(classProblem);
    return { pattern: (leading ? '/' : '') + body + (trailing ? '/' : ''), problem: null };
}
function checkClasses(body) {
    const chars = Array.from(body);
    for (let i = 0; i < chars.length; i++) {
        if (chars[i] !== '[')
            continue;
        const parsed = parseClass(chars, i);
        if (typeof parsed === 'string')
            return parsed;
        i = parsed.end;
    }
    return null;
}
/** Light clean-up of a path to match: `./a//b` → `a/b`. A trailing `/` marks a directory and is kept. */
function normalizePath(path) {
    const c0 = path.charCodeAt(0);
    if (c0 !== 47 && c0 !== 46 && !path.includes('//') && !path.includes('/.'))
        return path; // fast path: nothing to do
    const dir = path.endsWith('/');
    const segs = path.split('/').filter((s) => s !== '' && s !== '.');
    if (segs.length === 0)
        return '';
    return segs.join('/') + (dir ? '/' : '');
}

;// CONCATENATED MODULE: ./src/engine/paths/matchers.ts
// Testers for one tokenised pattern: a regular expression when it is safe from backtracking, else a linear NFA.

/**
 * Whether the V8 backtracking regex is safe for these tokens: at most two directory-spanning runs, and per segment
 * at most one `*` that is not the segment's last token (a trailing `*` never backtracks into a failure). Worst
 * cases stay around O(n²) for n ≤ a few thousand characters; anything else uses the linear NFA.
 */
function regexIsSafe(toks) {
    let spanning = 0;
    let starsInSegment = 0;
    for (let i = 0; i < toks.length; i++) {
        const tok = toks[i];
        if (tok.t === 'dirs' || tok.t === 'all') {
            spanning++;
            starsInSegment = 0;
        }
        else if (tok.t === 'lit' && tok.c === '/')
            starsInSegment = 0;
        else if (tok.t === 'star') {
            const next = toks[i + 1];
            const last = next === undefined || (next.t === 'lit' && next.c === '/');
            if (!last)
                starsInSegment++;
            if (starsInSegment > 1)
                return false;
        }
    }
    return spanning <= 2;
}
function regexTester(toks, anchored, dirOnly) {
    const source = (anchored ? '^' : '(?:^|/)') + toks.map(tokenRegex).join('') + (dirOnly ? '/' : '(?:/|$)');
    const re = new RegExp(source, 'su');
    return (path) => re.test(path);
}
/**
 * Thompson-NFA simulation: O(path length × pattern length), no backtracking. States 0..m are "before token i"
 * (m = accept); a `**` / directory run at i also has an inner state m + 1 + i.
 */
function nfaTester(toks, anchored, dirOnly) {
    const m = toks.length;
    const mark = new Int32Array(2 * m + 2);
    let gen = 0;
    let accepting = false;
    const add = (list, s) => {
        for (;;) {
            if (mark[s] === gen)
                return;
            mark[s] = gen;
            list.push(s);
            if (s === m)
                accepting = true;
            if (s >= m)
                return;
            const t = toks[s].t;
            if (t === 'star' || t === 'all' || t === 'dirs')
                s++;
            else
                return;
        }
    };
    return (path) => {
        if (gen > 0x3fff0000) {
            mark.fill(0);
            gen = 0;
        }
        gen++;
        accepting = false;
        let cur = [];
        add(cur, 0);
        let prev = '';
        for (const c of path) {
            if (!anchored && prev === '/')
                add(cur, 0);
            if (c === '/' && accepting)
                return true;
            gen++;
            accepting = false;
            const nxt = [];
            for (const s of cur) {
                if (s === m)
                    continue;
                if (s > m) {
                    // inside a `**/` run: anything, and a "/" may end it
                    add(nxt, s);
                    if (c === '/')
                        add(nxt, s - m);
                    continue;
                }
                const tok = toks[s];
                switch (tok.t) {
                    case 'lit':
                        if (c === tok.c)
                            add(nxt, s + 1);
                        break;
                    case 'any':
                        if (c !== '/')
                            add(nxt, s + 1);
                        break;
                    case 'class':
                        if (c !== '/' && tok.test(c))
                            add(nxt, s + 1);
                        break;
                    case 'star':
                        if (c !== '/')
                            add(nxt, s);
                        break;
                    case 'all':
                        add(nxt, s);
                        break;
                    case 'dirs':
                        add(nxt, m + 1 + s);
                        if (c === '/')
                            add(nxt, s + 1);
                        break;
                }
            }
            cur = nxt;
            prev = c;
            if (cur.length === 0 && anchored)
                return false;
        }
        if (!anchored && prev === '/')
            add(cur, 0);
        return !dirOnly && accepting;
    };
}

;// CONCATENATED MODULE: ./src/engine/paths/compiled.ts
// One pattern compiled to a tester: anchoring, directory-only, the literal form; and whether it covers everything.



const GLOB_CHARS = /[*?[]/;
/** Where a normalised pattern applies: anchored or at any depth, files or directories only, and its body. */
function shapeOf(normalized) {
    const dirOnly = normalized.endsWith('/');
    let body = normalized.slice(normalized.startsWith('/') ? 1 : 0, dirOnly ? -1 : undefined);
    let anchored = normalized.startsWith('/') || body.includes('/');
    // `**/name` is the same as `name` (any depth) when name has no slash and no `**`: index it as a name.
    while (anchored && body.startsWith('**/')) {
        const rest = body.slice(3);
        if (rest.includes('/') || /\*\*/.test(rest))
            break;
        body = rest;
        anchored = false;
    }
    return { anchored, dirOnly, body };
}
function compileOne(normalized, engine = 'auto') {
    const { anchored, dirOnly, body } = shapeOf(normalized);
    if (!GLOB_CHARS.test(body))
        return { anchored, dirOnly, body, literal: body, prefixDir: '', test: null, required: body };
    const toks = tokens_tokenize(body, !anchored);
    let prefixDir = '';
    if (anchored) {
        const firstWild = body.search(GLOB_CHARS);
        const cut = body.lastIndexOf('/', firstWild);
        prefixDir = cut > 0 ? body.slice(0, cut) : '';
    }
    const useRegex = engine === 'regex' || (engine === 'auto' && regexIsSafe(toks));
    const test = useRegex ? regexTester(toks, anchored, dirOnly) : nfaTester(toks, anchored, dirOnly);
    let required = '';
    let run = '';
    // The literal leading directory is checked by the trie already (the glob is filed under it): the required
    // substring is looked for after it, or every path below the directory would pass the pre-check.
    const skip = prefixDir === '' ? 0 : Array.from(prefixDir).length + 1;
    for (const tok of [...toks.slice(skip), null]) {
        if (tok?.t === 'lit')
            run += tok.c;
        else {
            if (run.length > required.length)
                required = run;
            run = '';
        }
    }
    return { anchored, dirOnly, body, literal: null, prefixDir, test, required };
}
/**
 * Whether a claim pattern matches every possible path, i.e. claims the whole repository (`**`, `*`, `/**`, `**\/*`,
 * `?*`, `{**,x}`); false for an unusable pattern. Decided exactly from the pattern's tokens, not from a list.
 */
function coversWholeRepository(pattern) {
    return analyse(pattern).alternatives.some(coversEveryPath);
}
/**
 * A pattern matches a path when it matches the path or one of its directories, so it matches every path exactly
 * when it matches every one-segment file path: the name of each root file (a `dir/` pattern never does) and, through
 * it, everything below each root directory. Within one name `**\/` stands for nothing and a star for any run, so the
 * tokens take every non-empty name exactly when there is a star and at most one single-character token, and that
 * one takes every character.
 */
function coversEveryPath(normalized) {
    const { anchored, dirOnly, body } = shapeOf(normalized);
    if (dirOnly)
        return false;
    let star = false;
    let single = null;
    for (const tok of tokenize(body, !anchored)) {
        if (tok.t === 'star' || tok.t === 'all')
            star = true;
        else if (tok.t !== 'dirs') {
            if (single !== null || (tok.t === 'lit' && tok.c === '/'))
                return false;
            single = tok;
        }
    }
    if (!star)
        return false;
    if (single === null || single.t === 'any')
        return true;
    if (single.t !== 'class')
        return false; // one literal character is not every character
    const { test, probes } = single;
    // Every character a path may hold: not NUL (git never stores it) and not "/".
    const takes = (cp) => cp <= 0 || cp > 0x10ffff || cp === 0x2f || test(String.fromCodePoint(cp));
    for (let cp = 1; cp <= 0x80; cp++)
        if (!takes(cp))
            return false;
    return probes.every(takes) && takes(0x81) && takes(0x10ffff);
}

;// CONCATENATED MODULE: ./src/engine/paths/path-index.ts


function takeAll(hits, marks, g, list) {
    if (list === null)
        return;
    for (let k = 0; k < list.length; k++) {
        const i = list[k];
        if (marks[i] !== g) {
            marks[i] = g;
            hits.push(i);
        }
    }
}
function allMarked(marks, g, list) {
    for (let k = 0; k < list.length; k++)
        if (marks[list[k]] !== g)
            return false;
    return true;
}
function tryGlobs(hits, marks, g, path, list) {
    if (list === null)
        return;
    for (let k = 0; k < list.length; k++) {
        const glob = list[k];
        if (allMarked(marks, g, glob.entries))
            continue; // already in, e.g. through its literal reading
        if (glob.required !== '' && !path.includes(glob.required))
            continue;
        if (glob.test(path))
            takeAll(hits, marks, g, glob.entries);
    }
}
function addTo(list, entry) {
    if (list === null)
        return [entry];
    if (list[list.length - 1] !== entry)
        list.push(entry);
    return list;
}
/**
 * Compiles claim patterns once. Matching a path walks its segments once: a trie of the anchored patterns' literal
 * directories (literal paths, `dir/` claims and the globs filed under their literal leading directory) and a map of
 * names that match at any depth; only globs with no literal leading directory are tried on every path.
 */
function path_index_compilePatterns(entries, options = {}) {
    const engine = options.engine ?? 'auto';
    const root = { children: null, self: null, below: null, globs: null };
    const names = new Map();
    const globsEverywhere = [];
    const globsByPattern = new Map();
    const invalid = [];
    const nodeFor = (dir) => {
        let node = root;
        for (const seg of dir.split('/')) {
            node.children ??= new Map();
            let child = node.children.get(seg);
            if (!child) {
                child = { children: null, self: null, below: null, globs: null };
                node.children.set(seg, child);
            }
            node = child;
        }
        return node;
    };
    const fileLiteral = (c, literal, entry) => {
        if (c.anchored) {
            const node = nodeFor(literal);
            if (c.dirOnly)
                node.below = addTo(node.below, entry);
            else
                node.self = addTo(node.self, entry);
        }
        else {
            let name = names.get(literal);
            if (!name)
                names.set(literal, (name = { any: null, dir: null }));
            if (c.dirOnly)
                name.dir = addTo(name.dir, entry);
            else
                name.any = addTo(name.any, entry);
        }
    };
    const addGlob = (c, pattern, test, entry) => {
        const same = globsByPattern.get(pattern);
        if (same) {
            if (same.entries[same.entries.length - 1] !== entry)
                same.entries.push(entry);
            return;
        }
        const glob = { entries: [entry], test, required: c.required.length >= 2 ? c.required : '' };
        globsByPattern.set(pattern, glob);
        if (c.anchored && c.prefixDir !== '') {
            const node = nodeFor(c.prefixDir);
            (node.globs ??= []).push(glob);
        }
        else
            globsEverywhere.push(glob);
    };
    entries.forEach((e, entry) => {
        const { pattern, problem, alternatives } = normalise_analyse(e.pattern);
        if (pattern === null) {
            invalid.push({ pattern: e.pattern, owner: e.owner, problem: problem ?? 'invalid' });
            return;
        }
        // The text as written, read as a path: `pages/[id].tsx` and `{a,b}.ts` claim those very files.
        if (alternatives[0] !== pattern) {
            const shape = shapeOf(pattern);
            fileLiteral(shape, shape.body, entry);
        }
        for (const alt of alternatives) {
            const c = compileOne(alt, engine);
            fileLiteral(c, c.body, entry);
            if (c.test !== null)
                addGlob(c, alt, c.test, entry);
        }
    });
    const hasNames = names.size > 0;
    const marks = new Int32Array(entries.length);
    let gen = 0;
    const matchIndices = (rawPath) => {
        const path = normalizePath(rawPath);
        const hits = [];
        if (path === '' || path === '/')
            return hits;
        if (gen > 0x3fff0000) {
            marks.fill(0);
            gen = 0;
        }
        const g = ++gen;
        let node = root;
        let start = 0;
        for (;;) {
            const slash = path.indexOf('/', start);
            const last = slash < 0;
            if (node === undefined && !hasNames)
                break;
            const seg = last ? (start === 0 ? path : path.slice(start)) : path.slice(start, slash);
            if (node !== undefined) {
                node = node.children === null ? undefined : node.children.get(seg);
                if (node !== undefined) {
                    takeAll(hits, marks, g, node.self);
                    if (!last) {
                        // an ancestor directory (or the path itself when it ends with "/")
                        takeAll(hits, marks, g, node.below);
                        tryGlobs(hits, marks, g, path, node.globs);
                    }
                }
            }
            if (hasNames) {
                const name = names.get(seg);
                if (name !== undefined) {
                    takeAll(hits, marks, g, name.any);
                    if (!last)
                        takeAll(hits, marks, g, name.dir);
                }
            }
            if (last)
                break;
            start = slash + 1;
            if (start >= path.length)
                break;
        }
        if (globsEverywhere.length > 0)
            tryGlobs(hits, marks, g, path, globsEverywhere);
        if (hits.length > 1)
            hits.sort((a, b) => a - b);
        return hits;
    };
    return {
        invalid,
        matchIndices,
        match: (path) => matchIndices(path).map((i) => entries[i].owner)
    };
}

;// CONCATENATED MODULE: ./src/engine/paths/index.ts
// Claim patterns with gitignore / CODEOWNERS semantics, compiled once and matched against many paths.
//
// Semantics (git's, see gitignore(5)):
//   - `dir/` (trailing slash) matches directories only, i.e. everything below `dir`.
//   - A pattern without a `/` (other than a trailing one) matches a name at any depth: the file's name or the name
//     of any directory on its path. With a `/` at the start or in the middle, it is anchored at the repository root.
//   - `*` matches any run of characters except `/`, `?` one character except `/`, `[abc]` / `[a-z]` / `[!abc]` /
//     `[^abc]` / `[[:alpha:]]` one character of a class (never `/`).
//   - `**/` at the start or between slashes matches zero or more directories; `/**` at the end everything inside.
//     Other runs of `**` act as `*` — except, as in git's implementation (not its documentation), right after the
//     pattern's literal prefix, where a `**` followed by `/` or the end still spans directories (`a**/b`
//     matches `a/b` and `ax/y/b`).
//   - A pattern that matches a directory matches everything below it, so a plain path `src/api` claims `src/api`
//     and, if it is a directory, everything in it. A `dir/` pattern never matches a file at the root, so `**/`
//     and `*/` claim everything inside directories but not `README.md`; `*`, `**`, `/*`, `/**`, `**/*` and `?*`
//     claim every path (coversWholeRepository says so).
//
// The property test in __tests__/e2e/engine/paths-git.test.ts checks agreement with `git check-ignore --no-index` on generated
// patterns and paths (it is how the literal-prefix quirk above was pinned down). Deliberate differences from git,
// all outside what that test generates:
//   - Negation (`!pattern`) is not supported: such a pattern is rejected (normalizePattern returns null).
//   - Backslashes are rejected (no escapes; a Windows separator is more likely than an escape).
//   - Surrounding whitespace is trimmed (git keeps leading spaces); a leading `#` is a literal character (git: comment).
//   - `./` and `.` segments are dropped and repeated slashes collapsed (git would match them literally, i.e. never).
//   - Unterminated `[` classes and unknown `[[:name:]]` classes are rejected (git silently never matches them).
//   - Every pattern also matches its own text literally: `pages/[id].tsx` claims the file `pages/[id].tsx` (git would
//     only read a character class there, matching `pages/i.tsx` and `pages/d.tsx`, which it still does too).
//   - Matching is by Unicode code point; git matches bytes (`?` against a multi-byte character differs).
//   - Braces are expanded first, as bash does (git leaves them literal): `services/*.{ts,js}` is the two patterns
//     `services/*.ts` and `services/*.js`, `src/{api,web}/**` two directories, `{a,{b,c}}` three names. Each
//     alternative is then a pattern of its own under every rule above (`{docs/*.md,README.md}` is one anchored glob
//     and one name at any depth). A group needs a comma at its own level: `{a}`, `{}` and unbalanced braces stay
//     literal, as do numeric and letter ranges (`{1..3}`: no sequence expansion). Braces inside a `[...]` class are
//     members of the class. At most 256 patterns per expansion and groups nested at most 10 deep; beyond either, or
//     when an alternative is itself unusable (`{a,../b}`), the whole pattern is rejected. The literal reading above
//     still applies to the unexpanded text, so a file really named `{a,b}.ts` is matched too. Each alternative is
//     compiled on its own: literal ones cost a lookup, but one pattern can bring up to 256 globs to try per path.
//   - Paths are matched case-sensitively (git with core.ignoreCase=false).




// Compiled pattern lists for matchesAny: by array identity (the usual case: one config's `ignore` in a loop), checked
// against a copy in case the array was changed, then by content in a small LRU.
const byArray = new WeakMap();
const byContent = new Map();
const CACHE_SIZE = 16;
function indexFor(patterns) {
    const hit = byArray.get(patterns);
    if (hit && hit.copy.length === patterns.length && hit.copy.every((p, i) => p === patterns[i]))
        return hit.index;
    const key = JSON.stringify(patterns);
    let index = byContent.get(key);
    if (index) {
        byContent.delete(key);
        byContent.set(key, index);
    }
    else {
        index = path_index_compilePatterns(patterns.map((pattern) => ({ pattern, owner: true })));
        byContent.set(key, index);
        if (byContent.size > CACHE_SIZE)
            byContent.delete(byContent.keys().next().value);
    }
    byArray.set(patterns, { copy: [...patterns], index });
    return index;
}
/** Whether any of the patterns matches the path (each distinct list is compiled once). */
function matchesAny(patterns, path) {
    if (patterns.length === 0)
        return false;
    return indexFor(patterns).matchIndices(path).length > 0;
}
/** One pattern against one path (compiles each call; use compilePatterns for many paths). */
function patternMatches(pattern, path, options = {}) {
    return compilePatterns([{ pattern, owner: true }], options).match(path).length > 0;
}


/***/ }),

/***/ 3422:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ commitLabel),
/* harmony export */   h: () => (/* binding */ quote)
/* harmony export */ });
// Untrusted text in one-line messages (names, trailer values, link targets, input values): JSON-quoted, so a
// newline or a quote in it can never break the line or the sentence, and cut to a length a message can carry.
/** `s` as a message shows it: JSON-quoted, cut to `max` characters with "..." when longer. */
function quote(s, max = 80) {
    return JSON.stringify(s.length > max ? `${s.slice(0, max - 3)}...` : s);
}
/** A commit as a message names it: the short SHA, or the quoted text when it is no SHA. */
function commitLabel(sha) {
    return /^[0-9a-f]{7,64}$/i.test(sha) ? sha.slice(0, 7) : quote(sha, 40);
}


/***/ }),

/***/ 4749:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  hV: () => (/* binding */ futureLastSeenWarning),
  IU: () => (/* binding */ lastSeenFrom),
  i$: () => (/* binding */ parseStatus)
});

// UNUSED EXPORTS: jsonSyntaxError

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 4 modules
var schemas = __webpack_require__(1514);
// EXTERNAL MODULE: ./src/engine/judge/liveness.ts
var liveness = __webpack_require__(6261);
// EXTERNAL MODULE: ./src/engine/model.ts
var model = __webpack_require__(1123);
// EXTERNAL MODULE: ./src/engine/text.ts
var engine_text = __webpack_require__(1655);
;// CONCATENATED MODULE: ./src/engine/time/iso.ts
// Is a value a full ISO 8601 date-time? The status file's times and the reporters' time columns are held to it.
const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-](\d{2}):(\d{2}))$/;
/** A full ISO 8601 date-time with a zone, with a real calendar date (no 30 February) and in-range fields. */
function isIsoDateTime(s) {
    if (typeof s !== 'string')
        return false;
    const m = ISO_RE.exec(s);
    if (!m)
        return false;
    const [y = 0, mo = 0, d = 0, h = 0, mi = 0, sec = 0, oh = 0, om = 0] = m
        .slice(1)
        .map((v) => (v === undefined ? 0 : Number(v)));
    const last = new Date(0);
    last.setUTCFullYear(y, mo, 0); // day 0 of the next month: the last day of month `mo`
    return (mo >= 1 &&
        mo <= 12 &&
        d >= 1 &&
        d <= last.getUTCDate() &&
        h <= 23 &&
        mi <= 59 &&
        sec <= 59 &&
        oh <= 23 &&
        om <= 59 &&
        Number.isFinite(Date.parse(s)));
}

// EXTERNAL MODULE: ./src/engine/judge/finding.ts
var finding = __webpack_require__(5307);
// EXTERNAL MODULE: ./src/engine/keys.ts
var keys = __webpack_require__(4516);
;// CONCATENATED MODULE: ./src/engine/status/schema.ts
// AI_SYNC_STATUS.json, schema version 1: its shape and its canonical form (stable key order, sorted files), the
// one definition the reader (engine/status/read.ts) and the writer (report/status-file.ts) share.


const STATUS_SCHEMA_URL = 'https://raw.githubusercontent.com/ai-sync/ai-sync/v1/schemas/ai-sync-status.schema.json';
const STATUS_SCHEMA_VERSION = 1;
/** How many notified entries a status file carries forward: enough for the reruns of recent pushes, bounded. */
const NOTIFIED_MAX = 100;
function finiteOrNull(n) {
    return typeof n === 'number' && Number.isFinite(n) ? n + 0 : null;
}
/** A Finding with keys in model order (and a finite `age`). */
function normalizeFinding(f) {
    return (0,finding/* finding */.g)({ ...f, age: finiteOrNull(f.age) });
}
/** Counts in schema order: count, per severity (error, warning, notice), per kind and severity. */
function normalizeOmitted(o) {
    return {
        count: o.count,
        bySeverity: { error: o.bySeverity.error, warning: o.bySeverity.warning, notice: o.bySeverity.notice },
        byKind: o.byKind.map((c) => ({ kind: c.kind, severity: c.severity, count: c.count }))
    };
}
const BOARD_KEYS = ['name', 'workingOn', 'module', 'files', 'startedAt', 'lastCheckin', 'lastSeenAt', 'state', 'staleAt', 'line', 'uncertain', 'branch', 'pullRequest'];
/** A BoardEntry with keys in model order. */
function normalizeEntry(b) {
    return { ...(0,keys/* ordered */.S)(b, BOARD_KEYS), files: [...b.files] };
}
function sortedUnique(files) {
    return [...new Set(files)].sort();
}
const NOTIFIED_KEYS = ['kind', 'file', 'agent', 'claimedBy', 'commit', 'pullRequest', 'branch', 'at'];
/** The canonical form: every key in schema order, files sorted and unique, the newest NOTIFIED_MAX notified entries. */
function normalizeStatus(s) {
    const notified = (s.notified ?? []).slice(-NOTIFIED_MAX).map((n) => (0,keys/* ordered */.S)(n, NOTIFIED_KEYS));
    return {
        $schema: STATUS_SCHEMA_URL,
        schemaVersion: 1,
        lastUpdate: s.lastUpdate,
        lastAuthor: s.lastAuthor,
        lastAgent: s.lastAgent,
        lastCommitMessage: s.lastCommitMessage,
        lastCommit: s.lastCommit,
        ref: s.ref,
        modifiedFiles: sortedUnique(s.modifiedFiles),
        needsSync: true,
        result: s.result,
        findings: s.findings.map(normalizeFinding),
        // Left out when nothing was: a run that lists every finding writes the file it always wrote.
        ...(s.findingsOmitted && s.findingsOmitted.count > 0 ? { findingsOmitted: normalizeOmitted(s.findingsOmitted) } : {}),
        agents: s.agents.map(normalizeEntry),
        // Left out when empty: a repository without notifications keeps the file it always had.
        ...(notified.length > 0 ? { notified } : {})
    };
}

;// CONCATENATED MODULE: ./src/engine/status/read.ts
// Reading the previous AI_SYNC_STATUS.json: tolerant (never throws; anything unexpected is ignored with a one-line
// warning), and careful with what it carries forward — a lastSeenAt in the future is dropped, so a hand-pushed file
// cannot keep a claim alive.






const str = schemas/* string */.YjP();
const nstr = schemas/* string */.YjP().nullable();
const FindingSchema = schemas/* object */.Ikc({
    kind: schemas/* enum */.k5n(model/* FINDING_KINDS */.m),
    severity: schemas/* enum */.k5n(['error', 'warning', 'notice']),
    file: nstr,
    line: schemas/* number */.aig().int().positive().optional(),
    agent: nstr,
    claimedBy: nstr,
    module: nstr,
    commit: nstr,
    pullRequest: schemas/* number */.aig().int().positive().optional(),
    branch: str.optional(),
    checkin: nstr,
    age: schemas/* number */.aig().nullable(),
    staleAt: nstr,
    message: str
});
const BoardEntrySchema = schemas/* object */.Ikc({
    name: str,
    workingOn: nstr,
    module: nstr,
    files: schemas/* array */.YOg(str),
    startedAt: nstr,
    lastCheckin: nstr,
    lastSeenAt: nstr,
    state: schemas/* enum */.k5n(['active', 'caution', 'stale', 'idle', 'uncertain']),
    staleAt: nstr,
    line: schemas/* number */.aig().int().positive().optional(),
    uncertain: str.optional(),
    branch: str.optional(),
    pullRequest: schemas/* number */.aig().int().positive().optional()
});
const NotifiedSchema = schemas/* object */.Ikc({
    kind: schemas/* enum */.k5n(model/* FINDING_KINDS */.m),
    file: nstr,
    agent: nstr,
    claimedBy: nstr,
    commit: nstr,
    pullRequest: schemas/* number */.aig().int().positive().optional(),
    branch: str.optional(),
    at: str
});
const count = schemas/* number */.aig().int().nonnegative();
const OmittedSchema = schemas/* object */.Ikc({
    count,
    bySeverity: schemas/* object */.Ikc({ error: count, warning: count, notice: count }),
    byKind: schemas/* array */.YOg(schemas/* object */.Ikc({ kind: schemas/* enum */.k5n(model/* FINDING_KINDS */.m), severity: schemas/* enum */.k5n(['error', 'warning', 'notice']), count }))
});
/** Unknown keys are dropped (a tolerant reader); `$schema` and `needsSync` are not required. */
const StatusSchema = schemas/* object */.Ikc({
    $schema: str.optional(),
    schemaVersion: schemas/* literal */.euz(1),
    lastUpdate: str,
    lastAuthor: str,
    lastAgent: nstr,
    lastCommitMessage: str,
    lastCommit: str,
    ref: str,
    modifiedFiles: schemas/* array */.YOg(str),
    needsSync: schemas/* boolean */.zMY().optional(),
    result: schemas/* enum */.k5n(['pass', 'warn', 'fail']),
    findings: schemas/* array */.YOg(FindingSchema),
    findingsOmitted: OmittedSchema.optional(),
    agents: schemas/* array */.YOg(BoardEntrySchema),
    notified: schemas/* array */.YOg(NotifiedSchema).optional()
});
const WHAT = 'previous status ignored:';
/** Offset and reason of the first JSON syntax error (iterative: deep nesting cannot overflow the stack). */
function jsonSyntaxError(src) {
    const n = src.length;
    const stack = [];
    let state = 'value';
    let i = 0;
    const fail = (reason) => ({ offset: i, reason });
    const unexpected = () => {
        const cp = src.codePointAt(i) ?? 0;
        const shown = cp > 0x20 && cp < 0x7f ? `'${String.fromCharCode(cp)}'` : `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
        return fail(`unexpected character ${shown}`);
    };
    const scanString = () => {
        i++; // opening quote
        while (i < n) {
            const c = src.charCodeAt(i);
            if (c === 0x22) {
                i++;
                return true;
            }
            if (c < 0x20)
                return false;
            if (c === 0x5c) {
                const e = src[i + 1];
                if (e === 'u') {
                    if (!/^[0-9a-fA-F]{4}$/.test(src.slice(i + 2, i + 6))) {
                        i++;
                        return false;
                    }
                    i += 6;
                }
                else if (e !== undefined && '"\\/bfnrt'.includes(e))
                    i += 2;
                else {
                    i++;
                    return false;
                }
            }
            else
                i++;
        }
        return false;
    };
    const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
    for (;;) {
        while (i < n && (src[i] === ' ' || src[i] === '\t' || src[i] === '\n' || src[i] === '\r'))
            i++;
        if (i >= n)
            return state === 'after' && stack.length === 0 ? null : fail('unexpected end of input');
        const c = src[i];
        if (state === 'value' || state === 'value-or-close') {
            if (state === 'value-or-close' && c === ']') {
                stack.pop();
                i++;
                state = 'after';
            }
            else if (c === '{') {
                stack.push('}');
                i++;
                state = 'key-or-close';
            }
            else if (c === '[') {
                stack.push(']');
                i++;
                state = 'value-or-close';
            }
            else if (c === '"') {
                if (!scanString())
                    return i >= n ? fail('unterminated string') : fail('invalid character in string');
                state = 'after';
            }
            else if (c === '-' || (c >= '0' && c <= '9')) {
                NUMBER.lastIndex = i;
                if (!NUMBER.test(src))
                    return fail('invalid number');
                i = NUMBER.lastIndex;
                state = 'after';
            }
            else {
                const lit = ['true', 'false', 'null'].find((w) => src.startsWith(w, i));
                if (!lit)
                    return unexpected();
                i += lit.length;
                state = 'after';
            }
        }
        else if (state === 'key' || state === 'key-or-close') {
            if (state === 'key-or-close' && c === '}') {
                stack.pop();
                i++;
                state = 'after';
            }
            else if (c === '"') {
                if (!scanString())
                    return i >= n ? fail('unterminated string') : fail('invalid character in string');
                while (i < n && (src[i] === ' ' || src[i] === '\t' || src[i] === '\n' || src[i] === '\r'))
                    i++;
                if (i >= n)
                    return fail('unexpected end of input');
                if (src[i] !== ':')
                    return unexpected();
                i++;
                state = 'value';
            }
            else
                return unexpected();
        }
        else {
            const top = stack[stack.length - 1];
            if (top === undefined)
                return unexpected();
            if (c === ',') {
                i++;
                state = top === '}' ? 'key' : 'value';
            }
            else if (c === top) {
                stack.pop();
                i++;
            }
            else
                return unexpected();
        }
    }
}
function lineColumn(src, offset) {
    let line = 1;
    let start = 0;
    for (let i = 0; i < offset && i < src.length; i++) {
        if (src.charCodeAt(i) === 0x0a) {
            line++;
            start = i + 1;
        }
    }
    return { line, column: offset - start + 1 };
}
function describe(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'an array';
    if (typeof value === 'number')
        return Number.isFinite(value) ? String(value) : 'a number';
    if (typeof value === 'string')
        return 'a string';
    return `a ${typeof value}`;
}
/**
 * Reads the previous status file. Absent (null) → no status, no warning. Anything unusable (too large, not JSON,
 * another schema version, wrong shape) → no status and a one-line warning. Never throws.
 */
function parseStatus(text, maxBytes = 5_000_000) {
    try {
        if (text === null || text === undefined)
            return { status: null, warning: null };
        if (typeof text !== 'string')
            return { status: null, warning: `${WHAT} it could not be read.` };
        if (text.length > maxBytes || (0,engine_text/* utf8Length */.wI)(text) > maxBytes) {
            return { status: null, warning: `${WHAT} it is larger than ${maxBytes} bytes.` };
        }
        const src = text.startsWith('\uFEFF') ? text.slice(1) : text;
        if (src.trim() === '')
            return { status: null, warning: `${WHAT} the file is empty.` };
        let data;
        try {
            data = JSON.parse(src);
        }
        catch {
            const err = jsonSyntaxError(src);
            if (!err)
                return { status: null, warning: `${WHAT} it is not valid JSON.` };
            const { line, column } = lineColumn(src, err.offset);
            return {
                status: null,
                warning: `${WHAT} it is not valid JSON (${err.reason} at line ${line}, column ${column}, position ${err.offset}).`
            };
        }
        if (typeof data !== 'object' || data === null || Array.isArray(data)) {
            return { status: null, warning: `${WHAT} it holds ${describe(data)}, not an object.` };
        }
        const version = data['schemaVersion'];
        if (version === undefined) {
            return { status: null, warning: `${WHAT} it has no schemaVersion (an older format?).` };
        }
        if (version !== STATUS_SCHEMA_VERSION) {
            return {
                status: null,
                warning: `${WHAT} it has schemaVersion ${describe(version)}; this version reads only ${STATUS_SCHEMA_VERSION}.`
            };
        }
        const parsed = StatusSchema.safeParse(data);
        if (!parsed.success) {
            const issue = parsed.error.issues[0];
            const path = issue ? issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('') : '';
            const msg = issue ? (0,engine_text/* plain */.pj)(`${path || '(root)'}: ${issue.message}`, 300) : 'unexpected shape';
            const more = parsed.error.issues.length > 1 ? ` (and ${parsed.error.issues.length - 1} more problems)` : '';
            return { status: null, warning: `${WHAT} it does not match schema version 1 (${msg}${more}).` };
        }
        const d = parsed.data;
        return {
            status: normalizeStatus({ ...d, findings: d.findings, agents: d.agents }),
            warning: null
        };
    }
    catch (e) {
        return { status: null, warning: `${WHAT} it could not be read (${(0,engine_text/* plain */.pj)(String(e), 200)}).` };
    }
}
/**
 * Each agent's last observed activity, from the previous status file's board: valid ISO times only, the latest per
 * agent. A value more than five minutes after `now` is dropped and returned in `future`: the file is repository
 * content anyone can push, and a "last seen in 2099" would otherwise keep that agent's claims alive until 2099 and be
 * copied into every later status file.
 */
function lastSeenFrom(status, now) {
    const seen = new Map();
    const future = [];
    for (const a of status?.agents ?? []) {
        if (typeof a.name !== 'string' || !isIsoDateTime(a.lastSeenAt))
            continue;
        const t = Date.parse(a.lastSeenAt);
        if (t > now + liveness/* FUTURE_TOLERANCE_MS */.Pk) {
            future.push({ agent: (0,engine_text/* plain */.pj)(a.name, 100), lastSeenAt: a.lastSeenAt });
            continue;
        }
        const prev = seen.get(a.name);
        if (prev === undefined || t > prev)
            seen.set(a.name, t);
    }
    // fromEntries defines own properties, so a name like "__proto__" stays a plain key.
    return { lastSeen: Object.fromEntries([...seen].map(([name, t]) => [name, new Date(t).toISOString()])), future };
}
/** The warning for a dropped future lastSeenAt: `AI_SYNC_STATUS.json: lastSeenAt 2099-… for X is in the future; ignored`. */
function futureLastSeenWarning(statusFile, f) {
    return `${statusFile}: lastSeenAt ${f.lastSeenAt} for ${f.agent} is in the future; ignored`;
}


/***/ }),

/***/ 1655:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   pj: () => (/* binding */ plain),
/* harmony export */   wI: () => (/* binding */ utf8Length)
/* harmony export */ });
/* unused harmony exports tokens, capped, lookahead */
// Untrusted text made one visible line, for messages of every kind (annotations, logs, the status file's warnings,
// code spans): line breaks become spaces, invisible and direction-changing characters become visible `\u{XXXX}`,
// long values are cut with `…`. The engine's messages and the reporters' escaping (report/markdown.ts) share it.
const ELLIPSIS = '…';
function isLineBreakLike(cp) {
    return cp === 0x09 || cp === 0x0a || cp === 0x0b || cp === 0x0c || cp === 0x0d || cp === 0x85 || cp === 0x2028 || cp === 0x2029;
}
function isHidden(cp) {
    return (cp < 0x20 ||
        (cp >= 0x7f && cp <= 0x9f) ||
        cp === 0x061c ||
        cp === 0x200b ||
        cp === 0x200e ||
        cp === 0x200f ||
        (cp >= 0x202a && cp <= 0x202e) ||
        (cp >= 0x2060 && cp <= 0x2069) ||
        cp === 0xfeff ||
        (cp >= 0xd800 && cp <= 0xdfff) // a lone surrogate (pairs are iterated as one code point)
    );
}
/**
 * The visible form of each code point of `s` (each line break / tab is one space; CR LF is one). Stops after
 * `limit` tokens: every token renders as at least one character, so callers capping at `max` characters never
 * need more than `max` + a little lookahead (and a 10 MB name costs no more than a short one).
 */
function tokens(s, limit = Infinity) {
    const out = [];
    let prevCr = false;
    for (const ch of s) {
        if (out.length >= limit)
            break;
        const cp = ch.codePointAt(0) ?? 0;
        if (cp === 0x0a && prevCr) {
            prevCr = false;
            continue;
        }
        prevCr = cp === 0x0d;
        if (isLineBreakLike(cp))
            out.push(' ');
        else if (isHidden(cp))
            out.push(`\\u{${cp.toString(16).toUpperCase().padStart(4, '0')}}`);
        else
            out.push(ch);
    }
    return out;
}
/** Joins escaped pieces, keeping the result (ellipsis included) within `max` characters. */
function capped(pieces, max) {
    const limit = Math.max(1, Math.floor(max));
    let total = 0;
    for (const p of pieces)
        total += p.length;
    if (total <= limit)
        return pieces.join('');
    let out = '';
    for (const p of pieces) {
        if (out.length + p.length > limit - ELLIPSIS.length)
            break;
        out += p;
    }
    return out + ELLIPSIS;
}
function lookahead(max) {
    return Math.max(1, Math.floor(max)) + 3;
}
/** One visible, single line of plain text (no markdown escaping): for annotations, logs and code spans. */
function plain(s, max = 500) {
    return capped(tokens(String(s), lookahead(max)), max);
}
/** UTF-8 length in bytes, without Buffer (the engine stays platform-neutral). */
function utf8Length(s) {
    let n = 0;
    for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        if (c < 0x80)
            n += 1;
        else if (c < 0x800)
            n += 2;
        else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
            const d = s.charCodeAt(i + 1);
            if (d >= 0xdc00 && d <= 0xdfff) {
                n += 4;
                i++;
            }
            else
                n += 3;
        }
        else
            n += 3;
    }
    return n;
}


/***/ }),

/***/ 2962:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  dv: () => (/* binding */ formatIso),
  _j: () => (/* reexport */ isValidTimezone),
  HA: () => (/* reexport */ offsetAt),
  pe: () => (/* binding */ parseTime),
  aQ: () => (/* binding */ readTime),
  Hd: () => (/* reexport */ timezoneProblem)
});

// UNUSED EXPORTS: ZONE_WORDS, fixedOffset, isNoTime

;// CONCATENATED MODULE: ./src/engine/time/zone-words.ts
// The zone words read after a time (PST, Pacific Time, CEST, IST…): one table, parsed once.
/**
 * A region's names for its time, by the rule above: "<Region> Time" is the IANA zone whose rules it names,
 * "<Region> Standard Time" and "<Region> Daylight Time" (or Summer Time) are fixed offsets. A null part is no word.
 */
function region(name, zone, standard, summer, season = 'Daylight') {
    const rows = [[`${name} Time`, zone], [`${name} Standard Time`, standard], [`${name} ${season} Time`, summer]];
    return rows.filter((r) => r[1] !== null);
}
const ZONE_WORDS = [
    // North America
    ['PST', '-08:00'], // also Philippine Standard Time in tzdata; in English text it is Pacific
    ['PDT', '-07:00'],
    ['PT', 'America/Los_Angeles'],
    ['PST/PDT', 'America/Los_Angeles'],
    ['Pacific', 'America/Los_Angeles', 'exact'],
    ...region('Pacific', 'America/Los_Angeles', '-08:00', '-07:00'),
    ['MST', '-07:00'], // Malaysia writes MYT
    ['MDT', '-06:00'],
    ['MT', 'America/Denver'], // Arizona's no-DST Mountain time is America/Phoenix: write it or MST
    ['MST/MDT', 'America/Denver'],
    ['Mountain', 'America/Denver', 'exact'],
    ...region('Mountain', 'America/Denver', '-07:00', '-06:00'),
    ['CST', '? US Central −06:00, China +08:00 or Cuba −05:00'],
    ['CDT', '-05:00'], // Cuba's daylight time is also CDT in tzdata, rare in writing
    ['CT', 'America/Chicago'],
    ['CST/CDT', 'America/Chicago'],
    ['Central', 'America/Chicago', 'exact'],
    ...region('Central', 'America/Chicago', '-06:00', '-05:00'),
    ['EST', '-05:00'],
    ['EDT', '-04:00'],
    ['ET', 'America/New_York'],
    ['EST/EDT', 'America/New_York'],
    ['Eastern', 'America/New_York', 'exact'],
    ...region('Eastern', 'America/New_York', '-05:00', '-04:00'),
    ['AKST', '-09:00'],
    ['AKDT', '-08:00'],
    ...region('Alaska', 'America/Anchorage', '-09:00', '-08:00'),
    ['HST', '-10:00'],
    ['HDT', '-09:00'], // Hawaii-Aleutian daylight time (Adak); Hawaii itself has no DST
    ...region('Hawaii', 'Pacific/Honolulu', '-10:00', null),
    ['Hawaii-Aleutian Standard Time', '-10:00'],
    ['AST', '? Atlantic −04:00 or Arabia +03:00'],
    ['ADT', '-03:00'], // Atlantic daylight; Arabia has no daylight time
    ...region('Atlantic', 'America/Halifax', '-04:00', '-03:00'),
    ['NST', '-03:30'],
    ['NDT', '-02:30'],
    ['Newfoundland Time', 'America/St_Johns'],
    // Europe
    ['WET', '+00:00', 'exact'],
    ['WEST', '+01:00', 'exact'],
    ...region('Western European', 'Europe/Lisbon', null, '+01:00', 'Summer'),
    ['BST', '? British Summer Time +01:00 or Bangladesh +06:00'],
    ['British Summer Time', '+01:00'],
    ['UK Time', 'Europe/London'],
    ['IST', '? India, Israel or Ireland'],
    ['Irish Standard Time', '+01:00'],
    ['CET', '+01:00'],
    ['CEST', '+02:00'],
    ['MEZ', '+01:00'],
    ['MESZ', '+02:00'],
    ['CET/CEST', 'Europe/Paris'],
    ...region('Central European', 'Europe/Paris', '+01:00', '+02:00', 'Summer'),
    ['EET', '+02:00'],
    ['EEST', '+03:00'],
    ['EET/EEST', 'Europe/Athens'],
    ...region('Eastern European', 'Europe/Athens', '+02:00', '+03:00', 'Summer'),
    ['MSK', '+03:00'],
    ['Moscow Time', 'Europe/Moscow'],
    ['Greenwich Mean Time', '+00:00'],
    ['Coordinated Universal Time', '+00:00'],
    ['Universal Time', '+00:00'],
    // Africa
    ['WAT', '+01:00', 'exact'],
    ['CAT', '+02:00', 'exact'],
    ['EAT', '+03:00', 'exact'],
    ['SAST', '+02:00'],
    // Asia
    ['GST', '? Gulf +04:00 or South Georgia −02:00'],
    ['Gulf Standard Time', '+04:00'],
    ['Arabia Standard Time', '+03:00'],
    ['IDT', '+03:00'], // Israel daylight time
    ...region('Israel', null, '+02:00', '+03:00'),
    ['PKT', '+05:00'],
    ['India Standard Time', '+05:30'],
    ['Indian Standard Time', '+05:30'],
    ['NPT', '+05:45'],
    ['ICT', '+07:00'],
    ['WIB', '+07:00'],
    ['HKT', '+08:00'],
    ['SGT', '+08:00'],
    ['PHT', '+08:00'],
    ['China Standard Time', '+08:00'],
    ['SST', '? Samoa −11:00 or Singapore +08:00'],
    ['JST', '+09:00'],
    ['Japan Standard Time', '+09:00'],
    ['KST', '+09:00'],
    ['Korea Standard Time', '+09:00'],
    // Oceania
    ['AWST', '+08:00'],
    ['Australian Western Standard Time', '+08:00'],
    ['ACST', '+09:30'],
    ['ACDT', '+10:30'],
    ...region('Australian Central', null, '+09:30', '+10:30'),
    ['ACT', '? Australian Central +09:30 or Acre −05:00'],
    ['AEST', '+10:00'],
    ['AEDT', '+11:00'],
    ['AET', 'Australia/Sydney'],
    ...region('Australian Eastern', 'Australia/Sydney', '+10:00', '+11:00'),
    ['NZST', '+12:00'],
    ['NZDT', '+13:00'],
    ['NZT', 'Pacific/Auckland'],
    ...region('New Zealand', 'Pacific/Auckland', '+12:00', '+13:00'),
    // Other abbreviations written for two offsets
    ['AMT', '? Amazon −04:00 or Armenia +04:00'],
    ['ECT', '? Ecuador −05:00 or Eastern Caribbean −04:00'],
    ['WST', '? Western Australia +08:00 or Samoa +13:00']
];
const normalWord = (s) => s.trim().split(/[ \t]+/).join(' ').toUpperCase();
const WORDS = (() => {
    const map = new Map();
    for (const [word, meaning, match] of ZONE_WORDS) {
        let m;
        if (meaning.startsWith('?'))
            m = { ambiguous: meaning.slice(1).trim() };
        else if (/^[+-]\d{2}:\d{2}$/.test(meaning)) {
            const minutes = Number(meaning.slice(1, 3)) * 60 + Number(meaning.slice(4, 6));
            m = { zone: { offset: meaning.startsWith('-') ? -minutes : minutes } };
        }
        else
            m = { zone: { iana: meaning } };
        map.set(normalWord(word), { word, exact: match === 'exact', meaning: m });
    }
    return map;
})();
/** The most words in one table entry: how far ahead a phrase is looked for. */
const MAX_WORDS = Math.max(...ZONE_WORDS.map(([w]) => normalWord(w).split(' ').length));

;// CONCATENATED MODULE: ./src/engine/time/zones.ts
// Zone arithmetic: which IANA names this runtime knows, a zone's offset at an instant, wall-clock time → instant.
// UTC and fixed offsets never touch Intl: creating the first Intl.DateTimeFormat loads ICU's zone data, tens of
// milliseconds of a run's start-up, and UTC is the common case. The IANA names of fixed zones (UTC and its aliases,
// Etc/GMT±N) are answered from a table, matched as Intl matches names (in any case); a unit test holds the table to
// Intl's own answers.

/** The value text for messages: one line, short. */
function quote(s) {
    return JSON.stringify(s.length > 60 ? `${s.slice(0, 60)}…` : s);
}
const MINUTE = 60_000;
const HOUR = 3_600_000;
const DAY = 86_400_000;
/** IANA names of UTC: the zone and its aliases (tzdata's "backward" links). */
const UTC_ALIASES = ['UTC', 'Etc/UTC', 'UCT', 'Etc/UCT', 'Universal', 'Etc/Universal', 'Zulu', 'Etc/Zulu', 'GMT', 'Etc/GMT', 'GMT0', 'Etc/GMT0', 'GMT+0', 'Etc/GMT+0', 'GMT-0', 'Etc/GMT-0', 'Greenwich', 'Etc/Greenwich'];
/** Fixed zones by lower-case IANA name → minutes east of UTC. Etc/GMT±N has POSIX signs: Etc/GMT-5 is UTC+05:00. */
const FIXED_ZONES = new Map([
    ...UTC_ALIASES.map((n) => [n.toLowerCase(), 0]),
    ...Array.from({ length: 14 }, (_, i) => [`etc/gmt-${i + 1}`, (i + 1) * 60]),
    ...Array.from({ length: 12 }, (_, i) => [`etc/gmt+${i + 1}`, -(i + 1) * 60])
]);
/** Minutes east of UTC when `tz` names a fixed zone (UTC, Etc/UTC, utc, Etc/GMT-5…), else undefined: no Intl. */
function fixedOffset(tz) {
    return tz.length <= 14 ? FIXED_ZONES.get(tz.toLowerCase()) : undefined;
}
// ---------------------------------------------------------------------------------------------------------------
// Zone arithmetic
const formatters = new Map();
function formatter(tz) {
    let f = formatters.get(tz);
    if (!f) {
        f = new Intl.DateTimeFormat('en-US', {
            timeZone: tz,
            hourCycle: 'h23',
            year: 'numeric',
            month: 'numeric',
            day: 'numeric',
            hour: 'numeric',
            minute: 'numeric',
            second: 'numeric',
            era: 'short'
        });
        formatters.set(tz, f);
    }
    return f;
}
/** Does this runtime's Intl know the zone? A fixed zone is answered without Intl. */
function intlKnows(tz) {
    if (fixedOffset(tz) !== undefined)
        return true;
    try {
        formatter(tz);
        return true;
    }
    catch {
        return false;
    }
}
/** The characters of IANA names; anything else (spaces, "+05:30" on runtimes that accept offsets) is refused. */
const IANA_NAME = /^[A-Za-z][A-Za-z0-9_+\-/]{0,99}$/;
/**
 * Why `tz` is not usable as an IANA time zone name, or null when it is ("UTC", "Asia/Kolkata",
 * "America/New_York"). UTC and the other fixed zones are answered without Intl.
 */
function timezoneProblem(tz) {
    if (typeof tz !== 'string')
        return `${typeof tz} is not an IANA time zone (expected a name like Europe/Berlin or UTC)`;
    if (fixedOffset(tz) !== undefined)
        return null;
    const shown = quote(tz);
    if (tz !== tz.trim())
        return `${shown} has spaces around it (expected a name like Europe/Berlin or UTC, without spaces)`;
    if (IANA_NAME.test(tz) && intlKnows(tz))
        return null;
    // A zone word ("Pacific Time") is not a name Intl knows, but the table says which name was meant.
    const entry = tz.length <= 60 ? WORDS.get(normalWord(tz)) : undefined;
    const hint = entry && 'zone' in entry.meaning && 'iana' in entry.meaning.zone ? entry.meaning.zone.iana : 'Europe/Berlin or UTC';
    return `${shown} is not an IANA time zone (expected a name like ${hint})`;
}
/** Is `tz` an IANA time zone name this runtime knows ("UTC", "Asia/Kolkata", "America/New_York")? */
function isValidTimezone(tz) {
    return timezoneProblem(tz) === null;
}
/** The zone's offset from UTC at instant `t` (ms to add to UTC to get wall-clock time). */
function offsetAt(t, tz) {
    const fixed = fixedOffset(tz);
    return fixed !== undefined ? fixed * MINUTE : intlOffsetAt(t, tz);
}
/** offsetAt through Intl, for any zone Intl knows (the fixed zones' table is tested against it). */
function intlOffsetAt(t, tz) {
    const base = Math.floor(t / 1000) * 1000;
    const parts = new Map(formatter(tz).formatToParts(new Date(base)).map((p) => [p.type, p.value]));
    const n = (type, fallback) => (parts.has(type) ? Number(parts.get(type)) : fallback);
    const year = parts.get('era')?.startsWith('B') ? 1 - n('year', 0) : n('year', 0);
    return utc(year, n('month', 1), n('day', 1), n('hour', 0) % 24, n('minute', 0), n('second', 0), 0) - base;
}
/** Date.UTC without its two-digit-year quirk. */
function utc(y, mo, d, h, mi, s, ms) {
    const date = new Date(0);
    date.setUTCFullYear(y, mo - 1, d);
    date.setUTCHours(h, mi, s, ms);
    return date.getTime();
}
/**
 * The instant at which the wall clock in `tz` shows `wall` (wall-clock time encoded as if it were UTC).
 * Ambiguous times (clocks going back) take the earlier instant; skipped times (clocks going forward) are moved
 * forward by the gap — the "compatible" rule of Temporal and of most calendars.
 */
function wallToInstant(wall, tz) {
    const fixed = fixedOffset(tz);
    return fixed !== undefined ? wall - fixed * MINUTE : wallToInstantBy(wall, (t) => intlOffsetAt(t, tz));
}
/** wallToInstant for a zone given by its offset function (the fixed zones' shortcut is tested against it). */
function wallToInstantBy(wall, offset) {
    const before = offset(wall - DAY);
    const after = offset(wall + DAY);
    let best = null;
    for (const o of before === after ? [before] : [before, after]) {
        const t = wall - o;
        if (offset(t) === o && (best === null || t < best))
            best = t;
    }
    return best ?? wall - before;
}
function toInstant(wall, zone) {
    return 'offset' in zone ? wall - zone.offset * MINUTE : wallToInstant(wall, zone.iana);
}
function daysInMonth(y, m) {
    return new Date(utc(y, m + 1, 1, 0, 0, 0, 0) - DAY).getUTCDate();
}

;// CONCATENATED MODULE: ./src/engine/time/index.ts




/** Only the start of a value matters; notes after it can be long and are never read. */
const MAX_TIME_TEXT = 300;
/** Real offsets run from −12:00 (Baker Island) to +14:00 (Kiribati). */
const MIN_OFFSET = -12 * 60;
const MAX_OFFSET = 14 * 60;
/** The top-level areas of IANA names: a lower-case "america/new_york" is still a zone, "docs/handoff" is not. */
const IANA_AREAS = new Set([
    'africa',
    'america',
    'antarctica',
    'arctic',
    'asia',
    'atlantic',
    'australia',
    'europe',
    'indian',
    'pacific',
    'etc',
    'us',
    'canada',
    'brazil',
    'chile',
    'mexico'
]);
const EXPECTED_ZONE = 'expected an IANA name like America/Los_Angeles, an offset like +05:30 or UTC';
const EXPECTED_DATE = 'expected a date like 2025-12-03 15:00:00, 2025-12-03T15:00:00Z or 2025-12-03';
// ---------------------------------------------------------------------------------------------------------------
// "No time" words
/** Values of a time field that mean "no time", compared after markup, notes and final dots are dropped. */
const NO_TIME_WORDS = new Set([
    '',
    '-',
    '--',
    '—',
    '–',
    '?',
    '??',
    'none',
    'none yet',
    'none currently',
    'n/a',
    'na',
    'n.a',
    'n/k',
    'not applicable',
    'nothing',
    'nothing yet',
    'null',
    'nil',
    'no',
    'empty',
    'idle',
    'no files',
    'not working on anything',
    'unknown',
    'never',
    'tbd',
    'tba',
    'tbc',
    'pending',
    'not started',
    'not yet',
    'not set',
    'unset'
]);
/** Does `text` say there is no time ("None", "N/A", "-", "Unknown (ask Codex)", "**TBD**", "not yet.")? */
function isNoTime(text) {
    if (typeof text !== 'string')
        return false;
    let s = text.length > MAX_TIME_TEXT ? text.slice(0, MAX_TIME_TEXT) : text;
    // Emphasis and code marks; an underscore only at a word edge, so snake_case survives.
    s = s.replace(/[*`]|~~/g, '').replace(/(^|[^A-Za-z0-9])_+|_+(?=[^A-Za-z0-9]|$)/g, '$1').trim();
    if (s.startsWith('(') && s.endsWith(')'))
        s = s.slice(1, -1).trim();
    // A note after the value: " (…)", " - …", " — …", " – …", " -- …".
    let cut = s.length;
    for (const sep of [' (', ' - ', ' — ', ' – ', ' -- ']) {
        const k = s.indexOf(sep);
        if (k >= 0 && k < cut)
            cut = k;
    }
    s = s.slice(0, cut).trim();
    while (s.endsWith('.') || s.endsWith('!'))
        s = s.slice(0, -1).trimEnd();
    return NO_TIME_WORDS.has(s.toLowerCase().split(/[ \t]+/).join(' '));
}
// ---------------------------------------------------------------------------------------------------------------
// Reading
// Anchored at the start; every quantifier is bounded or over a disjoint class, so matching is linear.
//   1 year, 2 month, 3 day, 4 hour, 5 minute (or XX), 6 second, 7 fraction, 8 am/pm (not the "Am" of "America")
const DATE_TIME = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:(?:[Tt]|[ \t]{1,8}|[ \t]*,[ \t]*)(\d{1,2}):(\d{2}|[xX]{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(?:[ \t]{0,4}([aApP]\.?[mM]\.?)(?![A-Za-z]))?)?/;
/** UTC, GMT or UT, and an offset after it: 1 the word, 2 sign, 3 digits, 4 minutes after a colon. */
const UTC_WORD = /^(UTC|GMT|UT)(?![A-Za-z])(?:[ \t]?([+\-\u2212])(\d{1,6})(?::(\d{1,3}))?)?/i;
/** A bare offset: 1 sign, 2 digits, 3 minutes after a colon. */
const BARE_OFFSET = /^([+\-\u2212])(\d{1,6})(?::(\d{1,3}))?/;
/** One word of a zone name or phrase: letters first, then IANA name characters ("Hawaii-Aleutian", "Etc/GMT+5"). */
const WORD = /^[A-Za-z][A-Za-z0-9_+\-/]{0,60}/;
/** Shapes of unknown tokens that are zones, not notes, when they follow a time. */
const CAPS_ZONE = /^[A-Z]{2,5}$|^[A-Z]{3,4}\d{1,2}(?:[A-Z]{3,4})?$/;
/**
 * Minutes east of UTC for a written offset, 'none' when the digits are not offset-shaped (a bare "+1"), or a
 * problem. `bare` is an offset without UTC/GMT before it, which needs two digits or a colon.
 */
function offsetMinutes(sign, digits, colonMinutes, bare) {
    let h;
    let mi;
    if (colonMinutes !== undefined) {
        if (digits.length > 2 || colonMinutes.length !== 2)
            return 'bad';
        h = Number(digits);
        mi = Number(colonMinutes);
    }
    else if (digits.length === 4) {
        h = Number(digits.slice(0, 2));
        mi = Number(digits.slice(2));
    }
    else if (digits.length === 2 || (digits.length === 1 && !bare)) {
        h = Number(digits);
        mi = 0;
    }
    else if (digits.length === 1)
        return 'none';
    else
        return 'bad';
    if (mi > 59)
        return 'bad';
    const v = (sign === '+' ? 1 : -1) * (h * 60 + mi);
    return v < MIN_OFFSET || v > MAX_OFFSET ? 'bad' : v;
}
function offsetProblem(written) {
    return `offset "${written}" is not a UTC offset — expected one from -12:00 to +14:00 like +05:30, +0530, -08 or UTC-8`;
}
function unknownZone(written) {
    return `zone ${quote(written)} is not a known time zone — ${EXPECTED_ZONE}`;
}
/**
 * Reads the zone right after a date or time at `from` in `s`. Only zone-shaped tokens are zones; an ordinary word
 * or a parenthesised note ("(now)", "(per AI_HANDOFF.md)") is a note and gives no zone. A zone-shaped token that
 * is not known (an Area/City name Intl does not know, an all-caps word after a time) is a problem, never a note.
 */
function scanZone(s, from, hasTime) {
    let p = from;
    let spaces = 0;
    while (spaces < 4 && (s.charAt(p) === ' ' || s.charAt(p) === '\t')) {
        p++;
        spaces++;
    }
    const opener = s.charAt(p);
    const bracketed = opener === '(' || opener === '[';
    if (bracketed) {
        p++;
        while (s.charAt(p) === ' ')
            p++;
    }
    /** A zone found at [p, end): its closing bracket goes with it; an unclosed "(PST, roughly" leaves the "(" out. */
    const found = (zone, end) => {
        if (!bracketed)
            return { zone, end, text: s.slice(0, end) };
        let q = end;
        while (s.charAt(q) === ' ')
            q++;
        if (s.charAt(q) === (opener === '(' ? ')' : ']'))
            return { zone, end: q + 1, text: s.slice(0, q + 1) };
        return { zone, end, text: `${s.slice(0, from)} ${s.slice(p, end)}` };
    };
    const none = { zone: null, end: from, text: s.slice(0, from) };
    const rest = s.slice(p, p + 80);
    // Z, glued or spaced ("15:00:00Z", "15:00 Z").
    if ((rest.charAt(0) === 'Z' || rest.charAt(0) === 'z') && !/[A-Za-z0-9]/.test(rest.charAt(1))) {
        return found({ offset: 0 }, p + 1);
    }
    const u = UTC_WORD.exec(rest);
    if (u) {
        if (u[2] === undefined)
            return found({ offset: 0 }, p + u[0].length);
        const o = offsetMinutes(u[2] === '\u2212' ? '-' : u[2], u[3], u[4], false);
        if (typeof o !== 'number')
            return { problem: offsetProblem(u[0]) };
        return found({ offset: o }, p + u[0].length);
    }
    const b = BARE_OFFSET.exec(rest);
    if (b) {
        const o = offsetMinutes(b[1] === '\u2212' ? '-' : b[1], b[2], b[3], true);
        if (o === 'none')
            return none;
        if (o === 'bad')
            return { problem: offsetProblem(b[0]) };
        if (!hasTime) {
            return { problem: `offset "${b[0]}" follows a date without a time — expected a time before it, like 2025-12-04 09:00 ${b[0]}, or a zone name` };
        }
        return found({ offset: o }, p + b[0].length);
    }
    // Words: the longest phrase in the table, then the shapes of names not in it.
    if (spaces === 0 && !bracketed)
        return none; // "15:00abc" is glued text, judged by the caller
    const words = [];
    let q = p;
    while (words.length < MAX_WORDS) {
        const w = WORD.exec(s.slice(q, q + 62));
        if (!w)
            break;
        words.push({ text: w[0], end: q + w[0].length });
        q += w[0].length;
        let gap = 0;
        while (gap < 4 && (s.charAt(q + gap) === ' ' || s.charAt(q + gap) === '\t'))
            gap++;
        if (gap === 0)
            break;
        q += gap;
    }
    if (words.length === 0)
        return none;
    for (let n = words.length; n >= 1; n--) {
        const written = s.slice(p, words[n - 1].end);
        const entry = WORDS.get(normalWord(written));
        if (!entry)
            continue;
        if (entry.exact && written.split(/[ \t]+/).join(' ') !== entry.word)
            continue; // "west" is a word, not WEST
        if ('ambiguous' in entry.meaning) {
            return { problem: `${quote(written)} is ambiguous (${entry.meaning.ambiguous}) — write an offset like +05:30 or an IANA name` };
        }
        return found(entry.meaning.zone, words[n - 1].end);
    }
    const first = words[0];
    const token = first.text;
    // A whole token ends at a space, a bracket or a full stop; "docs/handoff.md" runs on past its dot.
    const after = s.charAt(first.end);
    const tokenEnds = !/[A-Za-z0-9_+\-/.]/.test(after) || (after === '.' && !/[A-Za-z0-9]/.test(s.charAt(first.end + 1)));
    if (token.includes('/')) {
        const segments = token.split('/');
        const areaShaped = IANA_AREAS.has(segments[0].toLowerCase()) || segments.every((seg) => /^[A-Z]/.test(seg));
        if (!areaShaped || !tokenEnds)
            return none;
        if (IANA_NAME.test(token) && intlKnows(token)) {
            const fixed = fixedOffset(token);
            return found(fixed !== undefined ? { offset: fixed } : { iana: token }, first.end);
        }
        return { problem: unknownZone(token) };
    }
    if (hasTime && tokenEnds && CAPS_ZONE.test(token)) {
        // Legacy IANA names in capitals (PRC, NZ, EST5EDT) before giving up.
        if (intlKnows(token)) {
            const fixed = fixedOffset(token);
            return found(fixed !== undefined ? { offset: fixed } : { iana: token }, first.end);
        }
        return { problem: unknownZone(token) };
    }
    return none;
}
/** Why a value that does not start with a date is not a time. */
function notADate(s) {
    const shown = quote(s);
    if (/^\d{1,2}[-/.]\d{1,2}[-/.]\d{4}(?![0-9])/.test(s)) {
        return `${shown} puts the year last, so day and month could be either way round — expected the year first, like 2025-12-04`;
    }
    return `${shown} is not a time — ${EXPECTED_DATE}`;
}
const unreadable = (reason) => ({ kind: 'unreadable', reason });
/** Strips wrapping decoration the writers put around times: `**`, backticks, `~`, "approx.". */
function unwrap(text) {
    let s = text.length > MAX_TIME_TEXT ? text.slice(0, MAX_TIME_TEXT) : text;
    s = s.trim();
    let i = 0;
    while (i < s.length && '*_`~≈'.includes(s.charAt(i)))
        i++;
    s = s.slice(i).replace(/^(?:approx\.?|about|around|ca\.)[ \t]+/i, '');
    return s.trim();
}
/**
 * Reads a time as written in a claims file: a time interval, 'none' for values that mean no time (N/A, Unknown,
 * never, None, "-", empty…), or 'unreadable' with a one-line reason (an unknown or ambiguous zone, a date that
 * does not exist, text that is not a time). `timezone` is the IANA zone for times written without one; when it
 * is not a valid zone such a time is unreadable (a written zone still reads).
 */
function readTime(text, timezone = 'UTC') {
    if (typeof text !== 'string')
        return unreadable(`${typeof text} is not a time — ${EXPECTED_DATE}`);
    const s = unwrap(text);
    const m = DATE_TIME.exec(s);
    if (!m)
        return isNoTime(text) ? { kind: 'none' } : unreadable(notADate(s));
    const year = Number(m[1]);
    const month = Number(m[2]);
    const day = Number(m[3]);
    const dateLength = m[1].length + m[2].length + m[3].length + 2;
    const date = s.slice(0, dateLength);
    if (month < 1 || month > 12)
        return unreadable(`"${date}" is not a calendar date — expected a month from 01 to 12`);
    const last = daysInMonth(year, month);
    if (day < 1 || day > last)
        return unreadable(`"${date}" is not a calendar date — expected a day from 01 to ${last} in ${m[1]}-${m[2]}`);
    const hasTime = m[4] !== undefined;
    const clock = m[0].slice(dateLength).replace(/^[ \t]*[Tt,]?[ \t]*/, '');
    let hour = hasTime ? Number(m[4]) : 0;
    const wholeHour = hasTime && /^[xX]{2}$/.test(m[5] ?? '');
    const minute = hasTime && !wholeHour ? Number(m[5]) : 0;
    const second = m[6] !== undefined ? Number(m[6]) : 0;
    const millis = m[7] !== undefined ? Number(m[7].slice(0, 3).padEnd(3, '0')) : 0;
    const ampm = m[8]?.charAt(0).toLowerCase();
    if (ampm) {
        if (hour < 1 || hour > 12)
            return unreadable(`"${clock}" has hour ${hour} with AM/PM — expected an hour from 1 to 12 before AM/PM`);
        hour = (hour % 12) + (ampm === 'p' ? 12 : 0);
    }
    if (hour > 23 || minute > 59 || second > 59) {
        return unreadable(`"${clock}" is not a time of day — expected hours 00-23 and minutes and seconds 00-59`);
    }
    if (wholeHour && m[6] !== undefined) {
        return unreadable(`"${clock}" gives seconds of an unknown minute — expected ${m[4]}:XX or a full time like ${m[4]}:15:30`);
    }
    const z = scanZone(s, m[0].length, hasTime);
    if ('problem' in z)
        return unreadable(z.problem);
    // What follows must be a note, not more of the value ("2025-12-041", "15:00:00abc").
    const glued = /^[A-Za-z0-9]+/.exec(s.slice(z.end, z.end + 40));
    if (glued) {
        return unreadable(`"${glued[0]}" is glued to ${quote(s.slice(0, z.end))} — expected a space before a note, or a zone like UTC or +05:30`);
    }
    let zone = z.zone;
    if (zone === null) {
        const fixed = fixedOffset(timezone);
        if (fixed !== undefined)
            zone = { offset: fixed };
        else {
            const problem = timezoneProblem(timezone);
            if (problem)
                return unreadable(`no zone after ${quote(s.slice(0, z.end))} and the configured zone is unusable: ${problem}`);
            zone = { iana: timezone };
        }
    }
    let start;
    let end;
    if (!hasTime) {
        // The day runs to the next local midnight (23 or 25 hours on DST days).
        const midnight = utc(year, month, day, 0, 0, 0, 0);
        start = toInstant(midnight, zone);
        end = toInstant(midnight + DAY, zone) - 1;
    }
    else if (wholeHour) {
        start = toInstant(utc(year, month, day, hour, 0, 0, 0), zone);
        end = start + HOUR - 1;
    }
    else {
        start = toInstant(utc(year, month, day, hour, minute, second, millis), zone);
        end = start;
    }
    if (!Number.isFinite(start) || !Number.isFinite(end))
        return unreadable(`${quote(date)} is outside the dates this reader handles — ${EXPECTED_DATE}`);
    return { kind: 'time', interval: { start, end, text: z.text.trim() } };
}
/**
 * The interval of a time as written in a claims file, or null when there is none or it cannot be read (see
 * readTime, which says which and why).
 */
function parseTime(text, timezone = 'UTC') {
    const r = readTime(text, timezone);
    return r.kind === 'time' ? r.interval : null;
}
/** ISO 8601 in UTC with `Z`; milliseconds only when non-zero ("2025-12-03T15:00:00Z"). */
function formatIso(ms) {
    if (!Number.isFinite(ms))
        throw new RangeError(`formatIso: not a time: ${String(ms)}`);
    return new Date(ms).toISOString().replace('.000Z', 'Z');
}


/***/ })

};
