/**
 * /explain-gap for a member with no gap of 6+ months: nothing to explain, but a shorter break they
 * wrote about anyway can still be reviewed (no dead end).
 */
import { describe, expect, it } from 'vitest';
import { noGapsView } from '../../src/app/views/explain-gap.js';
import type { Profile } from '../../src/core/profile/schema.js';
import { renderText } from '../../src/console/render.js';

const shortBreak: Profile = {
  version: 1,
  medSchool: { country: 'Philippines', graduated: '2019-06' },
  timeline: [
    { from: '2019-07', to: '2025-02', activity: 'clinical' },
    { from: '2025-03', to: '2025-06', activity: 'personal', note: 'cared for my father' },
    { from: '2025-07', to: 'present', activity: 'clinical' },
  ],
};

describe('/explain-gap with no gap of 6+ months', () => {
  it('names the shorter break and offers to review a draft about it', () => {
    const v = noGapsView(shortBreak, '2026-12-03');
    const text = renderText(v);
    expect(text).toMatch(/No gap of 6\+ months/);
    expect(text).toContain('Your timeline shows a break of Mar 2025 – Jun 2025 (4 months)');
    expect(text).toMatch(/Review my own draft: type \/explain-gap review/);
    expect(v.actions?.flat().map((a) => ('customId' in a ? a.customId : ''))).toEqual([
      'explain-gap:review:2025-03:2025-06',
    ]);
  });

  it('offers no review button when the timeline has no break at all', () => {
    const busy: Profile = { ...shortBreak, timeline: [{ from: '2019-07', to: 'present', activity: 'clinical' }] };
    const v = noGapsView(busy, '2026-12-03');
    expect(v.actions).toBeUndefined();
    expect(renderText(v)).not.toMatch(/break of/);
  });
});
