/**
 * Gap lint readings of session 30 (text47), held by drafts of our own (not corpus items):
 * - no-outcome: an exam part or a degree finished during the gap ("completed MRCP Part 1", "a
 *   master's…, graduating in June") is a result; only planned, or a degree from before the gap, it
 *   is not. A health result for the person cared for, told as an event avoided or caught in time, or
 *   a ratio measure that moved ("from 170/105 to 135/85") is a result; care given with none told is not.
 * - no-informatics-link: two clinical systems interfaced and tested (test cases, code mapping) is
 *   informatics work; an "interface" between people is not.
 */
import { describe, expect, it } from 'vitest';
import { lintGapExplanation } from '../../src/rules/gap-lint.js';

const ids = (draft: string) => lintGapExplanation(draft).map((l) => l.id);

describe('no-outcome: an exam part or a degree finished is a result', () => {
  it.each([
    'From 2022 to mid-2023 I stayed in Karachi while my husband finished his training. In that time I finished PLAB part 1 and worked two evening shifts a week in a private clinic.',
    'I took a break from clinical posts in 2022 to study for a Master of Science in Epidemiology, graduating with merit in June 2023. My dissertation analysed district malaria surveillance data.',
    'During the year my mother was unwell I cared for her at home, and I still completed Step 2 CK in the spring.',
  ])('reads a result: %s', (draft) => {
    expect(ids(draft)).not.toContain('no-outcome');
  });

  it.each([
    'I spent 2022 looking after my children and preparing for exams. I hope to complete MRCP Part 1 next spring and then look for clinical work.',
    'I graduated from medical school in 2015 and finished residency in 2020. Since 2022 I have been reading about health data and following online lectures on the EHR.',
  ])('reads no result when it is only planned or from before the gap: %s', (draft) => {
    expect(ids(draft)).toContain('no-outcome');
  });
});

describe('no-outcome: a health result for the person cared for', () => {
  it.each([
    'From March 2022 I cared for my father after his heart surgery. I kept his weights in a shared spreadsheet with his cardiology nurse, which flagged fluid building up early, and he avoided a second admission that winter.',
    'I moved home in 2022 to care for my grandmother. I logged her glucose readings in an app her doctor reviewed monthly, and since the doses were adjusted she has not been hospitalised again.',
    'While caring for my brother after his stroke I entered his morning blood pressure in a home-monitoring app and sent his neurologist a chart each month; over eight months his average went from 170/105 to 135/85.',
  ])('reads a result: %s', (draft) => {
    expect(ids(draft)).not.toContain('no-outcome');
  });

  it('reads no result in care given with none told', () => {
    expect(
      ids(
        'From 2022 I cared for my mother after her stroke. I organised her physiotherapy, drove her to appointments and kept her medicines in a weekly pill box.',
      ),
    ).toContain('no-outcome');
  });
});

describe('no-informatics-link: clinical systems interfaced and tested', () => {
  it.each([
    'During 2022 I volunteered at our district hospital when the pharmacy interface to the ward ordering screens was rebuilt. I checked the drug code mapping for 300 common prescriptions and flagged 41 that pointed to the wrong strength before go-live.',
    'While waiting for my visa I worked as a junior doctor and joined the group testing the new link between the emergency department and the laboratory system. I wrote test cases for urgent blood orders; the link went live in March 2023.',
  ])('reads a link: %s', (draft) => {
    expect(ids(draft)).not.toContain('no-informatics-link');
  });

  it('reads no link in an interface between people', () => {
    expect(
      ids(
        'In 2022 I worked as a ward doctor in Lima and acted as the interface between the nursing staff and the families, holding weekly meetings that cut complaints from twelve a month to three.',
      ),
    ).toContain('no-informatics-link');
  });
});

// Added after the even half of the studied misses was read once (see the session report).
describe('no-informatics-link: readings shared with clinicians, records moved into a system, information between carers', () => {
  it.each([
    'From 2022 I cared for my grandfather after his heart attack. I set up a blood-pressure cuff that uploaded every morning reading to his cardiologist, who changed his tablets twice.',
    'In 2022 I looked after my mother during her dialysis. I kept her fluid and weight record in an online form which her renal nurse reviewed each week.',
    'During 2022 I worked as a medical officer at a rural clinic and moved the antenatal records into the district health database.',
    'In 2022 I cared for my father between his cancer clinic and his family doctor, who did not share information with each other, and I began to think about a simple electronic summary both could open.',
    'I was the main carer for my aunt during chemotherapy in 2022 and sketched a symptom-tracking sheet for patients between cycles.',
  ])('reads a link: %s', (draft) => {
    expect(ids(draft)).not.toContain('no-informatics-link');
  });

  it('reads no link in care told without any record or system', () => {
    expect(
      ids(
        'I spent 2022 with my family after my mother had a stroke. I cooked, drove her to physiotherapy and helped my brother with his school work.',
      ),
    ).toContain('no-informatics-link');
  });
});

describe('no-outcome: care events counted before and after', () => {
  it('reads a result in a count set against the count after', () => {
    expect(
      ids(
        'From 2022 I looked after my uncle with COPD and shared his oxygen readings with his chest doctor through a phone app; he went to the emergency room six times in the year before, and only twice during the year I was with him.',
      ),
    ).not.toContain('no-outcome');
  });

  it('reads no result in a count told only before', () => {
    expect(
      ids(
        'In 2022 I cared for my father after his surgery. He had been in hospital three times in the year before his operation, and I spent the year taking him to appointments.',
      ),
    ).toContain('no-outcome');
  });
});
