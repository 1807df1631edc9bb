/**
 * /profile — the member's stored profile. Each subcommand lives in its own module under
 * commands/profile/ (transport-neutral logic in src/app/profile/); to add one, write
 * commands/profile/<name>.ts exporting a Subcommand and add it to the list below.
 */
import { groupCommand } from '../src/discord/command.js';
import { deleteSub } from './profile/delete.js';
import { editSub } from './profile/edit.js';
import { exportSub } from './profile/export.js';
import { importSub } from './profile/import.js';
import { setupSub } from './profile/setup.js';
import { showSub } from './profile/show.js';

export const command = groupCommand({
  name: 'profile',
  description: 'Your profile: set it up, show, edit, import, export or delete it',
  subcommands: [setupSub, showSub, editSub, importSub, exportSub, deleteSub],
  // Downloading and validating a file is the expensive part.
  cooldown: { seconds: 60, uses: 5, subcommands: ['import'] },
});
