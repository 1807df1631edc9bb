/** The server's settings as a View, for /admin show and after every change. */
import { notice, type View } from '../../src/app/view.js';
import type { GuildSettings } from '../../src/discord/guild-settings.js';

const channels = (ids: readonly string[]): string => ids.map((id) => `<#${id}>`).join(', ');

export function settingsView(s: GuildSettings, lead?: string): View {
  const chat = s.chatOff.length
    ? `On everywhere except ${channels(s.chatOff)}. There, @mentions of me are left unanswered.`
    : 'On in every channel I can read: I answer when someone mentions me or replies to me.';
  const replies =
    s.replies === 'threads'
      ? 'In a new public thread on the question (named after the member, never after what they asked); a reply where I may not create threads.'
      : 'As a reply under the question.';
  const shares =
    s.shares.mode === 'anywhere'
      ? 'Allowed in any channel.'
      : s.shares.mode === 'off'
        ? 'Off: /redflag share and /profile show share post nothing publicly.'
        : s.shares.channels.length
          ? `Only in ${channels(s.shares.channels)}.`
          : 'Only in listed channels, and none is listed yet, so nothing can be shared. Add one with /admin shares channel:#… allowed:true.';
  return {
    ...(lead ? { text: lead } : {}),
    sections: [
      {
        title: "This server's settings",
        fields: [
          { name: 'Chat (@mentions and replies to me)', value: chat },
          { name: 'Where I answer a mention', value: replies },
          { name: 'Public shares of a report', value: shares },
        ],
        footer: 'Change them with /admin chat, /admin replies and /admin shares. Only members with Manage Server can.',
        tone: 'info',
      },
    ],
    personal: true,
  };
}

export const NOT_ADMIN = notice(
  'Only members with the Manage Server permission can change my settings for this server. Nothing was changed.',
  { personal: true },
);

export const SERVER_ONLY = notice('These are settings for a server: run /admin inside the server you manage.', {
  personal: true,
});
