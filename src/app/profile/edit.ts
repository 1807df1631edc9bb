/**
 * /profile edit field:<path> value:<text>: one change, read leniently and checked with the schema
 * (applyEdit in src/core/profile/fields.ts), saved, and answered with the summary lines that
 * changed. Autocomplete only suggests: whatever arrives is validated here the same way.
 */
import {
  canonicalPath,
  citizenshipRemark,
  LIST_FIELDS,
  parsePath,
  pathName,
  TOP_FIELDS,
  type FieldSpec,
} from '../../core/profile/field-specs.js';
import { applyEdit, editableFields, suggestFields, suggestValues, type Choice } from '../../core/profile/fields.js';
import type { Profile } from '../../core/profile/schema.js';
import { visaNote } from '../../core/profile/setup-flow.js';
import { profileSummary } from '../../core/profile/summary.js';
import type { AppContext } from '../context.js';
import { memberText, type View } from '../view.js';
import { noProfileView } from '../views/no-profile.js';
import { syncSetupDraft } from './setup-progress.js';

const EMPTY: Profile = { version: 1 };

/** Autocomplete for `field` (paths of the member's profile) and `value` (options for that path). */
export async function editChoices(
  ctx: AppContext,
  userId: string,
  focused: 'field' | 'value',
  typed: string,
  field: string,
): Promise<Choice[]> {
  const profile = (await ctx.store.getProfile(userId)) ?? EMPTY;
  return focused === 'field' ? suggestFields(profile, typed) : suggestValues(field, typed, profile);
}

/** Summary lines, each with its section, so a change shows where it belongs. */
function summaryLines(p: Profile): string[] {
  return profileSummary(p, { memberText }).sections.flatMap((s) => s.lines.map((l) => `${s.title}: ${l}`));
}

const bullets = (lines: string[]) => (lines.length === 1 ? (lines[0] ?? '') : lines.map((l) => `- ${l}`).join('\n'));

/** The member's name for the field they picked (an autocomplete name pasted as the path works too). */
function fieldName(raw: string): { path: string; name: string } {
  const parsed = parsePath(raw.split(' — ')[0]?.trim() ?? '');
  if (!parsed) return { path: raw.trim(), name: raw.trim() };
  const path = canonicalPath(parsed);
  return { path, name: pathName(path) ?? path };
}

export async function editProfileView(ctx: AppContext, userId: string, field: string, value: string): Promise<View> {
  const { path, name } = fieldName(field);
  const today = ctx.today();
  // The edit is applied to the profile as stored at the moment of writing (compare-and-swap), so a
  // change saved meanwhile by another interaction or shard is kept, not overwritten.
  const decided: { outcome: EditOutcome } = { outcome: { kind: 'none' } };
  await ctx.store.updateProfile(userId, (current) => {
    const outcome = decideEdit(current, field, value, today);
    decided.outcome = outcome;
    return outcome.kind === 'saved' ? outcome.after : undefined;
  });
  return editView(ctx, userId, decided.outcome, { path, name, value });
}

type EditOutcome =
  | { kind: 'none' }
  | { kind: 'invalid'; problems: string[] }
  | { kind: 'same' }
  | { kind: 'saved'; before: Profile; after: Profile };

/** Pure: runs again if the profile changed under it. */
function decideEdit(current: Profile | undefined, field: string, value: string, today: string): EditOutcome {
  if (!current) return { kind: 'none' };
  const result = applyEdit(current, field, value, today);
  if (!result.ok) return { kind: 'invalid', problems: result.error };
  if (JSON.stringify(result.value) === JSON.stringify(current)) return { kind: 'same' };
  return { kind: 'saved', before: current, after: result.value };
}

async function editView(
  ctx: AppContext,
  userId: string,
  outcome: EditOutcome,
  { path, name, value }: { path: string; name: string; value: string },
): Promise<View> {
  if (outcome.kind === 'none') return noProfileView('a profile to edit');
  if (outcome.kind === 'invalid') {
    return {
      text: `**Not changed: ${memberText(name)}**${name === path ? '' : ` (\`${memberText(path)}\`)`}.`,
      sections: [
        {
          body: outcome.problems.map((p) => `- ${memberText(p)}`).join('\n'),
          footer:
            'Nothing was saved. Values such as "Jul 2018", "yes", "Step 2 CK" or "remove" work; /profile edit with just the field name says what it takes.',
          tone: 'warning',
        },
      ],
      personal: true,
    };
  }
  if (outcome.kind === 'same') {
    return {
      text: `**Nothing to change**: ${memberText(name)} already had that value.`,
      sections: [],
      personal: true,
    };
  }
  const { before: profile, after: edited } = outcome;
  const before = summaryLines(profile);
  const after = summaryLines(edited);
  // Some details (a letter's language, say) are not in the summary: then the value itself is the line.
  const added = after.filter((l) => !before.includes(l));
  const removed = before.filter((l) => !after.includes(l));
  if (!added.length && !removed.length) added.push(`${name}: ${memberText(value.trim() || 'removed')}`);
  // Two visas typed ("H-1B, J-1 if needed"): the profile keeps one; say which, and what was not kept.
  const read =
    path === 'visa'
      ? visaNote(value, false)
      : path === 'citizenship'
        ? citizenshipEditNote(profile, edited, value)
        : undefined;
  // A setup in progress must not write its older draft back over this change.
  await syncSetupDraft(ctx, userId, edited);
  return {
    text: `**Saved: ${memberText(name)}.**`,
    sections: [
      {
        fields: [
          ...(added.length ? [{ name: 'Now', value: bullets(added) }] : []),
          ...(removed.length ? [{ name: 'Before', value: bullets(removed) }] : []),
        ],
        ...(read ? { body: memberText(read) } : {}),
        footer: '/profile show lists your whole profile; /redflag reflects the change straight away.',
        tone: 'success',
      },
    ],
    personal: true,
  };
}

const VISA_LABEL: Readonly<Record<string, string>> = {
  'not-needed': 'No visa needed',
  j1: 'J-1',
  h1b: 'H-1B',
  o1: 'O-1',
  undecided: 'Not sure yet',
};

/**
 * A citizenship change makes the visa answer worth a second look: a member who is no longer read as
 * a US citizen or green-card holder may still hold "No visa needed" (or no visa answer at all), and
 * one who now is may still hold a J-1 or H-1B. Said on every change, never changed for them; a
 * remark typed with the choice ("- I'm on H4 EAD") is said to be not stored.
 */
function citizenshipEditNote(before: Profile, after: Profile, typed: string): string | undefined {
  const remark = citizenshipRemark(typed);
  const kept = remark ? ` "${remark}" is not stored (a visa or work permit is not a green card).` : '';
  if (before.citizenship === after.citizenship) return kept.trim() || undefined;
  const visa = after.visa
    ? `Your visa answer is still "${VISA_LABEL[after.visa] ?? after.visa}"`
    : 'You have no visa answer yet';
  if (after.citizenship === 'non-us') {
    const need =
      !after.visa || after.visa === 'not-needed'
        ? ': someone who is not a US citizen or permanent resident usually needs a visa to train (commonly a J-1 or an H-1B), so please check it with /profile edit visa (Not sure yet is a fine answer).'
        : after.visa === 'undecided'
          ? ': once you know which visa you would train on, /profile edit visa records it.'
          : ': check that it is still the visa you would train on (/profile edit visa).';
    return `${visa}${need}${kept}`;
  }
  if (after.citizenship === 'us-citizen' || after.citizenship === 'us-permanent-resident') {
    const need =
      after.visa && after.visa !== 'not-needed'
        ? ': a US citizen or permanent resident needs no visa to train, so check it (/profile edit visa No visa needed if that is now so).'
        : ': check it with /profile edit visa if it no longer fits.';
    return `${visa}${need}${kept}`;
  }
  return `Citizenship changed: check your visa answer with /profile edit visa.${kept}`;
}

/** What a field takes, in words ("one of: J-1, H-1B…", "a month such as Jul 2018"). */
function accepts(spec: FieldSpec): string {
  if (spec.options) return `one of: ${spec.options.map((o) => o.label).join(', ')}`;
  switch (spec.kind) {
    case 'month':
      return 'a month, such as Jul 2018 or 2018-07';
    case 'month-or-present':
      return 'a month, such as Jul 2018, or "present"';
    case 'day':
      return 'a date, such as 2027-01-15';
    case 'yes-no':
      return 'yes or no';
    case 'integer':
    case 'number':
    case 'months':
      return `a number (${spec.placeholder})`;
    default:
      return `text (${spec.placeholder})`;
  }
}

/**
 * The fields /profile edit accepts, named as the member reads them with the name to type and
 * their current value; with `field`, what that one field takes. For the console, which has no
 * autocomplete, and for a field name it does not know.
 */
export async function editFieldsView(ctx: AppContext, userId: string, field?: string): Promise<View> {
  const profile = (await ctx.store.getProfile(userId)) ?? EMPTY;
  const parsed = field ? parsePath(field.trim()) : undefined;
  if (field && parsed && (parsed.type === 'top' || parsed.type === 'itemField')) {
    const path = canonicalPath(parsed);
    const now = editableFields(profile).find((f) => f.path === path);
    return {
      text: `**${memberText(pathName(path) ?? path)}** (\`${path}\`): ${now?.current === undefined ? 'not given' : `currently ${memberText(now.shown ?? now.current)}`}.`,
      sections: [
        {
          body: `It takes ${accepts(parsed.spec)}. To change it: /profile edit ${path} <new value>; "remove" clears it.`,
          tone: 'info',
        },
      ],
      personal: true,
    };
  }
  // A list ("timeline") or a whole entry ("timeline[0]") is listed below but is not one value: say
  // how to change a part of an entry, and where entries are added or removed (the trial of session
  // 12 typed "/profile edit timeline" from this list and was told the field did not exist).
  if (field && parsed && (parsed.type === 'list' || parsed.type === 'item' || parsed.type === 'medSchool')) {
    const list = parsed.type === 'medSchool' ? undefined : LIST_FIELDS[parsed.list];
    const keys = list
      ? Object.keys(list.fields)
      : Object.keys(TOP_FIELDS)
          .filter((k) => k.startsWith('medSchool.'))
          .map((k) => k.slice('medSchool.'.length));
    const base =
      parsed.type === 'medSchool' ? 'medSchool' : `${parsed.list}[${parsed.type === 'item' ? parsed.index : 0}]`;
    const path = canonicalPath(parsed);
    const what = list ? (parsed.type === 'item' ? 'is an entry of a list' : 'is a list') : 'has several parts';
    return {
      text: `**${memberText(pathName(path) ?? field)}** (\`${path}\`) ${what}: change one part at a time.`,
      sections: [
        {
          body: [
            `Change one part with /profile edit ${base}.<part> <new value>, where <part> is one of: ${keys.join(', ')} (e.g. /profile edit ${base}.${keys.includes('note') ? 'note' : keys[0]} …).`,
            ...(list ? [`To add or remove ${list.plural}, use /profile setup review and go to that step.`] : []),
          ].join('\n'),
          tone: 'info',
        },
      ],
      personal: true,
    };
  }
  // Top-level fields and whole entries; an entry's own fields are named in its line.
  const rows = editableFields(profile).filter((f) => !/\]\./.test(f.path));
  const lines = rows.map((f) => {
    const now = f.current === undefined ? 'not given' : memberText(f.shown ?? f.current);
    return `- **${memberText(f.name)}**: \`${f.path}\` (${now})`;
  });
  return {
    text: [
      field ? `I don't know a field called "${memberText(field)}".` : '',
      '**Fields you can change** with /profile edit <field> <new value>:',
    ]
      .filter(Boolean)
      .join(' '),
    sections: [
      {
        body: lines.join('\n'),
        footer:
          'One part of an entry: add its name, e.g. exams[0].score or letters[1].asked. "remove" clears a field. /profile edit <field> alone says what that field takes.',
        tone: 'info',
      },
    ],
    personal: true,
  };
}
