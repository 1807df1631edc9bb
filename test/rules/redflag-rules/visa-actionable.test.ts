/**
 * Visa advice a member can act on (judged failures, session 30): a Canadian is told who issues the
 * Statement of Need and that TN status is no route into training; a J-1 member is told an H-1B
 * would need Step 3; a member on OPT or an EAD is told when it ends against the training start;
 * and a J-1 waiver commitment already served is never named as the blocker to clear.
 */
import { describe, expect, it } from 'vitest';
import { timelineForProfile } from '../../../src/composers/prematch-timeline.js';
import type { Profile } from '../../../src/core/profile/schema.js';
import { visaSponsorshipRule } from '../../../src/rules/redflag-rules/standing.js';
import { northAmericanStatus, notePermit } from '../../../src/rules/redflag-rules/visa-notes.js';
import { edit, theFlag } from './fixtures.js';

type Timeline = NonNullable<Profile['timeline']>;

describe('Canadian or Mexican citizenship and Canadian permanent residence, read from the notes', () => {
  it.each([
    ['GP in Halifax; Canadian citizen since 2018', 'Canada'],
    ['family practice, Regina (dual Irish/Canadian citizen)', 'Canada'],
    ['Locum work in Yukon; I hold Kenyan-Canadian citizenship', 'Canada'],
    ['born and raised in Calgary, Canada; studied medicine in Dublin', 'Canada'],
    ['hospitalist, Montreal; citizenship: Canada', 'Canada'],
    ['I became a Canadian in 2021 and now work in a rural clinic', 'Canada'],
    ['médico general en Monterrey, Mexican national', 'Mexico'],
  ])('"%s" -> citizen of %s', (note, nation) => {
    expect(northAmericanStatus([note]).citizen).toBe(nation);
  });

  it.each([
    'applying for Canadian citizenship next year',
    'Canadian citizenship application pending since 2025',
    'not a Canadian citizen yet; work permit holder',
    'Nigerian citizen with Canadian permanent residence, clinic in Winnipeg',
    'moved to Vancouver in 2019 for my husband’s job',
  ])('no citizenship held: "%s"', (note) => {
    expect(northAmericanStatus([note]).citizen).toBeUndefined();
  });

  it('reads Canadian permanent residence in several wordings, never alongside Canadian citizenship', () => {
    for (const note of [
      'Nigerian citizen with Canadian permanent residence, clinic in Winnipeg',
      'emigrated to Canada as a permanent resident in 2017',
      'PR in Canada since 2020; family medicine in Ontario',
    ]) {
      expect(northAmericanStatus([note]), note).toEqual({ canadianResident: true });
    }
    expect(northAmericanStatus(['PR of Canada 2015, then Canadian citizen 2020'])).toEqual({
      citizen: 'Canada',
      canadianResident: false,
    });
  });
});

describe('a work permit named with its end', () => {
  it('takes the last end the note gives, with the day when told', () => {
    expect(notePermit('F-1 OPT 2024-07-01 to 2025-06-30, STEM OPT extension to 2027-06-30')).toEqual({
      label: 'STEM OPT',
      ends: '2027-06',
      day: '2027-06-30',
    });
    expect(notePermit('data analyst; employment authorization expires 15 March 2027')).toEqual({
      label: 'work permit',
      ends: '2027-03',
      day: '2027-03-15',
    });
    expect(notePermit('on post-completion OPT until Aug 2026')).toEqual({ label: 'OPT', ends: '2026-08' });
  });

  it('reads no end from a past permit, an undated one, or a date told of something else', () => {
    expect(notePermit('lab job; the OPT ended 2024-05 and I am now a green card holder')).toBeUndefined();
    expect(notePermit('research assistant on an EAD')).toBeUndefined();
    expect(notePermit('research assistant on OPT. Grant funding runs to 2029-06.')).toBeUndefined();
  });
});

const visaFlag = (change: (p: Profile) => void, today = '2026-04-10') =>
  theFlag(
    visaSponsorshipRule(
      edit((p) => {
        p.citizenship = 'non-us';
        p.target = 'ci-fellowship';
        p.specialty = 'family medicine';
        delete p.deadline;
        p.residencies = [
          {
            country: 'Canada',
            specialty: 'family medicine',
            from: '2019-07',
            to: '2021-06',
            completed: true,
            accreditation: 'cfpc',
          },
        ];
        p.timeline = [{ from: '2021-07', to: 'present', activity: 'clinical', note: 'family doctor, Halifax' }];
        change(p);
      }),
      today,
    ),
  );

describe('a Canadian member', () => {
  it('on a J-1: Health Canada issues the Statement of Need, TN is no route into the fellowship, and H-1B needs Step 3', () => {
    const f = visaFlag((p) => {
      p.visa = 'j1';
      p.timeline![0]!.note = 'family doctor, Halifax; Canadian citizen';
    });
    const all = f.actions.join(' ');
    expect(f.actions[0]).toMatch(/Statement of Need.*As a Canadian citizen .*Health Canada issues Statements of Need/);
    expect(f.actions[0]).toMatch(/ask it early whether it will support clinical informatics training/);
    expect(f.actions[0]).not.toMatch(/Ministry of Health of your country/);
    expect(all).toMatch(/TN status .*teaching or research only \(8 CFR 214\.6\).*do not plan your fellowship on it/);
    expect(all).toMatch(/H-1B .*needs all three USMLE Steps passed .*Your profile lists no Step 3 pass yet/);
    expect(f.severity).toBe('low');
  });

  it('who wants an H-1B is still told what TN does not cover, once', () => {
    const f = visaFlag((p) => {
      p.visa = 'h1b';
      p.exams!.push({ exam: 'step3', date: '2025-02', result: 'pass', score: 219 });
      p.timeline![0]!.note = 'emergency physician in Moncton (Canadian national); TN has been suggested by a friend';
    });
    expect(f.actions.filter((a) => /\bTN status\b/.test(a))).toHaveLength(1);
    expect(f.actions.join(' ')).not.toMatch(/Health Canada/);
  });

  it('with permanent residence only: TN is for citizens, and the letter comes from Canada, not the country of citizenship', () => {
    const f = visaFlag((p) => {
      p.visa = 'j1';
      p.timeline![0]!.note = 'family doctor, Halifax; Egyptian citizen and Canadian permanent resident';
    });
    expect(f.actions[0]).toMatch(
      /country of most recent legal permanent residence: with Canadian permanent residence, that is Canada, not your country of citizenship\. Health Canada issues/,
    );
    expect(f.actions.join(' ')).toMatch(
      /open only to citizens of Canada and Mexico .*Canadian permanent residence does not give it/,
    );
  });

  it('a Mexican citizen undecided on the visa hears about TN too; a member from elsewhere hears neither', () => {
    const mexican = visaFlag((p) => {
      p.visa = 'undecided';
      p.timeline![0]!.note = 'internal medicine, Guadalajara; Mexican citizen';
    });
    expect(mexican.actions.join(' ')).toMatch(/As a Mexican citizen you may hear of TN status/);
    const other = visaFlag((p) => {
      p.visa = 'j1';
      p.timeline![0]!.note = 'family doctor, Halifax; Ghanaian citizen on a work permit';
    });
    expect(other.actions.join(' ')).not.toMatch(/\bTN\b|Health Canada/);
  });
});

describe('a J-1 member is told what an H-1B would need', () => {
  it('Step 3 passed: the H-1B stays open; trained on a J-1 already: no H-1B alternative offered', () => {
    const passed = visaFlag((p) => {
      p.visa = 'j1';
      p.exams!.push({ exam: 'step3', date: '2024-11', result: 'pass', score: 230 });
    });
    expect(passed.actions.join(' ')).toMatch(/Your Step 3 pass \(Nov 2024\) also keeps an H-1B open/);
    const failed = visaFlag((p) => {
      p.visa = 'j1';
      p.exams!.push({ exam: 'step3', date: '2025-10', result: 'fail' });
    });
    expect(failed.actions.join(' ')).toMatch(/a Step 3 attempt that did not pass, and no pass yet: if you want H-1B/);
    const earlierJ1 = visaFlag((p) => {
      p.visa = 'j1';
      p.timeline = [
        { from: '2019-07', to: '2022-06', activity: 'us-clinical', note: 'FM residency in Iowa on an ECFMG J-1' },
        { from: '2022-07', to: 'present', activity: 'clinical', note: 'back home, district hospital' },
      ];
    });
    expect(earlierJ1.actions.join(' ')).not.toMatch(/H-1B is the other training visa|keeps an H-1B open/);
  });
});

describe('a US residency whose visa no note names: the H-1B is offered only with the J-1 caveat (trial 13)', () => {
  // A J-1 FM graduate was told her Step 3 "keeps an H-1B open"; if the residency was on an ECFMG J-1,
  // the two-year rule already closes the H-1B until it is met or waived.
  const withResidency = (residency: NonNullable<Profile['residencies']>[number], note: string) =>
    visaFlag((p) => {
      p.visa = 'j1';
      p.exams!.push({ exam: 'step3', date: '2024-02', result: 'pass', score: 238 });
      p.residencies = [residency];
      p.timeline = [{ from: residency.from, to: residency.to, activity: 'us-clinical', note }];
    }, '2026-12-06');
  it.each([
    [
      {
        country: 'United States',
        specialty: 'family medicine',
        from: '2023-07',
        to: '2026-06',
        completed: true,
        accreditation: 'acgme' as const,
      },
      'FM residency, Ohio',
    ],
    [
      { country: 'USA', specialty: 'internal medicine', from: '2022-07', to: '2025-06', completed: true },
      'IM categorical, Bronx',
    ],
    [
      {
        country: 'United States',
        specialty: 'pediatrics',
        from: '2024-07',
        to: 'present',
        completed: false,
        accreditation: 'acgme' as const,
      },
      'peds PGY-3',
    ],
  ])('%j', (residency, note) => {
    const text = withResidency(residency, note).actions.join(' ');
    expect(text).toMatch(/Your Step 3 pass \(Feb 2024\) can keep an H-1B open/);
    expect(text).toMatch(
      /If your US residency was on an ECFMG J-1, though, the two-year home-residence requirement already applies to you/,
    );
    expect(text).toMatch(/stays closed until you have spent the two years at home or obtained a waiver/);
  });

  it('a residency abroad only: the plain H-1B line, no US-residency caveat', () => {
    const text = withResidency(
      {
        country: 'Nigeria',
        specialty: 'family medicine',
        from: '2018-01',
        to: '2021-12',
        completed: true,
        accreditation: 'other',
      },
      'residency at UNTH Enugu',
    ).actions.join(' ');
    expect(text).toMatch(/also keeps an H-1B open/);
    expect(text).not.toMatch(/If your US residency was on an ECFMG J-1/);
  });
});

describe('a member who needs a visa and works on a permit now', () => {
  const onPermit = (note: string, today = '2026-08-20') =>
    visaFlag((p) => {
      p.visa = 'undecided';
      p.target = 'residency-informatics-track';
      p.specialty = 'internal medicine';
      delete p.residencies;
      p.timeline = [{ from: '2025-01', to: 'present', activity: 'informatics', note }];
    }, today);

  it('is told the permit ends before the July start and cannot carry them into training', () => {
    const f = onPermit('EHR analyst; F-1 OPT 2025-01-10 to 2026-01-09, STEM OPT extension to 2027-06-20');
    // facts35a: OPT is work permission from a US degree, never a training visa; the note's end date is still told.
    expect(f.why).toContain('Your timeline note gives its end as 20 Jun 2027, before the training would start');
    expect(f.why).toMatch(/not a training visa/);
    expect(f.actions[0]).toMatch(/^Plan the residency on the visa you will train on, .*rather than your STEM OPT/);
    expect(f.actions[0]).toMatch(/H-1B, which needs Step 3 passed \(your profile lists no Step 3 pass yet\)/);
  });

  it('is told a permit that covers the start ends during training, and that some offices take OPT for a year only', () => {
    const f = onPermit('analyst; STEM OPT valid through 2028-03');
    expect(f.why).toContain('Your timeline note gives its end as Mar 2028');
    expect(f.why).toMatch(
      /whether a GME office accepts post-completion OPT for a first year at all is that program's own decision/,
    );
    expect(f.actions[0]).toMatch(/If a program offers to start you on OPT, get its GME office's answer in writing/);
    const ead = onPermit('coordinator; EAD (pending green card) expires Sept 2031');
    expect(ead.actions[0]).toMatch(/past the end of the training/);
  });

  it('hears nothing about a permit whose end has passed or is not given', () => {
    for (const note of ['analyst; OPT until 2026-02, now between statuses', 'analyst on an EAD']) {
      expect(onPermit(note).actions.join(' '), note).not.toMatch(/cannot carry you|covers the start|past the end/);
    }
  });
});

describe('a J-1 waiver commitment already served', () => {
  const waiverProfile = (h1bFrom: string, note: string) =>
    edit((p) => {
      p.citizenship = 'non-us';
      p.visa = 'h1b';
      p.target = 'ci-fellowship';
      delete p.deadline;
      p.exams!.push({ exam: 'step3', date: '2020-02', result: 'pass', score: 226 });
      p.residencies = [
        {
          country: 'United States',
          specialty: 'internal medicine',
          from: '2018-07',
          to: '2021-06',
          completed: true,
          accreditation: 'acgme',
        },
      ];
      p.timeline = [
        { from: '2018-07', to: '2021-06', activity: 'us-clinical', note: 'IM residency, Kansas, on a J-1 (ECFMG)' },
        { from: h1bFrom, to: 'present', activity: 'us-clinical', note },
      ];
    });

  it('is not the blocker: the item says the home rule no longer stands in the way, and names what does block', () => {
    const p = waiverProfile('2021-08', 'Conrad 30 hospitalist on H-1B; three-year obligation fulfilled 2024-08');
    const f = theFlag(visaSponsorshipRule(p, '2026-05-12'));
    expect(f.actions.join(' ')).toMatch(
      /With the commitment served, the J-1 two-year home-residence requirement no longer stands in the way of an H-1B/,
    );
    expect(f.title).not.toMatch(/waiver/);
    // H-1B since Aug 2021: about 6 years at a July 2027 start, past the limit during a fellowship.
    expect(f.title).toBe('Visa sponsorship needed (H-1B): H-1B time would run past six years');
    const note = timelineForProfile('2026-05-12', p).notes.find((n) => n.includes('blocker'));
    expect(note).toContain('H-1B time would run past six years');
    expect(note).not.toMatch(/waiver/);
  });

  it('with H-1B time to spare: no blocker at all, and the item is low', () => {
    // H-1B from Aug 2023 to the end of a fellowship from Jul 2027: 5 years 11 months.
    const p = waiverProfile('2023-08', 'hospitalist (H-1B) under a Conrad 30 waiver; commitment completed July 2026');
    const f = theFlag(visaSponsorshipRule(p, '2026-08-12'));
    expect(f.severity).toBe('low');
    expect(f.title).toBe('Visa sponsorship needed (H-1B)');
    expect(f.actions.join(' ')).toMatch(/completed by Jul 2026, before a fellowship starting Jul 2027/);
    expect(timelineForProfile('2026-08-12', p).notes.some((n) => n.includes('blocker'))).toBe(false);
  });

  it('a commitment still running into the start stays the named blocker', () => {
    const p = waiverProfile('2025-03', 'Conrad 30 job on H-1B, commitment until 2028-02');
    const f = theFlag(visaSponsorshipRule(p, '2026-05-12'));
    expect(f.severity).toBe('medium');
    expect(f.title).toBe('Visa sponsorship needed (H-1B): J-1 waiver commitment');
  });
});
