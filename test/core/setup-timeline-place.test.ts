import { describe, expect, it } from 'vitest';
import { applyStepInput, startSetup } from '../../src/core/profile/setup-flow.js';

const TODAY = '2026-11-22';

/** The activity recorded for one timeline period typed as the member would. */
function recorded(activity: string, note = ''): string | undefined {
  const r = applyStepInput(startSetup(), 'timeline', { from: '2021-07', to: '2024-06', activity, note }, TODAY);
  if (!r.ok) throw new Error(r.error.join('; '));
  return (r.value.draft.timeline as Array<{ activity: string }>)[0]?.activity;
}

describe('a timeline period typed as "clinical"', () => {
  it('is US clinical work when its note places it in the United States', () => {
    expect(recorded('clinical', 'IM residency, Brooklyn, USA')).toBe('us-clinical');
    expect(recorded('clinical', 'family medicine residency in the United States')).toBe('us-clinical');
    expect(recorded('clinical', 'in the US')).toBe('us-clinical');
    expect(recorded('US residency', 'internal medicine')).toBe('us-clinical');
  });

  it('stays clinical work outside the US when the note names another country, says abroad, or names none', () => {
    expect(recorded('clinical', 'internal medicine residency, Cairo, Egypt')).toBe('clinical');
    expect(recorded('clinical', 'house job back home, not in the US')).toBe('clinical');
    expect(recorded('clinical', 'worked as a medical officer outside the US')).toBe('clinical');
    expect(recorded('clinical', 'ER shifts')).toBe('clinical');
    expect(recorded('clinical')).toBe('clinical');
  });

  it('leaves every other activity as typed, wherever the note places it', () => {
    expect(recorded('research', 'postdoc in the USA')).toBe('research');
    expect(recorded('observership', 'Chicago, USA')).toBe('observership');
  });
});
