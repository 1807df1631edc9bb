import { describe, expect, it } from 'vitest';
import { isCaregivingNote, isHealthCareWork, isOwnHealthNote } from '../../src/core/profile/note-readings.js';

describe('whose health a timeline note is about', () => {
  it.each([
    'burnout after two years of night shifts; treated and back at work',
    'I was off on sick leave for depression',
    'high-risk pregnancy, bed rest from the fourth month',
    'my own surgery (spine) and the rehabilitation after it',
    'recovering from a road accident, several fractures',
    'had to stop: mental health, now stable and followed by a psychiatrist',
    'I underwent chemotherapy for lymphoma; in remission since 2023',
    'TB treatment, six months, cleared to return to work',
    'got sick with long covid, could not work full days',
  ])('the member’s own: %s', (note) => {
    expect(isOwnHealthNote(note)).toBe(true);
    expect(isCaregivingNote(note)).toBe(false);
  });

  it.each([
    'my father’s cancer treatment in Lahore'.replace('’', "'"),
    'looked after mum after her stroke',
    'stayed with my brother through his dialysis',
    'her health problems meant I was needed at home (my mother)',
  ])('a relative’s, so caregiving: %s', (note) => {
    expect(isOwnHealthNote(note)).toBe(false);
    expect(isCaregivingNote(note)).toBe(true);
  });

  it.each([
    'moved to the US with my husband',
    'no health issues; waited for the work permit',
    'birth of our daughter',
    'wedding and moving to Chicago',
  ])('neither: %s', (note) => {
    expect(isOwnHealthNote(note)).toBe(false);
    expect(isCaregivingNote(note)).toBe(false);
  });

  it('does not take a relative’s pregnancy for the member’s own', () => {
    expect(isOwnHealthNote("my wife's difficult pregnancy, I stayed home with our son")).toBe(false);
  });

  it('reads a note that is both: care for a parent, then the member’s own burnout', () => {
    const note = 'went home to care for my father through his cancer; treated for burnout afterwards';
    expect(isCaregivingNote(note)).toBe(true);
    expect(isOwnHealthNote(note)).toBe(true);
  });
});

describe('whether a job is work in health care', () => {
  it.each([
    'Dari and Pashto medical interpreter at a Virginia hospital',
    'ED scribe, per diem',
    'clinical documentation integrity specialist',
    'Epic analyst (orders build) for a health system',
    'teaching anatomy and physiology at a private college',
    'USMLE tutor, online',
    'research coordinator, stroke registry; no patient care',
    'pharmacy technician, night shifts',
  ])('yes: %s', (note) => expect(isHealthCareWork(note)).toBe(true));

  it.each([
    'Uber driver to support my family',
    'taught English at a language school',
    'worked in the family shop; no medical work at all',
    'call centre agent, non-medical',
    'warehouse job, not in health care',
    undefined,
  ])('no: %s', (note) => expect(isHealthCareWork(note)).toBe(false));
});

describe('a relative named as the subject of a recovery', () => {
  it('"he is now in remission" after caring for a father is his health, not the member’s', () => {
    const note = 'full-time caregiver for my grandfather during his chemotherapy; he is now in remission';
    expect(isOwnHealthNote(note)).toBe(false);
    expect(isCaregivingNote(note)).toBe(true);
  });
});

describe('work in health care is read from the job, not from what was left or studied beside it', () => {
  it.each([
    "left medicine to run the family's textile export business; studied for USMLE in the evenings",
    'quit clinical medicine to teach high-school biology',
    'Uber driver; USMLE prep at night',
    'gave up practice to manage a hotel, revising for Step 2 CK on weekends',
  ])('"%s" is not work in health care', (note) => {
    expect(isHealthCareWork(note)).toBe(false);
  });

  it.each(['medical interpreter, Michigan hospital', 'ED scribe', 'USMLE tutor for a test-prep company'])(
    '"%s" still is',
    (note) => {
      expect(isHealthCareWork(note)).toBe(true);
    },
  );
});
