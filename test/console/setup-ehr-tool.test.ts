/**
 * Round fix28 (trial 23, finding 13): an EHR is a clinical record system; a research or data tool
 * typed as the EHR is refused with the reason, an EHR (alone or beside a tool) is kept.
 */
import { describe, expect, it } from 'vitest';
import { LIST_FIELDS, parseFieldValue } from '../../src/core/profile/field-specs.js';

const spec = (LIST_FIELDS as unknown as Record<string, { fields: Record<string, unknown> }>).usce.fields
  .ehr as Parameters<typeof parseFieldValue>[0];

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
