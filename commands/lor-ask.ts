/**
 * /lor-ask — letters of recommendation: `plan`, `email [writer]`, `package [writer]`,
 * `add-writer`. One module per subcommand under commands/lor-ask/; the views are in
 * src/app/views/lor.ts and src/app/lor/.
 */
import { groupCommand } from '../src/discord/command.js';
import { addWriterSub } from './lor-ask/add-writer.js';
import { emailSub } from './lor-ask/email.js';
import { packageSub } from './lor-ask/package.js';
import { planSub } from './lor-ask/plan.js';

export const command = groupCommand({
  name: 'lor-ask',
  description: 'Letters of recommendation: your plan, the ask email, the writer package',
  subcommands: [planSub, emailSub, packageSub, addWriterSub],
  consoleDefault: 'plan',
});
