/**
 * /profile export: the member's profile as `profile.json` in the contract's format (so it can be
 * imported again), plus `my-data.json` with everything else stored about them (mock session,
 * history, setup progress) when there is anything else.
 */
import type { AppContext } from '../context.js';
import type { View, ViewFile } from '../view.js';

export const PROFILE_FILE = 'profile.json';
export const ALL_DATA_FILE = 'my-data.json';

export async function exportProfileView(ctx: AppContext, userId: string): Promise<View> {
  const data = await ctx.store.exportUser(userId);
  const files: ViewFile[] = [];
  const notes: string[] = [];
  if (data.profile) {
    files.push({ name: PROFILE_FILE, content: `${JSON.stringify(data.profile.data, null, 2)}\n` });
    if (!data.profile.valid) {
      notes.push(
        `Your stored profile no longer passes the checks (${data.profile.problems.length} problem(s)); fix the file and import it again.`,
      );
    }
  }
  const hasMore = data.session !== null || data.history.length > 0 || Object.keys(data.meta).length > 0;
  if (hasMore) {
    const { userId: _id, ...rest } = data;
    files.push({ name: ALL_DATA_FILE, content: `${JSON.stringify(rest, null, 2)}\n` });
  }
  if (!files.length) {
    return {
      text: 'I have nothing stored for you: no profile, no sessions, no history. /profile import adds a profile.',
      sections: [],
      personal: true,
    };
  }
  const described = files.map((f) => `\`${f.name}\``).join(' and ');
  return {
    text: [
      `Here is everything I store about you: ${described}.`,
      data.profile ? `\`${PROFILE_FILE}\` is in the import format: /profile import accepts it as it is.` : '',
      ...notes,
    ]
      .filter(Boolean)
      .join(' '),
    sections: [],
    files,
    personal: true,
  };
}
