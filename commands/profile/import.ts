/** /profile import file:<attachment> — a profile JSON file in the contract's format. */
import { decodeProfileBytes, importProfile, MAX_PROFILE_BYTES } from '../../src/app/profile/import.js';
import { memberText } from '../../src/app/view.js';
import { UserError } from '../../src/core/errors.js';
import type { Subcommand } from '../../src/discord/command.js';
import { deferFor, sendView } from '../../src/discord/respond.js';

/** Downloading the attachment from Discord's CDN must not hang a handler. */
const DOWNLOAD_TIMEOUT_MS = 10_000;

async function download(url: string, name: string): Promise<Uint8Array> {
  let res: Response;
  try {
    res = await fetch(url, { signal: AbortSignal.timeout(DOWNLOAD_TIMEOUT_MS) });
  } catch {
    throw new UserError(`${name}: I couldn't download the attachment. Please attach it again`);
  }
  if (!res.ok)
    throw new UserError(`${name}: I couldn't download the attachment (HTTP ${res.status}). Please attach it again`);
  return new Uint8Array(await res.arrayBuffer());
}

export const importSub: Subcommand = {
  name: 'import',
  description: 'Save your profile from a JSON file (the format /profile export gives you)',
  options: (sub) =>
    sub.addAttachmentOption((o) =>
      o.setName('file').setDescription('Your profile as a .json file (at most 256 KB)').setRequired(true),
    ),
  async execute(interaction, ctx) {
    await deferFor(interaction, true);
    const file = interaction.options.getAttachment('file', true);
    const name = memberText(file.name);
    // Check the declared size before downloading anything.
    if (file.size > MAX_PROFILE_BYTES) {
      throw new UserError(
        `${name}: the file is ${file.size} bytes; a profile is at most ${MAX_PROFILE_BYTES / 1024} KB`,
      );
    }
    const text = decodeProfileBytes(await download(file.url, name), name);
    await sendView(interaction, await importProfile(ctx, interaction.user.id, text, file.name));
  },
  console: {
    usage: ['/profile import <path>'],
    async run({ rest }, ctx, io) {
      const path = rest.trim();
      if (!path)
        throw new UserError(
          '/profile import: give the path of your profile JSON file, e.g. /profile import my-profile.json',
        );
      const text = io.readText(path, 'profile', MAX_PROFILE_BYTES);
      return importProfile(ctx, io.userId, text, path);
    },
  },
};
