export const id = 976;
export const ids = [976];
export const modules = {

/***/ 1808:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  F: () => (/* reexport */ EditError),
  ul: () => (/* reexport */ addHandoffEntry),
  qE: () => (/* reexport */ addOverride),
  pS: () => (/* reexport */ claim/* agentKey */.pS),
  uN: () => (/* reexport */ detectStampStyle),
  rv: () => (/* reexport */ findSection),
  xE: () => (/* reexport */ formatStamp),
  RY: () => (/* reexport */ hasField),
  xq: () => (/* reexport */ setAgentFields),
  YK: () => (/* reexport */ setCheckin),
  N: () => (/* reexport */ setModuleLine)
});

// UNUSED EXPORTS: DEFAULT_STAMP_STYLE, formatPathItem, idleFields, lineEnding

;// CONCATENATED MODULE: ./src/engine/edit/lines.ts
// The claims file as lines that keep their own terminators (a BOM and the final newline state too), and the
// markdown structure the editor needs outside code fences: headings, rules, list items. EditError for what cannot be edited.
class EditError extends Error {
    constructor(message) {
        super(message);
        this.name = 'EditError';
    }
}
class lines_Lines {
    items;
    eol;
    /** Did the original text end with a line terminator (or was it empty)? */
    trailing;
    constructor(text) {
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
        let out = '';
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
function headingOf(line) {
    const m = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?[ \t]*$/.exec(line);
    if (!m)
        return null;
    const text = (m[2] ?? '').replace(/[ \t]+#+$/, '').trim();
    return { level: m[1].length, text };
}
function isRule(line) {
    return /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/.test(line);
}
function structure(lines) {
    const inFence = [];
    const headings = [];
    let fence = null;
    for (let i = 0; i < lines.length; i++) {
        const line = lines.at(i);
        if (fence) {
            inFence.push(true);
            const m = /^[ \t]*(`{3,}|~{3,})[ \t]*$/.exec(line);
            if (m && m[1][0] === fence.char && m[1].length >= fence.len)
                fence = null;
            continue;
        }
        const open = /^[ \t]*(`{3,}|~{3,})(.*)$/.exec(line);
        if (open && !(open[1][0] === '`' && open[2].includes('`'))) {
            fence = { char: open[1][0], len: open[1].length };
            inFence.push(true);
            continue;
        }
        inFence.push(false);
        const h = headingOf(line);
        if (h)
            headings.push({ index: i, ...h });
    }
    return { inFence, headings };
}
/** Heading text without markup and leading/trailing emoji or symbols ("🚨 **Emergency Override**" → "Emergency Override"). */
function plainHeading(text) {
    return text
        .replace(/[*_`~]/g, '')
        .replace(/^[^\p{L}\p{N}]+/u, '')
        .replace(/[^\p{L}\p{N})]+$/u, '')
        .trim();
}
const LIST_ITEM = /^([ \t]*)(?:[-*+•]|\d{1,9}[.)])(?:[ \t]+|$)/;
function isBlank(s) {
    return s.trim() === '';
}

// EXTERNAL MODULE: ./src/engine/time/index.ts + 2 modules
var engine_time = __webpack_require__(2962);
;// CONCATENATED MODULE: ./src/engine/edit/stamps.ts

const DEFAULT_STAMP_STYLE = { kind: 'seconds', zone: 'none' };
const STAMP_KEYS = ['started at', 'started', 'start time', 'claimed at', 'last checkin', 'checkin', 'last updated', 'last update'];
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

// EXTERNAL MODULE: ./src/engine/claims/claim.ts
var claim = __webpack_require__(3530);
;// CONCATENATED MODULE: ./src/engine/edit/sections.ts


// ---------------------------------------------------------------------------------------------------------------
// Agent sections
// One agent-name key for the reader, the judge and the editor: case, spacing and a role in parentheses ignored.

function findSection(doc, names) {
    const keys = new Set(names.map(claim/* agentKey */.pS));
    return doc.agents.find((a) => keys.has((0,claim/* agentKey */.pS)(a.name))) ?? null;
}
const ORDER = ['workingOn', 'module', 'startedAt', 'expected', 'files', 'lastCheckin'];
const LABELS = {
    workingOn: 'Currently Working On',
    module: 'Module',
    startedAt: 'Started At',
    expected: 'Expected Completion',
    files: 'Files Being Modified',
    lastCheckin: 'Last Checkin'
};
/** The parser's normalised keys for each field, first match wins (as in the parser). */
const KEYS = {
    workingOn: ['currently working on', 'working on', 'current work', 'current task'],
    module: ['module', 'modules'],
    startedAt: ['started at', 'started', 'start time', 'claimed at'],
    expected: ['expected completion', 'eta', 'expected completion time'],
    files: ['files being modified', 'files', 'files modified', 'files being edited', 'files claimed', 'files to modify', 'files being changed'],
    lastCheckin: ['last checkin', 'checkin', 'last updated', 'last update']
};
/** Does the section have this field (under any of the labels the parser reads for it)? */
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
/** Where the label of a field line ends: `**Label:**`, `- **Label:**`, `**Label**:`, `Label:`. */
function labelEnd(line) {
    const lead = /^[ \t]*(?:(?:[-*+•]|\d{1,9}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?)?/.exec(line);
    let p = lead ? lead[0].length : 0;
    const delim = line.startsWith('**', p) ? '**' : line.startsWith('__', p) ? '__' : null;
    if (delim) {
        const close = line.indexOf(delim, p + 2);
        if (close < 0)
            return null;
        const inner = line.slice(p + 2, close).trimEnd();
        p = close + 2;
        if (inner.endsWith(':') || inner.endsWith('：'))
            return p;
        const after = line.charAt(p);
        return after === ':' || after === '：' ? p + 1 : null;
    }
    const colon = line.indexOf(':', p);
    return colon < 0 ? null : colon + 1;
}
function withValue(line, value) {
    const end = labelEnd(line);
    if (end === null)
        throw new EditError(`cannot find the label in line "${line.slice(0, 80)}"`);
    const gap = /^[ \t]*/.exec(line.slice(end))?.[0] ?? '';
    if (value === '')
        return line.slice(0, end);
    return line.slice(0, end) + (gap === '' ? ' ' : gap) + value;
}
/** The shape of field lines in a sample section (or the seed's `**Label:** value`). */
function fieldFrame(lines, section) {
    let sample = null;
    if (section) {
        const first = Object.values(section.fields).sort((a, b) => a.line - b.line)[0];
        if (first)
            sample = lines.at(first.line - 1);
    }
    const m = sample ? /^([ \t]*(?:(?:[-*+•]|\d{1,9}[.)])[ \t]+)?)(\*\*|__)?([^:*_]+)(:?)(\*\*|__)?(:?)/.exec(sample) : null;
    if (!m)
        return { lead: '', render: (label, value) => `**${label}:**${value === '' ? '' : ` ${value}`}` };
    const lead = (m[1] ?? '').replace(/\d{1,9}([.)])/, '1$1');
    const bold = m[2] ?? '';
    const colonInside = m[4] === ':';
    return {
        lead,
        render: (label, value) => {
            const head = bold ? (colonInside ? `${bold}${label}:${bold}` : `${bold}${label}${bold}:`) : `${label}:`;
            return `${lead}${head}${value === '' ? '' : ` ${value}`}`;
        }
    };
}
/** A path as a list item the parser reads back: plain when safe, else in backticks. */
function formatPathItem(path) {
    if (/[\r\n`]/.test(path))
        throw new EditError(`cannot write the path ${JSON.stringify(path)} into a markdown list`);
    return /^[\p{L}\p{N}._/@~$*-][^\s()[\]<>|"'`,;]*$/u.test(path) && !/[.,:;]$/.test(path) ? path : `\`${path}\``;
}
/** The lines of a section's files list after its field line: [first, last] (0-based, inclusive), or null if none. */
function filesExtent(lines, fieldLine, lastLine) {
    let last = -1;
    let sawBlank = false;
    for (let j = fieldLine + 1; j <= lastLine; j++) {
        const t = lines.at(j);
        if (isBlank(t)) {
            sawBlank = true;
            continue;
        }
        const li = LIST_ITEM.exec(t);
        const content = li ? t.slice(li[0].length) : t;
        if (labelEnd(content) !== null && /^[ \t]*(\*\*|__)/.test(content))
            break; // the next field
        if (li) {
            last = j;
            sawBlank = false;
            continue;
        }
        if (!sawBlank && /^[ \t]*\S+[ \t]*$/.test(t)) {
            last = j; // a bare path directly under the field
            continue;
        }
        break;
    }
    return last < 0 ? null : { first: fieldLine + 1, last };
}
function bulletFor(lines, extent, fieldLineText) {
    if (extent) {
        for (let j = extent.first; j <= extent.last; j++) {
            const li = LIST_ITEM.exec(lines.at(j));
            if (li)
                return li[0].replace(/\d{1,9}([.)])/, '1$1').replace(/[ \t]+$/, ' ');
        }
    }
    const own = LIST_ITEM.exec(fieldLineText);
    if (own)
        return `${own[1] ?? ''}  - `;
    return '- ';
}
/** Bullet for a files list under a field line with the given lead (`- ` when fields are list items: nest it). */
function nestedBullet(lead) {
    if (lead === '')
        return '- ';
    return `${/^[ \t]*/.exec(lead)?.[0] ?? ''}  - `;
}
function fileItems(bullet, files) {
    if (files.length === 0)
        return [`${bullet}None`];
    return files.map((f) => `${bullet}${formatPathItem(f)}`);
}
function sections_valueOf(name, fields) {
    const v = fields[name];
    if (typeof v !== 'string')
        return '';
    if (/[\r\n]/.test(v))
        throw new EditError(`${LABELS[name]} must be one line`);
    return v;
}
/** Lines for a brand-new section: heading, blank, fields in canonical order (the seed's shape). */
function newSectionLines(heading, frame, fields) {
    const out = [heading, ''];
    for (const name of ORDER) {
        if (name === 'files') {
            out.push(frame.render(LABELS.files, ''));
            out.push(...fileItems(nestedBullet(frame.lead), fields.files ?? []));
            continue;
        }
        if (name === 'lastCheckin')
            out.push('');
        const v = fields[name] === undefined ? (name === 'expected' || name === 'startedAt' ? 'N/A' : 'None') : sections_valueOf(name, fields);
        out.push(frame.render(LABELS[name], v));
    }
    return out;
}
function headingFor(lines, sample, agent) {
    if (sample) {
        const raw = lines.at(sample.line - 1);
        let k = raw.indexOf(sample.name);
        if (k < 0)
            k = raw.toLowerCase().indexOf(sample.name.toLowerCase());
        if (k >= 0)
            return raw.slice(0, k) + agent + raw.slice(k + sample.name.length);
        const h = headingOf(raw);
        return `${'#'.repeat(h?.level ?? 2)} ${agent} Status`;
    }
    return `## ${agent} Status`;
}
/** Is there a `---` rule right after the section (blank lines skipped)? */
function ruleAfter(lines, endIndex) {
    for (let j = endIndex + 1; j < lines.length; j++) {
        const t = lines.at(j);
        if (isBlank(t))
            continue;
        return isRule(t);
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
    const lines = new lines_Lines(text);
    const section = findSection(doc, [agent, ...aliases]);
    if (!section)
        return createSection(lines, doc, agent, fields);
    const frame = fieldFrame(lines, section);
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
        return filesExtent(lines, idx, last)?.last ?? idx;
    };
    for (const name of ORDER) {
        if (fields[name] === undefined)
            continue;
        const idx = present.get(name);
        if (idx !== undefined) {
            if (name === 'files') {
                const extent = filesExtent(lines, idx, last);
                const bullet = bulletFor(lines, extent, lines.at(idx));
                const fieldText = withValue(lines.at(idx), '');
                edits.push({ at: idx, del: 1, texts: [fieldText] });
                const items = fileItems(bullet, fields.files ?? []);
                if (extent)
                    edits.push({ at: extent.first, del: extent.last - extent.first + 1, texts: items });
                else
                    edits.push({ at: idx + 1, del: 0, texts: items });
            }
            else {
                edits.push({ at: idx, del: 1, texts: [withValue(lines.at(idx), sections_valueOf(name, fields))] });
            }
            continue;
        }
        // Missing: after the nearest preceding present field's block, else before the nearest following one.
        const pos = ORDER.indexOf(name);
        const rendered = name === 'files'
            ? [frame.render(LABELS.files, ''), ...fileItems(nestedBullet(frame.lead), fields.files ?? [])]
            : [frame.render(LABELS[name], sections_valueOf(name, fields))];
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
            if (at <= last + 1 && isBlank(lines.at(at)) && at < lines.length)
                at++;
            edits.push({ at, del: 0, texts: rendered });
        }
    }
    // Apply bottom-up; inserts at the same index keep their canonical order.
    const ordered = edits.map((e, i) => ({ ...e, i })).sort((a, b) => b.at - a.at || (b.del - a.del) || b.i - a.i);
    for (const e of ordered)
        lines.splice(e.at, e.del, e.texts);
    return lines.toString();
}
function createSection(lines, doc, agent, fields) {
    if (/[\r\n]/.test(agent))
        throw new EditError('agent name must be one line');
    const lastSection = doc.agents.reduce((acc, s) => (!acc || s.line > acc.line ? s : acc), null);
    const frame = fieldFrame(lines, lastSection);
    const body = newSectionLines(headingFor(lines, lastSection, agent), frame, fields);
    if (lastSection) {
        const end = lastSection.endLine - 1;
        const rule = ruleAfter(lines, end);
        lines.insert(end + 1, rule ? ['', '---', '', ...body] : ['', ...body]);
        return lines.toString();
    }
    if (lines.length === 0 || lines.items.every((l) => isBlank(l.text))) {
        const fresh = new lines_Lines('');
        fresh.insert(0, ['# AI Current Work Status', '', '---', '', ...body, '', '---']);
        return fresh.toString();
    }
    // No agent section yet: before the first level-2 heading, else at the end.
    const s = structure(lines);
    const h2 = s.headings.find((h) => h.level === 2);
    if (h2) {
        const rule = (() => {
            for (let j = h2.index - 1; j >= 0; j--) {
                if (isBlank(lines.at(j)))
                    continue;
                return isRule(lines.at(j)) ? j : -1;
            }
            return -1;
        })();
        if (rule >= 0)
            lines.insert(rule + 1, ['', ...body, '', '---']);
        else
            lines.insert(h2.index, [...body, '']);
        return lines.toString();
    }
    let end = lines.length;
    while (end > 0 && isBlank(lines.at(end - 1)))
        end--;
    lines.insert(end, ['', ...body]);
    return lines.toString();
}
/** Sets Last Checkin of the agent's section: exactly one line changes when the field exists. */
function setCheckin(text, doc, agent, stamp, aliases = []) {
    const section = findSection(doc, [agent, ...aliases]);
    if (!section)
        throw new EditError(`no status section for ${agent}`);
    return setAgentFields(text, doc, section.name, { lastCheckin: stamp });
}
/** The fields of an idle section (the seed's "None" shape), checked in at `stamp`. */
function idleFields(stamp) {
    return { workingOn: 'None', module: 'None', startedAt: 'N/A', expected: 'N/A', files: [], lastCheckin: stamp };
}

;// CONCATENATED MODULE: ./src/engine/edit/module-lines.ts

const DEFAULT_EMOJI = { claimed: '⚠️', available: '🔴', complete: '✅' };
function splitModuleLine(line, module) {
    const li = LIST_ITEM.exec(line);
    if (!li)
        return null;
    const bullet = li[0];
    const body = line.slice(bullet.length);
    let k = body.indexOf(module);
    if (k < 0)
        k = body.toLowerCase().indexOf(module.toLowerCase());
    if (k < 0)
        return null;
    let before = body.slice(0, k);
    let open = '';
    const markup = /(\*\*|__|`)$/.exec(before);
    if (markup) {
        open = markup[1];
        before = before.slice(0, -open.length);
    }
    let after = body.slice(k + module.length);
    let close = '';
    if (open && after.startsWith(open)) {
        close = open;
        after = after.slice(open.length);
    }
    const sep = /^(?:[ \t]*[-–—:][ \t]*|[ \t]+)/.exec(after)?.[0] ?? '';
    return { bullet, emoji: before, open, name: body.slice(k, k + module.length), close, sep, rest: after.slice(sep.length) };
}
function moduleDescription(state, agent) {
    if (state === 'claimed')
        return `CLAIMED BY ${agent ?? 'unknown'}`;
    return state === 'available' ? 'Available' : 'Complete';
}
/** Leading decoration (emoji) the file uses on module lines of each state. */
function emojiVocabulary(lines, doc) {
    const out = {};
    for (const m of doc.modules) {
        if (m.state === 'other' || out[m.state])
            continue;
        const parts = splitModuleLine(lines.at(m.line - 1), m.module);
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
function groupState(text) {
    const t = text.replace(/[*_`]/g, '').toLowerCase();
    if (/\bclaimed\b/.test(t))
        return 'claimed';
    if (/\bcomplete(?:d)?\b/.test(t))
        return 'complete';
    if (/\bavailable\b/.test(t))
        return 'available';
    return null;
}
function groups(lines, s) {
    return s.headings.map((h, n) => {
        let end = lines.length - 1;
        const next = s.headings.slice(n + 1).find((o) => o.level <= h.level);
        if (next)
            end = next.index - 1;
        for (let j = h.index + 1; j <= end; j++) {
            if (!s.inFence[j] && isRule(lines.at(j))) {
                end = j - 1;
                break;
            }
        }
        const sub = s.headings.find((o) => o.index > h.index && o.index <= end);
        return { heading: h, state: groupState(h.text), end, ownEnd: sub ? sub.index - 1 : end };
    });
}
/** Only emoji/symbols (no letters, digits, checkbox brackets): decoration we may swap for another state's. */
function isDecoration(s) {
    return s.trim() !== '' && !/[\p{L}\p{N}[\]]/u.test(s.replace(/[\u00c0-\u024f\u0370-\u03ff]/gu, ''));
}
/**
 * Sets a module's list line to claimed (by `agent`), available or complete, in the line's own style. When the
 * file groups modules under state headings ("### ⚠️ Claimed", "### 🔴 Available …") the line moves to the group
 * of the new state. A module not listed yet is added after the other module lines (or to its state's group); a
 * file without any module list is left as it is.
 */
function setModuleLine(text, doc, module, state, agent) {
    const lines = new lines_Lines(text);
    const listings = doc.modules.filter((m) => m.module.toLowerCase() === module.toLowerCase());
    const vocab = emojiVocabulary(lines, doc);
    const s = structure(lines);
    const all = groups(lines, s);
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
            if (!s.inFence[j] && LIST_ITEM.test(lines.at(j)))
                at = j + 1;
        return at;
    };
    if (listings.length > 0) {
        const first = listings[0];
        const idx = first.line - 1;
        const parts = splitModuleLine(lines.at(idx), first.module);
        if (!parts)
            throw new EditError(`cannot read the module line ${first.line}`);
        const from = groupOf(idx);
        const to = listings.length === 1 && from && from.state !== null && from.state !== state ? targetGroup(from) : null;
        const rendered = renderModuleLine(parts, state, agent, vocab);
        // Further listings of the same module are rewritten in place.
        for (const other of listings.slice(1)) {
            const p = splitModuleLine(lines.at(other.line - 1), other.module);
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
    const parts = splitModuleLine(lines.at(sample.line - 1), sample.module);
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

;// CONCATENATED MODULE: ./src/engine/edit/entries.ts

const oneLine = (s) => s.replace(/[\r\n]+/g, ' ').trim();
/**
 * Adds an `### Emergency Override - <date> - <agent>` entry (the thg-tms shape) at the end of the file's
 * "Emergency Override(s)" section (outside code fences), or in a new `## Emergency Overrides` section at the end.
 */
function addOverride(text, _doc, entry) {
    const lines = new lines_Lines(text);
    const s = structure(lines);
    const containers = s.headings.filter((h) => {
        const t = plainHeading(h.text).toLowerCase();
        return t.includes('emergency override') && !/^emergency overrides?\s*[-–—:|]\s*\S/.test(t);
    });
    const exact = containers.find((h) => /^emergency overrides?$/.test(plainHeading(h.text).toLowerCase()));
    const container = exact ?? containers[0] ?? null;
    const level = Math.min(6, (container?.level ?? 2) + 1);
    const body = [
        `${'#'.repeat(level)} Emergency Override - ${oneLine(entry.date)} - ${oneLine(entry.agent)}`,
        `- **Reason:** ${oneLine(entry.reason)}`,
        `- **Module:** ${entry.module ? oneLine(entry.module) : 'N/A'}`,
        `- **Original Owner:** ${oneLine(entry.originalOwner)}`,
        `- **Action Taken:** ${oneLine(entry.action)}`
    ];
    if (container) {
        let end = lines.length - 1;
        const next = s.headings.find((h) => h.index > container.index && h.level <= container.level);
        if (next)
            end = next.index - 1;
        for (let j = container.index + 1; j <= end; j++) {
            if (!s.inFence[j] && isRule(lines.at(j))) {
                end = j - 1;
                break;
            }
        }
        while (end > container.index && isBlank(lines.at(end)))
            end--;
        lines.insert(end + 1, ['', ...body]);
        return lines.toString();
    }
    let end = lines.length;
    while (end > 0 && isBlank(lines.at(end - 1)))
        end--;
    const usesRules = lines.items.some((l, i) => !s.inFence[i] && isRule(l.text));
    const head = usesRules ? ['', '---', '', '## Emergency Overrides', ''] : ['', '## Emergency Overrides', ''];
    lines.insert(end, end === 0 ? head.slice(usesRules ? 3 : 1).concat(body) : [...head, ...body]);
    return lines.toString();
}
/**
 * Adds a dated entry to the handoff file: right under a "… (Latest First)" heading when the file has one (newest
 * entries on top, as agents keep it), else at the end. `text` null creates the file.
 */
function addHandoffEntry(text, entry) {
    const lines = new lines_Lines(text ?? '');
    const s = structure(lines);
    const latestFirst = s.headings.find((h) => /latest first|newest first/i.test(h.text));
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
    if (text === null || lines.items.every((l) => isBlank(l.text))) {
        const fresh = new lines_Lines('');
        fresh.insert(0, ['# AI Handoff', '', '## Recent Changes (Latest First)', '', ...body]);
        return fresh.toString();
    }
    if (latestFirst) {
        // Newest on top: before the first non-blank line under the heading, with one blank line around the entry.
        let at = latestFirst.index + 1;
        while (at < lines.length && isBlank(lines.at(at)))
            at++;
        if (at >= lines.length)
            lines.insert(lines.length, ['', ...body]);
        else if (at === latestFirst.index + 1)
            lines.insert(at, ['', ...body, '']);
        else
            lines.insert(at, [...body, '']);
        return lines.toString();
    }
    let end = lines.length;
    while (end > 0 && isBlank(lines.at(end - 1)))
        end--;
    lines.insert(end, ['', ...body]);
    return lines.toString();
}

;// CONCATENATED MODULE: ./src/engine/edit/index.ts
// Pure text transforms of AI_CURRENT_WORK.md (and AI_HANDOFF.md) for `ai-sync claim / checkin / release`.
//
// Every function takes the file text (and, for the claims file, its parsed ClaimsDocument, which gives the line
// positions) and returns the new text. Bytes outside the edited lines never change: each line keeps its own
// terminator (`\r\n`, `\n` or `\r`), new lines get the file's dominant one, a BOM and the trailing-newline state are
// kept. New content copies the file's existing style: heading decoration (`## 🤖 X Status`), `---` separators,
// field markup (`**Label:**`, `- **Label:**`, `**Label**:`), list bullets, module-line emoji and the timestamp format.






// ---------------------------------------------------------------------------------------------------------------
// Small exported helpers for callers and tests
/** The file's dominant line terminator. */
function lineEnding(text) {
    return new Lines(text).eol;
}


/***/ }),

/***/ 3976:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C2: () => (/* binding */ painter),
/* harmony export */   Mj: () => (/* binding */ shortTime),
/* harmony export */   V8: () => (/* binding */ relative),
/* harmony export */   Wk: () => (/* binding */ displayTime),
/* harmony export */   p0: () => (/* binding */ duration),
/* harmony export */   tp: () => (/* binding */ table)
/* harmony export */ });
/* harmony import */ var _engine_edit_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1808);
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


/***/ })

};
