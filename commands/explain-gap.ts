/**
 * /explain-gap [from] [to] — a first-person explanation of one gap in the member's timeline (the
 * longest of 6+ months, or the one overlapping from–to), checked by the gap lint; a select menu
 * switches gaps, and "Review my own draft" opens a modal to paste their version (up to 4000
 * characters) for the same check, quoting their words. Views: src/app/views/explain-gap.ts.
 *
 * Console: `/explain-gap [from to]`, `/explain-gap review [text]` (without text: paste the draft,
 * then an empty line).
 */
import type { AppContext } from '../src/app/context.js';
import { notice, type View } from '../src/app/view.js';
import {
  draftModalId,
  draftReviewView,
  explainGapView,
  gapChoices,
  monthRange,
  parseGapValue,
} from '../src/app/views/explain-gap.js';
import type { ConsoleIO } from '../src/console/types.js';
import { UserError } from '../src/core/errors.js';
import { isMonth } from '../src/core/dates.js';
import { slashCommand, type Command, type ComponentHandler } from '../src/discord/command.js';
import { deferFor, NO_MENTIONS, sendView } from '../src/discord/respond.js';
import { textModal, TEXT_INPUT_MAX } from '../src/discord/text-modal.js';
import { MessageFlags, type ModalSubmitInteraction, type StringSelectMenuInteraction } from 'discord.js';

const STALE = 'That gap button is not one I recognise. Run /explain-gap again for fresh ones.';
const NOT_YOURS = 'This menu belongs to someone else. Run /explain-gap to work on your own gaps.';

async function ephemeral(interaction: Parameters<ComponentHandler>[0], content: string): Promise<void> {
  await interaction.reply({ content, flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS });
}

/** `<from>:<to>` args of a custom id, checked (custom ids can be forged). */
function rangeArgs(args: readonly string[]): { from: string; to: string } | undefined {
  const [from, to] = args;
  return from && to && isMonth(from) && isMonth(to) && from <= to ? { from, to } : undefined;
}

const components: Record<string, ComponentHandler> = {
  /** From /redflag: the report is personal, so the presser is the member it is about. */
  'explain-gap:open': async (interaction, ctx, args) => {
    const range = rangeArgs(args);
    if (!range) return ephemeral(interaction, STALE);
    await deferFor(interaction, true);
    await sendView(interaction, await explainGapView(ctx, interaction.user.id, range));
  },
  /** The select menu: replace the message in place with the picked gap. */
  'explain-gap:pick': async (interaction, ctx, args) => {
    const [owner] = args;
    if (owner !== interaction.user.id) return ephemeral(interaction, NOT_YOURS);
    const value = (interaction as StringSelectMenuInteraction).values?.[0] ?? '';
    const range = parseGapValue(value);
    if (!range) return ephemeral(interaction, STALE);
    await interaction.deferUpdate();
    await sendView(interaction, await explainGapView(ctx, owner, range), { update: true });
  },
  /** The modal must be the first response; nothing is read from the store for a review. */
  'explain-gap:review': async (interaction, _ctx, args) => {
    const range = rangeArgs(args);
    if (!range || !interaction.isButton()) return ephemeral(interaction, STALE);
    await interaction.showModal(
      textModal({
        customId: draftModalId(range.from, range.to),
        title: 'Review my gap explanation',
        inputId: 'draft',
        label: 'Your explanation',
        description: 'One paragraph, as you would write it in ERAS or say it aloud (at most 150 words).',
        placeholder: 'From … to … I … During that time I … The result was … This is why clinical informatics …',
        maxLength: TEXT_INPUT_MAX,
      }),
    );
  },
  'explain-gap:draft': async (interaction, _ctx, args) => {
    const range = rangeArgs(args);
    const text = (interaction as ModalSubmitInteraction).fields.getTextInputValue('draft');
    // The lint is pure and fast: the answer can be the first response, as a new message.
    await sendView(interaction, draftReviewView(text, range));
  },
};

/** Console: read a pasted draft, line by line, until an empty line or the end of input. */
async function readDraft(io: ConsoleIO): Promise<string> {
  const lines: string[] = [];
  let line = await io.prompt('Paste your gap explanation, then an empty line:');
  while (line !== undefined && line.trim() !== '') {
    lines.push(line);
    line = await io.prompt('');
  }
  return lines.join('\n');
}

async function consoleRun(args: string[], rest: string, ctx: AppContext, io: ConsoleIO): Promise<View> {
  if (args[0] === 'review') {
    const inline = rest.trim().slice('review'.length).trim();
    const text = inline || (await readDraft(io));
    if (!text.trim()) return notice('Nothing to check: paste your draft after /explain-gap review.');
    return draftReviewView(text);
  }
  if (args.length > 2) throw new UserError('usage: /explain-gap [from YYYY-MM] [to YYYY-MM]');
  return explainGapView(ctx, io.userId, monthRange(args[0], args[1]));
}

export const command = {
  data: slashCommand('explain-gap', 'A ready-to-edit explanation of a gap in your training, and a check of your own')
    .addStringOption((o) =>
      o
        .setName('from')
        .setDescription('Which gap: pick one of yours as you type, or its first month (YYYY-MM); default: the longest')
        .setMaxLength(7)
        .setAutocomplete(true),
    )
    .addStringOption((o) =>
      o.setName('to').setDescription('Last month of the gap (YYYY-MM)').setMaxLength(7).setAutocomplete(true),
    ),
  async execute(interaction, ctx) {
    // Checked before deferring: a typo is answered at once, nothing is read.
    const range = monthRange(
      interaction.options.getString('from') ?? undefined,
      interaction.options.getString('to') ?? undefined,
    );
    await deferFor(interaction, true);
    await sendView(interaction, await explainGapView(ctx, interaction.user.id, range));
  },
  async autocomplete(interaction, ctx) {
    const focused = interaction.options.getFocused(true);
    const choices = await gapChoices(
      ctx,
      interaction.user.id,
      focused.name === 'to' ? 'to' : 'from',
      String(focused.value),
      interaction.options.getString('from') ?? undefined,
    );
    await interaction.respond(choices);
  },
  components,
  console: {
    usage: [
      '/explain-gap [from to]  (months as YYYY-MM; default: your longest gap)',
      '/explain-gap review [text]  (check your own draft; without text, paste it and end with an empty line)',
    ],
    run: ({ args, rest }, ctx, io) => consoleRun(args, rest, ctx, io),
  },
} satisfies Command;
