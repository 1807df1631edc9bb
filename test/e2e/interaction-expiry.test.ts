/**
 * Interactions Discord no longer knows: a first answer after 3 s (10062) or a follow-up after the
 * token's 15 minutes (10015). The bot logs it once as an expired interaction (not as a bug), sends
 * nothing more on the dead token, and keeps serving.
 */
import { describe, expect, it } from 'vitest';
import { notice } from '../../src/app/view.js';
import { slashCommand, type Command } from '../../src/discord/command.js';
import { sendView } from '../../src/discord/respond.js';
import { member, textOf, useBot } from '../helpers/bot.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Defers, then takes longer than the (shortened) token lifetime before answering. */
const slow: Command = {
  data: slashCommand('slow', 'Takes its time'),
  async execute(interaction) {
    await interaction.deferReply();
    await sleep(250);
    await sendView(interaction, notice('finally'));
  },
};

/** Answers for the first time only after the 3 s deadline (shortened here). */
const late: Command = {
  data: slashCommand('late', 'Answers too late'),
  async execute(interaction) {
    await sleep(150);
    await sendView(interaction, notice('too late'));
  },
};

describe('expired interactions', () => {
  const h = useBot({ extraCommands: [slow, late] }, { checks: false });

  it('logs a follow-up refused after the token lifetime (10015) and sends nothing more on it', async () => {
    h.fake.configure({ interactionTokenLifetimeMs: 150 });
    try {
      const i = h.fake.interaction.slash({ name: 'slow', user: member(1) });
      await i.callback();
      await h.settled();
      expect(i.all().map((c) => c.status)).toEqual([204, 404]);
      const expired = h.logs.filter((l) => l.msg === 'interaction expired before the answer was sent');
      expect(expired.at(-1)?.fields).toMatchObject({ name: 'slow', code: 10015 });
      expect(h.logs.filter((l) => l.level === 'error')).toEqual([]);
    } finally {
      h.fake.configure({ interactionTokenLifetimeMs: 15 * 60_000 });
    }
    const next = h.fake.interaction.slash({ name: 'ask', options: { question: 'what is USCE?' }, user: member(1) });
    expect(textOf(await next.waitForOriginal())).toMatch(/USCE|clinical/i);
  });

  it('logs a first answer refused after the 3-second deadline (10062) and keeps serving', async () => {
    h.fake.configure({ interactionDeadlineMs: 100 });
    try {
      const i = h.fake.interaction.slash({ name: 'late', user: member(2) });
      await h.settled();
      await expect.poll(() => i.all().length).toBe(1);
      expect(i.all()[0]).toMatchObject({ status: 404, response: { code: 10062 } });
      expect(
        h.logs.filter((l) => l.msg === 'interaction expired before the answer was sent').at(-1)?.fields,
      ).toMatchObject({
        name: 'late',
        code: 10062,
      });
    } finally {
      h.fake.configure({ interactionDeadlineMs: 3000 });
    }
    const next = h.fake.interaction.slash({ name: 'help', subcommand: 'commands', user: member(2) });
    expect(await next.callback()).toMatchObject({ type: 4 });
  });
});
