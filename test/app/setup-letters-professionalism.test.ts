/**
 * The letters step of a member with a professionalism entry carries a fourth menu (will this
 * writer speak to your professionalism?). On Discord that step must still fit one message: five
 * rows, a menu per row and the buttons in the row left.
 */
import { describe, expect, it } from 'vitest';
import { applyStepInput, goToStep, startSetup, type SetupState } from '../../src/core/profile/setup-flow.js';
import type { Result } from '../../src/core/result.js';
import { stepView } from '../../src/app/profile/setup-views.js';
import { renderDiscord } from '../../src/discord/render.js';

const TODAY = '2026-12-03';
const ok = (r: Result<SetupState>): SetupState => {
  if (!r.ok) throw new Error(r.error.join('; '));
  return r.value;
};

describe('setup letters step on Discord', () => {
  it('fits the professionalism menu and the step buttons into one message, even with writers already added', () => {
    let s = ok(applyStepInput(startSetup(), 'professionalism-items', { kind: 'report', date: '2021-03' }, TODAY));
    s = ok(goToStep(s, 'letters'));
    s = ok(
      applyStepInput(
        s,
        'letters',
        {
          role: 'attending',
          setting: 'us',
          physician: 'yes',
          writer: 'Dr. Tran',
          year: '2026',
          informatics: 'no',
          directObservation: 'yes',
        },
        TODAY,
      ),
    );
    const view = stepView(s);
    const messages = renderDiscord(view);
    expect(messages).toHaveLength(1);
    const rows = messages[0]!.components;
    expect(rows.length).toBeLessThanOrEqual(5);
    const menus = view.actions!.flat().filter((a) => a.kind === 'select');
    expect(menus.map((m) => m.placeholder)).toContain('Will this writer speak to your professionalism?');
    const labels = view.actions!.flat().flatMap((a) => (a.kind === 'button' ? [a.label] : []));
    expect(labels).toEqual(expect.arrayContaining(['Add another', 'Done', 'Remove the last one', 'Skip', 'Back']));

    // Without an entry: three menus, and every button including "Start over".
    const plain = stepView(ok(goToStep(startSetup(), 'letters')));
    expect(plain.actions!.flat().filter((a) => a.kind === 'select')).toHaveLength(3);
    expect(plain.actions!.flat().some((a) => a.kind === 'button' && a.label === 'Start over')).toBe(true);
  });
});
