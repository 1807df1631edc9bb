/**
 * A setup step's form as a Discord modal, built with label components (at most 5, as the flow
 * guarantees): text boxes for what is typed, and for enumerations and yes/no a radio group (2 to
 * 10 options) or, for longer lists, a string select inside the label, so nothing has to be typed
 * as a code. Custom id `profile:setup-submit:<step>[:filled]`: `filled` says the form opened with
 * the member's answers in it (see setupSubmit). `values` fills the form in; `problems` marks the
 * fields they name, in the label's description, so a refused form comes back with only those
 * fields to fix.
 */
import {
  ComponentType,
  TextInputStyle,
  type APILabelComponent,
  type APIModalInteractionResponseCallbackData,
  type ModalSubmitInteraction,
} from 'discord.js';
import { problemFields, type SetupStep, type StepField } from '../../src/core/profile/setup-flow.js';
import { setupIds } from '../../src/app/profile/setup-ids.js';

/** Discord's limits for these components (components/reference: Label, Radio Group). */
const LABEL_DESCRIPTION_MAX = 100;
const RADIO_OPTIONS = { min: 2, max: 10 } as const;

const clip = (s: string, n: number): string => (s.length <= n ? s : `${s.slice(0, n - 1)}…`);

export interface ModalContents {
  /** What each field opens with (the member's last entry, or their stored answer). */
  values?: Readonly<Record<string, string>>;
  /** Problems from the last attempt; the fields they name are marked. */
  problems?: readonly string[];
  /** True when `values` are the member's current answers (an emptied box then clears one). */
  prefilled?: boolean;
}

/** The option a stored or typed value stands for (by value or by label), if any. */
function chosen(f: StepField, raw: string | undefined): string | undefined {
  const v = raw?.trim().toLowerCase();
  if (!v) return undefined;
  return f.choices?.find((o) => o.value.toLowerCase() === v || o.label.toLowerCase() === v)?.value;
}

function component(f: StepField, value: string | undefined): APILabelComponent['component'] {
  if (f.choices && f.choices.length >= RADIO_OPTIONS.min && f.choices.length <= RADIO_OPTIONS.max) {
    const pick = chosen(f, value);
    return {
      type: ComponentType.RadioGroup,
      custom_id: f.key,
      required: f.required,
      options: f.choices.map((o) => ({
        value: o.value,
        label: o.label,
        ...(o.description ? { description: o.description } : {}),
        ...(pick === o.value ? { default: true } : {}),
      })),
    };
  }
  if (f.choices) {
    const pick = chosen(f, value);
    return {
      type: ComponentType.StringSelect,
      custom_id: f.key,
      required: f.required,
      ...(f.required ? {} : { min_values: 0 }),
      max_values: 1,
      placeholder: clip(f.placeholder, 150),
      options: f.choices.map((o) => ({
        value: o.value,
        label: o.label,
        ...(o.description ? { description: o.description } : {}),
        ...(pick === o.value ? { default: true } : {}),
      })),
    };
  }
  return {
    type: ComponentType.TextInput,
    custom_id: f.key,
    style: f.style === 'paragraph' ? TextInputStyle.Paragraph : TextInputStyle.Short,
    required: f.required,
    max_length: f.maxLength,
    placeholder: clip(f.placeholder, 100),
    ...(value ? { value: value.slice(0, f.maxLength) } : {}),
  };
}

export function setupModal(step: SetupStep, contents: ModalContents = {}): APIModalInteractionResponseCallbackData {
  const marks = problemFields(step, contents.problems ?? []);
  return {
    custom_id: contents.prefilled ? `${setupIds.submit(step.id)}:filled` : setupIds.submit(step.id),
    title: step.modalTitle ?? step.title,
    components: step.fields.map((f): APILabelComponent => ({
      type: ComponentType.Label,
      label: f.label,
      ...(marks[f.key] ? { description: clip(`Please fix: ${marks[f.key]}`, LABEL_DESCRIPTION_MAX) } : {}),
      component: component(f, contents.values?.[f.key]),
    })),
  };
}

/** The submitted value of each field of the step ('' for one left empty or not sent back). */
export function modalValues(interaction: ModalSubmitInteraction, step: SetupStep): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of step.fields) {
    try {
      const field = interaction.fields.getField(f.key);
      if (field.type === ComponentType.RadioGroup) out[f.key] = interaction.fields.getRadioGroup(f.key) ?? '';
      else if (field.type === ComponentType.StringSelect) {
        out[f.key] = interaction.fields.getStringSelectValues(f.key)[0] ?? '';
      } else out[f.key] = interaction.fields.getTextInputValue(f.key);
    } catch {
      out[f.key] = '';
    }
  }
  return out;
}
