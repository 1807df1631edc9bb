/**
 * /ask question:<text> [private:<bool>] — an answer from the guides, with sources.
 *
 * Public by default in a server, and then built without the member's profile (it reveals nothing
 * about them); `private` (or a DM) lets the profile tailor it. Each answer carries 👍/👎 (counted
 * per question, no member ids) and "Ask a follow-up": a modal whose answer goes into a thread on
 * the answer (public answers), or stays private (DMs and private answers).
 */
import {
  ChannelType,
  MessageFlags,
  ThreadAutoArchiveDuration,
  type ButtonInteraction,
  type ModalSubmitInteraction,
} from 'discord.js';
import { recordVote } from '../src/app/ask-stats.js';
import { ASK_COOLDOWN, ASK_IDS, ASK_MAX_CHARS, askView } from '../src/app/views/ask.js';
import { slashCommand, type Command, type ComponentHandler } from '../src/discord/command.js';
import { renderDiscord } from '../src/discord/render.js';
import { deferFor, NO_MENTIONS, sendView, toPayload } from '../src/discord/respond.js';
import { textModal } from '../src/discord/text-modal.js';
import { isStoreError } from '../src/store/errors.js';

const VOTE_REPLIES = {
  counted: 'Thanks, your vote is counted (only the total is kept, not who voted).',
  changed: 'Thanks, your vote is changed.',
  same: 'You already voted that way on this answer.',
  unknown: 'This answer is from an earlier month, so its votes are closed. Thanks anyway.',
} as const;

async function ephemeral(interaction: ButtonInteraction | ModalSubmitInteraction, content: string): Promise<void> {
  const payload = { content, allowedMentions: NO_MENTIONS };
  if (interaction.deferred || interaction.replied)
    await interaction.followUp({ ...payload, flags: MessageFlags.Ephemeral });
  else await interaction.reply({ ...payload, flags: MessageFlags.Ephemeral });
}

const vote: ComponentHandler = async (interaction, ctx, args) => {
  const [direction, key] = args;
  const i = interaction as ButtonInteraction;
  if ((direction !== 'up' && direction !== 'down') || !key) return ephemeral(i, 'That button is no longer active.');
  try {
    const result = await recordVote(
      ctx.store,
      ctx.config.profileSecrets[0],
      i.guildId ?? 'dm',
      key,
      i.user.id,
      direction,
      ctx.now(),
    );
    await ephemeral(i, VOTE_REPLIES[result]);
  } catch (e) {
    if (!isStoreError(e)) throw e;
    await ephemeral(i, 'I could not save your vote just now (storage is busy). Please try again in a minute.');
  }
};

/** The follow-up modal; the previous answer's topic rides along in the custom id. */
const follow: ComponentHandler = async (interaction, _ctx, args) => {
  const topic = args.join(':');
  const id =
    topic && `${ASK_IDS.followSubmit}:${topic}`.length <= 100
      ? `${ASK_IDS.followSubmit}:${topic}`
      : ASK_IDS.followSubmit;
  await (interaction as ButtonInteraction).showModal(
    textModal({
      customId: id,
      title: 'Ask a follow-up',
      inputId: 'question',
      label: 'Your follow-up question',
      description: 'Answered from the guides, with the previous answer in mind.',
      placeholder: 'e.g. and what if I need an H-1B?',
      maxLength: ASK_MAX_CHARS,
    }),
  );
};

/**
 * The follow-up's answer: in a thread on a public answer (one thread per answer, reused), as a
 * reply where the answer already sits in a thread, and privately where the answer was private.
 */
const followSubmit: ComponentHandler = async (interaction, ctx, args) => {
  const i = interaction as ModalSubmitInteraction;
  const question = i.fields.getTextInputValue('question').trim();
  const previous = args.join(':') || undefined;
  const message = i.message;
  const privateAnswer = !i.inGuild() || (message?.flags.has(MessageFlags.Ephemeral) ?? true);
  const base = { userId: i.user.id, scope: i.guildId ?? 'dm', buttons: true, ...(previous ? { previous } : {}) };
  if (privateAnswer || !message) {
    await deferFor(i, true);
    await sendView(i, await askView(ctx, question, { ...base, private: true }), { ephemeral: i.inGuild() });
    return;
  }
  await i.deferReply({ flags: MessageFlags.Ephemeral });
  const view = await askView(ctx, question, { ...base, private: false });
  const channel = message.channel;
  try {
    // Already in a thread: answer there. Otherwise open (or reuse) the thread on the answer.
    const thread =
      channel.isThread() || channel.type === ChannelType.DM
        ? channel
        : (message.thread ??
          (await message.startThread({
            name: 'Follow-up questions',
            autoArchiveDuration: ThreadAutoArchiveDuration.OneDay,
          })));
    if (!('send' in thread)) throw new Error('no channel to send to');
    for (const m of renderDiscord(view)) await thread.send(toPayload(m));
    await i.editReply({ content: `Answered in <#${thread.id}>.`, allowedMentions: NO_MENTIONS });
  } catch (error) {
    // No permission to open threads here: answer the member privately instead.
    ctx.logger.info('ask: follow-up answered privately (no thread)', { code: (error as { code?: unknown }).code });
    await sendView(i, view, { ephemeral: true });
  }
};

export const command = {
  data: slashCommand('ask', 'Ask a question; the answer comes from the guides, with sources')
    .addStringOption((o) =>
      o
        .setName('question')
        .setDescription('Your question, e.g. "does research count as US clinical experience?"')
        .setRequired(true)
        .setMinLength(2)
        .setMaxLength(ASK_MAX_CHARS),
    )
    .addBooleanOption((o) =>
      o
        .setName('private')
        .setDescription('Only you see the answer, which may then use your profile. Default: everyone in the channel'),
    ),
  cooldown: ASK_COOLDOWN,
  components: { [ASK_IDS.vote]: vote, [ASK_IDS.follow]: follow, [ASK_IDS.followSubmit]: followSubmit },
  async execute(interaction, ctx) {
    const ephemeralReply = interaction.inGuild() && interaction.options.getBoolean('private') === true;
    // The profile read (for tailoring) may be slow on Redis: acknowledge first.
    await deferFor(interaction, ephemeralReply);
    const question = interaction.options.getString('question', true);
    const view = await askView(ctx, question, {
      userId: interaction.user.id,
      // In a DM only the member sees it; in a server only when they chose private.
      private: !interaction.inGuild() || ephemeralReply,
      scope: interaction.guildId ?? 'dm',
      buttons: true,
    });
    await sendView(interaction, view);
  },
  console: {
    usage: ['/ask <question>  (or just type your question)'],
    async run({ rest }, ctx, io) {
      if (!rest.trim())
        return {
          text: 'Type a question after /ask, e.g. /ask does research count as US clinical experience?',
          sections: [],
          personal: false,
        };
      // The console is the member's own screen, like a DM. It has no follow-up button, so the
      // last answer's topic is kept for the session: a short next question ("and what about the
      // H-1B?") is read with it, as a follow-up in a Discord thread is.
      const previous = io.session?.get('ask:topic');
      return askView(ctx, rest.trim(), {
        userId: io.userId,
        private: true,
        ...(previous ? { previous } : {}),
        onTopic: (topic) => (topic ? io.session?.set('ask:topic', topic) : io.session?.delete('ask:topic')),
      });
    },
  },
} satisfies Command;
