// The English helpers the templates rely on: articles (initialisms too), names, legal forms, reasons, numbers, and
// interview times in both Englishes and across time zones.
import { describe, expect, it } from 'vitest';
import { checkMessage, type MessageFacts } from '../../src/messages/content-rules/index.js';
import { enGB, enUS } from '../../src/messages/languages/en.js';
import { everydayCompany } from '../../src/messages/languages/helpers.js';
import { interviewClock, isTimeZone, offsetMinutes, zoneOffsetMinutes } from '../../src/messages/languages/time.js';
import { scenarios } from '../../src/messages/catalogue.js';
import { MessageRequestSchema } from '../../src/messages/schema.js';
import { createMessageService } from '../../src/messages/service.js';
import { rotation } from '../../src/messages/render.js';

describe('withArticle', () => {
  it.each([
    ['MBA Intern', 'an MBA Intern'],
    ['UX Designer', 'a UX Designer'],
    ['R&D Engineer', 'an R&D Engineer'],
    ['NLP Researcher', 'an NLP Researcher'],
    ['HR Manager', 'an HR Manager'],
    ['NASA Liaison', 'a NASA Liaison'],
    ['NATO Analyst', 'a NATO Analyst'],
    ['UNICEF Officer', 'a UNICEF Officer'],
    ['SEO Lead', 'an SEO Lead'],
    ['L&D Partner', 'an L&D Partner'],
    ['FP&A Analyst', 'an FP&A Analyst'],
    ['QA Engineer', 'a QA Engineer'],
    ['hour', 'an hour'],
    ['European role', 'a European role'],
    ['Data Analyst', 'a Data Analyst'],
    ['honest broker', 'an honest broker'],
    ['user researcher', 'a user researcher'],
  ])('%s -> %s', (noun, expected) => {
    expect(enUS.withArticle(noun)).toBe(expected);
  });
});

describe('names', () => {
  it('greets by a given name that is never an initial', () => {
    expect(enUS.givenName('Priya Shah')).toBe('Priya');
    expect(enUS.givenName('J. Robert Smith')).toBe('Robert');
    expect(enUS.givenName('J.R. Smith')).toBeNull();
    expect(enUS.givenName('J. R. Smith')).toBeNull();
    expect(enUS.givenName('Cher')).toBe('Cher');
    expect(enUS.givenName('Dr. José Muñoz')).toBe('José');
  });

  it('titles by an honorific only when one is given, with the US full stop', () => {
    expect(enGB.titledName('ms', 'Priya Shah')).toBe('Ms Shah');
    expect(enUS.titledName('ms', 'Priya Shah')).toBe('Ms. Shah');
    expect(enUS.titledName('dr', 'Mary Ann Jones')).toBe('Dr. Jones');
    expect(enUS.titledName('mx', 'Sam Rivera')).toBe('Mx. Rivera');
    expect(enGB.titledName('mx', 'Leonie von Trapp')).toBe('Mx von Trapp');
    expect(enUS.titledName(undefined, 'Sam Rivera')).toBeNull();
    // A title the name already carries is how they asked to be addressed.
    expect(enGB.titledName(undefined, 'Dr. José Muñoz')).toBe('Dr Muñoz');
    expect(enUS.titledName('ms', 'Ana de la Cruz')).toBe('Ms. de la Cruz');
    expect(enUS.titledName('mr', 'Pieter van der Berg')).toBe('Mr. van der Berg');
    expect(enUS.titledName('mr', 'Hamid bin Rashid')).toBe('Mr. Hamid bin Rashid');
    expect(enGB.titledName('dr', 'Aisha bint Khalid')).toBe('Dr Aisha bint Khalid');
  });

  it('drops a legal form in everyday prose, never the whole name', () => {
    expect(everydayCompany('Brightline Analytics, Inc.')).toBe('Brightline Analytics');
    expect(everydayCompany('Kowalski Bros. Co.')).toBe('Kowalski Bros.');
    expect(everydayCompany('Müller Logistik GmbH & Co. KG')).toBe('Müller Logistik');
    expect(everydayCompany('Acme Corp')).toBe('Acme');
    expect(everydayCompany('Ben & Jerry\'s')).toBe("Ben & Jerry's");
    expect(everydayCompany('Co.')).toBe('Co.');
  });
});

describe('newEmployerInProse', () => {
  it('gives "the" to an institution named by a common noun, and to nothing else', () => {
    expect(enUS.newEmployerInProse?.("Cook County Public Defender's Office")).toBe("the Cook County Public Defender's Office");
    expect(enGB.newEmployerInProse?.('University of Leeds')).toBe('the University of Leeds');
    expect(enUS.newEmployerInProse?.('Chicago City Council')).toBe('the Chicago City Council');
    expect(enGB.newEmployerInProse?.('Leeds City Council')).toBe('Leeds City Council');
    expect(enGB.newEmployerInProse?.('Crown Prosecution Service')).toBe('the Crown Prosecution Service');
    expect(enUS.newEmployerInProse?.('The Cooper Union')).toBe('The Cooper Union');
    expect(enGB.newEmployerInProse?.('NHS Lothian')).toBe('NHS Lothian');
    expect(enUS.newEmployerInProse?.('Acme Office Supplies')).toBe('Acme Office Supplies');
    // A public body named "<common noun> of <place>" takes it too; a brand of the same shape does not.
    expect(enUS.newEmployerInProse?.('City of Tacoma')).toBe('the City of Tacoma');
    expect(enGB.newEmployerInProse?.('Royal Borough of Greenwich')).toBe('the Royal Borough of Greenwich');
    expect(enUS.newEmployerInProse?.('State of Washington')).toBe('the State of Washington');
    expect(enUS.newEmployerInProse?.('Bank of America')).toBe('Bank of America');
  });
});

describe('becauseClause', () => {
  it('joins a candidate\'s reason with "because", without doubling one they typed', () => {
    expect(enUS.becauseClause('My partner starts a new job in Lisbon in March.')).toBe('because my partner starts a new job in Lisbon in March');
    expect(enUS.becauseClause('because the commute is too long')).toBe('because the commute is too long');
    expect(enUS.becauseClause('Due to family commitments')).toBe('due to family commitments');
    expect(enUS.becauseClause('Berlin is too far')).toBe('because Berlin is too far');
    expect(enUS.becauseClause('I need to stay close to home')).toBe('because I need to stay close to home');
  });

  it('joins a reason typed as a noun phrase with "because of", and keeps "because" before any verb', () => {
    expect(enGB.becauseClause('a bereavement in the family')).toBe('because of a bereavement in the family');
    expect(enUS.becauseClause('ongoing health issues at home')).toBe('because of ongoing health issues at home');
    expect(enUS.becauseClause("My mother's illness")).toBe("because of my mother's illness");
    expect(enUS.becauseClause('an unexpected family matter')).toBe('because of an unexpected family matter');
    expect(enUS.becauseClause('the position requires rotating weekend shifts')).toBe('because the position requires rotating weekend shifts');
    expect(enGB.becauseClause("the role involves more on-call support than I'm looking for")).toBe("because the role involves more on-call support than I'm looking for");
    expect(enUS.becauseClause('my partner starts a new job in Lisbon')).toBe('because my partner starts a new job in Lisbon');
    expect(enUS.becauseClause('my plans changed')).toBe('because my plans changed');
    expect(enUS.becauseClause('my kids need me at home')).toBe('because my kids need me at home');
    expect(enUS.becauseClause("relocating from Milwaukee isn't possible")).toBe("because relocating from Milwaukee isn't possible");
  });
});

describe('becauseClause beside the day the sentence has said', () => {
  it('does not say the day word twice', () => {
    const detail = "my daughter's daycare is closed tomorrow after a burst pipe and I have no backup care";
    expect(enUS.becauseClause(detail, 'tomorrow')).toBe("because my daughter's daycare is closed after a burst pipe and I have no backup care");
    expect(enGB.becauseClause('Tomorrow, my son has surgery.', 'tomorrow')).toBe('because my son has surgery');
    expect(enUS.becauseClause('I have a hospital appointment tomorrow morning', 'tomorrow')).toBe('because I have a hospital appointment that morning');
    expect(enUS.becauseClause("my son's surgery is tomorrow", 'tomorrow')).toBe("because my son's surgery is that day");
    expect(enUS.becauseClause("tomorrow's train strike means I cannot get there", 'tomorrow')).toBe("because that day's train strike means I cannot get there");
    expect(enUS.becauseClause("I've been called in to work today", 'today')).toBe("because I've been called in to work");
  });

  it('leaves a day word the sentence has not said', () => {
    expect(enUS.becauseClause('my flight home lands tomorrow', 'today')).toBe('because my flight home lands tomorrow');
    expect(enUS.becauseClause('my flight home lands tomorrow', null)).toBe('because my flight home lands tomorrow');
    expect(enUS.becauseClause('my flight home lands tomorrow', 'on Thursday')).toBe('because my flight home lands tomorrow');
  });
});

describe('houseTimes', () => {
  it("writes the candidate's clock times as the variant writes the interview's", () => {
    expect(enUS.houseTimes?.('any time Thursday or Friday after 1 p.m.')).toBe('any time Thursday or Friday after 1 PM');
    expect(enGB.houseTimes?.('any time Thursday or Friday after 1 p.m.')).toBe('any time Thursday or Friday after 1 pm');
    expect(enUS.houseTimes?.('Monday from 9am to 12pm')).toBe('Monday from 9 AM to noon');
    expect(enGB.houseTimes?.('Monday from 9.30am to 12 p.m.')).toBe('Monday from 9:30 am to midday');
    expect(enUS.houseTimes?.('Wednesday after 13:00 or before 09:30')).toBe('Wednesday after 1 PM or before 9:30 AM');
    expect(enUS.houseTimes?.('after 2 p.m. Thursday works best')).toBe('after 2 PM Thursday works best');
    expect(enUS.houseTimes?.('after 2 p.m. Thanks!')).toBe('after 2 PM. Thanks!');
  });

  it('takes the full stop of "a.m." with it unless the sentence ends there', () => {
    expect(enUS.houseTimes?.('Thursday or Friday, any time after 11 a.m. Central')).toBe('Thursday or Friday, any time after 11 AM Central');
    expect(enGB.houseTimes?.('any time after 11 a.m. UK time')).toBe('any time after 11 am UK time');
    expect(enUS.houseTimes?.('after 10 a.m. ET or on Monday')).toBe('after 10 AM ET or on Monday');
    expect(enUS.houseTimes?.('after 2 p.m. and before 5 P.M.')).toBe('after 2 PM and before 5 PM');
    expect(enUS.houseTimes?.('after 9 a.m. I am free all day')).toBe('after 9 AM. I am free all day');
  });

  it('leaves times that could be read two ways, and numbers that are no times', () => {
    expect(enUS.houseTimes?.('any day at 9:30 or 4')).toBe('any day at 9:30 or 4');
    expect(enUS.houseTimes?.('in room 5 a month from now')).toBe('in room 5 a month from now');
  });

  it('writes the times in a reason the same way', () => {
    expect(enUS.becauseClause('my train now leaves at 2 p.m.')).toBe('because my train now leaves at 2 PM');
  });
});

describe('slowNumber', () => {
  it('reads a number digit by digit in the groups it was written in', () => {
    expect(enUS.slowNumber('(415) 555-0199')).toBe('4 1 5, 5 5 5, 0 1 9 9');
    // No more than four digits in one breath: a written group of six is said as two threes.
    expect(enUS.slowNumber('+49 30 901820')).toBe('plus 4 9, 3 0, 9 0 1, 8 2 0');
    expect(enUS.slowNumber('+49 151 23456789')).toBe('plus 4 9, 1 5 1, 2 3 4 5, 6 7 8 9');
  });

  it("says the market's own numbers in national form, without the country code; a foreign one keeps it", () => {
    expect(enUS.spokenNumber?.('+1 (872) 555-0193')).toBe('872-555-0193');
    expect(enUS.slowNumber('+1 (872) 555-0193')).toBe('8 7 2, 5 5 5, 0 1 9 3');
    expect(enUS.slowNumber('1-872-555-0193')).toBe('8 7 2, 5 5 5, 0 1 9 3');
    expect(enUS.slowNumber('+1 555 0100')).toBe('5 5 5, 0 1 0 0');
    expect(enGB.spokenNumber?.('+44 7700 900123')).toBe('07700 900123');
    // A Briton reads a group of six as two threes: "oh seven seven oh oh, nine oh oh, one two three".
    expect(enGB.slowNumber('+44 7700 900123')).toBe('0 7 7 0 0, 9 0 0, 1 2 3');
    expect(enGB.slowNumber('+44 20 7946 0958')).toBe('0 2 0, 7 9 4 6, 0 9 5 8');
    expect(enGB.spokenNumber?.('+44 (0)20 7946 0958')).toBe('020 7946 0958');
    expect(enGB.spokenNumber?.('+447700900123')).toBe('07700 900123');
    expect(enGB.spokenNumber?.('+1 (872) 555-0193')).toBe('+1 (872) 555-0193');
    expect(enGB.slowNumber('+1 (872) 555-0193')).toBe('plus 1, 8 7 2, 5 5 5, 0 1 9 3');
    expect(enUS.spokenNumber?.('+44 7700 900123')).toBe('+44 7700 900123');
    // "plus 4 4, 7 7 0 0, 9 0 0 1 2 3" ran six digits together: a Briton dictating from abroad splits them as at home.
    expect(enUS.slowNumber('+44 7700 900123')).toBe('plus 4 4, 7 7 0 0, 9 0 0, 1 2 3');
    expect(enUS.slowNumber('+447700900123')).toBe('plus 4 4, 7 7 0 0, 9 0 0, 1 2 3');
  });

  it('says a number to a recruiter abroad with its country code, in the groups its own speakers dictate', () => {
    expect(enGB.slowAbroad?.('+44 7700 900417')).toBe('plus 4 4, 7 7 0 0, 9 0 0, 4 1 7');
    expect(enGB.slowAbroad?.('0044 20 7946 0958')).toBe('plus 4 4, 2 0, 7 9 4 6, 0 9 5 8');
    expect(enUS.slowAbroad?.('+14145550193')).toBe('plus 1, 4 1 4, 5 5 5, 0 1 9 3');
    expect(enUS.slowAbroad?.('+1 (414) 555-0193')).toBe('plus 1, 4 1 4, 5 5 5, 0 1 9 3');
  });
});

describe('spokenRole', () => {
  it('says the written abbreviations of a title in words', () => {
    expect(enUS.spokenRole?.('Sr. Revenue Cycle Analyst II')).toBe('Senior Revenue Cycle Analyst II');
    expect(enGB.spokenRole?.('Asst Mgr, Sr Accounts')).toBe('Assistant Manager, Senior Accounts');
    expect(enUS.spokenRole?.('Srinivasan Fellow')).toBe('Srinivasan Fellow');
  });
});

describe('time zones', () => {
  it('knows IANA names and refuses abbreviations and offsets', () => {
    expect(isTimeZone('America/New_York')).toBe(true);
    expect(isTimeZone('UTC')).toBe(true);
    expect(isTimeZone('EST')).toBe(false);
    expect(isTimeZone('+05:00')).toBe(false);
    expect(isTimeZone('Mars/Olympus_Mons')).toBe(false);
  });

  it('reads offsets and zone rules', () => {
    expect(offsetMinutes('2026-12-01T15:00:00Z')).toBe(0);
    expect(offsetMinutes('2026-12-01T15:00:00+05:30')).toBe(330);
    expect(offsetMinutes('2026-12-01T15:00:00-0500')).toBe(-300);
    expect(zoneOffsetMinutes('America/New_York', Date.parse('2026-12-01T15:00:00Z'))).toBe(-300);
    expect(zoneOffsetMinutes('America/New_York', Date.parse('2026-07-01T15:00:00Z'))).toBe(-240);
  });
});

describe('interviewWords', () => {
  const words = (tag: 'en-US' | 'en-GB', at: string, now: string, zone: string | null = null, nowGiven = true) =>
    (tag === 'en-US' ? enUS : enGB).interviewWords(interviewClock(at, zone, Date.parse(now), nowGiven ? now : null));

  it("says today, tomorrow and the weekday by the calendar of the interview's own place", () => {
    expect(words('en-GB', '2026-12-01T15:00:00-05:00', '2026-12-01T09:00:00-05:00').when).toBe('today at 3 pm');
    expect(words('en-US', '2026-12-01T15:00:00-05:00', '2026-11-30T09:00:00-05:00').when).toBe('tomorrow at 3 PM');
    // 11 pm in New York is already the next day in UTC; the interview's calendar decides.
    expect(words('en-US', '2026-12-02T09:00:00-05:00', '2026-12-01T23:00:00-05:00').day).toBe('tomorrow');
    expect(words('en-GB', '2026-12-03T09:30:00+00:00', '2026-11-29T15:00:00+00:00').when).toBe('on Thursday at 9:30 am');
    expect(words('en-GB', '2026-12-08T14:00:00+00:00', '2026-11-29T15:00:00+00:00').when).toBe('on Tuesday 8 December at 2 pm');
    // American style sets a written-out date off with commas; British style writes none.
    expect(words('en-US', '2026-12-08T14:00:00+00:00', '2026-11-29T15:00:00+00:00').when).toBe('on Tuesday, December 8, at 2 PM');
    expect(words('en-US', '2026-12-03T14:00:00+00:00', '2026-11-29T15:00:00+00:00').when).toBe('on Thursday at 2 PM');
  });

  it('writes times as people do: "3 pm", "noon", never "12 PM", "0 pm" or "3:00"', () => {
    // "12 PM" is read two ways: the hour on its own is said in words.
    expect(words('en-GB', '2026-12-01T12:00:00Z', '2026-11-01T00:00:00Z').time).toBe('midday');
    expect(words('en-US', '2026-12-01T12:00:00Z', '2026-11-01T00:00:00Z').time).toBe('noon');
    expect(words('en-US', '2026-12-01T00:00:00Z', '2026-11-01T00:00:00Z').time).toBe('midnight');
    expect(words('en-US', '2026-12-01T12:30:00Z', '2026-11-01T00:00:00Z').time).toBe('12:30 PM');
    expect(words('en-US', '2026-12-01T00:15:00Z', '2026-11-01T00:00:00Z').time).toBe('12:15 AM');
    expect(words('en-US', '2026-12-01T15:00:00Z', '2026-11-01T00:00:00Z').time).not.toMatch(/[^ -~]/);
  });

  it("names the zone when the sender's clock reads another offset, in each English's way", () => {
    // Berlin writing about a 9 am interview in Los Angeles.
    expect(words('en-US', '2026-12-01T09:00:00-08:00', '2026-11-29T18:00:00+01:00', 'America/Los_Angeles').time).toBe('9 AM PT');
    expect(words('en-GB', '2026-12-01T20:00:00+01:00', '2026-11-29T18:00:00-05:00', 'Europe/Berlin').time).toBe('8 pm CET');
    expect(words('en-US', '2026-12-01T09:00:00+09:00', '2026-11-29T18:00:00+01:00', 'Asia/Tokyo').time).toBe('9 AM Tokyo time');
    // A zone few readers know by its abbreviation (WET) is named by its city; Britain's own is "UK time".
    expect(words('en-GB', '2026-12-01T09:00:00+00:00', '2026-11-29T18:00:00-06:00', 'Europe/Lisbon').time).toBe('9 am Lisbon time');
    expect(words('en-GB', '2026-12-01T09:00:00+00:00', '2026-11-29T18:00:00+01:00', 'Europe/London').time).toBe('9 am UK time');
    expect(words('en-US', '2026-12-01T09:00:00+00:00', '2026-11-29T18:00:00-06:00', 'Europe/London').time).toBe('9 AM London time');
    expect(words('en-US', '2026-12-01T09:00:00-06:00', '2026-11-29T18:00:00+00:00', 'America/Chicago').time).toBe('9 AM CT');
    // The same offset: no zone. A bare offset that differs: UTC-5.
    expect(words('en-US', '2026-12-01T09:00:00-05:00', '2026-11-29T18:00:00-05:00', 'America/New_York').time).toBe('9 AM');
    expect(words('en-US', '2026-12-01T09:00:00-05:00', '2026-11-29T18:00:00+01:00').time).toBe('9 AM UTC-5');
    // Without `now`, a zone the platform named is named; a bare offset is not.
    expect(words('en-US', '2026-12-01T09:00:00-05:00', '2026-11-29T18:00:00Z', 'America/New_York', false).time).toBe('9 AM ET');
    expect(words('en-US', '2026-12-01T09:00:00-05:00', '2026-11-29T18:00:00Z', null, false).time).toBe('9 AM');
  });

  it('says the zone by its name in a voicemail, and writes the abbreviation elsewhere', () => {
    const spoken = (tag: 'en-US' | 'en-GB', at: string, now: string, zone: string) => (tag === 'en-US' ? enUS : enGB).interviewWords(interviewClock(at, zone, Date.parse(now), now), true).time;
    expect(spoken('en-US', '2027-03-25T11:00:00-06:00', '2027-03-22T13:10:00-05:00', 'America/Denver')).toBe('11 AM Mountain Time');
    expect(spoken('en-US', '2027-03-26T09:30:00-07:00', '2027-03-22T13:10:00-05:00', 'America/Los_Angeles')).toBe('9:30 AM Pacific Time');
    expect(spoken('en-US', '2027-03-26T13:00:00-04:00', '2027-03-22T13:10:00-05:00', 'America/New_York')).toBe('1 PM Eastern Time');
    expect(spoken('en-US', '2027-03-26T13:00:00-07:00', '2027-03-22T13:10:00-05:00', 'America/Phoenix')).toBe('1 PM Arizona time');
    expect(spoken('en-GB', '2026-12-01T20:00:00+01:00', '2026-11-29T18:00:00+00:00', 'Europe/Berlin')).toBe('8 pm Berlin time');
    expect(spoken('en-GB', '2026-12-01T09:00:00-08:00', '2026-11-29T18:00:00+00:00', 'America/Los_Angeles')).toBe('9 am Los Angeles time');
    expect(words('en-US', '2027-03-25T11:00:00-06:00', '2027-03-22T13:10:00-05:00', 'America/Denver').time).toBe('11 AM MT');
  });

  it('names a past interview so that it cannot read as the coming one', () => {
    // Sent on Monday 22 March about Tuesday 16 March: "on Tuesday" would be tomorrow.
    expect(words('en-US', '2027-03-16T15:00:00-06:00', '2027-03-22T13:10:00-05:00', 'America/Denver').day).toBe('last Tuesday');
    expect(words('en-GB', '2026-12-03T10:00:00+00:00', '2026-12-07T09:00:00+00:00', 'Europe/London').day).toBe('last Thursday');
    expect(words('en-US', '2026-12-01T10:00:00-05:00', '2026-12-02T09:00:00-05:00').day).toBe('yesterday');
    // Earlier this week, where "last Monday" could mean the week before: the date.
    expect(words('en-US', '2027-06-07T11:00:00-07:00', '2027-06-10T16:20:00-07:00').day).toBe('on Monday, June 7');
    expect(words('en-GB', '2027-06-07T11:00:00+01:00', '2027-06-10T16:20:00+01:00').day).toBe('on Monday 7 June');
    // A Sunday starts the American week, a Monday the British one.
    expect(words('en-US', '2027-06-10T11:00:00-07:00', '2027-06-13T09:00:00-07:00').day).toBe('last Thursday');
    expect(words('en-GB', '2027-06-10T11:00:00+01:00', '2027-06-13T09:00:00+01:00').day).toBe('on Thursday 10 June');
    // A week or more back: the date.
    expect(words('en-US', '2027-02-09T10:00:00-06:00', '2027-02-16T09:00:00-06:00').day).toBe('on Tuesday, February 9');
    expect(words('en-GB', '2027-02-09T10:00:00+00:00', '2027-02-16T09:00:00+00:00').day).toBe('on Tuesday 9 February');
    // Ahead, the weekday alone.
    expect(words('en-US', '2027-03-25T11:00:00-06:00', '2027-03-22T13:10:00-05:00', 'America/Denver').day).toBe('on Thursday');
  });
});

describe('the voicemail number check', () => {
  const facts: MessageFacts = { candidate: { name: 'Jordan Lee' }, recipient: { name: 'Priya Shah', honorific: 'ms' }, company: 'Acme Corp', role: 'Data Analyst' };

  it('catches the country code of an American number read out in an American voicemail', () => {
    const text = 'Hello Ms. Shah, this is Jordan Lee, calling from +1 (872) 555-0193 about the interview. Again, that is plus 1, 8 7 2, 5 5 5, 0 1 9 3. Goodbye.';
    const own = (language: string, t: string) =>
      checkMessage(
        { message: { language, scenario: 'withdraw-application', tone: 'formal', channel: 'voicemail', text: t, parts: {}, stats: { characters: t.length } }, facts: { ...facts, candidate: { name: 'Jordan Lee', phone: '+1 (872) 555-0193' } } },
        { only: ['voicemail-own-country-code'] },
      ).length;
    expect(own('en-US', text)).toBe(1);
    expect(own('en-US', 'Hello Ms. Shah, this is Jordan Lee, calling from 872-555-0193 about the interview. Again, that is 8 7 2, 5 5 5, 0 1 9 3. Goodbye.')).toBe(0);
    expect(own('en-GB', text)).toBe(0);
  });
});

describe('Mx.', () => {
  it('greets by the honorific a platform stored, not by the full name', () => {
    expect(enUS.titledName('mx', 'Leonie von Trapp')).toBe('Mx. von Trapp');
  });
});

describe('rendered English', () => {
  const service = createMessageService({ clock: () => Date.parse('2027-02-15T16:40:00-06:00') });
  const base = {
    candidate: { givenName: 'Mary Kate', familyName: 'McNamara-Ruiz', preferredName: 'Kate', email: 'kate@example.com', phone: '773-555-0184', timeZone: 'America/Chicago' },
    recipient: { givenName: 'Marguerite', familyName: 'du Pont-Whitfield', honorific: 'ms' },
    company: 'Lakeview Pediatric Partners',
    role: 'Child Life Specialist II - Pediatric Oncology',
  };
  const render = (body: Record<string, unknown>) => {
    const result = service.render(MessageRequestSchema.parse({ ...base, ...body }));
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    return result.message;
  };
  const lastMinute = {
    scenario: 'last-minute',
    interview: { at: '2027-02-16T09:00:00-06:00', timeZone: 'America/Chicago', format: 'onsite' },
    reason: { code: 'other', detail: "my daughter's daycare is closed tomorrow after a burst pipe and I have no backup care", disclosure: 'specific' },
    intent: 'reschedule',
    availability: 'any time Thursday or Friday after 1 p.m.',
  };

  it.each(['email', 'linkedin', 'sms', 'voicemail'])('says "tomorrow" once and one style of time in a last-minute %s', (channel) => {
    for (const language of ['en-US', 'en-GB']) {
      const { text } = render({ ...lastMinute, channel, language });
      expect(text).not.toMatch(/\btomorrow\b[^.?!]*\btomorrow\b/i);
      expect(text).not.toMatch(/\d ?[ap]\.m\./i);
    }
  });

  it.each(['sms', 'voicemail'])('introduces the candidate by the name they go by in a warm or concise %s, by the full name in a formal or firm one', (channel) => {
    const interview = { at: '2027-02-22T11:00:00-06:00', timeZone: 'America/Chicago', format: 'onsite' };
    for (const scenario of ['accepted-another-offer', 'personal-reasons', 'firm-no']) {
      for (const tone of ['warm', 'concise']) {
        const { text } = render({ scenario, channel, tone, language: 'en-US', interview });
        expect(text).toContain('Kate McNamara-Ruiz');
        expect(text).not.toContain('Mary Kate');
      }
      // A formal or firm message says the name the letters sign with, so the team can match the caller to the file
      // (a reader failed "Good morning Dr. Van der Meer, this is Kenny ...").
      for (const tone of ['formal', 'firm']) {
        expect(render({ scenario, channel, tone, language: 'en-US', interview }).text).toContain('Mary Kate McNamara-Ruiz');
      }
    }
  });

  it.each([
    ['Child Life Specialist II - Pediatric Oncology', /, Child Life Specialist II, Pediatric Oncology|Pediatric Oncology, /],
    ['Senior Manager, FP&A', /, Senior Manager, FP&A/],
  ])('never stacks three items with commas in a subject: %s', (role, stacked) => {
    let subjects = 0;
    const cases = ['en-US', 'en-GB'].flatMap((language) =>
      scenarios.flatMap((scenario) =>
        ['formal', 'warm', 'concise', 'firm'].flatMap((tone) =>
          [undefined, 'JR-1182'].flatMap((jobReference) => ['2027-02-22T11:00:00-06:00', '2027-02-16T09:00:00-06:00'].map((at) => ({ language, scenario, tone, jobReference, at }))),
        ),
      ),
    );
    for (const { language, scenario, tone, jobReference, at } of cases) {
      const interview = [...scenario.fields.uses, ...scenario.fields.required].some((f) => f.startsWith('/interview')) ? { at, timeZone: 'America/Chicago', format: 'onsite' } : undefined;
      const parsed = MessageRequestSchema.safeParse({ ...base, role, scenario: scenario.id, channel: 'email', language, tone, jobReference, interview });
      if (!parsed.success) continue;
      const result = service.render(parsed.data);
      if (!result.ok) continue;
      const subject = result.message.subject!;
      expect(subject.replace(/\([^()]*\)/g, ''), subject).not.toMatch(stacked);
      expect(subject, 'one bracket, not two in a row').not.toMatch(/\) \(/);
      subjects++;
    }
    expect(subjects).toBeGreaterThan(200);
  });
  // Readers in London failed "a different working environment would suit me better ... I would welcome being
  // considered for a different role": a company-fit reason says the organisation does not suit, so the wish to stay
  // in touch cannot ask that organisation for another role.
  it.each(['en-US', 'en-GB'])('keeps the door open without asking for another role after a company-fit reason (%s)', (language) => {
    let doors = 0;
    for (const tone of ['formal', 'warm', 'concise', 'firm']) {
      for (const channel of ['email', 'linkedin', 'sms', 'voicemail']) {
        for (let k = 0; k < 3; k++) {
          const body = { scenario: 'not-a-fit', language, tone, channel, keepDoorOpen: true, reason: { code: 'company-fit', disclosure: 'general' } };
          const result = service.render(MessageRequestSchema.parse({ ...base, ...body }), undefined, rotation(k));
          if (!result.ok) throw new Error(JSON.stringify(result.errors));
          const door = result.message.parts.doorOpen;
          if (!door) continue;
          doors++;
          expect(door, `${tone}/${channel}/${k}`).not.toMatch(/\b(?:roles?|openings?|positions?|vacanc\w+|opportunit\w+|something (?:else|different))\b/i);
        }
      }
    }
    expect(doors).toBeGreaterThan(30);
  });
  // Readers failed "Good morning, this is Annie." in formal texts: fitting a UCS-2 text gives the surname up last,
  // and a formal text then keeps the given name the candidate signs letters with, never the nickname.
  it('keeps the given name, not the nickname, when a formal text gives the surname up', () => {
    const result = service.render(
      MessageRequestSchema.parse({
        scenario: 'personal-reasons',
        channel: 'sms',
        language: 'en-US',
        tone: 'formal',
        candidate: { givenName: 'Anneliese', familyName: "O'Connor-Vásquez", preferredName: 'Annie', phone: '+1 (646) 555-0183' },
        recipient: { givenName: 'Kwame', familyName: 'Mensah-Adjei', honorific: 'dr' },
        // A name this long leaves no room for the surname once the hour and the times offered have gone.
        company: 'Ridgeway Biotherapeutics and Regenerative Medicine Clinical Research Institute of Greater Boston',
        role: 'Senior Clinical Data Manager',
        interview: { at: '2026-12-10T10:00:00-08:00', timeZone: 'America/Los_Angeles' },
        now: '2026-12-07T09:20:00-05:00',
        reason: { code: 'family', disclosure: 'general' },
        intent: 'reschedule',
        availability: 'any morning the week of December 14 (Eastern Time)',
      }),
    );
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.message.omitted).toContain('surname');
    expect(result.message.text).toMatch(/\bAnneliese\b/);
    expect(result.message.text).not.toMatch(/\bAnnie\b/);
  });
});

describe('a company named by a common noun', () => {
  it('takes its article in prose, as a new employer does, in every scenario, tone and channel of both Englishes', () => {
    const service = createMessageService();
    const bare: string[] = [];
    let rendered = 0;
    for (const language of ['en-US', 'en-GB']) {
      for (const scenario of service.scenarios) {
        for (const tone of ['formal', 'warm', 'concise', 'firm']) {
          for (const channel of ['email', 'linkedin', 'sms', 'voicemail']) {
            for (const k of [0, 1, 2]) {
              const body = { ...(scenario.example as Record<string, unknown>), tone, channel, language, company: 'City of Tacoma', companyLegalName: 'City of Tacoma' };
              const result = service.render(body as never, undefined, rotation(k));
              if (!result.ok) continue;
              rendered++;
              const text = `${result.message.subject ?? ''}\n${result.message.text}`;
              if (/\b(?:at|with|from|for|to|join|about|by|and) City of Tacoma\b|\bthe the\b/i.test(text) || !text.includes('the City of Tacoma')) bare.push(`${language} ${scenario.id}/${tone}/${channel}/${k}: ${text}`);
            }
          }
        }
      }
    }
    expect(rendered).toBeGreaterThan(400);
    expect(bare.slice(0, 3)).toEqual([]);
  });
});
