import { describe, expect, it } from 'vitest';
import { memberText } from '../../src/app/view.js';
import { renderText } from '../../src/console/render.js';

describe('console rendering', () => {
  it('shows titles underlined, fields as name: value, and footers in brackets', () => {
    const text = renderText({
      text: '**Red flags: 1**',
      sections: [
        {
          title: 'Gap',
          body: 'Why it matters.',
          fields: [{ name: 'Sources', value: '`red-flags#training-gaps`' }],
          footer: 'Note',
        },
      ],
      personal: true,
    });
    expect(text).toBe('Red flags: 1\n\nGap\n---\nWhy it matters.\nSources: red-flags#training-gaps\n(Note)');
  });

  it('shows member text exactly as typed', () => {
    const typed = 'my *best* score_2 was **247** @everyone';
    expect(renderText({ text: memberText(typed), sections: [], personal: false })).toBe(typed);
  });

  it('lists buttons that have a typed equivalent and leaves the others out', () => {
    const text = renderText({
      sections: [],
      actions: [
        [
          {
            kind: 'button',
            customId: 'profile:delete:confirm:console',
            label: 'Delete everything',
            hint: '/profile delete confirm',
          },
          { kind: 'button', customId: 'mock:flag:training-gap', label: 'Practise' },
        ],
      ],
      personal: true,
    });
    expect(text).toBe('→ Delete everything: type /profile delete confirm');
  });

  it('prints attached files between markers', () => {
    const text = renderText({ sections: [], files: [{ name: 'profile.json', content: '{}\n' }], personal: true });
    expect(text).toBe('--- profile.json ---\n{}\n--- end of profile.json ---');
  });
});
