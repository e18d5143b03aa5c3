export const id = 976;
export const ids = [976];
export const modules = {

/***/ 2289:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  F: () => (/* reexport */ edit_lines/* EditError */.F),
  ul: () => (/* reexport */ addHandoffEntry),
  qE: () => (/* reexport */ addOverride),
  uN: () => (/* reexport */ detectStampStyle),
  lG: () => (/* reexport */ editFileItems),
  rv: () => (/* reexport */ findSection),
  xE: () => (/* reexport */ formatStamp),
  RY: () => (/* reexport */ hasField),
  xq: () => (/* reexport */ setAgentFields),
  YK: () => (/* reexport */ setCheckin),
  N: () => (/* reexport */ setModuleLine),
  qq: () => (/* reexport */ unreadAgentHeadings)
});

// UNUSED EXPORTS: DEFAULT_STAMP_STYLE, agentKey, formatPathItem, idleFields, lineEnding

// EXTERNAL MODULE: ./src/engine/edit/lines.ts + 1 modules
var edit_lines = __webpack_require__(7431);
// EXTERNAL MODULE: ./src/engine/claims/vocabulary.ts
var vocabulary = __webpack_require__(492);
// EXTERNAL MODULE: ./src/engine/time/index.ts + 2 modules
var engine_time = __webpack_require__(2962);
;// CONCATENATED MODULE: ./src/engine/edit/stamps.ts


const DEFAULT_STAMP_STYLE = { kind: 'seconds', zone: 'none' };
/** The labels of time fields (Started At, Last Checkin and every other word the reader reads for them), in its order. */
const STAMP_KEYS = (0,vocabulary/* labelsOf */.PC)('started', 'checkin');
/** The timestamp format most used by the file's Started At / Last Checkin values (date-only values do not count). */
function detectStampStyle(doc) {
    const votes = new Map();
    for (const section of doc.agents) {
        for (const key of STAMP_KEYS) {
            const f = section.fields[key];
            if (!f)
                continue;
            const style = styleOf(f.value.replace(/^[*_`~\s]+/, ''));
            if (!style)
                continue;
            const k = `${style.kind}/${style.zone}`;
            const v = votes.get(k);
            if (v)
                v.n++;
            else
                votes.set(k, { style, n: 1 });
        }
    }
    let best = null;
    for (const v of votes.values())
        if (!best || v.n > best.n)
            best = v;
    return best ? best.style : DEFAULT_STAMP_STYLE;
}
function styleOf(value) {
    const iso = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})/.exec(value);
    if (iso)
        return { kind: 'iso', zone: iso[1] === 'Z' ? 'utc' : 'offset' };
    const m = /^\d{4}-\d{2}-\d{2}[ \t]+\d{2}:\d{2}(:\d{2})?(?![\d:])(.*)$/.exec(value);
    if (!m)
        return null;
    const rest = m[2] ?? '';
    const zone = /^[ \t]*\(?(?:UTC|GMT|Z)\b/.test(rest) ? 'utc' : /^[ \t]?[+-]\d{2}:?\d{2}/.test(rest) ? 'offset' : 'none';
    return { kind: m[1] ? 'seconds' : 'minutes', zone };
}
const pad = (n, w = 2) => String(n).padStart(w, '0');
/** Wall-clock fields of instant `ms` in zone `tz` (the engine's own zone arithmetic, so both read alike). */
function wallParts(ms, tz) {
    const w = new Date(Math.floor(ms / 1000) * 1000 + (0,engine_time/* offsetAt */.HA)(ms, tz));
    return { y: w.getUTCFullYear(), mo: w.getUTCMonth() + 1, d: w.getUTCDate(), h: w.getUTCHours(), mi: w.getUTCMinutes(), s: w.getUTCSeconds() };
}
function offsetText(ms, tz, colon = true) {
    const minutes = Math.round((0,engine_time/* offsetAt */.HA)(ms, tz) / 60_000);
    const sign = minutes < 0 ? '-' : '+';
    const a = Math.abs(minutes);
    return `${sign}${pad(Math.floor(a / 60))}${colon ? ':' : ''}${pad(a % 60)}`;
}
/**
 * A timestamp for the claims file: `now` in the configured zone, in the file's style (default
 * `YYYY-MM-DD HH:MM:SS`). Seconds (or minutes) are truncated, so the written time is never in the future. A wall
 * time that would read back differently (a repeated hour when clocks go back) gets an explicit offset.
 */
function formatStamp(ms, timezone = 'UTC', style = DEFAULT_STAMP_STYLE) {
    const tz = (0,engine_time/* isValidTimezone */._j)(timezone) ? timezone : 'UTC';
    const zoneTz = style.zone === 'utc' ? 'UTC' : tz;
    const p = wallParts(ms, zoneTz);
    const date = `${p.y}-${pad(p.mo)}-${pad(p.d)}`;
    const time = style.kind === 'minutes' ? `${pad(p.h)}:${pad(p.mi)}` : `${pad(p.h)}:${pad(p.mi)}:${pad(p.s)}`;
    if (style.kind === 'iso') {
        return `${date}T${time}${zoneTz === 'UTC' ? 'Z' : offsetText(ms, zoneTz)}`;
    }
    if (style.zone === 'utc')
        return `${date} ${time} UTC`;
    if (style.zone === 'offset')
        return `${date} ${time} ${offsetText(ms, zoneTz)}`;
    const stamp = `${date} ${time}`;
    const back = (0,engine_time/* parseTime */.pe)(stamp, zoneTz);
    const truncated = style.kind === 'minutes' ? Math.floor(ms / 60_000) * 60_000 : Math.floor(ms / 1000) * 1000;
    if (back && back.start !== truncated)
        return `${stamp} ${offsetText(ms, zoneTz)}`;
    return stamp;
}

;// CONCATENATED MODULE: ./src/engine/edit/fields.ts


const ORDER = ['workingOn', 'module', 'startedAt', 'expected', 'files', 'lastCheckin'];
/** What each field means to the reader (claims/vocabulary.ts). */
const ROLE = {
    workingOn: 'working-on',
    module: 'module',
    startedAt: 'started',
    expected: 'expected',
    files: 'files',
    lastCheckin: 'checkin'
};
const byField = (f) => Object.fromEntries(ORDER.map((name) => [name, f(ROLE[name])]));
/** The label written for a field the section does not have yet. */
const LABELS = byField((role) => vocabulary/* CANONICAL_LABELS */.BM[role]);
/** Every label the reader reads for each field, in the reader's order (its first match wins, so the editor's too). */
const KEYS = byField((role) => (0,vocabulary/* labelsOf */.PC)(role));
/** Does the section have this field (under any of the labels the reader reads for it)? */
function hasField(section, name) {
    return KEYS[name].some((k) => section.fields[k] !== undefined);
}
/** 0-based line index of a field in a section, or null. */
function fieldIndex(section, name) {
    for (const key of KEYS[name]) {
        const f = section.fields[key];
        if (f)
            return f.line - 1;
    }
    return null;
}
/** The field line at 0-based `idx` with a new value; label, markup and the spaces after the label kept. */
function withValue(page, idx, value) {
    const line = page.lines.at(idx);
    const at = page.map[idx]?.valueAt ?? -1;
    if (at < 0)
        throw new edit_lines/* EditError */.F(`cannot find the label in line ${idx + 1} "${line.slice(0, 80)}"`);
    if (value === '')
        return line.slice(0, at);
    const gap = (0,edit_lines/* indentOf */._j)(line.slice(at));
    return line.slice(0, at) + (gap === '' ? ' ' : gap) + value;
}
/** A list marker as the first item writes it: "3." → "1." (new items are numbered from one, markdown renumbers). */
const firstMarker = (prefix) => prefix.replace(/\d{1,9}([.)])/, '1$1');
/** The shape of field lines in a sample section (or the seed's `**Label:** value`). */
function fieldFrame(page, section) {
    const first = section ? Object.values(section.fields).sort((a, b) => a.line - b.line)[0] : undefined;
    const m = first ? page.map[first.line - 1] : undefined;
    if (!first || !m || m.valueAt < 0)
        return { lead: '', render: (label, value) => `**${label}:**${value === '' ? '' : ` ${value}`}` };
    const line = page.lines.at(first.line - 1);
    const lead = firstMarker(m.contentAt >= 0 ? line.slice(0, m.contentAt) : (0,edit_lines/* indentOf */._j)(line));
    // The label's markup, from what ends it: `**Label:**` (colon inside), `**Label**:`, or plain `Label:`.
    const head = line.slice(0, m.valueAt);
    let bold = '';
    let colonInside = false;
    for (const mark of ['**', '__']) {
        if (head.endsWith(mark))
            [bold, colonInside] = [mark, true];
        else if (head.endsWith(`${mark}:`) || head.endsWith(`${mark}：`))
            bold = mark;
    }
    return {
        lead,
        render: (label, value) => {
            const text = bold ? (colonInside ? `${bold}${label}:${bold}` : `${bold}${label}${bold}:`) : `${label}:`;
            return `${lead}${text}${value === '' ? '' : ` ${value}`}`;
        }
    };
}
/** A path as a list item the parser reads back: plain when safe, else in backticks. */
function formatPathItem(path) {
    if (/[\r\n`]/.test(path))
        throw new edit_lines/* EditError */.F(`cannot write the path ${JSON.stringify(path)} into a markdown list`);
    return /^[\p{L}\p{N}._/@~$*-][^\s()[\]<>|"'`,;]*$/u.test(path) && !/[.,:;]$/.test(path) ? path : `\`${path}\``;
}
/** The lines the reader read as the files list of the field at 0-based `idx`: [first, last] (0-based), or null. */
function filesExtent(page, idx) {
    let last = -1;
    for (let j = idx + 1; j < page.map.length; j++)
        if (page.map[j]?.filesOf === idx + 1)
            last = j;
    return last < 0 ? null : { first: idx + 1, last };
}
/** The bullet for new items of the files list at `extent` under the field at `idx`: the list's own, else nested. */
function bulletFor(page, extent, idx) {
    if (extent) {
        for (let j = extent.first; j <= extent.last; j++) {
            const at = page.map[j]?.contentAt ?? -1;
            if (at >= 0)
                return `${firstMarker(page.lines.at(j).slice(0, at)).trimEnd()} `;
        }
    }
    if ((page.map[idx]?.contentAt ?? -1) >= 0)
        return `${(0,edit_lines/* indentOf */._j)(page.lines.at(idx))}  - `;
    return '- ';
}
/** Bullet for a files list under a field line with the given lead (`- ` when fields are list items: nest it). */
function nestedBullet(lead) {
    if (lead === '')
        return '- ';
    return `${(0,edit_lines/* indentOf */._j)(lead)}  - `;
}
function fileItems(bullet, files) {
    if (files.length === 0)
        return [`${bullet}None`];
    return files.map((f) => `${bullet}${formatPathItem(f)}`);
}
function fields_valueOf(name, fields) {
    const v = fields[name];
    if (typeof v !== 'string')
        return '';
    if (/[\r\n]/.test(v))
        throw new edit_lines/* EditError */.F(`${LABELS[name]} must be one line`);
    return v;
}
/** A field's lines as written for a section that lacks it: the label (and, for files, the list). */
function renderField(frame, name, fields) {
    if (name === 'files')
        return [frame.render(LABELS.files, ''), ...fileItems(nestedBullet(frame.lead), fields.files ?? [])];
    return [frame.render(LABELS[name], fields_valueOf(name, fields))];
}

// EXTERNAL MODULE: ./src/engine/names.ts
var engine_names = __webpack_require__(7078);
;// CONCATENATED MODULE: ./src/engine/edit/sections.ts



// One agent-name key for the reader, the judge and the editor: case, spacing and a role in parentheses ignored.

function findSection(doc, names) {
    const keys = new Set(names.map(engine_names/* agentKey */.pS));
    return doc.agents.find((a) => keys.has((0,engine_names/* agentKey */.pS)(a.name))) ?? null;
}
/** Lines for a brand-new section: heading, blank, fields in canonical order (the seed's shape). */
function newSectionLines(heading, frame, fields) {
    const out = [heading, ''];
    for (const name of ORDER) {
        if (name === 'files') {
            out.push(...renderField(frame, name, fields));
            continue;
        }
        if (name === 'lastCheckin')
            out.push('');
        const v = fields[name] === undefined ? (name === 'expected' || name === 'startedAt' ? 'N/A' : 'None') : fields_valueOf(name, fields);
        out.push(frame.render(LABELS[name], v));
    }
    return out;
}
/** The heading of a new section: a sample section's heading with the name swapped (its emoji and level kept). */
function headingFor(page, sample, agent) {
    if (!sample)
        return `## ${agent} Status`;
    const raw = page.lines.at(sample.line - 1);
    let k = raw.indexOf(sample.name);
    if (k < 0)
        k = raw.toLowerCase().indexOf(sample.name.toLowerCase());
    if (k >= 0)
        return raw.slice(0, k) + agent + raw.slice(k + sample.name.length);
    return `${'#'.repeat(page.map[sample.line - 1]?.heading?.level ?? 2)} ${agent} Status`;
}
/** Is there a `---` rule right after the line at `endIndex` (blank lines skipped)? */
function ruleAfter(page, endIndex) {
    for (let j = endIndex + 1; j < page.lines.length; j++) {
        if (page.isBlank(j))
            continue;
        return page.kind(j) === 'rule';
    }
    return false;
}
/**
 * Rewrites the given fields of an agent's section (creating the section after the last agent section when the
 * file has none for the agent). Fields not given are left as they are; a given field missing from the section is
 * inserted in canonical order (Currently Working On, Module, Started At, Expected Completion, Files Being
 * Modified, Last Checkin).
 */
function setAgentFields(text, doc, agent, fields, aliases = []) {
    const page = edit_lines/* Page */.YW.claims(text);
    const section = findSection(doc, [agent, ...aliases]);
    if (!section)
        return createSection(page, doc, agent, fields);
    const frame = fieldFrame(page, section);
    const last = section.endLine - 1;
    const edits = [];
    const present = new Map();
    for (const name of ORDER) {
        const idx = fieldIndex(section, name);
        if (idx !== null && idx >= section.line - 1 && idx <= last)
            present.set(name, idx);
    }
    /** Last line of a field's block (its list for Files). */
    const blockEnd = (name, idx) => {
        if (name !== 'files')
            return idx;
        return filesExtent(page, idx)?.last ?? idx;
    };
    for (const name of ORDER) {
        if (fields[name] === undefined)
            continue;
        const idx = present.get(name);
        if (idx !== undefined) {
            if (name === 'files') {
                const extent = filesExtent(page, idx);
                const items = fileItems(bulletFor(page, extent, idx), fields.files ?? []);
                edits.push({ at: idx, del: 1, texts: [withValue(page, idx, '')] });
                if (extent)
                    edits.push({ at: extent.first, del: extent.last - extent.first + 1, texts: items });
                else
                    edits.push({ at: idx + 1, del: 0, texts: items });
            }
            else {
                edits.push({ at: idx, del: 1, texts: [withValue(page, idx, fields_valueOf(name, fields))] });
            }
            continue;
        }
        // Missing: after the nearest preceding present field's block, else before the nearest following one.
        const pos = ORDER.indexOf(name);
        const rendered = renderField(frame, name, fields);
        let placed = false;
        for (let k = pos - 1; k >= 0 && !placed; k--) {
            const prev = ORDER[k];
            const pIdx = present.get(prev);
            if (pIdx === undefined)
                continue;
            const end = blockEnd(prev, pIdx);
            const afterList = prev === 'files' && end > pIdx;
            edits.push({ at: end + 1, del: 0, texts: afterList ? ['', ...rendered] : rendered });
            placed = true;
        }
        for (let k = pos + 1; k < ORDER.length && !placed; k++) {
            const nIdx = present.get(ORDER[k]);
            if (nIdx === undefined)
                continue;
            edits.push({ at: nIdx, del: 0, texts: name === 'files' ? [...rendered, ''] : rendered });
            placed = true;
        }
        if (!placed) {
            // No known field at all: right after the heading (and the blank line under it).
            let at = section.line; // 0-based index of the line after the heading
            if (at <= last + 1 && at < page.lines.length && page.isBlank(at))
                at++;
            edits.push({ at, del: 0, texts: rendered });
        }
    }
    // Apply bottom-up; inserts at the same index keep their canonical order.
    const ordered = edits.map((e, i) => ({ ...e, i })).sort((a, b) => b.at - a.at || b.del - a.del || b.i - a.i);
    for (const e of ordered)
        page.lines.splice(e.at, e.del, e.texts);
    return page.lines.toString();
}
/** A new section for the agent: after the last agent section, else before the first level-2 heading, else at the end. */
function createSection(page, doc, agent, fields) {
    if (/[\r\n]/.test(agent))
        throw new edit_lines/* EditError */.F('agent name must be one line');
    const lines = page.lines;
    const lastSection = doc.agents.reduce((acc, s) => (!acc || s.line > acc.line ? s : acc), null);
    const body = newSectionLines(headingFor(page, lastSection, agent), fieldFrame(page, lastSection), fields);
    if (lastSection) {
        const end = lastSection.endLine - 1;
        lines.insert(end + 1, ruleAfter(page, end) ? ['', '---', '', ...body] : ['', ...body]);
        return lines.toString();
    }
    if (page.isEmpty()) {
        const fresh = new edit_lines/* Lines */.qo('');
        fresh.insert(0, ['# AI Current Work Status', '', '---', '', ...body, '', '---']);
        return fresh.toString();
    }
    const h2 = page.headings.find((h) => h.level === 2);
    if (h2) {
        // Between the rule that precedes the heading and the heading, when there is one.
        const before = page.lastContent(h2.index - 1);
        if (h2.index > 0 && page.kind(before) === 'rule')
            lines.insert(before + 1, ['', ...body, '', '---']);
        else
            lines.insert(h2.index, [...body, '']);
        return lines.toString();
    }
    lines.insert(page.contentEnd(), ['', ...body]);
    return lines.toString();
}
/** Sets Last Checkin of the agent's section: exactly one line changes when the field exists. */
function setCheckin(text, doc, agent, stamp, aliases = []) {
    const section = findSection(doc, [agent, ...aliases]);
    if (!section)
        throw new edit_lines/* EditError */.F(`no status section for ${agent}`);
    return setAgentFields(text, doc, section.name, { lastCheckin: stamp });
}
/** The fields of an idle section (the seed's "None" shape), checked in at `stamp`. */
function idleFields(stamp) {
    return { workingOn: 'None', module: 'None', startedAt: 'N/A', expected: 'N/A', files: [], lastCheckin: stamp };
}

// EXTERNAL MODULE: ./src/engine/claims/modules.ts
var modules = __webpack_require__(9239);
// EXTERNAL MODULE: ./src/engine/claims/text.ts
var claims_text = __webpack_require__(2859);
;// CONCATENATED MODULE: ./src/engine/edit/module-lines.ts



const DEFAULT_EMOJI = { claimed: '⚠️', available: '🔴', complete: '✅' };
/** The parts of the module list item at 0-based `idx` around the module's name, or null when it is no such item. */
function splitModuleLine(page, idx, module) {
    const at = page.map[idx]?.contentAt ?? -1;
    if (at < 0)
        return null;
    const line = page.lines.at(idx);
    const bullet = line.slice(0, at);
    const body = line.slice(at);
    let k = body.indexOf(module);
    if (k < 0)
        k = body.toLowerCase().indexOf(module.toLowerCase());
    if (k < 0)
        return null;
    let before = body.slice(0, k);
    // Emphasis or code marks around the name are kept as they are.
    const open = ['**', '__', '`'].find((mark) => before.endsWith(mark)) ?? '';
    before = before.slice(0, before.length - open.length);
    let after = body.slice(k + module.length);
    let close = '';
    if (open && after.startsWith(open)) {
        close = open;
        after = after.slice(open.length);
    }
    // The separator between name and description, to write the new description after the same one.
    const sep = /^(?:[ \t]*[-–—:][ \t]*|[ \t]+)/.exec(after)?.[0] ?? '';
    return { bullet, emoji: before, open, name: body.slice(k, k + module.length), close, sep, rest: after.slice(sep.length) };
}
function moduleDescription(state, agent) {
    if (state === 'claimed')
        return `CLAIMED BY ${agent ?? 'unknown'}`;
    return state === 'available' ? 'Available' : 'Complete';
}
/** Leading decoration (emoji) the file uses on module lines of each state. */
function emojiVocabulary(page, doc) {
    const out = {};
    for (const m of doc.modules) {
        if (m.state === 'other' || out[m.state])
            continue;
        const parts = splitModuleLine(page, m.line - 1, m.module);
        if (parts && isDecoration(parts.emoji))
            out[m.state] = parts.emoji.trim();
    }
    return out;
}
function renderModuleLine(p, state, agent, vocab) {
    const emoji = isDecoration(p.emoji) ? `${vocab[state] ?? DEFAULT_EMOJI[state]} ` : p.emoji;
    const sep = p.sep.trim() === '' ? ' - ' : p.sep;
    return `${p.bullet}${emoji}${p.open}${p.name}${p.close}${sep}${moduleDescription(state, agent)}`;
}
function groups(page) {
    return page.headings.map((h) => {
        const end = page.blockEnd(h);
        const sub = page.headings.find((o) => o.index > h.index && o.index <= end);
        const state = (0,modules/* headingContext */.e4)(h).state;
        return { heading: h, state: state === 'other' ? null : state, end, ownEnd: sub ? sub.index - 1 : end };
    });
}
/**
 * Only emoji, symbols or their mojibake, as the reader tells decoration (claims/text.ts), and no checkbox: what
 * we may swap for another state's emoji.
 */
function isDecoration(s) {
    return s.trim() !== '' && !s.includes('[') && !s.includes(']') && (0,claims_text/* dropLeadingDecoration */.kT)(s) === '';
}
/**
 * Sets a module's list line to claimed (by `agent`), available or complete, in the line's own style. When the
 * file groups modules under state headings ("### ⚠️ Claimed", "### 🔴 Available …") the line moves to the group
 * of the new state. A module not listed yet is added after the other module lines (or to its state's group); a
 * file without any module list is left as it is.
 */
function setModuleLine(text, doc, module, state, agent) {
    const page = edit_lines/* Page */.YW.claims(text);
    const lines = page.lines;
    const listings = doc.modules.filter((m) => m.module.toLowerCase() === module.toLowerCase());
    const vocab = emojiVocabulary(page, doc);
    const all = groups(page);
    /** The innermost heading whose own lines hold the 0-based line. */
    const groupOf = (index) => {
        let best = null;
        for (const g of all)
            if (g.heading.index < index && index <= g.ownEnd && (!best || g.heading.index > best.heading.index))
                best = g;
        return best;
    };
    /** The sibling group for the new state: same level, same parent, preferring one that holds module lines. */
    const targetGroup = (from) => {
        const parent = all.filter((g) => g.heading.index < from.heading.index && g.heading.level < from.heading.level && from.heading.index <= g.end).pop();
        const lo = parent ? parent.heading.index : -1;
        const hi = parent ? parent.end : lines.length - 1;
        const siblings = all.filter((g) => g.heading.level === from.heading.level && g.state === state && g.heading.index > lo && g.heading.index <= hi);
        const holding = siblings.find((g) => doc.modules.some((m) => m.line - 1 > g.heading.index && m.line - 1 <= g.ownEnd));
        return holding ?? siblings[0] ?? null;
    };
    /** 0-based index after the last list item of a group (right after its heading when it has none). */
    const appendPoint = (g) => {
        let at = g.heading.index + 1;
        for (let j = g.heading.index + 1; j <= g.ownEnd; j++)
            if (page.map[j]?.item)
                at = j + 1;
        return at;
    };
    if (listings.length > 0) {
        const first = listings[0];
        const idx = first.line - 1;
        const parts = splitModuleLine(page, idx, first.module);
        if (!parts)
            throw new edit_lines/* EditError */.F(`cannot read the module line ${first.line}`);
        const from = groupOf(idx);
        const to = listings.length === 1 && from && from.state !== null && from.state !== state ? targetGroup(from) : null;
        const rendered = renderModuleLine(parts, state, agent, vocab);
        // Further listings of the same module are rewritten in place.
        for (const other of listings.slice(1)) {
            const p = splitModuleLine(page, other.line - 1, other.module);
            if (p)
                lines.set(other.line - 1, renderModuleLine(p, state, agent, vocab));
        }
        if (to) {
            const at = appendPoint(to);
            if (at > idx) {
                lines.insert(at, [rendered]);
                lines.splice(idx, 1, []);
            }
            else {
                lines.splice(idx, 1, []);
                lines.insert(at, [rendered]);
            }
        }
        else {
            lines.set(idx, rendered);
        }
        return lines.toString();
    }
    // Not listed: add it next to the other module lines, if there are any.
    if (doc.modules.length === 0)
        return text;
    const sample = [...doc.modules].sort((a, b) => b.line - a.line)[0];
    const parts = splitModuleLine(page, sample.line - 1, sample.module);
    if (!parts)
        return text;
    const rendered = renderModuleLine({ ...parts, name: module }, state, agent, vocab);
    const from = groupOf(sample.line - 1);
    if (from && from.state !== null) {
        const to = from.state === state ? from : targetGroup(from);
        if (to) {
            lines.insert(appendPoint(to), [rendered]);
            return lines.toString();
        }
    }
    lines.insert(sample.line, [rendered]);
    return lines.toString();
}

// EXTERNAL MODULE: ./src/engine/claims/sections.ts
var sections = __webpack_require__(5536);
;// CONCATENATED MODULE: ./src/engine/edit/entries.ts



const oneLine = (s) => s.replace(/[\r\n]+/g, ' ').trim();
/** The heading entries go under: one the reader reads as an override group, a bare "Emergency Override(s)" first. */
function overrideContainer(page) {
    const containers = page.headings.filter((h) => (0,sections/* overrideHeading */.F8)(h)?.parts.length === 0);
    const bare = containers.find((h) => ['emergency override', 'emergency overrides'].includes((0,claims_text/* cleanName */.$t)(h.text).toLowerCase()));
    return bare ?? containers[0] ?? null;
}
/**
 * Adds an `### Emergency Override - <date> - <agent>` entry (the thg-tms shape) at the end of the file's
 * "Emergency Override(s)" section (outside code fences), or in a new `## Emergency Overrides` section at the end.
 */
function addOverride(text, _doc, entry) {
    const page = edit_lines/* Page */.YW.claims(text);
    const lines = page.lines;
    const container = overrideContainer(page);
    const level = Math.min(6, (container?.level ?? 2) + 1);
    const body = [
        `${'#'.repeat(level)} Emergency Override - ${oneLine(entry.date)} - ${oneLine(entry.agent)}`,
        `- **Reason:** ${oneLine(entry.reason)}`,
        `- **Module:** ${entry.module ? oneLine(entry.module) : 'N/A'}`,
        `- **Original Owner:** ${oneLine(entry.originalOwner)}`,
        `- **Action Taken:** ${oneLine(entry.action)}`
    ];
    if (container) {
        lines.insert(page.lastContent(page.blockEnd(container), container.index) + 1, ['', ...body]);
        return lines.toString();
    }
    const end = page.contentEnd();
    const usesRules = page.map.some((m) => m.kind === 'rule');
    const head = usesRules ? ['', '---', '', '## Emergency Overrides', ''] : ['', '## Emergency Overrides', ''];
    lines.insert(end, end === 0 ? head.slice(usesRules ? 3 : 1).concat(body) : [...head, ...body]);
    return lines.toString();
}
/**
 * Adds a dated entry to the handoff file: right under a "… (Latest First)" heading when the file has one (newest
 * entries on top, as agents keep it), else at the end. `text` null creates the file.
 */
function addHandoffEntry(text, entry) {
    const page = edit_lines/* Page */.YW.markdown(text ?? '');
    const lines = page.lines;
    const latestFirst = page.headings.find((h) => ['latest first', 'newest first'].some((w) => h.text.toLowerCase().includes(w)));
    const level = Math.min(6, (latestFirst?.level ?? 2) + 1);
    const body = [`${'#'.repeat(level)} ${oneLine(entry.stamp)} - ${oneLine(entry.agent)}`];
    if (entry.module)
        body.push(`**Module:** ${oneLine(entry.module)}`);
    if (entry.workingOn)
        body.push(`**Task:** ${oneLine(entry.workingOn)}`);
    if (entry.files.length > 0)
        body.push(`**Files:** ${entry.files.map((f) => `\`${oneLine(f)}\``).join(', ')}`);
    body.push('');
    body.push(...entry.note.split(/\r\n|\r|\n/));
    if (text === null || page.isEmpty()) {
        const fresh = new edit_lines/* Lines */.qo('');
        fresh.insert(0, ['# AI Handoff', '', '## Recent Changes (Latest First)', '', ...body]);
        return fresh.toString();
    }
    if (latestFirst) {
        // Newest on top: before the first non-blank line under the heading, with one blank line around the entry.
        let at = latestFirst.index + 1;
        while (at < lines.length && page.isBlank(at))
            at++;
        if (at >= lines.length)
            lines.insert(lines.length, ['', ...body]);
        else if (at === latestFirst.index + 1)
            lines.insert(at, ['', ...body, '']);
        else
            lines.insert(at, [...body, '']);
        return lines.toString();
    }
    lines.insert(page.contentEnd(), ['', ...body]);
    return lines.toString();
}

;// CONCATENATED MODULE: ./src/engine/edit/files-list.ts





/**
 * The section's files list with `add` appended (replacing a "None" item) and the items of `drop` removed. Null
 * when the list cannot be edited item by item — no files field, paths on the field line itself, a line holding a
 * dropped path and a kept one, or nothing left — and the caller rewrites the field whole.
 */
function editFileItems(text, doc, names, add, drop) {
    const section = findSection(doc, names);
    if (!section)
        return null;
    const page = edit_lines/* Page */.YW.claims(text);
    const idx = fieldIndex(section, 'files');
    if (idx === null)
        return null;
    const extent = filesExtent(page, idx);
    if (section.files.some((f) => f.line - 1 === idx))
        return null;
    const dropped = new Set(drop);
    const kept = section.files.filter((f) => !dropped.has(f.pattern));
    const gone = section.files.filter((f) => dropped.has(f.pattern));
    if (gone.some((g) => kept.some((k) => k.line === g.line)))
        return null;
    if (kept.length + add.length === 0)
        return null;
    // Every claimed path must lie inside the list the reader read for this field.
    if (section.files.some((f) => !extent || f.line - 1 < extent.first || f.line - 1 > extent.last))
        return null;
    const items = add.length > 0 ? fileItems(bulletFor(page, extent, idx), add) : [];
    if (section.files.length === 0) {
        // "- None" (or an empty list): the new items take its place.
        if (extent)
            page.lines.splice(extent.first, extent.last - extent.first + 1, items);
        else
            page.lines.insert(idx + 1, items);
        return page.lines.toString();
    }
    const end = (extent?.last ?? idx) + 1;
    // Bottom-up: the insertion after the list first, then the removals above it.
    page.lines.insert(end, items);
    for (const line of [...new Set(gone.map((g) => g.line - 1))].sort((a, b) => b - a))
        page.lines.splice(line, 1, []);
    return page.lines.toString();
}
function unreadAgentHeadings(text, doc, names) {
    const page = edit_lines/* Page */.YW.claims(text);
    const read = new Set(doc.agents.map((a) => a.line));
    const out = [];
    for (const h of page.headings) {
        if (read.has(h.index + 1))
            continue;
        const agent = (0,sections/* agentHeading */.Y5)(h);
        if (agent && names.some((n) => (0,engine_names/* sameAgent */.QD)(n, agent.name)))
            out.push({ line: h.index + 1, text: page.lines.at(h.index).trim() });
    }
    return out;
}

;// CONCATENATED MODULE: ./src/engine/edit/index.ts
// Pure text transforms of AI_CURRENT_WORK.md (and AI_HANDOFF.md) for `ai-sync claim / checkin / release`.
//
// Every function takes the file text (and, for the claims file, its parsed ClaimsDocument: the sections, fields,
// module lines the edit is about) and returns the new text. Where things lie comes from the reader too — its line
// map (claims/line-map.ts) — so the editor never parses markdown by rules of its own. Bytes outside the edited lines
// never change: each line keeps its own terminator (`\r\n`, `\n` or `\r`), new lines get the file's dominant one,
// a BOM and the trailing-newline state are kept. New content copies the file's existing style: heading decoration
// (`## 🤖 X Status`), `---` separators, field markup (`**Label:**`, `- **Label:**`, `**Label**:`), list bullets,
// module-line emoji and the timestamp format; new field labels are the vocabulary's canonical ones.








// ---------------------------------------------------------------------------------------------------------------
// Small exported helpers for callers and tests
/** The file's dominant line terminator. */
function lineEnding(text) {
    return new Lines(text).eol;
}


/***/ }),

/***/ 7431:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  F: () => (/* binding */ EditError),
  qo: () => (/* binding */ Lines),
  YW: () => (/* binding */ Page),
  _j: () => (/* binding */ indentOf)
});

// EXTERNAL MODULE: ./src/engine/claims/markdown.ts
var markdown = __webpack_require__(2753);
// EXTERNAL MODULE: ./src/engine/claims/reader.ts + 7 modules
var reader = __webpack_require__(5473);
// EXTERNAL MODULE: ./src/engine/claims/sections.ts
var sections = __webpack_require__(5536);
;// CONCATENATED MODULE: ./src/engine/claims/line-map.ts
// The line map: what the reader sees on each line of a markdown file (blank, hidden, heading, rule, field, list
// item, text) and which lines it read as a files list. Built by the reader's own functions, so the claims editor
// rewrites exactly the lines the reader reads and never parses markdown with rules of its own.



/**
 * The reader's offsets are into the line's data, which is the line itself unless an HTML comment was cut out of
 * it. Where the data is the start or the end of the line they still hold (shifted); otherwise they are unknown.
 */
function shiftOf(raw, data) {
    if (raw.startsWith(data))
        return 0;
    if (raw.endsWith(data))
        return raw.length - data.length;
    return null;
}
/** Each line of the prepared text as the reader sees it; `filesOf` from a reading (readClaims). */
function mapLines(prepared, filesOf = new Map()) {
    const { raw, data } = prepared;
    return raw.map((line, i) => {
        const d = data[i] ?? '';
        const out = { kind: 'text', heading: null, item: null, field: null, contentAt: -1, valueAt: -1, filesOf: filesOf.get(i) ?? 0 };
        if (d.trim() === '') {
            out.kind = line.trim() === '' ? 'blank' : 'hidden';
            return out;
        }
        out.heading = (0,markdown/* parseHeading */.kY)(d);
        if (out.heading) {
            out.kind = 'heading';
            return out;
        }
        const item = (0,markdown/* parseListItem */.VB)(d);
        // A line the reader took into a files list is an item of it (or a bare path), even when it looks like a rule
        // ("* **", the claim "**") or a field ("- **src/a.ts**: note").
        if (out.filesOf === 0 && (0,markdown/* isRule */.Nd)(d)) {
            out.kind = 'rule';
            return out;
        }
        const field = out.filesOf === 0 ? (0,markdown/* parseField */.cn)(item ? item.text : d, sections/* AGENT_PLAIN_LABELS */.xi) : null;
        out.item = item;
        out.field = field;
        out.kind = field ? 'field' : item ? 'item' : 'text';
        const shift = shiftOf(line, d);
        if (shift !== null) {
            if (item)
                out.contentAt = shift + item.contentAt;
            if (field)
                out.valueAt = shift + (item ? item.textAt : 0) + field.at;
        }
        return out;
    });
}
/** The line map of a claims file, with the files lists the reader read. */
function readLineMap(text) {
    const r = (0,reader/* readClaims */.I)(text);
    return mapLines(r.prepared, r.filesOf);
}
/** The line map of any markdown text (no claims reading: no files lists). */
function lineMap(text) {
    return mapLines((0,markdown/* prepare */.iA)(text, new markdown/* Diagnostics */.rE()));
}

;// CONCATENATED MODULE: ./src/engine/edit/lines.ts
// The file being edited: its lines with their own terminators (a BOM and the final newline state too), and the
// reader's line map of it (claims/line-map.ts), which says where headings, rules, fields and list items are.
// EditError for what cannot be edited.

class EditError extends Error {
    constructor(message) {
        super(message);
        this.name = 'EditError';
    }
}
class Lines {
    items;
    eol;
    /** Did the original text end with a line terminator (or was it empty)? */
    trailing;
    /** A byte order mark, kept aside so line texts (and the reader's offsets into them) start at the content. */
    bom;
    constructor(source) {
        this.bom = source.charCodeAt(0) === 0xfeff ? '\uFEFF' : '';
        const text = source.slice(this.bom.length);
        const items = [];
        const re = /\r\n|\r|\n/g;
        let pos = 0;
        const counts = { crlf: 0, lf: 0, cr: 0 };
        for (let m = re.exec(text); m !== null; m = re.exec(text)) {
            items.push({ text: text.slice(pos, m.index), eol: m[0] });
            if (m[0] === '\r\n')
                counts.crlf++;
            else if (m[0] === '\n')
                counts.lf++;
            else
                counts.cr++;
            pos = m.index + m[0].length;
        }
        if (pos < text.length)
            items.push({ text: text.slice(pos), eol: '' });
        this.items = items;
        this.trailing = text.length === 0 || pos === text.length;
        this.eol = counts.crlf > counts.lf && counts.crlf >= counts.cr ? '\r\n' : counts.cr > counts.lf && counts.cr > counts.crlf ? '\r' : '\n';
    }
    get length() {
        return this.items.length;
    }
    /** Text of the 0-based line i ('' past the end). */
    at(i) {
        return this.items[i]?.text ?? '';
    }
    set(i, text) {
        const item = this.items[i];
        if (!item)
            throw new EditError(`line ${i + 1} does not exist`);
        item.text = text;
    }
    /** Inserts lines before 0-based index i (i === length appends). */
    insert(i, texts) {
        this.splice(i, 0, texts);
    }
    /** Replaces lines; replacement lines take over the terminators of the lines they replace, extra ones get the dominant one. */
    splice(start, deleteCount, texts) {
        const old = this.items.slice(start, start + deleteCount);
        this.items.splice(start, deleteCount, ...texts.map((text, j) => ({ text, eol: old[j]?.eol ?? this.eol })));
    }
    toString() {
        const n = this.items.length;
        let out = this.bom;
        for (let i = 0; i < n; i++) {
            const item = this.items[i];
            let eol = item.eol;
            if (i < n - 1 && eol === '')
                eol = this.eol;
            if (i === n - 1)
                eol = this.trailing ? eol || this.eol : '';
            out += item.text + eol;
        }
        return out;
    }
}
/**
 * The lines to edit and the reader's map of them. The map describes the text as it was read: take every position
 * from it before the first edit (the edits then go bottom-up or at one place).
 */
class Page {
    lines;
    map;
    /** Headings the reader sees (none inside code fences or comments). */
    headings;
    constructor(text, map) {
        this.lines = new Lines(text);
        this.map = map;
        this.headings = map.flatMap((m, index) => (m.heading ? [{ index, ...m.heading }] : []));
    }
    /** A claims file: the map knows its files lists. */
    static claims(text) {
        return new Page(text, readLineMap(text));
    }
    /** Any other markdown file (the handoff notes). */
    static markdown(text) {
        return new Page(text, lineMap(text));
    }
    kind(i) {
        return this.map[i]?.kind ?? 'blank';
    }
    isBlank(i) {
        return this.kind(i) === 'blank';
    }
    /** Is the whole file blank (or empty)? */
    isEmpty() {
        return this.map.every((m) => m.kind === 'blank');
    }
    /** 0-based last line of a heading's block: before the next heading of the same or a higher level, or a rule. */
    blockEnd(h) {
        const next = this.headings.find((o) => o.index > h.index && o.level <= h.level);
        const end = next ? next.index - 1 : this.lines.length - 1;
        for (let j = h.index + 1; j <= end; j++)
            if (this.kind(j) === 'rule')
                return j - 1;
        return end;
    }
    /** The last non-blank line at or before `i` (not before `floor`). */
    lastContent(i, floor = 0) {
        let e = i;
        while (e > floor && this.isBlank(e))
            e--;
        return e;
    }
    /** 0-based index just after the last non-blank line of the file (0 when it is all blank). */
    contentEnd() {
        let end = this.lines.length;
        while (end > 0 && this.isBlank(end - 1))
            end--;
        return end;
    }
}
/** Leading spaces and tabs of a line. */
function indentOf(line) {
    return line.slice(0, line.length - line.trimStart().length);
}


/***/ }),

/***/ 3976:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C2: () => (/* binding */ painter),
/* harmony export */   Mj: () => (/* binding */ shortTime),
/* harmony export */   Tl: () => (/* binding */ checkinWords),
/* harmony export */   V8: () => (/* binding */ relative),
/* harmony export */   Wk: () => (/* binding */ displayTime),
/* harmony export */   Xk: () => (/* binding */ claimWindow),
/* harmony export */   p0: () => (/* binding */ duration),
/* harmony export */   qo: () => (/* binding */ clockTime),
/* harmony export */   tp: () => (/* binding */ table)
/* harmony export */ });
/* harmony import */ var _engine_edit_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2289);
// Plain-text building blocks for the terminal reporter: colours (when the caller says the stream takes them),
// aligned columns, times in the configured zone, durations. Pure: whether colour is on is the CLI's question.

const CODES = { red: 31, green: 32, yellow: 33, magenta: 35, cyan: 36, dim: 2, bold: 1 };
function painter(enabled) {
    return (colour, s) => (enabled && colour ? `\x1b[${CODES[colour]}m${s}\x1b[0m` : s);
}
/** Display width: code points, emoji and CJK counted as two columns (good enough for names and paths). */
function width(s) {
    let w = 0;
    for (const ch of s) {
        const cp = ch.codePointAt(0) ?? 0;
        if (cp === 0xfe0f || (cp >= 0x300 && cp <= 0x36f))
            continue;
        w += cp >= 0x1100 && (cp <= 0x115f || (cp >= 0x2e80 && cp <= 0xa4cf) || (cp >= 0xac00 && cp <= 0xd7a3) || (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0xfe30 && cp <= 0xfe4f) || (cp >= 0xff00 && cp <= 0xff60) || (cp >= 0x1f300 && cp <= 0x1faff)) ? 2 : 1;
    }
    return w;
}
/** Aligned columns (two spaces apart, last column not padded). `paint` colours cells after padding. */
function table(rows, colour) {
    const widths = [];
    for (const r of rows)
        r.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, width(c))));
    return rows.map((r, ri) => r
        .map((c, i) => {
        const padded = i === r.length - 1 ? c : c + ' '.repeat((widths[i] ?? 0) - width(c));
        return colour ? colour(ri, i, padded) : padded;
    })
        .join('  ')
        .trimEnd());
}
/** "2025-12-03 19:00:00 UTC" / "2025-12-03 20:30:00 Asia/Kolkata". */
function displayTime(t, tz) {
    if (t === null)
        return '-';
    const ms = typeof t === 'number' ? t : Date.parse(t);
    if (!Number.isFinite(ms))
        return String(t);
    return `${(0,_engine_edit_index_js__WEBPACK_IMPORTED_MODULE_0__/* .formatStamp */ .xE)(ms, tz, { kind: 'seconds', zone: 'none' })} ${tz}`;
}
/** Short time-of-day form for tables: "2025-12-03 19:00". */
function shortTime(t, tz) {
    if (t === null)
        return '-';
    const ms = Date.parse(t);
    if (!Number.isFinite(ms))
        return t;
    return (0,_engine_edit_index_js__WEBPACK_IMPORTED_MODULE_0__/* .formatStamp */ .xE)(ms, tz, { kind: 'minutes', zone: 'none' }).replace(/ [+-]\d\d:\d\d$/, '');
}
/** "45m", "3h 05m", "2d 4h". */
function duration(ms) {
    const m = Math.max(0, Math.round(ms / 60_000));
    if (m < 60)
        return `${m}m`;
    const h = Math.floor(m / 60);
    if (h < 48)
        return `${h}h ${String(m % 60).padStart(2, '0')}m`;
    return `${Math.floor(h / 24)}d ${h % 24}h`;
}
/** "3h 05m ago" / "in 20m". */
function relative(t, now) {
    if (t === null)
        return '';
    const ms = Date.parse(t);
    if (!Number.isFinite(ms))
        return '';
    return ms <= now ? `${duration(now - ms)} ago` : `in ${duration(ms - now)}`;
}
/** "14:00 UTC" on the same day as `now` (in the zone), else "2025-12-05 14:00 UTC". */
function clockTime(t, tz, now) {
    const ms = typeof t === 'number' ? t : Date.parse(t);
    if (!Number.isFinite(ms))
        return String(t);
    const stamp = (0,_engine_edit_index_js__WEBPACK_IMPORTED_MODULE_0__/* .formatStamp */ .xE)(ms, tz, { kind: 'minutes', zone: 'none' }).replace(/ [+-]\d\d:\d\d$/, '');
    const today = (0,_engine_edit_index_js__WEBPACK_IMPORTED_MODULE_0__/* .formatStamp */ .xE)(now, tz, { kind: 'minutes', zone: 'none' }).slice(0, 10);
    return `${stamp.startsWith(today) ? stamp.slice(11) : stamp} ${tz}`;
}
/** A check-in as written: a date alone (a day, not midnight) stays a date; a time is a time with its age. */
function checkinWords(c, tz, now) {
    if (c === null)
        return 'no readable check-in';
    if (typeof c !== 'string' && c.end - c.start >= 3_600_000)
        return `${c.text.trim()} (a date without a time of day)`;
    const at = typeof c === 'string' ? c : new Date(c.start).toISOString();
    return `${clockTime(at, tz, now)} (${relative(at, now)})`;
}
/**
 * A claim's times in the action's words (it judges a change to a claimed file an error while the claim is active,
 * a warning while in caution, a notice once stale): "active until 14:00 UTC (in 2h 00m), stale after 16:00 UTC",
 * "caution until 16:00 UTC (in 1h 00m), stale after that", "stale since 16:00 UTC (2h 00m ago)".
 */
function claimWindow(state, activeUntil, staleAt, tz, now) {
    const iso = (t) => (typeof t === 'number' ? new Date(t).toISOString() : t);
    const at = (t) => `${clockTime(t, tz, now)} (${relative(iso(t), now)})`;
    if (state === 'idle')
        return 'claims nothing';
    if (staleAt === null)
        return state === 'uncertain' ? 'age uncertain' : `${state}, stale time unknown`;
    if (state === 'stale')
        return `stale since ${at(staleAt)}`;
    if (state === 'uncertain')
        return `age uncertain, stale after ${clockTime(staleAt, tz, now)} at the latest`;
    if (state === 'caution')
        return `caution until ${at(staleAt)}, stale after that`;
    return `${activeUntil === null ? 'active' : `active until ${at(activeUntil)}`}, stale after ${clockTime(staleAt, tz, now)}`;
}


/***/ })

};
