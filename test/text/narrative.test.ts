/**
 * The narrative readers behind the gap lint and answer feedback: blame (and when it is not
 * blame), results a reader could check (and plans that are not results), and an informatics
 * angle (and the question's own words said back, or an angle refused).
 */
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/text/document.js';
import { blameIn, hasInformatics, hasInformaticsAngle, outcomesIn } from '../../src/text/narrative.js';

const blamed = (t: string) =>
  blameIn(analyse(t).sentences).map((h) => h.sentence.canon.slice(h.index, h.index + h.length));
const outcome = (t: string) => outcomesIn(analyse(t).sentences).length > 0;

describe('blameIn', () => {
  it.each([
    ['The exam was unfair to IMGs.', 'unfair'],
    ['My supervisors were incompetent.', 'incompetent'],
    ['The whole process was rigged.', 'rigged'],
    ['It was a useless program.', 'useless program'],
    ['It was not my fault.', 'it was not my fault'],
    ['It was pure bad luck.', 'bad luck'],
    ['Nobody ever helped me with the forms.', 'nobody ever helped'],
    ['The program refused to help me.', 'the program refused to help'],
    ['The system was set up for us to fail.', 'set up for us to fail'],
    ['I was a victim of the system.', 'victim of'],
    ['If they had not delayed my visa I would have matched.', 'if they had not delayed my visa i would'],
  ])('finds blame in "%s"', (text, phrase) => {
    expect(blamed(text)).toEqual([phrase]);
  });

  it.each([
    'I do not blame anyone for the delay.',
    'The mistake was mine, and I changed how I studied.',
    'I take full responsibility for the failure.',
    'Some people in my study group said the exam was unfair; I do not see it that way.',
    'I do not think the exam was unfair.',
    'It was not because the exam was unfair.',
    'The exam was not unfair.',
    // A neutral external cause (SPEC; corpus gp-a-059, gp-h-024).
    'The delay was beyond my control.',
    'It was not in my hands… because of covid and the embassy.',
    'The doctors felt the nurses did not respect them.',
    'The analyst did not understand the workflow at first, so I shadowed her for two shifts.',
  ])('finds none in "%s"', (text) => {
    expect(blamed(text)).toEqual([]);
  });

  // Blame as a frame: another party × negative conduct (strong alone; weaker with a complaint mark).
  it.each([
    'My research mentor showed little interest in finishing what we had started, so the work stalled.',
    'The OET examiner, who clearly had something against candidates from my region, failed me.',
    'Frankly, the IT team never delivered anything on time.',
    'My co-authors did not share my sense of urgency, and the paper waited on their desks for a year.',
    'The system was built to keep graduates like me outside.',
  ])('finds the frame in "%s"', (text) => {
    expect(blamed(text)).toHaveLength(1);
  });

  it('reports one hit per sentence', () => {
    expect(blamed('The exam was unfair and the staff were incompetent. Nobody helped me.')).toHaveLength(2);
  });
});

describe('outcomesIn', () => {
  it.each([
    'I passed Step 2 CK with a score of 245.',
    'I earned a certificate in health data analytics.',
    'Our poster was accepted at AMIA.',
    'The dashboard reduced missing follow-up dates by 30%.',
    'I worked as a research assistant on a sepsis registry.',
    'The checklist is still in use on two wards.',
    'We cut readmissions from 18 to 11 a month.',
    'I won a travel award for the project.',
  ])('reads "%s" as a result', (t) => expect(outcome(t)).toBe(true));

  // Round seventeen: a count that is the object of gathering or going through is the effort put in.
  it.each(['I reviewed 400 charts for the audit.', 'I collected and coded 900 records for the study.'])(
    'reads the effort count in "%s" as no result',
    (t) => expect(outcome(t)).toBe(false),
  );

  it.each([
    'I plan to publish the results next year.',
    'The manuscript is in preparation.',
    'I am preparing to pass Step 3.',
    'I was waiting for my certificate.',
    'My grandfather passed away that spring.',
    'I did not pass on my first attempt.',
  ])('does not read "%s" as a result', (t) => expect(outcome(t)).toBe(false));
});

describe('informatics', () => {
  it('links a text to the field by its vocabulary', () => {
    for (const t of [
      'We built a dashboard.',
      'I learned SQL.',
      'Our EHR hid the results.',
      'A quality improvement project.',
    ])
      expect(hasInformatics(t), t).toBe(true);
    for (const t of ['I cared for my father.', 'I studied for the boards.', 'My ECFMG portal account.'])
      expect(hasInformatics(t), t).toBe(false);
  });

  it('credits an angle in the answer, not the question said back, nor an angle refused', () => {
    expect(hasInformaticsAngle('I pulled a month of data from the EHR.')).toBe(true);
    expect(
      hasInformaticsAngle(
        'Decision support matters because alerts fire too often.',
        'What is clinical decision support?',
      ),
    ).toBe(true);
    expect(hasInformaticsAngle('Usability is important.', 'How do you think about usability?')).toBe(false);
    expect(hasInformaticsAngle('Data matter to me.', 'How do you use data?')).toBe(true);
    expect(hasInformaticsAngle("I didn't need numbers to see it.")).toBe(false);
    expect(hasInformaticsAngle('I love medicine and helping people.')).toBe(false);
  });
});
