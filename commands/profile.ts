/**
 * /profile — the member's stored profile. Each subcommand lives in its own module under
 * commands/profile/ (transport-neutral logic in src/app/profile/); to add one (setup, show,
 * edit), write commands/profile/<name>.ts exporting a Subcommand and add it to the list below.
 */
import { groupCommand } from '../src/discord/command.js';
import { deleteSub } from './profile/delete.js';
import { exportSub } from './profile/export.js';
import { importSub } from './profile/import.js';

export const command = groupCommand({
  name: 'profile',
  description: 'Your profile: import, export or delete it',
  subcommands: [importSub, exportSub, deleteSub],
  // Downloading and validating a file is the expensive part.
  cooldown: { seconds: 60, uses: 5, subcommands: ['import'] },
});
