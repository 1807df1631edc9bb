import type { SourceRef } from '../knowledge/outline.js';

export type Severity = 'high' | 'medium' | 'low';

export const SEVERITY_ORDER: Record<Severity, number> = { high: 0, medium: 1, low: 2 };

/** Sort findings most severe first; stable for equal severities. */
export function bySeverity<T extends { severity: Severity }>(a: T, b: T): number {
  return SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity];
}

/** A rule finding with the knowledge sections it comes from. */
export interface Finding {
  id: string;
  severity: Severity;
  message: string;
  sources: SourceRef[];
}

export type { SourceRef };
