// Dates in words, with what is known of them: "on 23 May 2025", "in May 2025",
// "on or before 4 January 2024", "date unknown". Never a raw internal field.

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** 2025-05-23 → "23 May 2025" (the precision decides how much is said). */
export function dayWords(iso, precision = 'day') {
  if (!iso) return '';
  const [y, m, d] = iso.split('-').map(Number);
  if (precision === 'year') return String(y);
  if (precision === 'month') return `${MONTHS[m - 1]} ${y}`;
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

/** An event's date as a sentence part, from its stored fields. */
export function eventDateWords(p) {
  const precision = (p.datePrecision ?? 'unknown').toLowerCase();
  if (p.startDate && precision !== 'unknown') {
    const start = dayWords(p.startDate, precision);
    const on = precision === 'day' ? 'on' : 'in';
    if (p.endDate && p.endDate !== p.startDate) return `from ${start} to ${dayWords(p.endDate, precision)}`;
    if (p.openEnded) return `from ${start} (end not reported)`;
    return `${on} ${start}`;
  }
  if (p.notBefore && p.notAfter) return `between ${dayWords(p.notBefore)} and ${dayWords(p.notAfter)}`;
  if (p.notAfter) return `on or before ${dayWords(p.notAfter)}`;
  if (p.notBefore) return `on or after ${dayWords(p.notBefore)}`;
  return 'date unknown';
}

const endOf = (iso, precision) => {
  const [y, m] = iso.split('-').map(Number);
  if (precision === 'year') return `${y}-12-31`;
  if (precision === 'month') return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
  return iso;
};

/**
 * The days an event may fall on, as [earliest, latest] ISO dates; null ends
 * are open. Null when nothing is known. Month and year precision cover the
 * whole month or year.
 */
export function eventSpan(p) {
  const precision = (p.datePrecision ?? 'unknown').toLowerCase();
  if (p.startDate && precision !== 'unknown') {
    const latest = p.endDate ? endOf(p.endDate, precision) : p.openEnded ? null : endOf(p.startDate, precision);
    return [p.startDate, latest];
  }
  if (p.notBefore || p.notAfter) return [p.notBefore ?? null, p.notAfter ?? null];
  return null;
}

/** Does a span meet the range [from, to] (ISO dates)? */
export const spanMeets = ([lo, hi], from, to) => (lo === null || lo <= to) && (hi === null || hi >= from);
