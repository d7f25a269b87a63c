// When an interview is, as the people involved see it: its wall-clock time in its own zone (an IANA zone when
// given, else the offset it was written with), how many calendar days ahead it is there, and whether the zone
// needs naming because the sender's clock (the offset of `now`) reads differently.

/** Remembers the last few hundred results of a pure function of a string (zones and slots recur). */
export function memo<T>(fn: (key: string) => T, size = 512): (key: string) => T {
  const cache = new Map<string, T>();
  return (key) => {
    let value = cache.get(key);
    if (value === undefined) {
      if (cache.size >= size) cache.delete(cache.keys().next().value!);
      value = fn(key);
      cache.set(key, value);
    }
    return value;
  };
}

/** Parses the offset of an ISO 8601 date-time ("Z", "+05:30", "-0500") into minutes east of UTC. */
export function offsetMinutes(iso: string): number {
  const m = /(Z|([+-])(\d{2}):?(\d{2}))$/i.exec(iso);
  if (!m || m[1]!.toUpperCase() === 'Z') return 0;
  const sign = m[2] === '-' ? -1 : 1;
  return sign * (Number(m[3]) * 60 + Number(m[4]));
}

const zoneParts = memo(
  (zone) => new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' }),
  64,
);

/** Minutes east of UTC of an IANA zone at an instant (its DST rules included). */
export function zoneOffsetMinutes(zone: string, atMs: number): number {
  const parts: Record<string, number> = {};
  for (const p of zoneParts(zone).formatToParts(atMs)) if (p.type !== 'literal') parts[p.type] = Number(p.value);
  const wall = Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!);
  return Math.round((wall - Math.floor(atMs / 1000) * 1000) / 60_000);
}

/** An IANA time zone name this runtime knows ("Europe/Berlin", "America/New_York", "UTC"). */
export function isTimeZone(zone: string): boolean {
  if (!/^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)*$/.test(zone) || !(zone.includes('/') || zone === 'UTC')) return false;
  try {
    zoneParts(zone);
    return true;
  } catch {
    return false;
  }
}

export interface InterviewClock {
  atMs: number;
  /** The wall-clock time of the interview, as a Date whose UTC fields are that wall clock. */
  local: Date;
  /** Minutes east of UTC at the interview, in its zone. */
  offset: number;
  /** The IANA zone, when the request gave one. */
  timeZone: string | null;
  /** Hours from now until the interview; negative once it has passed. */
  hoursAhead: number;
  /** Calendar days from now's date to the interview's date, both in the interview's zone. */
  daysAhead: number;
  /** Whether the zone should be named: the sender's clock reads a different offset, or is unknown with a zone given. */
  nameZone: boolean;
}

const dayMs = 86_400_000;

/**
 * The candidate's own zone (`senderZone`), when the platform gave one, is the sender's clock: a platform's `now` is
 * often its server's UTC. Without it, the offset of the request's `now` (`nowIso`) is; without either the sender's
 * offset is unknown, so a zone the platform named is named in the text, while a bare offset is not. The day words ("today", "tomorrow") are the
 * interview's own, in its zone, as its time is.
 */
export function interviewClock(atIso: string, timeZone: string | null, nowMs: number, nowIso: string | null, senderZone: string | null = null): InterviewClock {
  const atMs = Date.parse(atIso);
  const offset = timeZone ? zoneOffsetMinutes(timeZone, atMs) : offsetMinutes(atIso);
  const nowOffset = timeZone ? zoneOffsetMinutes(timeZone, nowMs) : offset;
  const daysAhead = Math.floor((atMs + offset * 60_000) / dayMs) - Math.floor((nowMs + nowOffset * 60_000) / dayMs);
  const senderOffset = senderZone !== null ? zoneOffsetMinutes(senderZone, nowMs) : nowIso !== null ? offsetMinutes(nowIso) : null;
  const nameZone = senderOffset === null ? timeZone !== null : senderOffset !== offset;
  return { atMs, local: new Date(atMs + offset * 60_000), offset, timeZone, hoursAhead: (atMs - nowMs) / 3_600_000, daysAhead, nameZone };
}

/** "UTC+1", "UTC-5", "UTC+5:30", with a plain hyphen so that SMS stays in GSM-7. */
export function utcOffsetLabel(offset: number): string {
  if (offset === 0) return 'UTC';
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  const minutes = abs % 60;
  return `UTC${sign}${Math.floor(abs / 60)}${minutes ? `:${String(minutes).padStart(2, '0')}` : ''}`;
}

const zoneNameFormats = memo((key) => {
  const [locale, style] = key.split('|') as [string, 'short' | 'shortGeneric'];
  return memo((zone) => new Intl.DateTimeFormat(locale, { timeZone: zone, timeZoneName: style }), 64);
}, 32);

/** The zone's name as `locale` writes it ("EST", "CET", "MEZ", "New York Time"), or null when Intl only has an offset. */
export function zoneName(locale: string, style: 'short' | 'shortGeneric', zone: string, atMs: number): string | null {
  const part = zoneNameFormats(`${locale}|${style}`)(zone).formatToParts(atMs).find((p) => p.type === 'timeZoneName')?.value;
  if (!part || /^(GMT|UTC)[+−-]/.test(part)) return null;
  return part;
}
