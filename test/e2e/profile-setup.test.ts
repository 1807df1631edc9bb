import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Profile } from '../../src/core/profile/schema.js';
import { EXAMPLE_PROFILE, EXAMPLE_WITH_RESIDENCIES } from '../helpers/cli.js';
import { customIdsOf, member, textOf, useBot, where } from '../helpers/bot.js';

const example = JSON.parse(readFileSync(EXAMPLE_PROFILE, 'utf8')) as Profile;
/** What the full walk produces: the example plus its residency (boards skipped: not given). */
const walked = JSON.parse(readFileSync(EXAMPLE_WITH_RESIDENCIES, 'utf8')) as Profile;

type User = ReturnType<typeof member>;

/** One member going through the setup on one message (in a DM or, ephemerally, in the guild). */
interface Flow {
  user: User;
  guild: boolean;
  /** The message the setup's components sit on. */
  messageId: string;
}

type ModalLabel = {
  component: {
    custom_id: string;
    type: number;
    value?: string;
    options?: Array<{ value: string; label: string; default?: boolean }>;
  };
};
type ModalBody = { data?: { components: ModalLabel[] } };

describe('/profile setup, show and edit against the fake Discord', () => {
  const h = useBot();
  const meta = (userId: string) => h.ctx.store.getMeta(userId, 'setup') as Promise<{ step: string } | undefined>;

  /** Runs /profile setup; resolves with the flow and the first message's body. */
  async function startSetup(user: User, guild: boolean) {
    const i = h.fake.interaction.slash({ name: 'profile', subcommand: 'setup', user, ...where(h, guild) });
    const callback = await i.callback();
    expect(callback.type).toBe(5);
    expect(callback.data?.flags ?? 0).toBe(guild ? 64 : 0);
    const body = await i.waitForOriginal();
    await h.settled();
    return { flow: { user, guild, messageId: i.originalMessage()!.id } as Flow, body };
  }

  /** A button on the setup message: acknowledged in place (type 6), then the message is replaced. */
  async function press(f: Flow, customId: string) {
    const b = h.fake.interaction.button({ customId, user: f.user, message: f.messageId, ...where(h, f.guild) });
    expect((await b.callback()).type).toBe(6);
    const body = await b.waitForOriginal();
    await h.settled();
    return body;
  }

  async function pick(f: Flow, customId: string, value: string) {
    const s = h.fake.interaction.select({
      customId,
      values: [value],
      user: f.user,
      message: f.messageId,
      ...where(h, f.guild),
    });
    expect((await s.callback()).type).toBe(6);
    const body = await s.waitForOriginal();
    await h.settled();
    return body;
  }

  /**
   * Opens a step's form (type 9, at most 5 inputs) and submits it from the setup message: with
   * `fields` as given, or with `changes` made to what the form opened with (`keep`).
   */
  async function fill(f: Flow, step: string, given: Record<string, string>, opts: { keep?: boolean } = {}) {
    const open = h.fake.interaction.button({
      customId: `profile:setup-open:${step}`,
      user: f.user,
      message: f.messageId,
      ...where(h, f.guild),
    });
    const modal = await open.callback();
    expect(modal.type).toBe(9);
    expect(modal.data.custom_id).toMatch(new RegExp(`^profile:setup-submit:${step}(:filled)?$`));
    expect(modal.data.components.length).toBeLessThanOrEqual(5);
    const keys = modal.data.components.map((c: { component: { custom_id: string } }) => c.component.custom_id);
    const fields = opts.keep ? { ...prefilled(modal), ...given } : given;
    expect(keys.sort()).toEqual(Object.keys(fields).sort());
    const submit = h.fake.interaction.modalSubmit({
      customId: modal.data.custom_id as string,
      fields: asPicked(modal, fields),
      user: f.user,
      message: f.messageId,
      ...where(h, f.guild),
    });
    expect((await submit.callback()).type).toBe(6);
    await h.settled();
    return submit;
  }

  /** What each component of the form opened with (a text box's value, the default option). */
  function prefilled(modal: ModalBody): Record<string, string> {
    return Object.fromEntries(
      (modal.data?.components ?? []).map(({ component: c }) => [
        c.custom_id,
        c.options ? (c.options.find((o) => o.default)?.value ?? '') : (c.value ?? ''),
      ]),
    );
  }

  /**
   * The answers as the member gives them in this form: typed into text boxes, picked in radio
   * groups and menus (by the option's name or value, as a member reads it).
   */
  function asPicked(modal: ModalBody, fields: Record<string, string>) {
    return Object.fromEntries(
      Object.entries(fields).map(([key, typed]) => {
        const c = modal.data!.components.find((l) => l.component.custom_id === key)!.component;
        const option = c.options?.find(
          (o) => o.value.toLowerCase() === typed.toLowerCase() || o.label.toLowerCase() === typed.toLowerCase(),
        );
        if (c.type === 21) return [key, { radio: typed ? (option?.value ?? typed) : null }];
        if (c.type === 3) return [key, { select: typed ? [option?.value ?? typed] : [] }];
        return [key, typed];
      }),
    );
  }

  async function fillOk(f: Flow, step: string, fields: Record<string, string>, opts: { keep?: boolean } = {}) {
    const submit = await fill(f, step, fields, opts);
    expect(submit.followUps()).toEqual([]);
    return submit.waitForOriginal();
  }

  /** The whole flow with member-typed answers that add up to the example profile. */
  async function walkToExample(user: User, guild: boolean) {
    const { flow: f, body } = await startSetup(user, guild);
    expect(textOf(body)).toMatch(/step 1 of 11: The basics/);
    expect(customIdsOf(body)).toEqual(
      expect.arrayContaining([
        'profile:setup-pick:basics:citizenship',
        'profile:setup-pick:basics:visa',
        'profile:setup-pick:basics:target',
      ]),
    );
    await pick(f, 'profile:setup-pick:basics:citizenship', 'non-us');
    await pick(f, 'profile:setup-pick:basics:visa', 'j1');
    let msg = await pick(f, 'profile:setup-pick:basics:target', 'ci-fellowship');
    expect(textOf(msg)).toMatch(/step 2 of 11: Medical school/);
    expect(await h.ctx.store.getProfile(user.id)).toMatchObject({ citizenship: 'non-us', visa: 'j1' });

    msg = await fillOk(f, 'school', {
      specialty: 'internal medicine',
      country: 'Egypt',
      graduated: 'Jul 2018',
      ecfmgCertified: 'y',
      matchAttempts: '1',
    });
    expect(textOf(msg)).toMatch(/step 3 of 11: Residency training/);
    expect(textOf(msg)).toMatch(/Have you started or completed a residency anywhere/);
    // Saved after each step: the partial profile and the progress are both in the store.
    expect(await h.ctx.store.getProfile(user.id)).toMatchObject({
      medSchool: { country: 'Egypt', graduated: '2018-07' },
      ecfmgCertified: true,
    });
    expect(await meta(user.id)).toMatchObject({ step: 'residencies' });

    // A residency: two menus (completed is required, so the form waits for it), then the form.
    const addResidency = (body: unknown) =>
      (body as { components: { components: { custom_id?: string; disabled?: boolean }[] }[] }).components
        .flatMap((r) => r.components)
        .find((c) => c.custom_id === 'profile:setup-open:residencies');
    expect(addResidency(msg)?.disabled).toBe(true);
    msg = await pick(f, 'profile:setup-pick:residencies:accreditation', 'other');
    expect(addResidency(msg)?.disabled).toBe(true);
    msg = await pick(f, 'profile:setup-pick:residencies:completed', 'yes');
    expect(addResidency(msg)?.disabled ?? false).toBe(false);
    msg = await fillOk(f, 'residencies', {
      country: 'Egypt',
      specialty: 'internal medicine',
      from: 'Dec 2019',
      to: '2022-06',
    });
    expect(textOf(msg)).toMatch(/Added: internal medicine, Egypt, Dec 2019 – Jun 2022, completed/);
    msg = await press(f, 'profile:setup-done:residencies');
    expect(textOf(msg)).toMatch(/step 4 of 11: Board certification/);
    expect(customIdsOf(msg)).toContain('profile:setup-pick:boards:board');
    msg = await press(f, 'profile:setup-skip:boards');
    expect(textOf(msg)).toMatch(/step 5 of 11: Exams/);

    await fillOk(f, 'exams', { exam: 'step 1', date: '06/2019', result: 'fail', score: '' });
    msg = await fillOk(f, 'exams', { exam: 'USMLE Step 1', date: '2019-11', result: 'pass', score: '' });
    expect(textOf(msg)).toMatch(/Added: Step 1 — passed, Nov 2019/);
    expect(customIdsOf(msg)).toEqual(expect.arrayContaining(['profile:setup-done:exams', 'profile:setup-skip:exams']));
    await fillOk(f, 'exams', { exam: 'Step 2 CK', date: 'May 2020', result: 'Passed', score: '247' });
    msg = await press(f, 'profile:setup-done:exams');
    expect(textOf(msg)).toMatch(/step 6 of 11/);

    const periods = [
      { from: 'Aug 2018', to: '11/2019', activity: 'exam prep', note: 'USMLE preparation' },
      { from: '2019-12', to: '2022-06', activity: 'Clinical', note: 'internal medicine residency, Cairo' },
      { from: '2022-07', to: 'Mar 2023', activity: 'none', note: '' },
      { from: '2023-04', to: 'present', activity: 'informatics', note: 'EHR data analyst, quality team' },
    ];
    for (const p of periods) await fillOk(f, 'timeline', p);
    await press(f, 'profile:setup-done:timeline');
    await fillOk(f, 'usce', { kind: 'Observership', months: '8 weeks', ehr: 'Epic', handsOn: 'no' });
    await press(f, 'profile:setup-done:usce');
    await fillOk(f, 'informatics', {
      kind: 'Job',
      title: 'EHR data analyst for sepsis bundle dashboard',
      outcome: 'time to antibiotics reported weekly',
    });
    await fillOk(f, 'informatics', { kind: 'course', title: 'SQL for healthcare data', outcome: '' });
    msg = await press(f, 'profile:setup-done:informatics');
    expect(customIdsOf(msg)).toContain('profile:setup-answer:professionalism:no');
    msg = await press(f, 'profile:setup-answer:professionalism:no');
    expect(textOf(msg)).toMatch(/step 10 of 11: Letters/);

    const writers = [
      {
        role: 'attending',
        setting: 'us',
        physician: 'yes',
        writer: 'Dr. Lee',
        year: '2024',
        informatics: 'no',
        directObservation: 'yes',
      },
      {
        role: 'department-chair',
        setting: 'abroad',
        physician: 'yes',
        writer: 'Dr. Haddad',
        year: '2021',
        informatics: 'n',
        directObservation: 'n',
      },
      {
        role: 'non-physician-supervisor',
        setting: 'abroad',
        physician: 'no',
        writer: 'Ms. Ortiz',
        year: '2026',
        informatics: 'yes',
        directObservation: 'yes',
      },
    ];
    for (const { role, setting, physician, ...form } of writers) {
      // The form's button waits until the menus are chosen.
      const add = (body: unknown) =>
        (body as { components: { components: { custom_id?: string; disabled?: boolean }[] }[] }).components
          .flatMap((r) => r.components)
          .find((c) => c.custom_id === 'profile:setup-open:letters');
      await pick(f, 'profile:setup-pick:letters:role', role);
      msg = await pick(f, 'profile:setup-pick:letters:setting', setting);
      expect(add(msg)?.disabled).toBe(true);
      msg = await pick(f, 'profile:setup-pick:letters:physician', physician);
      expect(add(msg)?.disabled ?? false).toBe(false);
      await fillOk(f, 'letters', { ...form, asked: '' });
    }
    await press(f, 'profile:setup-done:letters');
    msg = await fillOk(f, 'deadline', { deadline: '2027-01-15' });
    return { f, final: msg };
  }

  for (const guild of [false, true]) {
    it(`walks a member through the whole setup ${guild ? 'ephemerally in a server' : 'in a DM'}`, async () => {
      const who = member(guild ? 51 : 50);
      const { f, final } = await walkToExample(who, guild);
      const text = textOf(final);
      expect(text).toMatch(/profile is set up and saved/);
      expect(text).toMatch(/Medical school: Egypt, graduated Jul 2018/);
      const ids = customIdsOf(final);
      expect(ids).toContain('redflag:run');
      expect(ids.some((id) => id.startsWith('mock:flag:'))).toBe(true);
      expect(ids).toContain(`mock:new:${who.id}:plan:any:0`);
      expect(await h.ctx.store.getProfile(who.id)).toEqual(walked);
      expect(await meta(who.id)).toBeUndefined();

      // The red-flag button answers with the member's own report, as a new personal message.
      const run = h.fake.interaction.button({
        customId: 'redflag:run',
        user: who,
        message: f.messageId,
        ...where(h, guild),
      });
      const callback = await run.callback();
      expect(callback.type).toBe(5);
      expect(callback.data?.flags ?? 0).toBe(guild ? 64 : 0);
      expect(textOf(await run.waitForOriginal())).toMatch(/Red flags: \d+/);
      await h.settled();
    });
  }

  it('resumes after a restart from the profile:setup button at the step where the member stopped', async () => {
    const who = member(52);
    const { flow: f } = await startSetup(who, true);
    await press(f, 'profile:setup-skip:basics');
    await fillOk(f, 'school', {
      specialty: '',
      country: 'India',
      graduated: '2017-05',
      ecfmgCertified: '',
      matchAttempts: '',
    });
    expect(await h.ctx.store.getProfile(who.id)).toEqual({
      version: 1,
      medSchool: { country: 'India', graduated: '2017-05' },
    });

    await h.restart();
    h.fake.reset();
    const again = h.fake.interaction.button({ customId: 'profile:setup', user: who, guildId: h.guildId });
    expect(await again.callback()).toMatchObject({ type: 5, data: { flags: 64 } });
    const body = await again.waitForOriginal();
    expect(textOf(body)).toMatch(/Welcome back\. You stopped at step 3 of 11: Residency training/);
    expect(customIdsOf(body)).toContain('profile:setup-open:residencies');
    expect(customIdsOf(body)).toContain('profile:setup-restart');
    await h.settled();

    // The resumed message works like the first one.
    const resumed: Flow = { user: who, guild: true, messageId: again.originalMessage()!.id };
    await press(resumed, 'profile:setup-done:residencies');
    expect((await h.ctx.store.getProfile(who.id))?.residencies).toEqual([]);
    await press(resumed, 'profile:setup-skip:boards');
    const msg = await fillOk(resumed, 'exams', { exam: 'Step 2 CK', date: '2019-03', result: 'pass', score: '251' });
    expect(textOf(msg)).toMatch(/Added: Step 2 CK — passed, Mar 2019, score 251/);
    expect((await h.ctx.store.getProfile(who.id))?.exams).toEqual([
      { exam: 'step2ck', date: '2019-03', result: 'pass', score: 251 },
    ]);
  });

  it('answers an invalid month with the field and the fix, and a Try again button that reopens the form', async () => {
    const who = member(53);
    const { flow: f } = await startSetup(who, true);
    await press(f, 'profile:setup-skip:basics');
    await press(f, 'profile:setup-skip:school');
    await press(f, 'profile:setup-skip:residencies');
    await press(f, 'profile:setup-skip:boards');
    const submit = await fill(f, 'exams', { exam: 'Step 1', date: '2019-13', result: 'pass', score: '' });
    const problem = await submit.waitForFollowUp(1);
    expect(problem.flags).toBe(64);
    expect(textOf(problem)).toMatch(/Not saved yet: Exams/);
    expect(textOf(problem)).toMatch(/Month taken: "2019-13" is not a month — use YYYY-MM/);
    expect(customIdsOf(problem)).toEqual(['profile:setup-open:exams', 'profile:setup-resume']);
    expect((await h.ctx.store.getProfile(who.id))?.exams).toBeUndefined();

    const retry = h.fake.interaction.button({ customId: 'profile:setup-open:exams', user: who, guildId: h.guildId });
    expect(await retry.callback()).toMatchObject({
      type: 9,
      data: { custom_id: 'profile:setup-submit:exams:filled' },
    });
  });

  it('offers edit, review or a confirmed start over to a member who already has a profile', async () => {
    const who = member(54);
    await h.ctx.store.saveProfile(who.id, example);
    const { flow: f, body } = await startSetup(who, false);
    expect(textOf(body)).toMatch(/already have a profile/);
    expect(textOf(body)).toMatch(/\/profile edit/);
    expect(customIdsOf(body)).toEqual(['profile:setup-review', 'profile:setup-restart']);
    const ask = await press(f, 'profile:setup-restart');
    expect(customIdsOf(ask)).toEqual(['profile:setup-restart:confirm', 'profile:setup-resume']);
    const fresh = await press(f, 'profile:setup-restart:confirm');
    expect(textOf(fresh)).toMatch(/Starting over/);
    expect(textOf(fresh)).toMatch(/step 1 of 11/);
    // Nothing is replaced until the first answer.
    expect(await h.ctx.store.getProfile(who.id)).toEqual(example);
    await pick(f, 'profile:setup-pick:basics:citizenship', 'us-citizen');
    expect(await h.ctx.store.getProfile(who.id)).toEqual({ version: 1, citizenship: 'us-citizen' });
  });

  it('reviews a stored profile step by step: keep as is, a form filled with the answers, undo, back, stale buttons', async () => {
    const who = member(61);
    await h.ctx.store.saveProfile(who.id, example);
    const { flow: f } = await startSetup(who, true);
    let msg = await press(f, 'profile:setup-review');
    expect(textOf(msg)).toMatch(/Going through your answers/);
    expect(customIdsOf(msg)).toContain('profile:setup-done:basics');
    msg = await press(f, 'profile:setup-done:basics');
    expect(textOf(msg)).toMatch(/Your answers so far/);
    expect(textOf(msg)).toMatch(/Country of your medical school: Egypt/);
    // The form opens with the stored answers; the member changes one and sends it.
    msg = await fillOk(f, 'school', { matchAttempts: '2' }, { keep: true });
    expect(textOf(msg)).toMatch(/step 3 of 11: Residency training/);
    msg = await press(f, 'profile:setup-skip:residencies');
    msg = await press(f, 'profile:setup-skip:boards');
    expect(textOf(msg)).toMatch(/Added so far \(3 exam attempts\)/);
    expect(await h.ctx.store.getProfile(who.id)).toMatchObject({
      specialty: 'internal medicine',
      medSchool: { country: 'Egypt', graduated: '2018-07' },
      matchAttempts: 2,
    });
    msg = await press(f, 'profile:setup-undo:exams');
    expect(textOf(msg)).toMatch(/Removed the last one/);
    expect((await h.ctx.store.getProfile(who.id))?.exams).toHaveLength(2);
    msg = await press(f, 'profile:setup-back:exams');
    expect(textOf(msg)).toMatch(/step 4 of 11: Board certification/);
    // A button from another step shows where the member is instead of acting.
    msg = await press(f, 'profile:setup-done:letters');
    expect(textOf(msg)).toMatch(/belongs to another step/);
    expect(textOf(msg)).toMatch(/step 4 of 11: Board certification/);
    expect(await meta(who.id)).toMatchObject({ step: 'boards' });
  });

  describe('/profile show', () => {
    it('is ephemeral in a server and a normal message in a DM', async () => {
      const who = member(55);
      await h.ctx.store.saveProfile(who.id, example);
      const inGuild = h.fake.interaction.slash({ name: 'profile', subcommand: 'show', user: who, guildId: h.guildId });
      expect(await inGuild.callback()).toMatchObject({ type: 5, data: { flags: 64 } });
      const g = await inGuild.waitForOriginal();
      expect(textOf(g)).toMatch(/Your profile/);
      expect(textOf(g)).toMatch(/Medical school: Egypt, graduated Jul 2018/);
      expect(textOf(g)).toMatch(/Dr\. Lee/);

      const inDm = h.fake.interaction.slash({ name: 'profile', subcommand: 'show', user: who });
      const callback = await inDm.callback();
      expect(callback.type).toBe(5);
      expect(callback.data?.flags ?? 0).toBe(0);
      expect(textOf(await inDm.waitForOriginal())).toMatch(/Step 2 CK — passed, May 2020, score 247/);
      await h.settled();
    });

    it('posts a redacted version publicly with share:true, without dates, countries, visa or names', async () => {
      const who = member(56);
      await h.ctx.store.saveProfile(who.id, example);
      const i = h.fake.interaction.slash({
        name: 'profile',
        subcommand: 'show',
        options: { share: true },
        user: who,
        guildId: h.guildId,
      });
      expect(await i.callback()).toMatchObject({ type: 5, data: { flags: 64 } });
      expect(textOf(await i.waitForOriginal())).toMatch(/Posted a redacted summary/);
      const shared = await i.waitForFollowUp(1);
      await h.settled();
      expect(shared.flags ?? 0).toBe(0);
      const text = textOf(shared);
      // Passed exams are shared; the failed attempt never is (nor professionalism), and the note
      // that says so is the same for every profile.
      expect(text).toMatch(/Step 1 — passed/);
      expect(text).not.toMatch(/did not pass/);
      expect(text).toMatch(
        /Never posted publicly: failed exam attempts, a residency left before it was finished, previous Match attempts, professionalism entries/,
      );
      for (const secret of ['Egypt', 'Cairo', 'J-1', 'Not a US citizen', '247', 'Dr. Lee', 'Ortiz', 'Epic', 'sepsis']) {
        expect(text).not.toContain(secret);
      }
      expect(text).not.toMatch(/\b(19|20)\d\d\b/);
      expect(text).not.toMatch(/\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b/);
    });

    it('never posts a residency left before it was finished (a newcomer saw "Not completed" in public)', async () => {
      const who = member(62);
      await h.ctx.store.saveProfile(who.id, {
        ...example,
        residencies: [
          { country: 'Nigeria', specialty: 'family medicine', from: '2019-01', to: '2021-06', completed: false },
        ],
      });
      const i = h.fake.interaction.slash({
        name: 'profile',
        subcommand: 'show',
        options: { share: true },
        user: who,
        guildId: h.guildId,
      });
      await i.callback();
      const text = textOf(await i.waitForFollowUp(1));
      await h.settled();
      expect(text).not.toMatch(/not completed|family medicine|Nigeria/i);
      expect(text).toMatch(/none completed or in progress/);
      expect(text).toMatch(/Never posted publicly:[^\n]*a residency left before it was finished/);
    });

    it('offers the setup to a member without a profile', async () => {
      const i = h.fake.interaction.slash({ name: 'profile', subcommand: 'show', user: member(57), guildId: h.guildId });
      const body = await i.waitForOriginal();
      expect(textOf(body)).toMatch(/don't have a profile/);
      expect(customIdsOf(body)).toContain('profile:setup');
    });
  });

  describe('/profile edit', () => {
    it('autocompletes fields and values within 25 choices', async () => {
      const who = member(58);
      await h.ctx.store.saveProfile(who.id, example);
      const empty = h.fake.interaction.autocomplete({
        name: 'profile',
        subcommand: 'edit',
        user: who,
        guildId: h.guildId,
        focused: { name: 'field', value: '' },
      });
      const all = await empty.callback();
      expect(all.type).toBe(8);
      expect(all.data.choices.length).toBeGreaterThan(0);
      expect(all.data.choices.length).toBeLessThanOrEqual(25);

      const grad = h.fake.interaction.autocomplete({
        name: 'profile',
        subcommand: 'edit',
        user: who,
        focused: { name: 'field', value: 'medSchool.grad' },
      });
      const choices = (await grad.callback()).data.choices as { name: string; value: string }[];
      expect(choices[0]).toMatchObject({ value: 'medSchool.graduated' });
      // Named in words: the field as the member calls it, the month spelled out.
      expect(choices[0]!.name).toBe('Graduation month — currently Jul 2018');

      const visa = h.fake.interaction.autocomplete({
        name: 'profile',
        subcommand: 'edit',
        options: { field: 'visa' },
        user: who,
        guildId: h.guildId,
        focused: { name: 'value', value: 'h' },
      });
      const values = (await visa.callback()).data.choices as { value: string }[];
      expect(values.map((c) => c.value)).toContain('h1b');
      expect(values.length).toBeLessThanOrEqual(25);
    });

    it('refuses a value autocomplete never offered, naming the field, and saves nothing', async () => {
      const who = member(59);
      await h.ctx.store.saveProfile(who.id, example);
      const i = h.fake.interaction.slash({
        name: 'profile',
        subcommand: 'edit',
        options: { field: 'visa', value: 'K-9' },
        user: who,
        guildId: h.guildId,
      });
      expect(await i.callback()).toMatchObject({ type: 5, data: { flags: 64 } });
      const text = textOf(await i.waitForOriginal());
      expect(text).toMatch(/Not changed: Visa/);
      // The options by the names the member reads, not the stored codes.
      expect(text).toMatch(/"K-9" is not one of: No visa needed, J-1, H-1B, O-1, Not sure yet/);

      const typo = h.fake.interaction.slash({
        name: 'profile',
        subcommand: 'edit',
        options: { field: 'gradDate', value: '2018-07' },
        user: who,
      });
      expect(textOf(await typo.waitForOriginal())).toMatch(/"gradDate" is not a profile field/);
      await h.settled();
      expect(await h.ctx.store.getProfile(who.id)).toEqual(example);
    });

    it('saves a valid change and shows the line that changed', async () => {
      const who = member(60);
      await h.ctx.store.saveProfile(who.id, example);
      const i = h.fake.interaction.slash({
        name: 'profile',
        subcommand: 'edit',
        options: { field: 'medSchool.graduated', value: 'Aug 2018' },
        user: who,
      });
      const callback = await i.callback();
      expect(callback.type).toBe(5);
      expect(callback.data?.flags ?? 0).toBe(0);
      const text = textOf(await i.waitForOriginal());
      expect(text).toMatch(/Saved: Graduation month/);
      expect(text).toMatch(/Medical school: Egypt, graduated Aug 2018/);
      expect(text).toMatch(/Medical school: Egypt, graduated Jul 2018/);
      await h.settled();
      expect((await h.ctx.store.getProfile(who.id))?.medSchool).toEqual({ country: 'Egypt', graduated: '2018-08' });
    });
  });
});
