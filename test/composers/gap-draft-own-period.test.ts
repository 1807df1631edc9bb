/**
 * A gap draft credits to the gap only what the profile places inside the gap's months, and speaks in
 * the member's facts, never their doubts. Research done during a residency (by its own words, or by
 * a timeline entry that runs past the gap's edge) is dated to its own months; "i think", "maybe", a
 * figure the member was not sure of, and remarks cut half-way are never pasted into the draft.
 * Wordings of our own.
 */
import { describe, expect, it } from 'vitest';
import { composeGapDraft } from '../../src/composers/gap-draft.js';
import { quotableNote } from '../../src/composers/gap-facts.js';
import { withoutDoubts } from '../../src/composers/informatics-phrase.js';
import type { InformaticsItem, Profile, TimelineEntry } from '../../src/core/profile/schema.js';
import { selectGap } from '../../src/rules/gap-select.js';

const TODAY = '2026-12-06';

/** A blank stretch 2017-12..2020-05, a residency from 2021-07, and the items given. */
const member = (informatics: InformaticsItem[], extra: TimelineEntry[] = []): Profile => ({
  version: 1,
  citizenship: 'non-us',
  visa: 'j1',
  target: 'ci-fellowship',
  specialty: 'internal medicine',
  medSchool: { country: 'Ghana', graduated: '2016-11' },
  timeline: [
    { from: '2016-12', to: '2017-11', activity: 'clinical', note: 'house officer, Accra' },
    { from: '2017-12', to: '2020-05', activity: 'none' },
    { from: '2020-06', to: '2021-06', activity: 'clinical', note: 'medical officer, Kumasi' },
    { from: '2021-07', to: 'present', activity: 'us-clinical', note: 'internal medicine residency, Detroit' },
    ...extra,
  ],
  residencies: [
    {
      country: 'United States',
      specialty: 'internal medicine',
      from: '2021-07',
      to: 'present',
      completed: false,
      accreditation: 'acgme',
    },
  ],
  informatics,
});
const draftOf = (p: Profile) => composeGapDraft(p, selectGap(p, TODAY, {}).gap, TODAY);
/** The sentences of the draft that tell the gap's own months (before the step that ended it). */
const gapPart = (text: string) => text.split(/In Jun 2020|From Jun 2020/)[0]!;

describe('only items the profile places inside the gap are credited to it', () => {
  it.each([
    ['Sepsis bundle audit during residency', 'door-to-antibiotic time fell from 3 h to 1.5 h'],
    ['QI project as a PGY-2: insulin order set', 'hypoglycaemia events down 40%'],
    ["Residents' research on readmissions", 'abstract accepted at ACP 2023'],
  ])('"%s" (its own words say residency) is dated to the residency, not the gap', (title, outcome) => {
    const d = draftOf(member([{ kind: 'research', title, outcome }]));
    expect(gapPart(d.text)).not.toContain(outcome);
    expect(d.text).toMatch(/Since Jul 2021, /);
    expect(d.notes.join(' ')).toMatch(/since Jul 2021, after this gap/);
  });

  it('an item whose timeline entry runs from the gap into the residency is dated to its own months', () => {
    const d = draftOf(
      member(
        [{ kind: 'project', title: 'Stroke registry dashboard', outcome: 'used by 4 neurologists weekly' }],
        [
          {
            from: '2019-09',
            to: '2022-12',
            activity: 'informatics',
            note: 'stroke registry dashboard with the neurology team',
          },
        ],
      ),
    );
    expect(d.text).toMatch(/From Sep 2019 to Dec 2022, /);
    expect(d.notes.join(' ')).not.toMatch(/during this gap/);
  });

  it('an item with no dates of its own is not told as what filled the gap', () => {
    const d = draftOf(
      member([{ kind: 'course', title: 'Online health data course', outcome: 'certificate with distinction' }]),
    );
    expect(gapPart(d.text)).not.toContain('certificate with distinction');
    expect(d.notes.join(' ')).toMatch(/does not record when your informatics items took place/);
  });
});

describe("the draft uses the member's facts, never their doubts", () => {
  it.each([
    ['i think maybe we cut readmissions by like 10%? not sure, poster at SHM', 'poster at SHM', true],
    ['probably saved the nurses some clicks, i guess', 'saved the nurses some clicks', false],
    ['dashboard adopted by 3 clinics and...', 'dashboard adopted by 3 clinics', false],
    ['kinda reduced duplicate labs by 25% idk', '', true],
  ])('outcome "%s" is quoted as "%s"', (outcome, clean, doubtful) => {
    const r = withoutDoubts(outcome)!;
    expect(r.text).toBe(clean);
    expect(r.doubtful).toBe(doubtful);
    const d = draftOf(
      member(
        [{ kind: 'project', title: 'Discharge checklist build', outcome }],
        [{ from: '2018-01', to: '2019-06', activity: 'informatics', note: 'discharge checklist build for a clinic' }],
      ),
    );
    const own = d.text.replace(/\[[^\]]*\]/g, ' ');
    expect(own).not.toMatch(/\bi think\b|\bmaybe\b|\bnot sure\b|\bi guess\b|\bidk\b|\bkinda\b|\?|\.\.\./i);
    if (clean) expect(d.text).toContain(clean);
    if (doubtful) expect(d.notes.join(' ')).toMatch(/not sure of its figure, so the draft leaves the figure out/);
  });

  it('plain outcomes and notes are quoted unchanged', () => {
    expect(withoutDoubts('Presented at AMIA 2023 (podium)')).toMatchObject({
      text: 'Presented at AMIA 2023 (podium)',
      changed: false,
    });
    expect(quotableNote('Medical officer, Kumasi')).toBe('medical officer, Kumasi');
  });

  it('a timeline note loses its doubt words before it is quoted', () => {
    expect(quotableNote('i think it was mostly locum shifts maybe')).toBe('it was mostly locum shifts');
    expect(quotableNote('not sure, some ward work...')).toBe('some ward work');
  });
});
