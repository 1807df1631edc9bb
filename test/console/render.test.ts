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

  it('offers a menu\'s other choices, not the one already shown ("Explain another gap" never lists this gap)', () => {
    const text = renderText({
      sections: [],
      actions: [
        [
          {
            kind: 'select',
            customId: 'gap:pick:console',
            placeholder: 'Explain another gap',
            options: [
              { label: 'Jan 2024 – Aug 2025 (1 year 8 months)', value: 'a', default: true },
              { label: 'Oct 2025 – now (1 year 3 months)', value: 'b' },
            ],
            hint: '/explain-gap <from YYYY-MM> <to YYYY-MM>',
          },
        ],
      ],
      personal: true,
    });
    expect(text).toBe(
      '→ Explain another gap (Oct 2025 – now (1 year 3 months)): type /explain-gap <from YYYY-MM> <to YYYY-MM>',
    );
  });

  it('prints attached files between markers', () => {
    const text = renderText({ sections: [], files: [{ name: 'profile.json', content: '{}\n' }], personal: true });
    expect(text).toBe('--- profile.json ---\n{}\n--- end of profile.json ---');
  });
});
