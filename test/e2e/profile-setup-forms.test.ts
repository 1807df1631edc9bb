/**
 * The setup's forms as Discord now draws them: yes/no and enumerations as radio groups (or a
 * menu inside the label) instead of typed codes; a refused form reopened with what the member
 * entered and only the faulty field marked; a start over that asks first and clears nothing
 * before the answer; an import that ends a setup in progress.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Profile } from '../../src/core/profile/schema.js';
import { EXAMPLE_PROFILE } from '../helpers/cli.js';
import { customIdsOf, member, textOf, useBot, type BotHarness } from '../helpers/bot.js';

const example = JSON.parse(readFileSync(EXAMPLE_PROFILE, 'utf8')) as Profile;

interface Component {
  type: number;
  custom_id: string;
  value?: string;
  required?: boolean;
  options?: Array<{ value: string; label: string; default?: boolean }>;
}
interface Label {
  type: number;
  label: string;
  description?: string;
  component: Component;
}

/** Starts the setup in a DM and skips to `step`; resolves with the setup message's id. */
async function setupAt(h: BotHarness, who: ReturnType<typeof member>, skip: string[]): Promise<string> {
  const start = h.fake.interaction.slash({ name: 'profile', subcommand: 'setup', user: who });
  await start.waitForOriginal();
  await h.settled();
  const messageId = start.originalMessage()!.id;
  for (const step of skip) {
    const b = h.fake.interaction.button({ customId: `profile:setup-skip:${step}`, user: who, message: messageId });
    await b.waitForOriginal();
    await h.settled();
  }
  return messageId;
}

async function openForm(h: BotHarness, who: ReturnType<typeof member>, step: string, messageId: string) {
  const open = h.fake.interaction.button({ customId: `profile:setup-open:${step}`, user: who, message: messageId });
  const modal = await open.callback();
  expect(modal.type).toBe(9);
  return modal.data as { custom_id: string; components: Label[] };
}

const byKey = (form: { components: Label[] }, key: string) =>
  form.components.find((l) => l.component.custom_id === key)!;

describe('/profile setup forms on Discord', () => {
  const h = useBot();

  it('asks yes/no and enumerations with radio groups, never as typed codes', async () => {
    const who = member(90);
    const messageId = await setupAt(h, who, ['basics', 'school', 'residencies', 'boards']);
    const exams = await openForm(h, who, 'exams', messageId);
    expect(byKey(exams, 'exam').component).toMatchObject({ type: 21, required: true });
    expect(byKey(exams, 'exam').component.options!.map((o) => o.label)).toContain('Step 2 CK');
    expect(byKey(exams, 'result').component.options!.map((o) => o.label)).toEqual(['Passed', 'Did not pass']);
    expect(byKey(exams, 'date').component.type).toBe(4);

    // Picking in the radio groups is enough: the values arrive as the options' values.
    const submit = h.fake.interaction.modalSubmit({
      customId: exams.custom_id,
      fields: { exam: { radio: 'step2ck' }, date: '2020-05', result: { radio: 'pass' }, score: '247' },
      user: who,
      message: messageId,
    });
    await submit.waitForOriginal();
    await h.settled();
    expect((await h.ctx.store.getProfile(who.id))?.exams).toEqual([
      { exam: 'step2ck', date: '2020-05', result: 'pass', score: 247 },
    ]);

    // Yes/no in the medical school form, too.
    const school = await openForm(h, member(91), 'school', await setupAt(h, member(91), ['basics']));
    expect(byKey(school, 'ecfmgCertified').component).toMatchObject({ type: 21 });
    expect(byKey(school, 'ecfmgCertified').component.options!.map((o) => o.label)).toEqual(['Yes', 'No']);
  });

  it('says what a count typed with a remark was read as, and that the remark was not stored', async () => {
    const who = member(96);
    const messageId = await setupAt(h, who, ['basics']);
    const school = await openForm(h, who, 'school', messageId);
    const submit = h.fake.interaction.modalSubmit({
      customId: school.custom_id,
      fields: {
        country: 'Peru',
        graduated: '2019-12',
        ecfmgCertified: { radio: 'yes' },
        matchAttempts: '1 — withdrew before ranking in 2025',
      },
      user: who,
      message: messageId,
    });
    await submit.waitForOriginal();
    await h.settled();
    expect((await h.ctx.store.getProfile(who.id))?.matchAttempts).toBe(1);
    expect(textOf(submit.originalMessage() as never)).toMatch(
      /Previous Match attempts: read "1 — withdrew before ranking in 2025" as 1\. "withdrew before ranking in 2025" has no place in this answer, so it is not stored/,
    );
  });

  it('reopens a refused form with what the member entered, marking only the field at fault', async () => {
    const who = member(92);
    const messageId = await setupAt(h, who, ['basics', 'school', 'residencies', 'boards']);
    const form = await openForm(h, who, 'exams', messageId);
    const submit = h.fake.interaction.modalSubmit({
      customId: form.custom_id,
      fields: { exam: { radio: 'step2ck' }, date: '2020-05', result: { radio: 'pass' }, score: '320' },
      user: who,
      message: messageId,
    });
    const problem = await submit.waitForFollowUp(1);
    expect(textOf(problem)).toMatch(/Score: 320 is not a possible Step 2 CK score/);
    expect(customIdsOf(problem)).toContain('profile:setup-open:exams');

    const again = await openForm(h, who, 'exams', messageId);
    expect(byKey(again, 'date').component.value).toBe('2020-05');
    expect(byKey(again, 'score').component.value).toBe('320');
    expect(byKey(again, 'exam').component.options!.find((o) => o.default)?.value).toBe('step2ck');
    expect(byKey(again, 'result').component.options!.find((o) => o.default)?.value).toBe('pass');
    const marked = again.components.filter((l) => l.description?.startsWith('Please fix'));
    expect(marked.map((l) => l.component.custom_id)).toEqual(['score']);
    expect(marked[0]!.description).toMatch(/USMLE reports 1 to 300/);

    // Fixing the one field is enough.
    const fixed = h.fake.interaction.modalSubmit({
      customId: again.custom_id,
      fields: { exam: { radio: 'step2ck' }, date: '2020-05', result: { radio: 'pass' }, score: '230' },
      user: who,
      message: messageId,
    });
    await fixed.waitForOriginal();
    await h.settled();
    expect((await h.ctx.store.getProfile(who.id))?.exams).toEqual([
      { exam: 'step2ck', date: '2020-05', result: 'pass', score: 230 },
    ]);
    // The next form of the step opens fresh.
    const next = await openForm(h, who, 'exams', messageId);
    expect(next.components.every((l) => !l.description?.startsWith('Please fix'))).toBe(true);
    expect(byKey(next, 'score').component.value).toBeUndefined();
  });

  it('opens a one-time form with the stored answers; emptying a box clears it', async () => {
    const who = member(93);
    await h.ctx.store.saveProfile(who.id, example);
    const review = h.fake.interaction.slash({
      name: 'profile',
      subcommand: 'setup',
      options: { start: 'review' },
      user: who,
    });
    await review.waitForOriginal();
    await h.settled();
    const messageId = review.originalMessage()!.id;
    const done = h.fake.interaction.button({ customId: 'profile:setup-done:basics', user: who, message: messageId });
    await done.waitForOriginal();
    await h.settled();
    const school = await openForm(h, who, 'school', messageId);
    expect(school.custom_id).toBe('profile:setup-submit:school:filled');
    expect(byKey(school, 'country').component.value).toBe('Egypt');
    expect(byKey(school, 'ecfmgCertified').component.options!.find((o) => o.default)?.value).toBe('yes');
    const submit = h.fake.interaction.modalSubmit({
      customId: school.custom_id,
      fields: {
        specialty: 'internal medicine',
        country: 'Egypt',
        graduated: '2018-07',
        ecfmgCertified: { radio: 'yes' },
        matchAttempts: '',
      },
      user: who,
      message: messageId,
    });
    await submit.waitForOriginal();
    await h.settled();
    expect((await h.ctx.store.getProfile(who.id))?.matchAttempts).toBeUndefined();
  });

  it('asks before starting over, and clears nothing until the member has answered', async () => {
    const who = member(94);
    await h.ctx.store.saveProfile(who.id, example);
    const ask = h.fake.interaction.slash({
      name: 'profile',
      subcommand: 'setup',
      options: { start: 'restart' },
      user: who,
    });
    const cb = await ask.callback();
    expect(customIdsOf(cb.data)).toEqual(['profile:setup-restart:confirm', 'profile:setup-resume']);
    await h.settled();
    expect(await h.ctx.store.getProfile(who.id)).toEqual(example);
    expect(await h.ctx.store.getMeta(who.id, 'setup')).toBeUndefined();
    // Cancel: still nothing changed.
    const cancel = h.fake.interaction.button({
      customId: 'profile:setup-resume',
      user: who,
      message: ask.originalMessage()!.id,
    });
    await cancel.waitForOriginal();
    await h.settled();
    expect(await h.ctx.store.getProfile(who.id)).toEqual(example);
  });

  it('ends a setup in progress when the member imports a profile', async () => {
    const who = member(95);
    const messageId = await setupAt(h, who, ['basics']);
    expect(await h.ctx.store.getMeta(who.id, 'setup')).toMatchObject({ step: 'school' });
    const file = h.fake.attachment({ filename: 'profile.json', content: JSON.stringify(example) });
    const imp = h.fake.interaction.slash({ name: 'profile', subcommand: 'import', options: { file }, user: who });
    expect(textOf(await imp.waitForOriginal())).toMatch(/setup in progress has ended/);
    await h.settled();
    expect(await h.ctx.store.getMeta(who.id, 'setup')).toBeUndefined();
    // A button of the old setup no longer writes its draft over the import.
    const stale = h.fake.interaction.button({ customId: 'profile:setup-skip:school', user: who, message: messageId });
    await stale.callback();
    await h.settled();
    expect(await h.ctx.store.getProfile(who.id)).toEqual(example);
  });
});
