/** `advisor redflag --profile FILE`: the red flags in a profile, with what to do about each. */
import { UserError } from '../../core/errors.js';
import { redFlags, renderRedFlagText } from '../../rules/redflags.js';
import type { Verb } from '../types.js';

const USAGE = 'redflag --profile FILE [--json] [--today YYYY-MM-DD]';

export const verb: Verb = {
  usage: USAGE,
  options: { profile: { type: 'string' } },
  run({ values, ctx }) {
    const path = values.profile;
    if (typeof path !== 'string' || !path) {
      throw new UserError(`--profile: missing; give the profile JSON file (usage: advisor ${USAGE})`);
    }
    const report = redFlags(ctx.readProfile(path), ctx.today);
    return { json: { flags: report.flags, notGiven: report.notGiven }, text: renderRedFlagText(report) };
  },
};
