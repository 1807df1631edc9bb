/**
 * /profile import: profile JSON (the contract's format) → validated → saved for the member. The
 * transport reads the bytes (a Discord attachment, a file in the console); this module decides
 * whether they are a profile.
 */
import { UserError } from '../../core/errors.js';
import { MAX_PROFILE_BYTES, parseProfileText } from '../../core/profile/parse.js';
import type { Profile } from '../../core/profile/schema.js';
import type { AppContext } from '../context.js';
import { memberText, type View } from '../view.js';
import { endSetup } from './setup-progress.js';

export { MAX_PROFILE_BYTES };

/** Bytes → text, or a UserError that says plainly why this is not a profile file. */
export function decodeProfileBytes(bytes: Uint8Array, name: string): string {
  if (bytes.length > MAX_PROFILE_BYTES) {
    throw new UserError(
      `${name}: the file is ${bytes.length} bytes; a profile is at most ${MAX_PROFILE_BYTES / 1024} KB`,
    );
  }
  if (bytes.length === 0) throw new UserError(`${name}: the file is empty; it should hold your profile JSON`);
  if (bytes.includes(0)) {
    throw new UserError(
      `${name}: this is a binary file, not JSON. Save the profile as a .json text file and try again`,
    );
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw new UserError(`${name}: the file is not UTF-8 text. Save it as UTF-8 JSON and try again`);
  }
}

function summary(p: Profile): string {
  const count = (n: number | undefined, one: string, many: string) =>
    n === undefined ? undefined : `${n} ${n === 1 ? one : many}`;
  const parts = [
    count(p.exams?.length, 'exam attempt', 'exam attempts'),
    count(p.timeline?.length, 'timeline entry', 'timeline entries'),
    count(p.usce?.length, 'US clinical experience', 'US clinical experiences'),
    count(p.informatics?.length, 'informatics item', 'informatics items'),
    count(p.letters?.length, 'letter writer', 'letter writers'),
  ].filter(Boolean);
  return parts.length ? parts.join(', ') : 'no lists yet (every field is optional)';
}

/**
 * Validates `text` and saves it as the member's profile (replacing any earlier one). Invalid
 * input is answered with every problem, each starting with its JSON path; nothing is saved.
 */
export async function importProfile(
  ctx: AppContext,
  userId: string,
  text: string,
  name = 'profile.json',
): Promise<View> {
  const parsed = parseProfileText(text, ctx.today());
  if (!parsed.ok) {
    return {
      text: `**${memberText(name)} was not imported**: ${parsed.error.length} problem${parsed.error.length === 1 ? '' : 's'} to fix. Nothing was saved.`,
      sections: [
        {
          title: 'Problems, by field',
          // Problems quote the member's own values: shown as text, never as markdown.
          body: parsed.error.map((p) => `- ${memberText(p)}`).join('\n'),
          footer:
            'The format is described in the README (profile, version 1). Fix the file and run /profile import again.',
          tone: 'warning',
        },
      ],
      personal: true,
    };
  }
  await ctx.store.saveProfile(userId, parsed.value);
  // The file is the whole profile now: a guided setup still open would write its older draft back.
  const endedSetup = await endSetup(ctx, userId);
  return {
    text: '**Profile saved.**',
    sections: [
      {
        body: [
          `Imported ${summary(parsed.value)}. Run /redflag for your red-flag report; /profile export gives you the file back and /profile delete removes it.`,
          ...(endedSetup
            ? [
                'Your profile setup in progress has ended: the imported file replaces what it had collected. /profile setup can go through the imported answers step by step.',
              ]
            : []),
        ].join('\n\n'),
        tone: 'success',
      },
    ],
    personal: true,
  };
}
