#!/usr/bin/env node
(()=>{"use strict";var w={6675:(function(t,s,n){n.d(s,{CI:()=>d,dc:()=>l,z1:()=>i});const l={ok:0,findings:1,usage:2,refused:3,git:4};class i extends Error{code;details;data;constructor(o,g,O=[],T){super(o),this.code=g,this.details=O,this.data=T,this.name="CliError"}}const d=m=>new i(m,l.usage)}),3985:(function(t,s,n){n.d(s,{x:()=>i});const i={rE:"0.1.0"}.rE}),181:(function(t){t.exports=require("buffer")}),1421:(function(t){t.exports=require("node:child_process")}),7598:(function(t){t.exports=require("node:crypto")}),3024:(function(t){t.exports=require("node:fs")}),1455:(function(t){t.exports=require("node:fs/promises")}),6760:(function(t){t.exports=require("node:path")}),1708:(function(t){t.exports=require("node:process")}),7075:(function(t){t.exports=require("node:stream")}),932:(function(t){t.exports=require("process")})},f={};function e(t){var s=f[t];if(s!==void 0)return s.exports;var n=f[t]={exports:{}},l=!0;try{w[t](n,n.exports,e),l=!1}finally{l&&delete f[t]}return n.exports}e.m=w,typeof e<"u"&&(e.ab=__dirname+"/"),e.n=t=>{var s=t&&t.__esModule?()=>t.default:()=>t;return e.d(s,{a:s}),s},e.d=(t,s)=>{for(var n in s)e.o(s,n)&&!e.o(t,n)&&Object.defineProperty(t,n,{enumerable:!0,get:s[n]})},e.f={},e.e=t=>Promise.all(Object.keys(e.f).reduce((s,n)=>(e.f[n](t,s),s),[])),e.u=t=>""+t+".index.js",e.o=(t,s)=>Object.prototype.hasOwnProperty.call(t,s),e.r=t=>{typeof Symbol<"u"&&Symbol.toStringTag&&Object.defineProperty(t,Symbol.toStringTag,{value:"Module"}),Object.defineProperty(t,"__esModule",{value:!0})},(()=>{var t={792:1},s=n=>{var l=n.modules,i=n.ids,d=n.runtime;for(var m in l)e.o(l,m)&&(e.m[m]=l[m]);d&&d(e);for(var o=0;o<i.length;o++)t[i[o]]=1};e.f.require=(n,l)=>{t[n]||s(require("./"+e.u(n)))}})();var p={};e.r(p),e.d(p,{main:()=>C,parseInvocation:()=>A});const _=require("node:util");var c=e(6675);const u=`Exit codes:
  0  ok
  1  verify found errors (verdict fail)
  2  usage or input error (bad flags, invalid config or claims input, with file:line)
  3  refused: a requested file or module is held by another agent's active or caution claim
  4  git failure (not a git repository, a git command failed, push retries exhausted)`,h=`Global options:
  --claims-file PATH   claims file, relative to the repository root (default AI_CURRENT_WORK.md)
  --config PATH        config file (default .github/ai-sync.yml)
  --status-file PATH   status file written by the action (default AI_SYNC_STATUS.json)
  --handoff-file PATH  handoff notes (default AI_HANDOFF.md)
  --timezone ZONE      IANA zone for times written without one (default: config, else UTC)
  --cwd DIR            run as if started in DIR
  -h, --help           help (also: ai-sync help COMMAND)
  -V, --version        print the version

Environment:
  AI_SYNC_AGENT        agent name when --agent is not given
  NO_COLOR             no colour even on a terminal
  AI_SYNC_NOW          reference time (ISO 8601 or epoch ms) instead of the clock; for tests and replays`,y=`ai-sync — coordinate several AI coding agents in one repository through AI_CURRENT_WORK.md

Usage: ai-sync COMMAND [options]

Commands:
  status            what changed since your check-in (--agent), the claims board, the last push, whether to pull
  claim             add a module and/or files to your claim (refused, exit 3, when another agent holds them)
  emergency         record an Emergency Override over another agent's claim, and say which commits need EMERGENCY:
  checkin           refresh your Last Checkin (one line changes)
  release           set your section idle, free your modules, optionally write a handoff note
  verify            check your unpushed commits exactly as the GitHub action will
  install-hooks     commit-msg hook (AI-Agent trailer) + pre-push hook (ai-sync verify) + merge drivers
  uninstall-hooks   remove those hooks and drivers, restoring hooks they chained
  merge-driver      git's merge driver for the claims and status files (run by git, set up by install-hooks)
  mcp               serve these commands to AI agents over the Model Context Protocol (stdio)

Before work:   ai-sync status --agent NAME --fetch && ai-sync claim --agent NAME --module M --files PATH... --push
During work:   ai-sync checkin --agent NAME --push        (every 30-60 minutes)
After work:    ai-sync release --agent NAME --handoff "what changed, what is next" --push

${h}

${u}

Run "ai-sync COMMAND --help" for a command's options and examples.`,k={status:`Usage: ai-sync status [--agent NAME] [--json] [--fetch] [--explain]

For a known agent (--agent, AI_SYNC_AGENT, or the agent install-hooks remembered for this clone) it starts with
what changed on the default branch since that agent's last check-in: other agents' commits (who, when, which
files; "!" and "(yours)" mark the files you claim), handoff notes newer than the check-in, and claims taken or
released by others; nothing when nothing changed. Without a readable check-in it says so and shows the newest
commits and handoff notes instead. It reads the remote-tracking default branch (<remote>/HEAD: --fetch first for
the latest) and at most 200 commits (it says when there were more).
Then it shows who works on what (module, files, check-in age, state active/caution/stale/idle/uncertain, until when
each claim is active and when it goes stale), the claims in flight on the remote's other branches (claimed on a
pushed branch, not merged into the default branch yet; each with its branch), the radar (files your branch changes that another branch
changes too), the modules listed in the claims file, the last AI_SYNC_STATUS.json written by the action (last
push, its author and agent, its findings), and whether your branch is behind its upstream.
Reads only the claims, config and status files and the claims file on the other branches; no network unless
--fetch.

Options:
  --agent NAME  catch NAME up first (else AI_SYNC_AGENT, else git config ai-sync.agent; none: no catch-up)
  --json        one JSON document (shape below) instead of text
  --fetch       git fetch --prune the remote first: its branches and your upstream (else as of your last fetch)
  --explain     also show how each line of the claims file was read, and why a skipped line was skipped

JSON shape (version 1):
  {
    "version": 1,
    "now": ISO,                      "timezone": string,
    "claimsFile": string,            "claimsFileExists": boolean,
    "agents": [ { "name", "state": "active"|"caution"|"stale"|"idle"|"uncertain", "workingOn", "module",
                  "files": [string], "startedAt": ISO|null, "lastCheckin": ISO|null, "lastSeenAt": ISO|null,
                  "ageHours": number|null, "activeUntil": ISO|null, "staleAt": ISO|null, "line": number,
                  "checkinDateOnly"?: true, "uncertain"?: string, "branch"?: string, "pullRequest"?: number } ],
                                     (branch: a claim in flight on that branch)
    "modules": [ { "module", "state": "available"|"complete"|"claimed"|"other"|"configured", "agent": string|null,
                   "line": number|null } ],
    "overrides": [ { "line", "by", "module", "originalOwner", "reason", "date": ISO|null } ],
    "lastStatus": object|null,       (the status file as the action wrote it)
    "catchUp": null | {              (null: no agent known; empty lists: nothing changed since the check-in)
      "agent", "since": ISO|null, "basis": "checkin"|"last-seen"|"none", "ref": string|null,
      "note": string|null, "truncated": boolean, "handoffChanged": boolean,
      "commits": [ { "sha", "at": ISO, "agent": string|null, "rule", "by", "subject", "files": [string],
                     "yours": [string], "merge": boolean, "bookkeeping": boolean } ],
      "handoff": [ { "line", "at": ISO|null, "agent": string|null, "heading", "lines": [string], "more" } ],
      "claims": [ { "agent", "taken": [string], "released": [string], "modulesTaken": [string],
                    "modulesReleased": [string], "workingOn": string|null } ],
      "modules": [ { "module", "before": string|null, "after": string|null } ],
      "overrides": [ { "line", "by", "module", "originalOwner", "reason", "date": ISO|null, "yours": boolean } ] },
    "git": { "branch": string|null, "remote": string|null, "upstream": string|null, "ahead": number|null,
             "behind": number|null, "fetched": boolean },   (remote: null in a repository with no remote)
    "inFlight": { "base": string|null, "note": string|null,
                  "rows": [ { "branch", "pullRequest": null, "agent": string|null, "claims": [string],
                              "sharedFiles": [string], "title": null, "draft": false } ] },
    "diagnostics": [ { "severity", "line", "message" } ],
    "unreadable": [ { "line", "found", "expected", "agent"?, "hides"? } ],   (could hold a claim; not read)
    "warnings": [string],
    "explain"?: [ { "line", "kind": "claim"|"field"|"file"|"module"|"override"|"hidden"|"problem"|"skipped",
                    "text", "note" } ]              (with --explain)
  }

Examples:
  ai-sync status
  ai-sync status --agent "Claude Code" --fetch
  ai-sync status --explain
  ai-sync status --json | jq -r '.agents[] | select(.state=="active") | .name'

${h}

${u}`,claim:`Usage: ai-sync claim --agent NAME [--module M] [--files PATH...] [--task TEXT] [--expected TEXT]
                    [--replace] [--commit | --push] [--json]

Adds a module and/or files to NAME's claim: new paths are appended to Files Being Modified (the other lines stay
byte for byte), the module's list line says CLAIMED BY NAME, Last Checkin is set to now; Currently Working On,
Started At and Expected Completion are kept unless --task / --expected say otherwise. A claim that adds nothing
says so (and is a check-in). A second module is held too (the Module field keeps the first, the module list marks
the second). The section is created if missing — but not for a name that is close to a known agent's ("ClaudeCode"
for "Claude Code": exit 2, did you mean), nor beside a heading that names the agent without being read as a claim.
Refuses with exit 3 when a requested file or module is held by another agent's active or caution claim, naming
the holder and its times as the action judges them — a push touching the claim is an error while it is active,
a warning while in caution, a notice once stale:
  refused: module TrackingModule is claimed by ChatGPT Codex: active until 13:00 UTC (…), stale after 15:00 UTC
and ends with the emergency command for it, ready to paste. Claims in flight on the remote's other branches (as
of your last fetch) refuse too, naming the branch.
A path that does not exist yet, a glob that matches nothing and a module neither the config nor the module list
knows are claimed anyway, with a warning (and a did-you-mean when one is close).
Paths are relative to the current directory (like git); directories end with "/", globs are allowed.

Options:
  --agent NAME        who claims (default: $AI_SYNC_AGENT, else the agent install-hooks remembered)
  --module M          module to claim (the Module field and the module list line)
  --files PATH...     files, directories (dir/) or globs; repeat the option or list several after it
  --task TEXT         Currently Working On (default: kept; for a new claim the module, else the files)
  --expected TEXT     Expected Completion
  --replace           replace the claim instead of adding to it: prints each file and module it releases
  --force --reason T  the same as ai-sync emergency (see ai-sync emergency --help)
  --commit            commit the claims file (only that path) as "chore(ai-sync): claim ... for NAME"
  --push              commit on top of the freshly fetched upstream and push it; if someone pushed first,
                      re-read their claims, re-check (exit 3 if they now hold it), retry (at most 5 times);
                      then fast-forward your branch when your uncommitted edit of the file is this same edit
  --json              print the result as one JSON document (EditResult: version, command, agent, files,
                      subject, lines, warnings, committed, pushed, claim: { modules, files, added, released })

Examples:
  ai-sync claim --agent "Claude Code" --module RoutesModule --files backend/src/api/routes/ --push
  ai-sync claim --agent Codex --files src/a.ts src/b.ts --task "Fix date parsing" --expected "2h"
  ai-sync claim --agent Codex --replace --files docs/ --push

${h}

${u}`,emergency:`Usage: ai-sync emergency --agent NAME [--module M] [--files PATH...] --reason TEXT [--task TEXT]
                        [--commit | --push] [--json]

For an outage or a security fix in files another agent holds: records one Emergency Override entry per holder
whose live claim covers what you ask for (their claims stay in place), and says
  - where it is recorded: AI_CURRENT_WORK.md:LINE and the entry's heading;
  - which commits need a message starting with "EMERGENCY:": every commit that changes the files it lists (the
    holder's claimed files it covers); without the prefix such a commit is still an error while the claim is
    active, and verify and the action then point at the recorded override;
  - your commits not pushed yet that change those files without the prefix (reword them);
  - until when it counts (24 h) — and only in a push that carries the claims file with it.
What nobody holds is claimed as usual in the same edit. "claim --force --reason" does the same.

Options:
  --agent NAME        who takes over (default: $AI_SYNC_AGENT, else the agent install-hooks remembered)
  --module M          the module to override
  --files PATH...     the files, directories (dir/) or globs to override
  --reason TEXT       why (written into the entry; required)
  --task TEXT         what you do (the entry's Action Taken)
  --commit            commit the claims file as "chore(ai-sync): emergency override of ... for NAME"
  --push              commit on top of the freshly fetched upstream and push it (as claim --push)
  --json              the result as one JSON document (EditResult with override: { file, entries: [ { line,
                      heading, holder, module } ], covers, until, prefix, localCommitsWithoutPrefix })

Examples:
  ai-sync emergency --agent "Claude Code" --module TrackingModule --reason "prod outage" --push
  ai-sync emergency --agent Codex --files backend/src/app.module.ts --reason "login broken" --task "Hotfix"

${h}

${u}`,checkin:`Usage: ai-sync checkin --agent NAME [--commit] [--push] [--json]

Sets NAME's Last Checkin to now (exactly one line of the file changes) and says until when the claim is active
and when it goes stale. Do it every 30-60 minutes while working: a claim older than active-hours (default 2 h)
only warns, older than stale-hours (4 h) no longer blocks. --json prints the result (EditResult).

Examples:
  ai-sync checkin --agent "Claude Code"
  ai-sync checkin --agent "Claude Code" --push

${h}

${u}`,release:`Usage: ai-sync release --agent NAME [--handoff TEXT] [--module-state available|complete] [--commit] [--push]
                      [--json]

Sets NAME's section idle (Currently Working On: None, Module: None, Files: - None), marks the modules NAME
held as available (default) or complete in the module list, and, with --handoff, adds a dated entry to
AI_HANDOFF.md (created if missing). --commit/--push commit the claims file and the handoff file; --json prints
the result (EditResult).

Examples:
  ai-sync release --agent "Claude Code" --handoff "RoutesModule re-enabled; 0 TS errors" --module-state complete --push
  ai-sync release --agent Codex

${h}

${u}`,verify:`Usage: ai-sync verify [--agent NAME] [--base REF] [--json]

Evaluates your commits that are not on the upstream yet (@{upstream}..HEAD, or REF..HEAD with --base) exactly
as the GitHub action will: the same check plan and engine, with the claims file at the base as "before", at HEAD
as "after", the config and the previous status file at the base (a config edit applies from the next change on,
as on GitHub). Claims in flight on the remote's other branches are judged as on GitHub (the finding names the
branch). Prints the findings; exit 1 when there are errors (verdict fail), else 0.

Options:
  --agent NAME   attribute every commit to NAME (as the commit-msg hook's AI-Agent trailer would)
  --base REF     compare with REF instead of the upstream
  --json         one JSON document: { "version": 1, "base", "head", "verdict": "pass"|"warn"|"fail",
                 "commits": [ { "sha", "agent", "rule", "files": [ { "path", "status", "previousPath"? } ] } ],
                 "findings": [ Finding ], "omitted"?: { "count", "bySeverity", "byKind" },
                 "board": [ BoardEntry ], "warnings": [string] }
                 (beyond 1,000 findings, the most severe are listed and "omitted" counts the rest)
  --pre-push     read git's pre-push input from stdin (used by the installed hook)

Examples:
  ai-sync verify
  ai-sync verify --agent "Claude Code" --base origin/main --json

${h}

${u}`,"install-hooks":`Usage: ai-sync install-hooks --agent NAME [--attributes info|gitattributes]

Installs two git hooks (in git rev-parse --git-path hooks, so core.hooksPath is respected):
  commit-msg   adds "AI-Agent: NAME" to every commit message, once (kept as is on --amend)
  pre-push     runs "ai-sync verify" on what is being pushed and blocks the push on errors
An existing hook is kept: it is renamed to <hook>.ai-sync-chained and run first; its failure still blocks.
The hooks call this very CLI by absolute path (node + script), so no global install is needed.

It also registers two merge drivers (git config merge.ai-sync-claims.* and merge.ai-sync-status.*, running
"ai-sync merge-driver" by the same absolute path; git's plain line merge if that is gone) and routes the claims
and status files to them with attribute lines:
  /AI_CURRENT_WORK.md merge=ai-sync-claims
  /AI_SYNC_STATUS.json merge=ai-sync-status
(the --claims-file and --status-file paths). git merge, git rebase and git pull then merge the claims file
by agent section and by module line: edits to different agents' sections, and to different module lines even
when adjacent, merge cleanly; new sections added on both sides are both kept. The same line changed on both
sides, or a section deleted on one side and changed on the other, still conflicts (both sides between markers).
The status file keeps the side with the newer lastUpdate.

Options:
  --agent NAME                        the agent of this clone (default: $AI_SYNC_AGENT)
  --attributes info|gitattributes     where the attribute lines go: .git/info/attributes (default; this clone
                                      only) or .gitattributes (commit it: every clone that ran install-hooks
                                      then uses the drivers; others merge these files as plain text)

Examples:
  ai-sync install-hooks --agent "Claude Code"
  ai-sync install-hooks --agent "Claude Code" --attributes gitattributes && git add .gitattributes

${h}

${u}`,"uninstall-hooks":`Usage: ai-sync uninstall-hooks [--attributes info|gitattributes]

Removes the hooks installed by "ai-sync install-hooks" (only those) and restores the hooks they chained;
removes the merge drivers from git config and their lines from .git/info/attributes (with --attributes
gitattributes from .gitattributes too: commit it). Other lines of those files are left as they are.

Example:
  ai-sync uninstall-hooks

${h}

${u}`,mcp:`Usage: ai-sync [--cwd DIR] [global options] mcp

Serves the Model Context Protocol over stdin/stdout, for an MCP client (Claude Code, Codex, Cursor, VS Code)
to start; see docs/mcp.md for each client's configuration. Nothing but protocol messages goes to stdout.
Tools (each runs the command of the same name, with the same rules and the same text):
  status    agent?, fetch?, explain?                                             read-only
  claim     files?, module?, task?, expected?, replace?, force?, reason?, agent?, commit?, push?
  checkin   agent?, commit?, push?
  release   handoff?, module_state?, agent?, commit?, push?
  verify    agent?, base?                                                        read-only
Resource: ai-sync://board (the status document as JSON).
A result is the command's text plus its JSON document (structuredContent); an error (isError) is the message
the command would print: a refused claim names the holder, where the claim is written, its check-in age, when
it goes stale and the next step. Edits run one at a time.

The repository is the server's working directory (clients start it in the workspace), or DIR with --cwd; the
global options given here (--claims-file, --config, ...) apply to every call. agent defaults to
$AI_SYNC_AGENT (set it in the client's configuration), else the agent install-hooks remembered.

Examples:
  claude mcp add ai-sync --env AI_SYNC_AGENT="Claude Code" -- node /path/to/ai-sync/dist/cli/index.js mcp
  ai-sync --cwd ~/src/shop mcp

${h}`,"merge-driver":`Usage: ai-sync merge-driver claims|status BASE OURS THEIRS [MARKER-SIZE] [PATH] [OURS-LABEL THEIRS-LABEL]

git's merge driver protocol (git runs it as "merge-driver claims -- %O %A %B %L %P %X %Y"; install-hooks
sets that up): reads the common ancestor BASE, OURS and THEIRS, writes the merge into OURS (a temporary file
beside it, then renamed), exits 0 when clean and 1 when conflicts remain between markers.

claims  The claims file, merged by blocks as the reader reads it: each agent's section (or table row, list
        line) matched by agent, each module list line by module, each emergency override by its heading; other
        lines as git merges them. A block changed on one side takes that side; the same change on both is kept
        once; changes on both sides merge line by line when the lines are apart, else conflict. New blocks
        added at the same place on both sides are both kept (ours first); a block deleted on one side and
        unchanged on the other is deleted, deleted on one side and changed on the other is a conflict.
        A side is never picked silently. Line endings (CRLF) and a byte order mark are kept.
status  The status file: the side with the newer lastUpdate, as written (ours on a tie); a side that is not a
        readable status file is a conflict (both sides between markers).
Text that is not UTF-8 is merged by git merge-file instead.

Example (what git runs):
  ai-sync merge-driver claims -- .merge_file_a1 .merge_file_b2 .merge_file_c3 7 AI_CURRENT_WORK.md

Exit codes:
  0  merged cleanly
  1  conflicts left between markers in OURS
  2  usage error, or a file could not be read or written (git counts it as a conflict and keeps OURS)`};var v=e(3985);const a={type:"string"},r={type:"boolean"},E={"claims-file":a,config:a,"status-file":a,"handoff-file":a,timezone:a,cwd:a,help:{type:"boolean",short:"h"},version:{type:"boolean",short:"V"}},b={status:{agent:a,json:r,fetch:r,explain:r},claim:{agent:a,module:a,files:{type:"string",multiple:!0},task:a,expected:a,replace:r,force:r,reason:a,commit:r,push:r,json:r},emergency:{agent:a,module:a,files:{type:"string",multiple:!0},task:a,reason:a,commit:r,push:r,json:r},checkin:{agent:a,commit:r,push:r,json:r},release:{agent:a,handoff:a,"module-state":a,commit:r,push:r,json:r},verify:{agent:a,base:a,json:r,"pre-push":r},"install-hooks":{agent:a,attributes:a},"uninstall-hooks":{attributes:a},"merge-driver":{},mcp:{},help:{}};function A(t){const s={...E};for(const o of Object.values(b))Object.assign(s,o);let n;try{n=(0,_.parseArgs)({args:[...t],options:s,strict:!0,allowPositionals:!0,tokens:!0})}catch(o){const g=(o.message??String(o)).split(". ")[0]?.replace(/\.$/,"")??"invalid arguments";throw(0,c.CI)(`${g} (see ai-sync --help)`)}const l=n.values,[i,...d]=n.positionals;if(l.version===!0&&i===void 0)return{kind:"text",text:v.x};if(i===void 0){if(l.help===!0)return{kind:"text",text:y};throw(0,c.CI)("no command given (see ai-sync --help)")}const m=b[i];if(!m)throw(0,c.CI)(`unknown command "${i}" (commands: ${Object.keys(b).filter(o=>o!=="help").join(", ")})`);if(i==="help"){const o=d[0];if(o===void 0)return{kind:"text",text:y};const g=k[o];if(!g)throw(0,c.CI)(`no help for "${o}"`);return{kind:"text",text:g}}if(l.help===!0)return{kind:"text",text:k[i]??y};if(l.version===!0)return{kind:"text",text:v.x};for(const o of n.tokens??[])if(o.kind==="option"&&!(o.name in E)&&!(o.name in m))throw(0,c.CI)(`${i} does not take ${o.rawName} (see ai-sync ${i} --help)`);if(d.length>0&&i!=="merge-driver"){if(i!=="claim"&&i!=="emergency")throw(0,c.CI)(`${i} takes no arguments, got "${d[0]}" (see ai-sync ${i} --help)`);l.files=[...l.files??[],...d]}return{kind:"run",inv:{command:i,values:l,positionals:d}}}async function N(t){switch(t.command){case"status":return(await Promise.all([e.e(4),e.e(171)]).then(e.bind(e,6171))).run(t);case"claim":case"emergency":case"checkin":case"release":return(await Promise.all([e.e(514),e.e(6),e.e(4),e.e(27),e.e(58),e.e(976),e.e(992),e.e(232)]).then(e.bind(e,5992))).run(t);case"verify":return(await Promise.all([e.e(514),e.e(6),e.e(815),e.e(4),e.e(27),e.e(58),e.e(976),e.e(217),e.e(642)]).then(e.bind(e,6642))).run(t);case"install-hooks":case"uninstall-hooks":return(await Promise.all([e.e(4),e.e(637)]).then(e.bind(e,7637))).run(t);case"merge-driver":return(await Promise.all([e.e(514),e.e(4),e.e(27),e.e(156)]).then(e.bind(e,156))).run(t);case"mcp":return(await Promise.all([e.e(514),e.e(6),e.e(815),e.e(870),e.e(4),e.e(27),e.e(58),e.e(976),e.e(217),e.e(393)]).then(e.bind(e,9393))).run(t);default:throw(0,c.CI)(`unknown command "${t.command}"`)}}function x(t){if(t instanceof c.z1){process.stderr.write(`ai-sync: ${t.message}
`);for(const n of t.details)process.stderr.write(`  ${n}
`);return t.code}const s=t;return s&&s.name==="ConfigError"?(process.stderr.write(`ai-sync: ${(s.message??"").split(`
`)[0]}
`),c.dc.usage):(process.stderr.write(`ai-sync: ${s?.message?s.message.split(`
`)[0]:String(t)}
`),process.env.AI_SYNC_DEBUG&&process.stderr.write(`${s?.stack??""}
`),c.dc.usage)}async function C(t){try{const s=A(t);return s.kind==="text"?(process.stdout.write(`${s.text}
`),c.dc.ok):await N(s.inv)}catch(s){return x(s)}}process.stdout.on("error",t=>{t.code==="EPIPE"&&process.exit(process.exitCode??0)}),C(process.argv.slice(2)).then(t=>{process.exitCode=t},t=>{process.exitCode=x(t)}),module.exports=p})();
