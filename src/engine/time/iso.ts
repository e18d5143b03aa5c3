// Is a value a full ISO 8601 date-time? The status file's times and the reporters' time columns are held to it.

const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-](\d{2}):(\d{2}))$/;

/** A full ISO 8601 date-time with a zone, with a real calendar date (no 30 February) and in-range fields. */
export function isIsoDateTime(s: unknown): s is string {
  if (typeof s !== 'string') return false;
  const m = ISO_RE.exec(s);
  if (!m) return false;
  const [y = 0, mo = 0, d = 0, h = 0, mi = 0, sec = 0, oh = 0, om = 0] = m
    .slice(1)
    .map((v) => (v === undefined ? 0 : Number(v)));
  const last = new Date(0);
  last.setUTCFullYear(y, mo, 0); // day 0 of the next month: the last day of month `mo`
  return (
    mo >= 1 &&
    mo <= 12 &&
    d >= 1 &&
    d <= last.getUTCDate() &&
    h <= 23 &&
    mi <= 59 &&
    sec <= 59 &&
    oh <= 23 &&
    om <= 59 &&
    Number.isFinite(Date.parse(s))
  );
}
