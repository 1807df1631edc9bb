/**
 * A modal of several text inputs (at most 5, Discord's limit), each wrapped in a label component,
 * and reading the submitted values back. For one paragraph input see text-modal.ts. Used by
 * /lor-ask add-writer and /prematch check. Showing a modal must be the first response.
 */
import { LabelBuilder, ModalBuilder, TextInputBuilder, TextInputStyle, type ModalSubmitInteraction } from 'discord.js';

export interface FormInput {
  id: string;
  /** At most 45 characters. */
  label: string;
  required: boolean;
  max: number;
  placeholder?: string;
  /** Pre-filled text (cut to `max`). */
  value?: string;
  paragraph?: boolean;
}

export const FORM_TITLE_MAX = 45;
export const FORM_INPUTS_MAX = 5;

export function formModal(customId: string, title: string, inputs: readonly FormInput[]): ModalBuilder {
  if (inputs.length > FORM_INPUTS_MAX) throw new Error(`a modal holds at most ${FORM_INPUTS_MAX} inputs`);
  const modal = new ModalBuilder().setCustomId(customId).setTitle(title.slice(0, FORM_TITLE_MAX));
  for (const spec of inputs) {
    const input = new TextInputBuilder()
      .setCustomId(spec.id)
      .setStyle(spec.paragraph ? TextInputStyle.Paragraph : TextInputStyle.Short)
      .setRequired(spec.required)
      .setMaxLength(spec.max);
    if (spec.placeholder) input.setPlaceholder(spec.placeholder.slice(0, 100));
    if (spec.value) input.setValue(spec.value.slice(0, spec.max));
    modal.addLabelComponents(new LabelBuilder().setLabel(spec.label.slice(0, 45)).setTextInputComponent(input));
  }
  return modal;
}

/** The submitted text of an input, or '' when it was left empty or is missing. */
export function modalText(interaction: ModalSubmitInteraction, id: string): string {
  try {
    return interaction.fields.getTextInputValue(id);
  } catch {
    return '';
  }
}
