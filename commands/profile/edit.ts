/**
 * /profile edit field:<autocomplete> value:<text, autocomplete for choices> — change one answer.
 * Autocomplete offers the member's own fields (with their current values) and, for the value,
 * the options of that field; what is submitted is validated all the same (applyEdit).
 */
import { editChoices, editFieldsView, editProfileView } from '../../src/app/profile/edit.js';
import type { Subcommand } from '../../src/discord/command.js';
import { deferFor, sendView } from '../../src/discord/respond.js';

export const editSub: Subcommand = {
  name: 'edit',
  description: 'Change one answer in your profile (pick the field, type the new value)',
  options: (sub) =>
    sub
      .addStringOption((o) =>
        o
          .setName('field')
          .setDescription('The field to change, e.g. visa, medSchool.graduated, exams[0].score')
          .setRequired(true)
          .setAutocomplete(true)
          .setMaxLength(100),
      )
      .addStringOption((o) =>
        o
          .setName('value')
          .setDescription('The new value, e.g. "Jul 2018", "yes", "Step 2 CK"; "remove" clears it')
          .setRequired(true)
          .setAutocomplete(true)
          .setMaxLength(1000),
      ),
  async execute(interaction, ctx) {
    await deferFor(interaction, true);
    const field = interaction.options.getString('field', true);
    const value = interaction.options.getString('value', true);
    await sendView(interaction, await editProfileView(ctx, interaction.user.id, field, value));
  },
  async autocomplete(interaction, ctx) {
    const focused = interaction.options.getFocused(true);
    const choices = await editChoices(
      ctx,
      interaction.user.id,
      focused.name === 'value' ? 'value' : 'field',
      String(focused.value),
      interaction.options.getString('field') ?? '',
    );
    await interaction.respond(choices.slice(0, 25));
  },
  console: {
    usage: [
      '/profile edit  (the fields you can change)',
      '/profile edit <field> <value>  (e.g. /profile edit medSchool.graduated Jul 2018; value "remove" clears)',
    ],
    async run({ args, rest }, ctx, io) {
      const [field] = args;
      const value = rest
        .trim()
        .slice(field?.length ?? 0)
        .trim();
      // No autocomplete here: without a value, list what can be changed (or what one field takes).
      if (!field || !value) return editFieldsView(ctx, io.userId, field);
      return editProfileView(ctx, io.userId, field, value);
    },
  },
};
