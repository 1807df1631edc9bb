/**
 * A setup step's form as a Discord modal: one labelled text input per step field (at most 5, as
 * the flow guarantees), custom id `profile:setup-submit:<step>`, and the submitted values read back
 * by field key.
 */
import {
  ComponentType,
  TextInputStyle,
  type APIModalInteractionResponseCallbackData,
  type ModalSubmitInteraction,
} from 'discord.js';
import type { SetupStep } from '../../src/core/profile/setup-flow.js';
import { setupIds } from '../../src/app/profile/setup-ids.js';

export function setupModal(step: SetupStep): APIModalInteractionResponseCallbackData {
  return {
    custom_id: setupIds.submit(step.id),
    title: step.modalTitle ?? step.title,
    components: step.fields.map((f) => ({
      type: ComponentType.Label,
      label: f.label,
      component: {
        type: ComponentType.TextInput,
        custom_id: f.key,
        style: f.style === 'paragraph' ? TextInputStyle.Paragraph : TextInputStyle.Short,
        required: f.required,
        max_length: f.maxLength,
        placeholder: f.placeholder,
      },
    })),
  };
}

/** The submitted text of each field of the step ('' for a box Discord did not send back). */
export function modalValues(interaction: ModalSubmitInteraction, step: SetupStep): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of step.fields) {
    try {
      out[f.key] = interaction.fields.getTextInputValue(f.key);
    } catch {
      out[f.key] = '';
    }
  }
  return out;
}
