/**
 * /redflag [share:<bool>] — the red-flag report for the caller's stored profile: ephemeral in a
 * server, a normal message in DMs. It opens on a one-line summary of every flag with the most
 * severe one in full; a menu (`redflag:detail`) shows any other flag, or all of them, in the same
 * message. `share` posts a redacted version (no dates, scores, countries or visa details) for
 * everyone in the channel, where the server's admins allow shares. Without a profile: the setup
 * offer.
 */
import { redflagView } from '../src/app/views/redflag.js';
import { notice } from '../src/app/view.js';
import { UserError } from '../src/core/errors.js';
import { slashCommand, type Command } from '../src/discord/command.js';
import { deferFor, sendView } from '../src/discord/respond.js';
import { shareVerdict } from '../src/discord/share.js';

export const SHARED_NOTICE =
  'Posted a redacted summary for the channel: flag names, severities and general next steps only, no dates, scores, countries or visa details; exam failures, professionalism and visa flags are left out of it.';

export const command = {
  data: slashCommand(
    'redflag',
    'Your red-flag report: what programs may question, and what to do about each',
  ).addBooleanOption((o) =>
    o
      .setName('share')
      .setDescription('Post a redacted summary (no dates, scores or countries) for everyone in the channel'),
  ),
  async execute(interaction, ctx) {
    const share = interaction.options.getBoolean('share') === true;
    // Always acknowledged as personal first: the profile may be missing, and the setup offer is
    // for the member only. A shared summary then goes out as a separate public follow-up.
    await deferFor(interaction, true);
    const v = await redflagView(ctx, interaction.user.id, { share });
    if (share && !v.personal && interaction.inGuild()) {
      const verdict = await shareVerdict(ctx, interaction);
      if (!verdict.ok) return sendView(interaction, notice(verdict.reason, { personal: true }));
      await sendView(interaction, notice(SHARED_NOTICE, { personal: true }));
      await sendView(interaction, v, { ephemeral: false });
      return;
    }
    await sendView(interaction, v);
  },
  components: {
    // `redflag:run` (e.g. at the end of /profile setup): the member's own report, as a new message.
    'redflag:run': async (interaction, ctx) => {
      await deferFor(interaction, true);
      await sendView(interaction, await redflagView(ctx, interaction.user.id));
    },
    // The details menu: the same message, now showing the flag picked. The report is personal
    // (ephemeral in servers, a DM otherwise), so whoever uses the menu is the member it is about.
    'redflag:detail': async (interaction, ctx) => {
      const value = interaction.isStringSelectMenu() ? (interaction.values[0] ?? '') : '';
      await interaction.deferUpdate();
      await sendView(interaction, await redflagView(ctx, interaction.user.id, { menu: value }), { update: true });
    },
  },
  console: {
    usage: [
      '/redflag  (every flag in full)',
      '/redflag <number>  (one flag in full)',
      '/redflag share  (the redacted version you could post publicly)',
    ],
    run: ({ args }, ctx, io) => {
      const [word] = args;
      if (word === 'share') return redflagView(ctx, io.userId, { share: true });
      if (word !== undefined && /^\d+$/.test(word)) return redflagView(ctx, io.userId, { detail: Number(word) - 1 });
      if (word !== undefined && word !== 'all') {
        throw new UserError(`/redflag: "${word}" is not an option; use a flag number, all, or share`);
      }
      // A terminal scrolls: the whole report at once, the summary first.
      return redflagView(ctx, io.userId, { detail: 'all' });
    },
  },
} satisfies Command;
