/**
 * /prematch check kind:<choice> [program] [interview_date] [send_date] → a modal to paste the
 * email (and confirm the program) → findings. The options are validated before the modal opens,
 * so nobody pastes an email only to learn a date was mistyped.
 *
 * Custom ids: modal `prematch:check:<kind>:<interviewDate|->:<sendDate|->`; button
 * `prematch:check-open:<kind>` (from a template: opens the same modal); button
 * `prematch:sent:<ownerId>:<checkId>` ("I sent it": logs the checked message).
 */
import { MessageFlags, type ButtonInteraction, type ChatInputCommandInteraction } from 'discord.js';
import {
  checkContext,
  CONSOLE_EMAIL_MAX_CHARS,
  EMAIL_MAX_CHARS,
  KIND_LABEL,
  prematchCheckView,
  prematchSentView,
} from '../../src/app/views/prematch.js';
import { UserError } from '../../src/core/errors.js';
import { PREMATCH_KINDS, type PrematchContext } from '../../src/rules/prematch-context.js';
import type { Subcommand } from '../../src/discord/command.js';
import { deferFor, NO_MENTIONS, sendView } from '../../src/discord/respond.js';
import { formModal, modalText } from '../../src/discord/form-modal.js';

const NONE = '-';

function checkModal(c: PrematchContext) {
  return formModal(
    `prematch:check:${c.kind}:${c.interviewDate ?? NONE}:${c.sendDate ?? NONE}`,
    `Check: ${KIND_LABEL[c.kind]}`,
    [
      {
        id: 'program',
        label: 'Program (blank if none)',
        required: false,
        max: 200,
        placeholder: 'e.g. Riverside Health CI Fellowship',
        ...(c.program ? { value: c.program } : {}),
      },
      {
        id: 'email',
        label: 'Paste the email you want to send',
        required: true,
        max: EMAIL_MAX_CHARS,
        paragraph: true,
        placeholder: 'Dear Dr. …',
      },
    ],
  );
}

const fromId = (s: string | undefined) => (s && s !== NONE ? s : undefined);

async function open(interaction: ChatInputCommandInteraction | ButtonInteraction, c: PrematchContext) {
  // The modal must be the first response: no store access before it.
  await interaction.showModal(checkModal(c));
}

export const checkSub: Subcommand = {
  name: 'check',
  description: 'Check an email to a program before you send it (match rules and etiquette)',
  options: (sub) =>
    sub
      .addStringOption((o) =>
        o
          .setName('kind')
          .setDescription('What kind of email it is')
          .setRequired(true)
          .addChoices(...PREMATCH_KINDS.map((k) => ({ name: KIND_LABEL[k], value: k }))),
      )
      .addStringOption((o) => o.setName('program').setDescription('The program it goes to').setMaxLength(200))
      .addStringOption((o) =>
        o.setName('interview_date').setDescription('Your interview date, YYYY-MM-DD').setMaxLength(10),
      )
      .addStringOption((o) =>
        o.setName('send_date').setDescription('When it goes out, YYYY-MM-DD (default today)').setMaxLength(10),
      ),
  async execute(interaction) {
    const c = checkContext({
      kind: interaction.options.getString('kind', true),
      program: interaction.options.getString('program') ?? undefined,
      interviewDate: interaction.options.getString('interview_date') ?? undefined,
      sendDate: interaction.options.getString('send_date') ?? undefined,
    });
    await open(interaction, c);
  },
  components: {
    'prematch:check-open': async (interaction, _ctx, [kind = '']) => {
      if (!interaction.isButton()) return;
      await open(interaction, checkContext({ kind }));
    },
    'prematch:check': async (interaction, ctx, [kind = '', interviewDate, sendDate]) => {
      if (!interaction.isModalSubmit()) return;
      const c = checkContext({
        kind,
        program: modalText(interaction, 'program'),
        interviewDate: fromId(interviewDate),
        sendDate: fromId(sendDate),
      });
      const email = modalText(interaction, 'email');
      await deferFor(interaction, true);
      await sendView(interaction, await prematchCheckView(ctx, interaction.user.id, c, email));
    },
    'prematch:sent': async (interaction, ctx, [owner = '', id = '']) => {
      if (owner !== interaction.user.id) {
        await interaction.reply({
          content: 'This button belongs to the member who checked the email; nothing was logged.',
          flags: MessageFlags.Ephemeral,
          allowedMentions: NO_MENTIONS,
        });
        return;
      }
      await deferFor(interaction, true);
      await sendView(interaction, await prematchSentView(ctx, interaction.user.id, id));
    },
  },
  console: {
    usage: [
      `/prematch check <${PREMATCH_KINDS.join('|')}> [interview=YYYY-MM-DD] [send=YYYY-MM-DD] [program name], then paste the email and end with a line holding only "."`,
      '/prematch sent <check id>  (after a check: log that you sent it)',
    ],
    async run({ args }, ctx, io) {
      const [given = '', ...rest] = args;
      // A newcomer types the bare command: ask for the kind rather than refuse it.
      const kind =
        given ||
        (
          (await io.prompt(
            `What kind of email is it? Type one of: ${PREMATCH_KINDS.join(', ')} (next time: /prematch check thank-you interview=2026-11-20 City Hospital):`,
          )) ?? ''
        ).trim();
      if (!kind) {
        throw new UserError(
          `/prematch check: give the kind first (${PREMATCH_KINDS.join(', ')}), e.g. /prematch check thank-you interview=2026-11-20 City Hospital`,
        );
      }
      // A member often pastes the command and the email in one go. When the options cannot be
      // read, the email is still collected (otherwise each of its lines would be taken for a
      // command or an /ask question) and the options are asked for again.
      let context: PrematchContext | UserError = readOptions(kind, rest);
      const unread = (e: UserError, lead: string) => `${e.message.replace(/^Nothing was checked: /, lead)}.`;
      const lines: string[] = [];
      let line = await io.prompt(
        context instanceof UserError
          ? `${unread(context, 'I could not read the options: ')} Paste the email anyway, then a line with only "." (I will ask for the options again):`
          : 'Paste the email, then a line with only "." (or end the input):',
      );
      while (line !== undefined && line.trim() !== '.') {
        lines.push(line);
        line = await io.prompt('');
      }
      for (let tries = 0; context instanceof UserError && tries < 3; tries++) {
        const again = await io.prompt(
          `${tries > 0 ? `${unread(context, 'Still unreadable: ')} ` : ''}Your email is held, not checked yet. Type the options again (${PREMATCH_KINDS.join('|')} [interview=YYYY-MM-DD] [send=YYYY-MM-DD] [program]), or an empty line to stop:`,
        );
        if (!again?.trim()) break;
        const [k = '', ...more] = again.trim().split(/\s+/);
        context = readOptions(k, more);
      }
      if (context instanceof UserError) {
        throw new UserError(
          `${context.message}. Your email was set aside (not stored, not sent): run /prematch check again with readable options`,
        );
      }
      return prematchCheckView(ctx, io.userId, context, lines.join('\n'), { maxChars: CONSOLE_EMAIL_MAX_CHARS });
    },
  },
};

/** The console's words after the kind → a context, or the refusal that names what to fix. */
function readOptions(kind: string, words: string[]): PrematchContext | UserError {
  let interviewDate: string | undefined;
  let sendDate: string | undefined;
  const programWords: string[] = [];
  for (const word of words) {
    const m = /^(interview|send)=(.*)$/.exec(word);
    if (m?.[1] === 'interview') interviewDate = m[2];
    else if (m?.[1] === 'send') sendDate = m[2];
    else programWords.push(word);
  }
  try {
    return checkContext({ kind, program: programWords.join(' '), interviewDate, sendDate });
  } catch (e) {
    if (e instanceof UserError) return e;
    throw e;
  }
}
