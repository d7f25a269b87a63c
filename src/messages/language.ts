// English language helpers: articles, possessives, lists, names, and interview dates relative to "now".
import indefinite from 'indefinite';

/**
 * Remembers the last few hundred results of a pure function of a string. Job titles and interview slots repeat
 * across requests, and `indefinite` and Intl formatting are among the costlier steps of a render.
 */
function memo<T>(fn: (key: string) => T, size = 512): (key: string) => T {
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

/** "an MBA intern", "a UX designer", "an hour": the article comes from the `indefinite` package. */
export const withArticle: (noun: string) => string = memo((noun) => indefinite(noun));

/** "Acme Corp's", "James's": house style adds 's to every name, and leaves one that already has it. */
export function possessive(name: string): string {
  return /['’]s$/i.test(name) ? name : `${name}'s`;
}

// British usage, like the templates' spelling: "A, B and C", without a serial comma.
const listFormat = new Intl.ListFormat('en-GB', { style: 'long', type: 'conjunction' });
export function list(items: readonly string[]): string {
  return listFormat.format(items);
}

const honorific = /^(mr|mrs|ms|miss|mx|dr|prof|sir|dame)\.?$/i;

/**
 * The name to greet someone by in a personal tone ("Hi Priya"): the first name; someone who gives an
 * honorific keeps it, with the surname ("Hi Dr. Okafor"), since that is how they asked to be addressed.
 */
export function shortName(name: string): string {
  const words = name.trim().split(/\s+/);
  const first = words[0] ?? '';
  if (words.length < 2) return name.trim();
  if (honorific.test(first)) return words.length > 2 ? `${first} ${words[words.length - 1]}` : name.trim();
  return first;
}

/** Parses the offset of an ISO 8601 date-time ("Z", "+05:30", "-0500") into minutes east of UTC. */
export function offsetMinutes(iso: string): number {
  const m = /(Z|([+-])(\d{2}):?(\d{2}))$/i.exec(iso);
  if (!m || m[1]!.toUpperCase() === 'Z') return 0;
  const sign = m[2] === '-' ? -1 : 1;
  return sign * (Number(m[3]) * 60 + Number(m[4]));
}

// Formatting in UTC after shifting by the offset shows the wall-clock time of the interview's own place
// (Node 20's Intl does not accept offset time zones such as "-05:00"). British forms match the templates'
// spelling: "3 pm", "Tuesday 1 December"; h12 because en-GB's default 12-hour cycle writes noon as "0 pm".
const hourFormat = new Intl.DateTimeFormat('en-GB', { hour: 'numeric', hourCycle: 'h12', timeZone: 'UTC' });
const timeFormat = new Intl.DateTimeFormat('en-GB', { hour: 'numeric', minute: '2-digit', hourCycle: 'h12', timeZone: 'UTC' });
const weekdayFormat = new Intl.DateTimeFormat('en-GB', { weekday: 'long', timeZone: 'UTC' });
const dateFormat = new Intl.DateTimeFormat('en-GB', { weekday: 'long', month: 'long', day: 'numeric', timeZone: 'UTC' });

export interface InterviewTime {
  /** "today", "tomorrow", "yesterday", "on Tuesday" (within the week ahead) or "on Tuesday 8 December". */
  day: string;
  /** "3 pm", or "3:30 pm" when the minutes matter. */
  time: string;
  /** "tomorrow at 3 pm". */
  when: string;
  /** Hours from now until the interview; negative when it is in the past. */
  hoursAhead: number;
  /** Calendar days from now's date to the interview's date, both in the interview's offset. */
  daysAhead: number;
}

const dayMs = 86_400_000;

export function describeInterviewTime(atIso: string, nowMs: number): InterviewTime {
  const atMs = Date.parse(atIso);
  const shift = offsetMinutes(atIso) * 60_000;
  const daysAhead = Math.floor((atMs + shift) / dayMs) - Math.floor((nowMs + shift) / dayMs);
  const { day, time } = wording(`${atIso}|${daysAhead}`);
  return { day, time, when: `${day} at ${time}`, hoursAhead: (atMs - nowMs) / 3_600_000, daysAhead };
}

/** The words for an interview time, given "<at>|<days ahead>"; memoised, as the same slots recur. */
const wording = memo((key: string) => {
  const [atIso, days] = key.split('|') as [string, string];
  const daysAhead = Number(days);
  const local = new Date(Date.parse(atIso) + offsetMinutes(atIso) * 60_000);
  let day: string;
  if (daysAhead === 0) day = 'today';
  else if (daysAhead === 1) day = 'tomorrow';
  else if (daysAhead === -1) day = 'yesterday';
  else if (daysAhead > 1 && daysAhead < 7) day = `on ${weekdayFormat.format(local)}`;
  else day = `on ${dateFormat.format(local)}`;
  // A person writes "3 pm", not "3:00 pm". Intl may put a no-break space before am/pm; messages use plain
  // spaces (and SMS needs GSM-7).
  const time = (local.getUTCMinutes() === 0 ? hourFormat : timeFormat).format(local).replace(/\s/g, ' ');
  return { day, time };
});
