/** `advisor redflag --profile FILE`: the red flags in a profile, with what to do about each. */
import { seasonOptions } from '../../composers/application-season.js';
import { UserError } from '../../core/errors.js';
import { redFlagNarrative } from '../../llm/features/redflag.js';
import { redFlags, renderRedFlagText } from '../../rules/redflags.js';
import { cliLlm, LLM_CONSENT_OPTION, llmJson, llmNoteLines } from '../llm.js';
import type { Verb } from '../types.js';

const USAGE = 'redflag --profile FILE [--llm-consent] [--json] [--today YYYY-MM-DD]';

export const verb: Verb = {
  usage: USAGE,
  options: { profile: { type: 'string' }, ...LLM_CONSENT_OPTION },
  async run({ values, ctx }) {
    const path = values.profile;
    if (typeof path !== 'string' || !path) {
      throw new UserError(`--profile: missing; give the profile JSON file (usage: advisor ${USAGE})`);
    }
    const profile = ctx.readProfile(path);
    const report = redFlags(profile, ctx.today, seasonOptions(profile, ctx.today));
    const llm = await cliLlm(values);
    const passed = {
      ...(report.passed ? { passed: report.passed } : {}),
      ...(report.notes ? { notes: report.notes } : {}),
      ...(report.season ? { season: report.season } : {}),
    };
    if (!llm) {
      return { json: { flags: report.flags, notGiven: report.notGiven, ...passed }, text: renderRedFlagText(report) };
    }
    // The model only adds a narrative around the flags; the flags are the rules' verdict, unchanged.
    const told = await redFlagNarrative(llm, { profile, report });
    const story = told.narrative ? ['IN SHORT', told.narrative, ''] : [];
    return {
      json: {
        flags: report.flags,
        notGiven: report.notGiven,
        ...passed,
        ...(told.narrative ? { narrative: told.narrative } : {}),
        llm: llmJson(told.llm),
      },
      text: [...story, renderRedFlagText(report), ...llmNoteLines(told.llm)].join('\n'),
    };
  },
};
