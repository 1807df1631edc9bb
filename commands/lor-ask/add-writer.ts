/**
 * /lor-ask add-writer role:<choice> setting:<choice> — a modal for the typed facts (name, year,
 * date asked, language) → validated with the profile schema → saved to the profile's letters.
 * The reply shows the yes/no facts guessed from the role with a multi-select to correct them.
 *
 * Custom ids: modal `lor-ask:add:<role>:<setting>`; button `lor-ask:add-open:<role>:<setting>`
 * (try again after a validation problem); select `lor-ask:flags:<writerRef>`.
 */
import type { ButtonInteraction, ChatInputCommandInteraction } from 'discord.js';
import {
  addWriter,
  FLAG_KEYS,
  FLAG_LABELS,
  isRole,
  isSetting,
  parseRole,
  parseSetting,
  ROLE_LABELS,
  SETTING_LABELS,
  setWriterFlags,
  WRITER_INPUTS,
  type LetterRole,
  type LetterSetting,
  type WriterFlags,
  type WriterText,
} from '../../src/app/lor/add-writer.js';
import { resolveWriterRef } from '../../src/app/lor/writers.js';
import { notice } from '../../src/app/view.js';
import { LETTER_ROLE, LETTER_SETTING } from '../../src/core/profile/schema.js';
import { UserError } from '../../src/core/errors.js';
import type { Subcommand } from '../../src/discord/command.js';
import { deferFor, sendView } from '../../src/discord/respond.js';
import { formModal, modalText } from '../../src/discord/form-modal.js';

function modalFor(role: LetterRole, setting: LetterSetting) {
  return formModal(
    `lor-ask:add:${role}:${setting}`,
    'Add a letter writer',
    WRITER_INPUTS.map((i) => ({ ...i, placeholder: i.placeholder })),
  );
}

function roleAndSetting(role: string, setting: string): { role: LetterRole; setting: LetterSetting } {
  if (!isRole(role) || !isSetting(setting)) {
    throw new UserError('That form is out of date. Run /lor-ask add-writer again.');
  }
  return { role, setting };
}

async function openModal(interaction: ChatInputCommandInteraction | ButtonInteraction, role: string, setting: string) {
  const picked = roleAndSetting(role, setting);
  // The modal must be the first response: nothing is read from the store before it.
  await interaction.showModal(modalFor(picked.role, picked.setting));
}

export const addWriterSub: Subcommand = {
  name: 'add-writer',
  description: 'Add a letter writer to your profile (a short form follows)',
  options: (sub) =>
    sub
      .addStringOption((o) =>
        o
          .setName('role')
          .setDescription('Their role when they saw your work')
          .setRequired(true)
          .addChoices(...LETTER_ROLE.map((r) => ({ name: ROLE_LABELS[r], value: r }))),
      )
      .addStringOption((o) =>
        o
          .setName('setting')
          .setDescription('Where you worked with them')
          .setRequired(true)
          .addChoices(...LETTER_SETTING.map((s) => ({ name: SETTING_LABELS[s], value: s }))),
      ),
  async execute(interaction) {
    await openModal(
      interaction,
      interaction.options.getString('role', true),
      interaction.options.getString('setting', true),
    );
  },
  components: {
    'lor-ask:add-open': async (interaction, _ctx, [role = '', setting = '']) => {
      if (!interaction.isButton()) return;
      await openModal(interaction, role, setting);
    },
    'lor-ask:add': async (interaction, ctx, [role = '', setting = '']) => {
      if (!interaction.isModalSubmit()) return;
      const picked = roleAndSetting(role, setting);
      const text: WriterText = Object.fromEntries(WRITER_INPUTS.map((i) => [i.id, modalText(interaction, i.id)]));
      await deferFor(interaction, true);
      await sendView(interaction, await addWriter(ctx, interaction.user.id, { ...picked, text }));
    },
    'lor-ask:flags': async (interaction, ctx, [ref = '']) => {
      if (!interaction.isStringSelectMenu()) return;
      // Saving touches the store: acknowledge first, then replace the message the menu is on.
      await interaction.deferUpdate();
      // The writer is found in the letters as stored when the change is written.
      const v = await setWriterFlags(
        ctx,
        interaction.user.id,
        (letters) => resolveWriterRef(letters, ref),
        interaction.values,
      );
      await sendView(
        interaction,
        v ??
          notice(
            'That writer is no longer on your list under the same name, so nothing was changed. Run /lor-ask plan to see your writers.',
            { personal: true },
          ),
        { update: true },
      );
    },
  },
  console: {
    usage: ['/lor-ask add-writer  (asks for the details one at a time)'],
    async run(_input, ctx, io) {
      const ask = async (q: string): Promise<string> => {
        const a = await io.prompt(q);
        if (a === undefined) throw new UserError('input ended before the writer was complete; nothing was saved');
        return a.trim();
      };
      // One typo must not throw away the answers already given: an unreadable answer is asked
      // again (up to three times) with what would be read, and only then is nothing saved.
      const askUntil = async <T>(q: string, parse: (a: string) => T | undefined, fix: string): Promise<T> => {
        let prompt = q;
        for (let tries = 0; tries < 3; tries++) {
          const a = await ask(prompt);
          const v = parse(a);
          if (v !== undefined) return v;
          prompt = `"${a}" is not one I can read. ${q}`;
        }
        throw new UserError(`${fix}; nothing was saved`);
      };
      const role = await askUntil(
        `Role? One of: ${LETTER_ROLE.join(', ')}`,
        (a) => parseRole(a) ?? undefined,
        `role: choose one of ${LETTER_ROLE.join(', ')}`,
      );
      const setting = await askUntil(
        'Where did you work with them? us or abroad',
        (a) => parseSetting(a) ?? undefined,
        'setting: answer "us" or "abroad"',
      );
      const text: WriterText = {};
      for (const input of WRITER_INPUTS) text[input.id] = await ask(`${input.label}?`);
      const flags: Partial<WriterFlags> = {};
      for (const key of FLAG_KEYS) {
        flags[key] = await askUntil(
          `${FLAG_LABELS[key].label}? (y/n)`,
          (a) => (/^y/i.test(a) ? true : /^n/i.test(a) ? false : undefined),
          `${FLAG_LABELS[key].label}: answer y or n`,
        );
      }
      return addWriter(ctx, io.userId, { role, setting, text, flags });
    },
  },
};
