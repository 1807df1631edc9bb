/**
 * Round fix28 (trial 23, finding 13): an EHR is a clinical record system; a research or data tool
 * typed as the EHR is refused with the reason, an EHR (alone or beside a tool) is kept.
 */
import { describe, expect, it } from 'vitest';
import { LIST_FIELDS, parseFieldValue } from '../../src/core/profile/field-specs.js';
import { profileSummary, summaryText } from '../../src/core/profile/summary.js';
import type { Profile } from '../../src/core/profile/schema.js';

const spec = LIST_FIELDS.usce.fields.ehr as Parameters<typeof parseFieldValue>[0];

describe('the EHR asked in setup', () => {
  it.each(['REDCap', 'redcap database', 'SPSS and Excel', 'Qualtrics surveys'])('refuses "%s"', (v) => {
    const r = parseFieldValue(spec, v);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/not an EHR/);
  });
  it.each(['Epic', 'Cerner', 'Epic and REDCap', 'MEDITECH', 'VistA/CPRS'])('keeps "%s"', (v) => {
    expect(parseFieldValue(spec, v).ok).toBe(true);
  });
});

describe('the summary keeps a work permit’s end (trial 23, finding 13)', () => {
  const base: Profile = {
    version: 1,
    citizenship: 'non-us',
    visa: 'not-needed',
    timeline: [{ from: '2024-01', to: 'present', activity: 'research', note: 'H-4 spouse; EAD valid to 2027-10' }],
  };
  const visaLine = (p: Profile) =>
    summaryText(profileSummary(p))
      .split('\n')
      .find((l) => l.includes('Visa:'))!;
  it('shows the EAD and its end', () => {
    expect(visaLine(base)).toMatch(/work permit \(EAD\) ends Oct 2027/);
  });
  it('a permit told without an end, or a past entry, adds nothing', () => {
    expect(
      visaLine({ ...base, timeline: [{ from: '2024-01', to: 'present', activity: 'research', note: 'has an EAD' }] }),
    ).not.toMatch(/ends/);
    expect(visaLine({ ...base, timeline: [{ ...base.timeline![0]!, to: '2025-01' }] })).not.toMatch(/ends/);
  });
});
