/**
 * /profile show: the member's profile in brief (personal), or with `share` the redacted version
 * they may post for everyone (no dates, scores, countries, citizenship, visa, names or notes: see
 * redactedSummary in src/core/profile/summary.ts).
 */
import { progress } from '../../core/profile/setup-flow.js';
import { NEVER_SHARED, profileSummary, redactedSummary, type ProfileSummary } from '../../core/profile/summary.js';
import type { AppContext } from '../context.js';
import { memberText, type Section, type View } from '../view.js';
import { noProfileView } from '../views/no-profile.js';
import { loadSetup } from './setup-progress.js';

/** One section per summary block, its lines as bullets. */
export function summarySections(s: ProfileSummary): Section[] {
  return s.sections.map((sec) => ({ title: sec.title, body: sec.lines.map((l) => `- ${l}`).join('\n') }));
}

export const SHOW_FOOTER = 'Change one answer with /profile edit; /profile export gives you the file.';

export async function profileShowView(ctx: AppContext, userId: string, opts: { share?: boolean } = {}): Promise<View> {
  const { state, profile } = await loadSetup(ctx, userId);
  if (!profile) return noProfileView('a profile summary');
  if (opts.share) {
    const s = redactedSummary(profile, { memberText });
    return {
      text: `**${s.title}**: shared by the member; dates, scores, countries, visa details, names and notes are left out. ${NEVER_SHARED}`,
      sections: summarySections(s),
      personal: false,
    };
  }
  const s = profileSummary(profile, { memberText });
  const sections = summarySections(s);
  const last = sections.at(-1);
  if (last) last.footer = SHOW_FOOTER;
  return {
    text: [
      `**${s.title}**`,
      state ? `Your setup is still in progress (${progress(state)}): run /profile setup to carry on.` : '',
    ]
      .filter(Boolean)
      .join('\n'),
    sections,
    personal: true,
  };
}
