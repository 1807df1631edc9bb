/**
 * The answer for a member without a stored profile who runs something that needs one (/redflag,
 * /explain-gap, /lor-ask, /mock start): never a dead end, always the two ways to add a profile.
 */
import { button, pressAction, type View } from '../view.js';

export const SETUP_BUTTON_ID = 'profile:setup';

/** `feature` names what they tried, e.g. "a red-flag report". */
export function noProfileView(feature: string): View {
  return {
    text: `I don't have a profile for you yet, so I can't build ${feature}. It takes a few minutes to add one:`,
    sections: [
      {
        title: 'Two ways to add your profile',
        body: [
          `- **Step by step**: ${pressAction('Set up my profile', { capital: true })}. A few short forms; each step is saved, so you can stop and come back.`,
          '- **From a file**: run `/profile import` with a profile JSON file (the format is in the README; `/profile export` gives you the same format back).',
        ].join('\n'),
        footer: 'Your profile is kept with your account wherever you talk to me. /privacy explains what is stored.',
        tone: 'info',
      },
    ],
    actions: [[button(SETUP_BUTTON_ID, 'Set up my profile', { style: 'primary', hint: '/profile setup' })]],
    personal: true,
  };
}
