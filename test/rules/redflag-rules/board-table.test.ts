/**
 * One table names the board a US residency leads to, for both plans that name it: the in-residency
 * plan (primaryBoardFor) and the after-residency plan item (boardPlanNote). Before, two tables could
 * disagree at the edges (an orthopaedic surgeon was sent to the American Board of Surgery by one and
 * to "the ABMS member board for orthopaedic surgery" by the other).
 */
import { describe, expect, it } from 'vitest';
import { readResidencies } from '../../../src/core/profile/training.js';
import { boardPlanNote, primaryBoardFor, usSpecialtyBoard } from '../../../src/rules/redflag-rules/eligibility.js';
import { edit } from './fixtures.js';

describe('the board a specialty leads to, as members write the specialty', () => {
  it.each([
    ['Internal Medicine', 'ABIM'],
    ['internal med', 'ABIM'],
    ['IM', 'ABIM'],
    ['medicine', 'ABIM'],
    ['Family Medicine', 'ABFM'],
    ['family practice', 'ABFM'],
    ['FM', 'ABFM'],
    ['paediatrics', 'ABP'],
    ['Peds', 'ABP'],
    ['emergency medicine', 'ABEM'],
    ['EM', 'ABEM'],
    ['anaesthesiology', 'ABA'],
    ['psychiatry', 'ABPN'],
    ['neurology', 'ABPN'],
    ['anatomic and clinical pathology', 'ABPath'],
    ['diagnostic radiology', 'ABR'],
    ['OB/GYN', 'ABOG'],
    ['obstetrics and gynaecology', 'ABOG'],
    ['preventive medicine', 'ABPM'],
    ['general surgery', 'ABS'],
    ['Surgery', 'ABS'],
  ])('%s leads to %s', (specialty, abbr) => {
    expect(usSpecialtyBoard(specialty)?.abbr).toBe(abbr);
  });

  it.each(['orthopaedic surgery', 'plastic surgery', 'neurological surgery', 'dermatology', 'family planning'])(
    'names no board it is not sure of: %s',
    (specialty) => {
      expect(usSpecialtyBoard(specialty)).toBeUndefined();
    },
  );
});

describe('both plans name the same board for the same residency', () => {
  const member = (specialty: string, completed: boolean) =>
    edit((p) => {
      p.target = 'ci-fellowship';
      p.specialty = specialty;
      p.residencies = [
        {
          country: 'United States',
          specialty,
          from: completed ? '2021-07' : '2024-07',
          to: completed ? '2024-06' : '2027-06',
          completed,
          accreditation: 'acgme',
        },
      ];
      p.boardCertification = [];
    });

  it.each(['family medicine', 'pediatrics', 'internal medicine', 'psychiatry', 'general surgery', 'ob-gyn'])(
    '%s: the in-residency plan and the after-residency item agree',
    (specialty) => {
      const during = readResidencies(member(specialty, false), '2026-03-10')![0]!;
      const abbr = usSpecialtyBoard(specialty)!.abbr;
      expect(primaryBoardFor(during)).toContain(`(${abbr})`);
      const after = boardPlanNote(member(specialty, true), '2026-03-10')!;
      expect(after).toContain(`the ${abbr} (`);
      expect(after).toContain(`passing the ${abbr} exam`);
    },
  );

  it('a specialty without a sure board is named in plain words by both', () => {
    const during = readResidencies(member('orthopaedic surgery', false), '2026-03-10')![0]!;
    expect(primaryBoardFor(during)).toBe('the ABMS member board for orthopaedic surgery');
    const after = boardPlanNote(member('orthopaedic surgery', true), '2026-03-10')!;
    expect(after).toContain("your specialty board's certification");
    expect(after).not.toMatch(/American Board of Surgery|\bABS\b/);
  });
});
