import { describe, expect, it } from 'vitest';
import { composeLorPackage } from '../../src/composers/lor-package.js';
import type { Letter, Profile } from '../../src/core/profile/schema.js';
import { readExampleProfile as example } from '../helpers/cli.js';

const TODAY = '2026-11-22';
const writer = (name: string): Letter => example().letters!.find((l) => l.writer === name)!;
// The example's 15 Jan 2027 fits no season of the fellowship calendar; timing tests use a date on it
// (after next season's ERAS opening, before programs start reading), with their days kept.
const onCal = (): Profile => ({ ...example(), deadline: '2027-07-15' });

describe('composeLorPackage', () => {
  it('plans the reminders from the deadline: the ask by six weeks before (the package once they agree), reminder 2 weeks before, thank-you at the deadline, match update', () => {
    // Trial 3: a writer not yet asked had "send this package" dated today, months before the
    // ask-by day the letters plan gave; the package follows the writer's yes.
    const { reminders } = composeLorPackage(onCal(), writer('Dr. Lee'), '2027-05-22');
    expect(reminders.map((r) => r.date)).toEqual(['2027-06-03', '2027-07-01', '2027-07-15', undefined]);
    expect(reminders[0]?.what).toMatch(
      /^Ask Dr\. Lee by this day at the latest \(the email above\); once they agree, send this package/,
    );
    expect(reminders[1]?.what).toMatch(/Gentle reminder to Dr. Lee/);
    expect(reminders[2]?.what).toMatch(/thank-you/);
    expect(reminders[3]?.what).toMatch(/match/);
  });

  it('starts from a planned ask date that is still ahead', () => {
    const w = { ...writer('Dr. Lee'), asked: '2026-12-10' };
    const first = composeLorPackage(example(), w, TODAY).reminders[0];
    expect(first?.date).toBe('2026-12-10');
    expect(first?.what).toMatch(/^Ask Dr\. Lee on this day, as you planned \(the email above\)/);
  });

  it('gives the writer 3 days after a late ask before reminding, and marks a last-week reminder late', () => {
    const tenDays = composeLorPackage(onCal(), writer('Dr. Lee'), '2027-07-05').reminders;
    expect(tenDays.map((r) => r.date)).toEqual(['2027-07-05', '2027-07-08', '2027-07-15', undefined]);
    expect(tenDays[1]?.what).not.toMatch(/later than the usual/);
    const fiveDays = composeLorPackage(onCal(), writer('Dr. Lee'), '2027-07-10').reminders;
    expect(fiveDays[1]?.date).toBe('2027-07-13');
    expect(fiveDays[1]?.what).toMatch(/later than the usual/);
  });

  it('keeps the reminder at 14 days before when the ask is 17 days before, and shifts it at 16', () => {
    expect(composeLorPackage(onCal(), writer('Dr. Lee'), '2027-06-28').reminders[1]?.date).toBe('2027-07-01');
    const shifted = composeLorPackage(onCal(), writer('Dr. Lee'), '2027-06-29').reminders[1];
    expect(shifted?.date).toBe('2027-07-02');
    expect(shifted?.what).not.toMatch(/later than the usual/);
  });

  it('drops the gentle reminder when there is no day left before the deadline', () => {
    const { reminders } = composeLorPackage(onCal(), writer('Dr. Lee'), '2027-07-12');
    expect(reminders.map((r) => r.date)).toEqual(['2027-07-12', '2027-07-15', undefined]);
  });

  it('gives undated reminders when there is no deadline; the ask itself is dated for next season while one is under way', () => {
    // On 22 Nov 2026 the AMIA season is under way: a letter asked now serves next season, asked by six
    // weeks before its July 2027 applications, as the letters plan says.
    const { deadline: _d, ...p } = example();
    const { reminders, lines } = composeLorPackage(p, writer('Dr. Lee'), TODAY);
    expect(reminders.map((r) => r.date)).toEqual(['2027-05-21', undefined, undefined, undefined]);
    expect(lines.join('\n')).toMatch(/add `deadline`/);
  });

  it('names the member informatics items in the CV and snapshot lines', () => {
    const { lines } = composeLorPackage(onCal(), writer('Dr. Lee'), '2027-05-22');
    expect(lines[0]).toMatch(/EHR data analyst for sepsis bundle dashboard; SQL for healthcare data/);
    expect(lines.find((l) => l.startsWith('One-page informatics snapshot'))).toMatch(
      /time to antibiotics reported weekly/,
    );
    expect(lines.some((l) => /personal statement/.test(l))).toBe(true);
    expect(lines.find((l) => l.startsWith('Deadline'))).toMatch(/15 Jul 2027 \(54 days/);
  });

  it('tailors the three example prompts to the writer', () => {
    const lee = composeLorPackage(example(), writer('Dr. Lee'), TODAY).lines.filter((l) => l.startsWith('Example'));
    expect(lee).toHaveLength(3);
    expect(lee.join('\n')).toMatch(/US team.*Epic/);
    const ortiz = composeLorPackage(example(), writer('Ms. Ortiz'), TODAY).lines.filter((l) => l.startsWith('Example'));
    expect(ortiz[0]).toMatch(/sepsis bundle dashboard/);
    const haddad = composeLorPackage(example(), writer('Dr. Haddad'), TODAY).lines.filter((l) =>
      l.startsWith('Example'),
    );
    expect(haddad[0]).toMatch(/actually saw your work/);
    const research: Letter = {
      ...writer('Ms. Ortiz'),
      writer: 'Dr. R',
      role: 'research-supervisor',
      informatics: false,
    };
    expect(composeLorPackage(example(), research, TODAY).lines.join('\n')).toMatch(/data problem you solved/);
  });

  it('says where letters are uploaded for each target', () => {
    const upload = (p: Profile) =>
      composeLorPackage(p, writer('Dr. Lee'), TODAY).lines.find((l) => l.startsWith('Upload'));
    expect(upload(example())).toMatch(/CI fellowships take applications through ERAS.*ERAS Letter Request Form/);
    expect(upload({ ...example(), target: 'residency-informatics-track' })).toMatch(/ERAS Letter Request Form/);
  });

  it('adds the visa-context line only for a US writer of a non-US citizen', () => {
    const has = (p: Profile, w: string) => composeLorPackage(p, writer(w), TODAY).lines.some((l) => /visa/.test(l));
    expect(has(example(), 'Dr. Lee')).toBe(true);
    expect(has(example(), 'Ms. Ortiz')).toBe(false);
    expect(has({ ...example(), citizenship: 'us-citizen' }, 'Dr. Lee')).toBe(false);
  });

  it('offers a talk-through of red flags without asking for damage control', () => {
    const line = composeLorPackage(example(), writer('Dr. Lee'), TODAY).lines.find((l) =>
      l.startsWith('Offer a short call'),
    );
    expect(line).toMatch(/Step 1 attempts/);
    expect(line).toMatch(/do not ask for wording that explains it away/);
  });

  it('uses a [writer name] placeholder when there is no writer', () => {
    const { lines, reminders } = composeLorPackage(example(), null, TODAY);
    expect(lines.join('\n')).toContain('[writer name]');
    expect(reminders[0]?.what).toContain('[writer name]');
  });
});

describe('the follow-up plan: never in the past, always in date order', () => {
  const dates = (r: { date?: string }[]) => r.map((x) => x.date).filter((d): d is string => d !== undefined);

  it.each(['2026-11-22', '2026-12-20', '2027-01-10', '2027-01-14', '2027-01-15', '2027-01-16', '2027-03-01'])(
    'on %s: every date is today or later, and dates never go backwards',
    (today) => {
      for (const w of example().letters!) {
        for (const asked of [undefined, '2026-10-01', '2027-01-12', '2027-02-01']) {
          const letter = asked ? { ...w, asked } : w;
          const { reminders } = composeLorPackage(example(), letter, today);
          const ds = dates(reminders);
          for (const d of ds) expect(d >= today, `${today} ${w.writer} ${asked}: ${d}`).toBe(true);
          expect(ds).toEqual([...ds].sort());
          // Undated steps come after the dated ones.
          const firstUndated = reminders.findIndex((r) => r.date === undefined);
          expect(reminders.slice(firstUndated).every((r) => r.date === undefined)).toBe(true);
        }
      }
    },
  );

  it('after the deadline, dates nothing but today and says to check each program’s cut-off', () => {
    const { reminders, lines } = composeLorPackage(example(), writer('Dr. Lee'), '2027-02-01');
    expect(dates(reminders)).toEqual(['2027-02-01']);
    expect(reminders.map((r) => r.what).join(' ')).toMatch(/has passed: check each program's own letter cut-off/);
    expect(lines.join(' ')).toMatch(/15 Jan 2027 has passed/);
  });

  it('moves an ask planned after the deadline to today, as the late-ask finding says', () => {
    const late = { ...writer('Dr. Lee'), asked: '2027-08-01' };
    const { reminders } = composeLorPackage(onCal(), late, '2027-05-22');
    expect(dates(reminders)[0]).toBe('2027-05-22');
    expect(dates(reminders).every((d) => d <= '2027-07-15')).toBe(true);
  });

  it('sends the package today, not on a planned day under four weeks before the deadline', () => {
    const planned = { ...writer('Dr. Lee'), asked: '2027-07-01' }; // 14 days before 15 Jul 2027
    expect(composeLorPackage(onCal(), planned, '2027-05-22').reminders[0]?.date).toBe('2027-05-22');
    const early = { ...writer('Dr. Lee'), asked: '2027-05-30' }; // 46 days before: keep the plan
    expect(composeLorPackage(onCal(), early, '2027-05-22').reminders[0]?.date).toBe('2027-05-30');
  });

  it('tells the member not to ask a writer twice', () => {
    const asked = { ...writer('Dr. Lee'), asked: '2026-11-01' };
    const first = composeLorPackage(example(), asked, TODAY).reminders[0];
    expect(first?.what).toMatch(/^If you have not yet, send Dr. Lee this package.*no need to ask again/);
  });

  it('asks a US attending from an observership about a case followed, never a patient the member "handled"', () => {
    const attending: Letter = {
      writer: 'Dr. John Miller',
      role: 'attending',
      setting: 'us',
      physician: true,
      informatics: false,
      directObservation: true,
      year: 2025,
    };
    const observer: Profile = {
      version: 1,
      target: 'residency-informatics-track',
      usce: [{ kind: 'observership', months: 2, handsOn: false }],
      letters: [attending],
    };
    const lines = composeLorPackage(observer, attending, TODAY).lines.join('\n');
    expect(lines).toMatch(/a case you followed on their team and what you contributed to its discussion/);
    expect(lines).not.toMatch(/handled well/);
    const extern: Profile = { ...observer, usce: [{ kind: 'externship', months: 3, handsOn: true }] };
    expect(composeLorPackage(extern, attending, TODAY).lines.join('\n')).toMatch(
      /a patient or clinical situation you handled well/,
    );
  });
});
