/**
 * Output schemas the prompts may name in their front matter (`schema: AskAnswer`). Kept flat and
 * without length limits: OpenAI's strict structured outputs reject some JSON Schema keywords, and
 * lengths are enforced after the call (src/llm/sanitize.ts and each feature's checks).
 */
import { z } from 'zod';

export const askAnswerSchema = z.object({
  /** The answer, citing passages inline as [doc#section]. */
  answer: z.string(),
});

export const gapDraftSchema = z.object({
  /** One first-person paragraph. */
  draft: z.string(),
});

export const lorEmailSchema = z.object({
  subject: z.string(),
  body: z.string(),
});

export const mockFeedbackSchema = z.object({
  /** Coaching prose on this answer, building on the measured notes. */
  feedback: z.string(),
  /** One follow-up question an interviewer would ask next. */
  followUp: z.string(),
});

export const mockSummarySchema = z.object({
  summary: z.string(),
});

export const redFlagNarrativeSchema = z.object({
  narrative: z.string(),
});

export const secondOpinionSchema = z.object({
  /** Problems the model sees, each with the member's exact words. */
  findings: z.array(z.object({ id: z.string(), quote: z.string(), why: z.string() })),
});

export const OUTPUT_SCHEMAS = {
  AskAnswer: askAnswerSchema,
  GapDraft: gapDraftSchema,
  LorEmail: lorEmailSchema,
  MockFeedback: mockFeedbackSchema,
  MockSummary: mockSummarySchema,
  RedFlagNarrative: redFlagNarrativeSchema,
  SecondOpinion: secondOpinionSchema,
} as const;
export type SchemaName = keyof typeof OUTPUT_SCHEMAS;
