// The English helpers the templates rely on: articles, possessives, lists, names and interview dates.
import { describe, expect, it } from 'vitest';
import { describeInterviewTime, list, offsetMinutes, possessive, shortName, withArticle } from '../../src/messages/language.js';

describe('withArticle', () => {
  it.each([
    ['MBA intern', 'an MBA intern'],
    ['UX designer', 'a UX designer'],
    ['hour', 'an hour'],
    ['European', 'a European'],
    ['SEO lead', 'an SEO lead'],
    ['Data Analyst', 'a Data Analyst'],
    ['engineer', 'an engineer'],
    ['HR manager', 'an HR manager'],
    ['user researcher', 'a user researcher'],
    ['honest broker', 'an honest broker'],
  ])('%s -> %s', (noun, expected) => {
    expect(withArticle(noun)).toBe(expected);
  });
});

describe('possessive', () => {
  it.each([
    ['Acme Corp', "Acme Corp's"],
    ['James', "James's"],
    ["Macy's", "Macy's"],
    ["Ben & Jerry's", "Ben & Jerry's"],
    ['Sainsbury’s', 'Sainsbury’s'],
  ])('%s -> %s', (name, expected) => {
    expect(possessive(name)).toBe(expected);
  });
});

describe('list', () => {
  it('joins like British prose: "A, B and C", with no serial comma', () => {
    expect(list([])).toBe('');
    expect(list(['the role'])).toBe('the role');
    expect(list(['the role', 'the referral'])).toBe('the role and the referral');
    expect(list(['A', 'B', 'C'])).toBe('A, B and C');
  });
});

describe('shortName', () => {
  it('greets by first name, keeps an honorific with the surname, and keeps a single name', () => {
    expect(shortName('Priya Shah')).toBe('Priya');
    expect(shortName('  Priya   Shah ')).toBe('Priya');
    expect(shortName('Dr. José Muñoz')).toBe('Dr. Muñoz');
    expect(shortName('Ms Okafor')).toBe('Ms Okafor');
    expect(shortName('Prof Ada Mary Lovelace')).toBe('Prof Lovelace');
    expect(shortName('Cher')).toBe('Cher');
  });
});

describe('offsetMinutes', () => {
  it('reads Z, +hh:mm and -hhmm', () => {
    expect(offsetMinutes('2026-12-01T15:00:00Z')).toBe(0);
    expect(offsetMinutes('2026-12-01T15:00:00+05:30')).toBe(330);
    expect(offsetMinutes('2026-12-01T15:00:00-0500')).toBe(-300);
  });
});

describe('describeInterviewTime', () => {
  const at = (iso: string, nowIso: string) => describeInterviewTime(iso, Date.parse(nowIso));

  it('says today, tomorrow and yesterday by the calendar of the interview\'s own offset', () => {
    expect(at('2026-12-01T15:00:00-05:00', '2026-12-01T09:00:00-05:00').when).toBe('today at 3 pm');
    expect(at('2026-12-01T15:00:00-05:00', '2026-11-30T09:00:00-05:00').when).toBe('tomorrow at 3 pm');
    expect(at('2026-11-30T15:00:00-05:00', '2026-12-01T09:00:00-05:00').day).toBe('yesterday');
    // 11 pm in New York is already the next day in UTC; the interview's calendar decides.
    expect(at('2026-12-02T09:00:00-05:00', '2026-12-01T23:00:00-05:00').day).toBe('tomorrow');
    // Just after midnight in Tokyo is still the previous day in UTC; it is "today" in Tokyo.
    expect(at('2026-12-01T10:00:00+09:00', '2026-11-30T15:30:00Z').day).toBe('today');
    // 8 pm in Honolulu is already the next morning in UTC, where both times fall on 1 December; in
    // Honolulu the interview is tomorrow.
    expect(at('2026-12-01T10:00:00-10:00', '2026-11-30T20:00:00-10:00').day).toBe('tomorrow');
  });

  it('names the weekday within the week ahead, and the date beyond it', () => {
    expect(at('2026-12-03T09:30:00+00:00', '2026-11-29T15:00:00+00:00').when).toBe('on Thursday at 9:30 am');
    expect(at('2026-12-08T14:00:00+00:00', '2026-11-29T15:00:00+00:00').when).toBe('on Tuesday 8 December at 2 pm');
  });

  it('writes times as people do: "3 pm", "9:30 am", "12 pm", never "0 pm"', () => {
    expect(at('2026-12-01T12:00:00Z', '2026-11-01T00:00:00Z').time).toBe('12 pm');
    expect(at('2026-12-01T00:15:00Z', '2026-11-01T00:00:00Z').time).toBe('12:15 am');
    expect(at('2026-12-01T09:05:00+01:00', '2026-11-01T00:00:00Z').time).toBe('9:05 am');
    expect(at('2026-12-01T15:00:00Z', '2026-11-01T00:00:00Z').time).not.toMatch(/[^ -~]/);
  });

  it('measures hours ahead, negative once the interview has passed', () => {
    expect(at('2026-12-01T15:00:00-05:00', '2026-12-01T09:00:00-05:00').hoursAhead).toBe(6);
    expect(at('2026-12-01T15:00:00-05:00', '2026-12-01T16:30:00-05:00').hoursAhead).toBe(-1.5);
  });
});
