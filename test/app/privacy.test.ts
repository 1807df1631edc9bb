import { describe, expect, it } from 'vitest';
import { privacyView } from '../../src/app/views/privacy.js';
import type { AppContext } from '../../src/app/context.js';
import { renderText } from '../../src/console/render.js';

function ctx(over: {
  backend: 'sqlite' | 'redis';
  encrypted: boolean;
  llm?: boolean;
}): Pick<AppContext, 'store' | 'config'> {
  return {
    store: { backend: over.backend, encrypted: over.encrypted } as AppContext['store'],
    config: {
      storeUrl: 'x',
      profileSecrets: [],
      logLevel: 'info',
      ...(over.llm
        ? {
            llm: {
              apiKey: 'k',
              model: 'gpt-4o-mini',
              baseURL: 'http://127.0.0.1:8080/v1',
              dailyQuota: 30,
              maxConcurrency: 4,
              deadlineMs: 30_000,
            },
          }
        : {}),
    },
  };
}

describe('/privacy', () => {
  it('names Redis and encryption when they are in use', () => {
    const text = renderText(privacyView(ctx({ backend: 'redis', encrypted: true })));
    expect(text).toMatch(/Redis database/);
    expect(text).toMatch(/Encrypted \(AES-256-GCM\): every record about you/);
    expect(text).toMatch(/key of your own/);
    expect(text).toMatch(/destroys your key first/);
    expect(text).toMatch(/backup the host took before your delete/);
    expect(text).toMatch(/No AI model is configured/);
  });

  it('says which AI model is configured, and where, when one is', () => {
    const text = renderText(privacyView(ctx({ backend: 'sqlite', encrypted: false, llm: true })));
    expect(text).toMatch(/An AI model is configured on this deployment \(gpt-4o-mini at 127\.0\.0\.1:8080\)/);
    expect(text).toMatch(/SQLite database file/);
    expect(text).toMatch(/not encrypted at rest/);
  });

  it('lists the recent pre-match checks it keeps, with the names of HIGH problems but not the email', () => {
    const text = renderText(privacyView(ctx({ backend: 'sqlite', encrypted: true })));
    expect(text).toMatch(/your last 10 checks \(kind, program, date, and the names of any HIGH problems found\)/);
    expect(text).toMatch(/The email text itself is not kept\./);
  });
});

describe('privacy: what delete leaves behind is named', () => {
  it('tells a console user that files already exported to ./exports/ stay until they delete them', () => {
    const text = renderText(privacyView(ctx({ backend: 'sqlite', encrypted: true }), undefined, 'console'));
    expect(text).toMatch(/What delete cannot reach:[^\n]*\.\/exports\/ \(delete those yourself\)/);
  });

  it('tells a Discord member that downloaded exports are theirs to delete', () => {
    const text = renderText(privacyView(ctx({ backend: 'sqlite', encrypted: true }), undefined, 'discord'));
    expect(text).toMatch(/What delete cannot reach:[^\n]*files you downloaded with \/profile export/);
  });
});
