// Where the listener dials from: a callback number said without its country code can only be dialled inside that
// country, so a voicemail to a recruiter abroad says the number with it.
import { getTimezone } from 'countries-and-timezones';
import { countries, type TCountryCode } from 'countries-list';

/** Calling codes dialled as one national plan: France's overseas departments share its numbers ("0696 …" from Paris). */
const sharedPlans: readonly (readonly string[])[] = [['33', '262', '269', '508', '590', '594', '596']];

/** Each zone's home codes, worked out once: the zones are the few hundred IANA names the schema accepts. */
const homeCodesByZone = new Map<string, readonly string[] | null>();

/** The calling codes a listener in the zone's country dials without a country code; null where the zone has no country. */
function homeCodes(zone: string): readonly string[] | null {
  let codes = homeCodesByZone.get(zone);
  if (codes === undefined) {
    // A zone's first country is its own (Europe/Zurich also keeps the clock of Büsingen, in Germany).
    const country = getTimezone(zone)?.countries[0] as TCountryCode | undefined;
    const own = country ? countries[country]?.phone.map(String) : undefined;
    codes = own?.length ? [...new Set(own.flatMap((code) => sharedPlans.find((plan) => plan.includes(code)) ?? [code]))] : null;
    homeCodesByZone.set(zone, codes);
  }
  return codes;
}

/**
 * Whether a number written with its country code ("+57 310 482 7715", "0041 44 …") is in another country than a
 * listener in `listenerZone` (an IANA zone): then only the international form can be dialled. A number written in
 * national form, or a listener whose zone names no country, gives no sign, so the answer is no.
 */
export function dialledFromAbroad(phone: string, listenerZone: string | null | undefined): boolean {
  if (!listenerZone) return false;
  const written = phone.trim();
  const digits = written.replace(/\D+/g, '');
  const international = written.startsWith('+') ? digits : written.startsWith('00') ? digits.slice(2) : null;
  if (international === null) return false;
  const home = homeCodes(listenerZone);
  return home !== null && !home.some((code) => international.startsWith(code));
}

/** Every country's calling code, longest first, so that "1264" (Anguilla) is found before "1". */
const allCallingCodes = [...new Set(Object.values(countries).flatMap((country) => country.phone.map(String)))].sort((a, b) => b.length - a.length);

/**
 * The country calling code of a number written in international form ("+54 9 351 …", "0041 44 …", "+5493516124470"),
 * whether or not a space follows it; null for a number written nationally or a code no country has.
 */
export function callingCodeOf(phone: string): string | null {
  const written = phone.trim();
  const digits = written.replace(/\D+/g, '');
  const international = written.startsWith('+') ? digits : written.startsWith('00') ? digits.slice(2) : null;
  if (international === null) return null;
  // As written first ("+1 264 …" is the United States' code followed by digits, as the candidate grouped them), else
  // the longest code the digits open with.
  const first = written.replace(/^(?:\+|00)\s*/, '').split(/\D+/)[0] ?? '';
  if (allCallingCodes.includes(first)) return first;
  return allCallingCodes.find((code) => international.startsWith(code) && code.length <= first.length) ?? null;
}
