import { describe, it, expect } from 'vitest';
import {
  extractValues,
  expectedZone,
  flattenTimes,
  formatTimeEn,
  formatTimeFr,
  isoDate,
  parseNumber,
  zonePartner,
  type Value,
  type ValueLang,
} from '../src/lang/values.js';

// Invisible characters are written visibly and converted: {nbsp} U+00A0, {nnbsp} U+202F.
const vis = (s: string) => s.replace(/\{nbsp\}/g, '\u00A0').replace(/\{nnbsp\}/g, '\u202F');

interface Case {
  text: string;
  lang: ValueLang;
  /** Every value, in order, as a partial object; [] means "no value at all". */
  expect: Record<string, unknown>[];
}

const t = (minutes: number, more: Record<string, unknown> = {}) => ({ kind: 'time', minutes, ...more });
const range = (from: number, to: number, more: Record<string, unknown> = {}) => ({
  kind: 'time-range',
  from: { minutes: from },
  to: { minutes: to },
  ...more,
});
const date = (year: number | undefined, month: number | undefined, day: number | undefined, more: Record<string, unknown> = {}) => ({
  kind: 'date',
  year,
  month,
  day,
  ...more,
});
const num = (value: number, more: Record<string, unknown> = {}) => ({ kind: 'number', value, ...more });
const money = (amount: number, currency = 'CAD', more: Record<string, unknown> = {}) => ({ kind: 'money', amount, currency, ...more });
const pct = (value: number) => ({ kind: 'percent', value });
const phone = (digits: string) => ({ kind: 'phone', digits });
const zone = (z: string, more: Record<string, unknown> = {}) => ({ kind: 'zone', zone: z, ...more });
const code = (c: string, more: Record<string, unknown> = {}) => ({ kind: 'code', code: c, ...more });
const wd = (day: number) => ({ kind: 'weekday', day });

function run(cases: Case[]) {
  for (const c of cases) {
    const text = vis(c.text);
    it(`${c.lang}: ${JSON.stringify(c.text)}`, () => {
      const got = extractValues(text, c.lang);
      for (const v of got) expect(text.slice(v.start, v.end)).toBe(v.raw);
      for (let i = 1; i < got.length; i++) expect(got[i].start).toBeGreaterThanOrEqual(got[i - 1].end);
      const shown = got.map(({ start: _s, end: _e, ...rest }) => rest);
      expect(shown, JSON.stringify(shown)).toHaveLength(c.expect.length);
      c.expect.forEach((e, i) => {
        // undefined in an expectation means "absent"
        for (const [k, val] of Object.entries(e)) {
          if (val === undefined) expect((got[i] as unknown as Record<string, unknown>)[k], `${i}.${k}`).toBeUndefined();
        }
        expect(got[i]).toMatchObject(Object.fromEntries(Object.entries(e).filter(([, v]) => v !== undefined)));
      });
    });
  }
}

describe('times', () => {
  run([
    { text: 'The meeting starts at 2:00 pm.', lang: 'en', expect: [t(840, { raw: '2:00 pm', hasMeridiem: true, ambiguous: false, style: 'en-12h' })] },
    { text: 'Doors open at 4:00pm', lang: 'en', expect: [t(960, { raw: '4:00pm' })] },
    { text: 'Lunch is served at 1:30 p.m. sharp', lang: 'en', expect: [t(810, { raw: '1:30 p.m.' })] },
    { text: 'ENDS AT 1:30 P.M.', lang: 'en', expect: [t(810)] },
    { text: 'Call us after 2 pm', lang: 'en', expect: [t(840, { raw: '2 pm' })] },
    { text: 'at 9 a.m.', lang: 'en', expect: [t(540, { raw: '9 a.m.' })] },
    { text: 'before 12 am', lang: 'en', expect: [t(0)] },
    { text: 'by 12:15 p.m.', lang: 'en', expect: [t(735)] },
    { text: 'The office closes at noon.', lang: 'en', expect: [t(720, { raw: 'noon', hasMeridiem: true })] },
    { text: 'Submissions close at midnight', lang: 'en', expect: [t(0, { raw: 'midnight' })] },
    { text: 'at 12 noon', lang: 'en', expect: [t(720, { raw: '12 noon' })] },
    { text: 'Observation at 13:30 UTC', lang: 'en', expect: [t(810, { style: '24h-colon', ambiguous: false }), zone('UTC')] },
    { text: 'La séance commence à 13h30.', lang: 'fr', expect: [t(810, { raw: '13h30', style: 'fr-h' })] },
    { text: 'à 13 h 30', lang: 'fr', expect: [t(810, { raw: '13 h 30' })] },
    { text: 'à 14 h précises', lang: 'fr', expect: [t(840, { raw: '14 h' })] },
    { text: 'vers 14h', lang: 'fr', expect: [t(840)] },
    { text: 'à 14 h 00', lang: 'fr', expect: [t(840, { raw: '14 h 00' })] },
    { text: 'à 9{nbsp}h{nbsp}15', lang: 'fr', expect: [t(555)] },
    { text: 'à 9{nnbsp}h{nnbsp}15', lang: 'fr', expect: [t(555)] },
    { text: 'à 1:30{nbsp}p.m.', lang: 'en', expect: [t(810)] },
    { text: 'Dîner à midi', lang: 'fr', expect: [t(720, { raw: 'midi', style: 'fr-h' })] },
    { text: 'jusqu’à minuit', lang: 'fr', expect: [t(0, { raw: 'minuit' })] },
    { text: 'cet après-midi', lang: 'fr', expect: [] },
    { text: 'this afternoon', lang: 'en', expect: [] },
    { text: '20 janvier 2018 09h03 HNE', lang: 'fr', expect: [date(2018, 1, 20), t(543), zone('HNE', { daylight: false })] },
    { text: 'Saturday January 20, 2018 at 09:03 EST', lang: 'en', expect: [date(2018, 1, 20, { weekday: 6 }), t(543, { ambiguous: false }), zone('EST')] },
    { text: 'I am 5 years old', lang: 'en', expect: [num(5)] },
    { text: 'Il était 17 h. J’avais jusqu’à 19 h pour envoyer mes réponses.', lang: 'fr', expect: [t(1020), t(1140)] },
  ]);
});

describe('time ranges', () => {
  run([
    { text: '2:00 pm-4:00pm', lang: 'en', expect: [range(840, 960, { raw: '2:00 pm-4:00pm' })] },
    { text: '1:30 pm–3:30 pm', lang: 'en', expect: [range(810, 930)] },
    {
      text: '(approx. 1:45 - 2:15)',
      lang: 'en',
      expect: [range(105, 135, { raw: '1:45 - 2:15', from: { ambiguous: true, hasMeridiem: false }, to: { ambiguous: true } })],
    },
    { text: 'open 9 a.m. to 5 p.m. on weekdays', lang: 'en', expect: [range(540, 1020)] },
    { text: 'from 8 a.m. to 8 p.m.', lang: 'en', expect: [range(480, 1200)] },
    { text: '13h30-15h30', lang: 'fr', expect: [range(810, 930)] },
    { text: 'de 13 h 30 à 15 h 30', lang: 'fr', expect: [range(810, 930, { raw: '13 h 30 à 15 h 30' })] },
    { text: '13{nbsp}h{nbsp}30 à 15{nbsp}h{nbsp}30', lang: 'fr', expect: [range(810, 930)] },
    { text: '1:30-3:30 pm', lang: 'en', expect: [range(810, 930, { from: { ambiguous: false } })] },
    { text: '11:00-1:00 pm', lang: 'en', expect: [range(660, 780)] },
    { text: 'office hours on Thursdays between 1-3pm', lang: 'en', expect: [wd(4), range(780, 900, { raw: '1-3pm' })] },
    { text: 'les jeudis entre 13h et 15h', lang: 'fr', expect: [wd(4), range(780, 900)] },
    { text: 'between 1:45 and 2:15', lang: 'en', expect: [range(105, 135)] },
    { text: 'de 9 à 17 h', lang: 'fr', expect: [range(540, 1020, { raw: '9 à 17 h' })] },
    { text: 'from 9 to 11 a.m.', lang: 'en', expect: [range(540, 660)] },
    { text: 'from noon to 1 p.m.', lang: 'en', expect: [range(720, 780)] },
    { text: 'de midi à 13 h', lang: 'fr', expect: [range(720, 780)] },
    { text: 'de 9 h à 16 h 30', lang: 'fr', expect: [range(540, 990)] },
    { text: '12:00 p.m. – 1:00 p.m.', lang: 'en', expect: [range(720, 780)] },
    { text: 'from 8 p.m. to midnight', lang: 'en', expect: [range(1200, 0)] },
    { text: '9 a.m. - 5:00', lang: 'en', expect: [range(540, 1020, { to: { ambiguous: false } })] },
    { text: 'Tuesday 14 h et 16 h', lang: 'fr', expect: [wd(2), t(840), t(960)] },
  ]);
});

describe('dates', () => {
  run([
    { text: 'September 12, 2011', lang: 'en', expect: [date(2011, 9, 12, { raw: 'September 12, 2011' })] },
    { text: 'Sept. 12, 2011', lang: 'en', expect: [date(2011, 9, 12, { raw: 'Sept. 12, 2011' })] },
    { text: '12 September 2011', lang: 'en', expect: [date(2011, 9, 12)] },
    { text: 'Monday, May 9, 2011', lang: 'en', expect: [date(2011, 5, 9, { weekday: 1, raw: 'Monday, May 9, 2011' })] },
    { text: 'on May 9 we met', lang: 'en', expect: [date(undefined, 5, 9, { raw: 'May 9' })] },
    { text: '30 July 2010', lang: 'en', expect: [date(2010, 7, 30)] },
    { text: 'Issued January 20, 2018.', lang: 'en', expect: [date(2018, 1, 20)] },
    { text: 'Published 2011-09-12', lang: 'en', expect: [date(2011, 9, 12, { raw: '2011-09-12' })] },
    { text: 'le 12 septembre 2011', lang: 'fr', expect: [date(2011, 9, 12, { raw: '12 septembre 2011' })] },
    { text: '12 sept. 2011', lang: 'fr', expect: [date(2011, 9, 12)] },
    { text: 'Le 1er février 2011', lang: 'fr', expect: [date(2011, 2, 1, { raw: '1er février 2011' })] },
    { text: 'Le 1^{er} février', lang: 'fr', expect: [date(undefined, 2, 1)] },
    { text: 'le 1ᵉʳ février', lang: 'fr', expect: [date(undefined, 2, 1)] },
    { text: 'lundi 9 mai 2011', lang: 'fr', expect: [date(2011, 5, 9, { weekday: 1 })] },
    { text: 'le lundi 9 mai', lang: 'fr', expect: [date(undefined, 5, 9, { weekday: 1, raw: 'lundi 9 mai' })] },
    { text: '20 janvier 2018', lang: 'fr', expect: [date(2018, 1, 20)] },
    { text: 'le 7 mars 2022, nous avons franchi', lang: 'fr', expect: [date(2022, 3, 7)] },
    { text: 'May I ask a question?', lang: 'en', expect: [] },
    { text: 'May the committee adopt the report?', lang: 'en', expect: [] },
    { text: 'Members may 2 times a year ask', lang: 'en', expect: [num(2)] },
    { text: 'Mars est une planète', lang: 'fr', expect: [] },
    { text: 'en mars 2020, le besoin', lang: 'fr', expect: [date(2020, 3, undefined)] },
    { text: 'in September 2011', lang: 'en', expect: [date(2011, 9, undefined)] },
    { text: 'Réunion de juillet', lang: 'fr', expect: [date(undefined, 7, undefined, { raw: 'juillet' })] },
    { text: 'the 12th of September', lang: 'en', expect: [date(undefined, 9, 12)] },
    { text: 'June 12-14, 2012', lang: 'en', expect: [date(2012, 6, 12), date(2012, 6, 14)] },
    { text: 'du 12 au 14 juin 2012', lang: 'fr', expect: [date(2012, 6, 12, { raw: '12' }), date(2012, 6, 14)] },
    { text: 'entre le 28 mars et le 8 avril 2022', lang: 'fr', expect: [date(2022, 3, 28), date(2022, 4, 8)] },
    { text: 'March 28 to April 8, 2022', lang: 'en', expect: [date(2022, 3, 28), date(2022, 4, 8)] },
    { text: 'les 12 et 13 mai', lang: 'fr', expect: [date(undefined, 5, 12), date(undefined, 5, 13)] },
    { text: 'the May 2012 report', lang: 'en', expect: [date(2012, 5, undefined)] },
    { text: 'MAY 9, 2011', lang: 'en', expect: [date(2011, 5, 9)] },
    { text: 'you may 9 times out of 10', lang: 'en', expect: [num(9), num(10)] },
    { text: 'date: 2019-05-02T20:00:00.000Z', lang: 'und', expect: [date(2019, 5, 2), t(1200), zone('Z', { region: 'UTC' })] },
    { text: "date: '2017-12-07 09:00:00 -0400'", lang: 'und', expect: [date(2017, 12, 7), t(540), zone('-0400', { offset: -240 })] },
    { text: 'due 25/12/2011', lang: 'en', expect: [date(2011, 12, 25)] },
    { text: 'due 05/06/2011', lang: 'en', expect: [] },
    { text: 'February 30, 2011 is no date but is kept', lang: 'en', expect: [date(2011, 2, 30)] },
    { text: 'Mon., Sept. 12', lang: 'en', expect: [date(undefined, 9, 12, { weekday: 1 })] },
  ]);
});

describe('weekdays', () => {
  run([
    { text: 'every Monday', lang: 'en', expect: [wd(1)] },
    { text: 'chaque lundi', lang: 'fr', expect: [wd(1)] },
    // two abbreviations joined by a dash are a range of days, periods or not; a word is none
    { text: 'Mon–Thu, 9:00 a.m. to 4:00 p.m.', lang: 'en', expect: [wd(1), wd(4), range(540, 960)] },
    { text: 'lun-ven, de 9 h à 16 h', lang: 'fr', expect: [wd(1), wd(5), range(540, 960)] },
    { text: 'a Common-Sun value and a mon-fri code', lang: 'en', expect: [] },
    { text: 'du lundi au vendredi', lang: 'fr', expect: [wd(1), wd(5)] },
    { text: 'Mon. and Wed.', lang: 'en', expect: [wd(1), wd(3)] },
    { text: 'lun. et jeu.', lang: 'fr', expect: [wd(1), wd(4)] },
    { text: 'Read the Sun. It is good.', lang: 'en', expect: [] },
    { text: 'la mer. Le soleil', lang: 'fr', expect: [] },
    { text: 'Sam. Smith', lang: 'en', expect: [] },
    { text: 'Sundays and holidays', lang: 'en', expect: [wd(0)] },
  ]);
});

describe('numbers', () => {
  run([
    { text: 'a budget of 4,250,000 units', lang: 'en', expect: [num(4250000, { integer: true })] },
    { text: 'un budget de 4 250 000 unités', lang: 'fr', expect: [num(4250000)] },
    { text: 'un budget de 4{nbsp}250{nbsp}000 unités', lang: 'fr', expect: [num(4250000)] },
    { text: 'un budget de 4{nnbsp}250{nnbsp}000 unités', lang: 'fr', expect: [num(4250000)] },
    { text: 'a rate of 2.5 points', lang: 'en', expect: [num(2.5, { integer: false })] },
    { text: 'un taux de 2,5 points', lang: 'fr', expect: [num(2.5)] },
    { text: 'total 1,500.75', lang: 'en', expect: [num(1500.75)] },
    { text: 'total 1 500,75', lang: 'fr', expect: [num(1500.75)] },
    { text: '4,250,000', lang: 'und', expect: [num(4250000)] },
    { text: '2,5', lang: 'und', expect: [num(2.5)] },
    { text: '2,500', lang: 'und', expect: [num(2500)] },
    { text: '2,500', lang: 'en', expect: [num(2500)] },
    { text: '2,500', lang: 'fr', expect: [num(2.5)] },
    { text: '4,250,000', lang: 'fr', expect: [num(4250000)] },
    { text: '2.5 million people', lang: 'en', expect: [num(2500000, { raw: '2.5 million' })] },
    { text: '2,5 millions de personnes', lang: 'fr', expect: [num(2500000)] },
    { text: '2,5 M de visites', lang: 'fr', expect: [num(2500000)] },
    { text: '3 billion', lang: 'en', expect: [num(3e9)] },
    { text: '3 milliards', lang: 'fr', expect: [num(3e9)] },
    { text: '3 billions', lang: 'fr', expect: [num(3e12)] },
    { text: '8.8 million notifications', lang: 'en', expect: [num(8800000)] },
    { text: 'Room 5362', lang: 'en', expect: [num(5362)] },
    { text: '18th Floor', lang: 'en', expect: [num(18, { ordinal: true })] },
    { text: '18^e étage', lang: 'fr', expect: [num(18, { ordinal: true, raw: '18^e' })] },
    { text: 'le 2e rapport', lang: 'fr', expect: [num(2, { ordinal: true })] },
    { text: 'the 1st and 2nd reports', lang: 'en', expect: [num(1, { ordinal: true }), num(2, { ordinal: true })] },
    { text: 'le 1er rapport', lang: 'fr', expect: [num(1, { ordinal: true })] },
    { text: '1. Introduction', lang: 'en', expect: [num(1, { enumerator: true, raw: '1' })] },
    { text: '6. [REDACTED]', lang: 'en', expect: [num(6, { enumerator: true })] },
    { text: 'Il y a 5. Non', lang: 'fr', expect: [num(5, { enumerator: undefined })] },
    { text: 'COVID-19 vaccines', lang: 'en', expect: [code('COVID-19')] },
    { text: 'Bill C-11 was passed', lang: 'en', expect: [code('C-11')] },
    { text: 'plus de 75 mille personnes', lang: 'fr', expect: [num(75000)] },
    { text: 'over 1.4K users, under 10k', lang: 'en', expect: [num(1400, { raw: '1.4K' }), num(10000)] },
    { text: 'a 10 K race', lang: 'en', expect: [num(10)] },
    { text: '1 à 1&nbsp;000 notifications', lang: 'fr', expect: [num(1), num(1000, { raw: '1&nbsp;000' })] },
    { text: 'Plus de 100&#160;000 avis&nbsp;: voir', lang: 'fr', expect: [num(100000)] },
    { text: 'HCoV-229E and HCoV-OC43 circulate in winter', lang: 'en', expect: [code('HCOV-229E')] },
    // AM-11 of `10:00 AM-11:30 AM` is a meridiem and the next time, not a code like C-11.
    { text: '10:00 AM-11:30 AM EST', lang: 'en', expect: [{ kind: 'time-range' }, { kind: 'zone' }] },
    // Version strings are codes, compared as written (not numbers: 1.2.3 is no amount).
    { text: 'release v2.1.3 is out', lang: 'en', expect: [code('2.1.3', { raw: 'v2.1.3' })] },
    { text: 'version 1.2.3', lang: 'en', expect: [code('1.2.3')] },
    { text: 'see https://numerique.canada.ca/2020/01/28/7-%C3%A9tapes-vers for more', lang: 'fr', expect: [] },
    { text: 'Write to jane.doe2@canada.ca today', lang: 'en', expect: [] },
    { text: 'Voir https://www.canada.ca/fr/juin/rapport.html', lang: 'fr', expect: [] },
    { text: 'See canada.ca/en/services/2020 for details.', lang: 'en', expect: [] },
    { text: '<img width="80%" alt="logs">', lang: 'en', expect: [] },
    { text: 'the 1990s were different', lang: 'en', expect: [] },
    { text: 'ICTs and H1N1 and 4G and B2B', lang: 'en', expect: [] },
    { text: 'a 10km run', lang: 'en', expect: [num(10)] },
    { text: '-3.0 degrees', lang: 'en', expect: [num(-3)] },
    { text: 'pages 10-12', lang: 'en', expect: [num(10), num(12)] },
    { text: 'from 2010-2011', lang: 'en', expect: [num(2010), num(2011)] },
    { text: 'in 2011, 300 people came', lang: 'en', expect: [num(2011), num(300)] },
    { text: '284 rue Wellington Street', lang: 'und', expect: [num(284)] },
    // Canadian English writes SI-style groups too: a plain space groups digits in every language
    { text: 'more than 40 000 subscribers', lang: 'en', expect: [num(40000)] },
    { text: 'moins de 10\u2009 000 $', lang: 'fr', expect: [money(10000)] },
    { text: 'the EN 301 549 standard', lang: 'en', expect: [code('EN 301 549')] },
    { text: 'la norme EN 301 549', lang: 'fr', expect: [code('EN 301 549')] },
    { text: 'meets WCAG 2.1 AA', lang: 'en', expect: [code('WCAG 2.1')] },
    { text: 'leverId: 77d1c499-8722-41ad-9985-e163d76b0e39', lang: 'und', expect: [] },
    { text: 'a &#8220;quote&#8221;', lang: 'en', expect: [] },
    { text: 'User {0} not authorized to update resource {1}', lang: 'en', expect: [] },
    { text: 'Guidance on network protocols <0>(ITSP.40.062)</0>', lang: 'en', expect: [] },
    { text: 'ne peut pas contenir le caractère U+%04x ni %1$s', lang: 'fr', expect: [] },
    { text: 'see [the post](/2017/08/24/picking-our-projects/) here', lang: 'en', expect: [] },
    { text: 'No. 42', lang: 'en', expect: [num(42)] },
    { text: 'Ottawa ON  K1A 0H5', lang: 'en', expect: [] },
    { text: 'see Table 5 p. 100', lang: 'en', expect: [num(5), num(100)] },
    { text: 'available 24/7', lang: 'en', expect: [num(24), num(7)] },
    { text: 'Budget 2012: $5.2 billion over five years', lang: 'en', expect: [num(2012), money(5.2e9)] },
    { text: 'Budget 2012 : 5,2 milliards de dollars sur cinq ans', lang: 'fr', expect: [num(2012), money(5.2e9)] },
    { text: 'the 20th century', lang: 'en', expect: [num(20, { ordinal: true })] },
    { text: 'au 2ème étage', lang: 'fr', expect: [num(2, { ordinal: true })] },
    { text: 'la 1re séance', lang: 'fr', expect: [num(1, { ordinal: true })] },
    { text: 'article 16.1 de la Loi', lang: 'fr', expect: [num(16.1)] },
  ]);
});

describe('money', () => {
  run([
    { text: 'a $2.5 million grant', lang: 'en', expect: [money(2500000, 'CAD', { raw: '$2.5 million' })] },
    { text: 'une subvention de 2,5 millions de dollars', lang: 'fr', expect: [money(2500000)] },
    { text: 'costs $1,500', lang: 'en', expect: [money(1500)] },
    { text: 'costs $1,500.00', lang: 'en', expect: [money(1500)] },
    { text: 'coûte 1 500 $', lang: 'fr', expect: [money(1500, 'CAD', { raw: '1 500 $' })] },
    { text: 'coûte 1{nbsp}500,00{nbsp}$', lang: 'fr', expect: [money(1500)] },
    { text: 'CAD 20 per person', lang: 'en', expect: [money(20)] },
    { text: '20 $ CA par personne', lang: 'fr', expect: [money(20, 'CAD', { raw: '20 $ CA' })] },
    { text: 'US$20 each', lang: 'en', expect: [money(20, 'USD')] },
    { text: '20 $ US chacun', lang: 'fr', expect: [money(20, 'USD')] },
    { text: '50 € ou 50 euros', lang: 'fr', expect: [money(50, 'EUR'), money(50, 'EUR')] },
    { text: 'the $10 Million Ansari X PRIZE', lang: 'en', expect: [money(1e7)] },
    { text: '(50 $ par mois, et non 50 $ par mois)', lang: 'fr', expect: [money(50), money(50)] },
    { text: 'approximately $50/month', lang: 'en', expect: [money(50)] },
    { text: '$3B in funding', lang: 'en', expect: [money(3e9)] },
    { text: '2,5 M$ en financement', lang: 'fr', expect: [money(2500000)] },
    { text: '$1,500 en français', lang: 'fr', expect: [money(1500)] },
  ]);
});

describe('percentages', () => {
  run([
    { text: 'over 40% of visits', lang: 'en', expect: [pct(40)] },
    { text: 'plus de 40 % des visites', lang: 'fr', expect: [pct(40)] },
    { text: 'plus de 40{nbsp}% des visites', lang: 'fr', expect: [pct(40)] },
    { text: '40 percent', lang: 'en', expect: [pct(40)] },
    { text: '40 per cent', lang: 'en', expect: [pct(40)] },
    { text: '40 pour cent', lang: 'fr', expect: [pct(40)] },
    { text: '40 p. 100', lang: 'fr', expect: [pct(40)] },
    { text: '2,5 %', lang: 'fr', expect: [pct(2.5)] },
    { text: 'a 2.5% rise', lang: 'en', expect: [pct(2.5)] },
    { text: 'a drop of -2.5%', lang: 'en', expect: [pct(-2.5)] },
  ]);
});

describe('phones', () => {
  run([
    { text: 'Dial-in number: 1-877-413-4782', lang: 'en', expect: [phone('8774134782')] },
    { text: 'Call (613) 555-1234', lang: 'en', expect: [phone('6135551234')] },
    { text: 'Call 613-555-1234', lang: 'en', expect: [phone('6135551234')] },
    { text: 'Call 613.555.1234', lang: 'en', expect: [phone('6135551234')] },
    { text: 'Call +1 613 555 1234', lang: 'en', expect: [phone('6135551234')] },
    { text: 'Appelez le 1 800 465-7735', lang: 'fr', expect: [phone('8004657735')] },
    { text: 'Telephone: 613-996-9134 / TTY: 1-800-926-9105', lang: 'en', expect: [phone('6139969134'), phone('8009269105')] },
    { text: 'Call 613-555-1234 ext. 25', lang: 'en', expect: [phone('6135551234'), num(25)] },
    { text: 'Conference code: 2596210#', lang: 'en', expect: [code('2596210#')] },
    { text: 'poste 1234', lang: 'fr', expect: [num(1234)] },
  ]);
});

describe('zones', () => {
  run([
    { text: '2:00 pm EST', lang: 'en', expect: [t(840), zone('EST', { region: 'E', daylight: false, lang: 'en', standard: true })] },
    { text: '2:00 pm EDT', lang: 'en', expect: [t(840), zone('EDT', { daylight: true })] },
    { text: '2:00 pm ET', lang: 'en', expect: [t(840), zone('ET', { daylight: null })] },
    { text: '14 h HNE', lang: 'fr', expect: [t(840), zone('HNE', { region: 'E', daylight: false, lang: 'fr' })] },
    { text: '14 h HAE', lang: 'fr', expect: [t(840), zone('HAE', { daylight: true })] },
    { text: '14 h (HE)', lang: 'fr', expect: [t(840), zone('HE', { daylight: null })] },
    { text: '14h00-16h00 HSE', lang: 'fr', expect: [range(840, 960), zone('HSE', { region: 'E', daylight: null, standard: false })] },
    { text: '10 h HAEst', lang: 'fr', expect: [t(600), zone('HAEST', { daylight: true, standard: false })] },
    { text: '9:30 a.m. NST', lang: 'en', expect: [t(570), zone('NST', { region: 'N' })] },
    { text: '9 h 30 HNT', lang: 'fr', expect: [t(570), zone('HNT', { region: 'N' })] },
    { text: '9:30 a.m. MDT', lang: 'en', expect: [t(570), zone('MDT', { region: 'M', daylight: true })] },
    { text: '9 h 30 HAR', lang: 'fr', expect: [t(570), zone('HAR', { region: 'M', daylight: true })] },
    { text: 'All times are Eastern time.', lang: 'en', expect: [zone('ET', { raw: 'Eastern time', daylight: null })] },
    { text: 'Eastern Standard Time (EST)', lang: 'en', expect: [zone('EST', { daylight: false }), zone('EST')] },
    { text: 'Eastern Daylight Time', lang: 'en', expect: [zone('EDT', { daylight: true })] },
    { text: "à 14 h, heure de l'Est", lang: 'fr', expect: [t(840), zone('HE', { daylight: null, lang: 'fr' })] },
    { text: "heure normale de l'Est", lang: 'fr', expect: [zone('HNE', { daylight: false })] },
    { text: 'heure avancée de l’Est', lang: 'fr', expect: [zone('HAE', { daylight: true })] },
    { text: 'heure avancée du Pacifique', lang: 'fr', expect: [zone('HAP', { region: 'P', daylight: true })] },
    { text: 'at 14:00 UTC', lang: 'en', expect: [t(840), zone('UTC', { region: 'UTC' })] },
    { text: 'at 14:00Z', lang: 'en', expect: [t(840), zone('Z')] },
    { text: 'UTC−4', lang: 'fr', expect: [zone('UTC', { offset: -240 })] },
    { text: 'The BEST results and CESTA', lang: 'en', expect: [] },
    { text: 'LA RÉUNION EST ANNULÉE', lang: 'fr', expect: [] },
    { text: 'La réunion est annulée', lang: 'fr', expect: [] },
    { text: 'Le CST a publié un avis', lang: 'fr', expect: [] },
    { text: 'SÉCURITÉ ET DÉFENSE', lang: 'fr', expect: [] },
    { text: 'HE SAID ET AL. PT BOATS', lang: 'en', expect: [] },
    { text: 'Z is the last letter', lang: 'en', expect: [] },
    { text: 'Deadline is 5 pm Pacific time', lang: 'en', expect: [t(1020), zone('PT', { region: 'P' })] },
    { text: 'Meeting at 2 pm. All times are EST.', lang: 'en', expect: [t(840), zone('EST')] },
    { text: 'All times are EST.', lang: 'en', expect: [zone('EST')] },
    { text: 'MONDAY (ALL TIMES PST)', lang: 'en', expect: [wd(1), zone('PST', { region: 'P' })] },
    { text: 'All times are Pacific.', lang: 'en', expect: [zone('PT', { region: 'P', daylight: null })] },
    { text: 'TIMES ET DATES; PT SESSIONS', lang: 'en', expect: [] },
    { text: 'L’HEURE EST VENUE', lang: 'fr', expect: [] },
    { text: 'JOUR B (HEURES EN HAP)', lang: 'fr', expect: [zone('HAP', { region: 'P' })] },
    { text: 'Prices include GST/PST at 5 pm', lang: 'en', expect: [t(1020)] },
    { text: 'The PST rate is 7%', lang: 'en', expect: [pct(7)] },
    { text: 'Toutes les heures sont en HNE.', lang: 'fr', expect: [zone('HNE')] },
    { text: 'Tuesday, September 13, 2011 from 10:00 a.m. to 12:00 p.m. (EDT)', lang: 'en', expect: [date(2011, 9, 13, { weekday: 2 }), range(600, 720), zone('EDT')] },
    { text: 'le mardi 13 septembre 2011, de 10 h à 12 h (HAE)', lang: 'fr', expect: [date(2011, 9, 13, { weekday: 2 }), range(600, 720), zone('HAE')] },
    { text: 'by March 31, 2012 at 11:59 p.m. Pacific Time', lang: 'en', expect: [date(2012, 3, 31), t(1439), zone('PT')] },
    { text: 'le 31 mars 2012 à 23 h 59 (heure du Pacifique)', lang: 'fr', expect: [date(2012, 3, 31), t(1439), zone('HP', { region: 'P' })] },
    { text: 'at 9:30 a.m. (Eastern Time)', lang: 'en', expect: [t(570), zone('ET')] },
  ]);
});

describe('codes', () => {
  run([
    { text: 's.21(1)(a)', lang: 'und', expect: [code('21(1)(a)', { raw: 's.21(1)(a)' })] },
    { text: 's.23', lang: 'und', expect: [code('23')] },
    { text: 'withheld under s. 69(1)(g)', lang: 'en', expect: [code('69(1)(g)')] },
    { text: 'retenu en vertu de l’art. 21(1)a)', lang: 'fr', expect: [code('21(1)(a)')] },
    { text: 'paragraph 21(1)(a) of the Act', lang: 'en', expect: [code('21(1)(a)')] },
    { text: 'document A/65/201', lang: 'en', expect: [code('A/65/201')] },
    { text: 'resolution A/RES/64/25', lang: 'en', expect: [code('A/RES/64/25')] },
    { text: 'ECE/EMB', lang: 'und', expect: [] },
    { text: 'N/A', lang: 'en', expect: [] },
  ]);
});

describe('mixed lines from real agendas', () => {
  run([
    {
      text: 'September 12, 2011 – 2:00 pm-4:00pm EST',
      lang: 'en',
      expect: [date(2011, 9, 12), range(840, 960), zone('EST')],
    },
    {
      text: 'Le 12 septembre 2011 – 14h00-16h00 HSE',
      lang: 'fr',
      expect: [date(2011, 9, 12), range(840, 960), zone('HSE')],
    },
    {
      text: '365 av. Laurier Ave., 18^e étage/18th Floor, Pièce/Rm 1800, Ottawa, ON',
      lang: 'und',
      expect: [num(365), num(18, { ordinal: true }), num(18, { ordinal: true }), num(1800)],
    },
    {
      text: '- s.21(1)(a) 5. ',
      lang: 'und',
      expect: [code('21(1)(a)'), num(5)],
    },
    {
      text: 'milestones along the way: 8.5 million emails sent, 364 000 confirmed',
      lang: 'en',
      expect: [num(8500000), num(364000)],
    },
    {
      text: 'des jalons : 8,5 millions de courriels envoyés, 364 000 confirmés',
      lang: 'fr',
      expect: [num(8500000), num(364000)],
    },
    { text: 'Agenda/Ordre du jour', lang: 'und', expect: [] },
    { text: '', lang: 'en', expect: [] },
  ]);
});

describe('equal values across languages', () => {
  const pairs: [string, string][] = [
    ['4,250,000', '4 250 000'],
    ['2.5', '2,5'],
    ['$2.5 million', '2,5 millions de dollars'],
    ['1:30 pm', '13 h 30'],
    ['1:30 p.m.', '13h30'],
    ['September 12, 2011', 'le 12 septembre 2011'],
    ['February 1', 'le 1er février'],
    ['40%', '40 %'],
    ['$1,500.00', '1 500,00 $'],
    ['2:00 pm-4:00pm', '14h00-16h00'],
  ];
  const strip = (vs: Value[]) => vs.map(({ start: _s, end: _e, raw: _r, ...rest }) => JSON.stringify(rest, (k, v) => (['start', 'end', 'raw', 'style', 'hasMeridiem', 'ambiguous'].includes(k) ? undefined : v)));
  for (const [en, fr] of pairs) {
    it(`${en} ≡ ${fr}`, () => {
      expect(strip(extractValues(fr, 'fr'))).toEqual(strip(extractValues(en, 'en')));
    });
  }
});

describe('helpers', () => {
  it('flattenTimes expands ranges in order', () => {
    const vs = extractValues('9 a.m. to 5 p.m., then noon', 'en');
    expect(flattenTimes(vs).map((x) => x.minutes)).toEqual([540, 1020, 720]);
  });
  it('isoDate', () => {
    expect(isoDate({ year: 2011, month: 9, day: 12 })).toBe('2011-09-12');
    expect(isoDate({ month: 2, day: 1 })).toBe('--02-01');
    expect(isoDate({ year: 2020, month: 3 })).toBe('2020-03');
  });
  it('formatTimeFr follows the Translation Bureau', () => {
    expect(formatTimeFr(810)).toBe('13 h 30');
    expect(formatTimeFr(840)).toBe('14 h');
    expect(formatTimeFr(0)).toBe('0 h');
    expect(formatTimeFr(810, 'EDT')).toBe('13 h 30 HAE');
    expect(formatTimeFr(840, 'HNE')).toBe('14 h HNE');
  });
  it('formatTimeEn', () => {
    expect(formatTimeEn(810)).toBe('1:30 p.m.');
    expect(formatTimeEn(540, 'HNE')).toBe('9:00 a.m. EST');
  });
  it('zonePartner', () => {
    expect(zonePartner('EST')).toBe('HNE');
    expect(zonePartner('HAE')).toBe('EDT');
    expect(zonePartner('ET')).toBe('HE');
    expect(zonePartner('MST')).toBe('HNR');
    expect(zonePartner('HAA')).toBe('ADT');
    expect(zonePartner('HSE')).toBe('ET');
    expect(zonePartner('UTC')).toBe('UTC');
    expect(zonePartner('XYZ')).toBeNull();
  });
  it('expectedZone agrees with ICU for America/Toronto', () => {
    const fmt = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Toronto', timeZoneName: 'short' });
    for (const [y, m, d] of [
      [2011, 5, 9], [2011, 9, 12], [2011, 2, 1], [2011, 3, 13], [2011, 11, 6], [2011, 11, 5], [2006, 4, 2],
      [2006, 10, 29], [2006, 10, 28], [2024, 3, 10], [2024, 3, 9], [2024, 11, 3], [2024, 11, 2], [1999, 7, 1],
    ]) {
      const icu = fmt.format(new Date(Date.UTC(y, m - 1, d, 17))).endsWith('EDT');
      expect(expectedZone({ year: y, month: m, day: d }, 'E')?.daylight, `${y}-${m}-${d}`).toBe(icu);
    }
    expect(expectedZone({ year: 2011, month: 5, day: 9 }, 'E')).toEqual({ daylight: true, en: 'EDT', fr: 'HAE' });
    expect(expectedZone({ year: 2011, month: 2, day: 1 }, 'E')).toEqual({ daylight: false, en: 'EST', fr: 'HNE' });
    expect(expectedZone({ month: 2, day: 1 }, 'E')).toBeNull();
  });
  it('parseNumber', () => {
    expect(parseNumber('1 500,75', 'fr')).toBe(1500.75);
    expect(parseNumber('1,500.75', 'en')).toBe(1500.75);
    expect(parseNumber('2,500', 'fr')).toBe(2.5);
    expect(parseNumber('2,500', 'und')).toBe(2500);
  });
  it('spans are UTF-16 offsets', () => {
    const text = '🎉 à 13 h 30';
    const [v] = extractValues(text, 'fr');
    expect(v.start).toBe(5);
    expect(text.slice(v.start, v.end)).toBe('13 h 30');
  });
});
