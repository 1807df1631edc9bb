/**
 * A modal with one paragraph text input, the shape /mock (answers) and /explain-gap (drafts) ask
 * for. Built with label components (Discord's current modal layout); limits: title 45, label 45,
 * description 100, placeholder 100 characters, value at most 4000.
 */
import { LabelBuilder, ModalBuilder, TextInputBuilder, TextInputStyle } from 'discord.js';

/** Discord's longest text input value. */
export const TEXT_INPUT_MAX = 4000;

export interface TextModalSpec {
  customId: string;
  title: string;
  /** The text input's custom id: read it back with `interaction.fields.getTextInputValue(inputId)`. */
  inputId: string;
  label: string;
  description?: string;
  placeholder?: string;
  maxLength?: number;
  /** Text the box opens with (e.g. an answer kept after a store outage). */
  value?: string;
}

const clip = (s: string, n: number): string => (s.length <= n ? s : `${s.slice(0, n - 1)}…`);

export function textModal(spec: TextModalSpec): ModalBuilder {
  const input = new TextInputBuilder()
    .setCustomId(spec.inputId)
    .setStyle(TextInputStyle.Paragraph)
    .setRequired(true)
    .setMinLength(1)
    .setMaxLength(Math.min(spec.maxLength ?? TEXT_INPUT_MAX, TEXT_INPUT_MAX));
  if (spec.placeholder) input.setPlaceholder(clip(spec.placeholder, 100));
  if (spec.value) input.setValue(spec.value.slice(0, Math.min(spec.maxLength ?? TEXT_INPUT_MAX, TEXT_INPUT_MAX)));
  const label = new LabelBuilder().setLabel(clip(spec.label, 45)).setTextInputComponent(input);
  if (spec.description) label.setDescription(clip(spec.description, 100));
  return new ModalBuilder().setCustomId(spec.customId).setTitle(clip(spec.title, 45)).addLabelComponents(label);
}
