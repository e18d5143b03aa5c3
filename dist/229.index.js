export const id = 229;
export const ids = [229];
export const modules = {

/***/ 5401:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  parseConfig: () => (/* binding */ parseConfig)
});

// UNUSED EXPORTS: CONFIG_SCHEMA_ID, ConfigError, branchGlobProblem, configGlobProblem, configJsonSchema, configSchema, defaultConfig, isBlankConfig, suggestKey

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(8816);
// EXTERNAL MODULE: ./src/engine/names.ts
var names = __webpack_require__(7078);
// EXTERNAL MODULE: ./src/engine/time/index.ts + 2 modules
var time = __webpack_require__(2962);
// EXTERNAL MODULE: ./src/engine/config/base.ts
var base = __webpack_require__(8996);
;// CONCATENATED MODULE: ./src/engine/config/schema.ts
// The config schema: zod, the single home of every key, default and description (kebab-case, as written in YAML),
// and the validators it shares with the action's inputs (globs, branch globs, time zones).




// The validators and the defaults' shared pieces live in base.ts (no zod: the action's inputs use them too).

const schema_CONFIG_SCHEMA_ID = 'https://raw.githubusercontent.com/ai-sync/ai-sync/v1/schemas/ai-sync.config.schema.json';
/** A glob checked by the path module; `what` names it in messages ("a path glob"). */
const glob = (what, description, problemOf = base/* configGlobProblem */.iW) => schemas/* string */.YjP()
    .min(1)
    .max(1000)
    .superRefine((value, ctx) => {
    if (value.length === 0 || value.length > 1000)
        return; // reported by min/max
    const problem = problemOf(value);
    if (problem)
        ctx.addIssue({ code: 'custom', message: `expected ${what}, got ${(0,base/* describeValue */.bp)(value)}: ${problem}`, input: value });
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
    branches: schemas/* array */.YOg(glob('a branch glob', 'A branch name or glob, e.g. "claude/**".', base/* branchGlobProblem */.Yo))
        .default([])
        .meta({
        description: 'Head branches (globs: * within a segment, ** across "/") whose commits belong to this agent.',
        examples: [['claude/**']]
    }),
    github: schemas/* string */.YjP()
        .trim()
        .superRefine((login, ctx) => {
        const problem = (0,base/* githubLoginProblem */.gw)(login);
        if (problem)
            ctx.addIssue({ code: 'custom', message: `expected a GitHub login, got ${(0,base/* describeValue */.bp)(login)}: ${problem}`, input: login });
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
        .default([...base/* RADAR_IGNORE_DEFAULT */.CG])
        .describe('Paths (gitignore-style globs) whose overlap between open pull requests is never reported; replaces the default list of lock files.'),
    'max-pull-requests': schemas/* number */.aig()
        .int()
        .min(0)
        .max(1000)
        .default(100)
        .describe('How many open pull requests (newest first) are read for in-flight claims and the overlap radar; 0 turns both off. When there are more, the summary says how many were read.')
})
    .default({ ignore: [...base/* RADAR_IGNORE_DEFAULT */.CG], 'max-pull-requests': 100 })
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
    'status-branches': schemas/* array */.YOg(glob('a branch name or glob', 'A branch name or glob (picomatch), e.g. "main" or "release/*".', base/* branchGlobProblem */.Yo))
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
    const got = (0,base/* describeValue */.bp)(valueAt(data, issue.path));
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
            return `expected a non-empty name, got ${(0,base/* describeValue */.bp)(issue.path[issue.path.length - 1])}`;
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
    if ((0,base/* isBlankConfig */.XS)(text))
        return (0,base/* defaultConfig */.sb)();
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
        throw new base/* ConfigError */.xL(file, issues);
    }
    if (doc.contents === null)
        return (0,base/* defaultConfig */.sb)(); // only comments
    const complex = complexKey(doc.contents, []);
    if (complex) {
        throw new base/* ConfigError */.xL(file, [
            { line: lines.linePos(complex.offset).line, key: keyPath(complex.path), message: 'expected a plain key, got a list or mapping as a key' }
        ]);
    }
    let data;
    try {
        data = doc.toJS({ maxAliasCount: 100 });
    }
    catch (e) {
        throw new base/* ConfigError */.xL(file, [{ line: 1, key: '', message: `YAML error: ${e.message}` }]);
    }
    if (data === null || data === undefined)
        return (0,base/* defaultConfig */.sb)(); // `---` alone, or `~`
    data = dropNulls(data);
    const result = schema_configSchema.safeParse(data);
    if (!result.success)
        throw new base/* ConfigError */.xL(file, zodIssues(result.error, data, doc.contents, lines));
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


/***/ })

};
