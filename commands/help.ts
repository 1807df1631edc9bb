/**
 * /help commands | /help glossary — what the bot can do, and the glossary of terms it knows
 * (paged with buttons `help:glossary:<page>`). Ephemeral in servers: it is for the asker.
 */
import { ApplicationCommandOptionType } from 'discord.js';
import { glossaryView, helpCommandsView, type HelpEntry } from '../src/app/views/help.js';
import { groupCommand, parseCustomId, type Command, type Subcommand } from '../src/discord/command.js';
import { sendView } from '../src/discord/respond.js';

/** The registry imports this module, so it is read lazily. */
async function registeredCommands(): Promise<readonly Command[]> {
  return (await import('../src/discord/registry.js')).COMMANDS;
}

/** One entry per command, or per subcommand: `/profile import`, from what is deployed. */
export function discordHelpEntries(commands: readonly Command[]): HelpEntry[] {
  return commands.flatMap((c) => {
    const json = c.data.toJSON();
    const subs = (json.options ?? []).filter((o) => o.type === ApplicationCommandOptionType.Subcommand);
    if (!subs.length) return [{ usage: `/${json.name}`, description: json.description }];
    return subs.map((s) => ({ usage: `/${json.name} ${s.name}`, description: s.description }));
  });
}

/** The console's forms, described by the matching command or subcommand. */
export function consoleHelpEntries(commands: readonly Command[]): HelpEntry[] {
  return commands.flatMap((c) => {
    const json = c.data.toJSON();
    return (c.console?.usage ?? []).map((usage) => {
      const sub = usage.split(/\s+/)[1];
      const option = (json.options ?? []).find(
        (o) => o.type === ApplicationCommandOptionType.Subcommand && o.name === sub,
      );
      return { usage, description: option?.description ?? json.description };
    });
  });
}

const commandsSub: Subcommand = {
  name: 'commands',
  description: 'What I can do, command by command',
  async execute(interaction) {
    const v = helpCommandsView(discordHelpEntries(await registeredCommands()));
    await sendView(interaction, v, { ephemeral: interaction.inGuild() });
  },
  console: {
    usage: ['/help'],
    async run() {
      const entries = [
        ...consoleHelpEntries(await registeredCommands()),
        { usage: '/quit', description: 'Leave the console (Ctrl-D works too)' },
      ];
      return helpCommandsView(
        entries,
        'This console works like a private conversation with the advisor, on this computer.',
        'Anything you type that does not start with / is answered as a question, like /ask.',
      );
    },
  },
};

const glossarySub: Subcommand = {
  name: 'glossary',
  description: 'Terms and abbreviations I understand (USCE, CMIO, J-1…)',
  async execute(interaction) {
    await sendView(interaction, glossaryView(1), { ephemeral: interaction.inGuild() });
  },
  components: {
    // help:glossary:<page> — Previous/Next replace the page in place.
    'help:glossary': async (interaction) => {
      const page = Number(parseCustomId(interaction.customId).args[0] ?? '1');
      await sendView(interaction, glossaryView(Number.isFinite(page) ? page : 1), { update: true });
    },
  },
  console: {
    usage: ['/help glossary'],
    run: async () => glossaryView(),
  },
};

export const command = groupCommand({
  name: 'help',
  description: 'What I can do, and the glossary of terms I understand',
  subcommands: [commandsSub, glossarySub],
  consoleDefault: 'commands',
});
