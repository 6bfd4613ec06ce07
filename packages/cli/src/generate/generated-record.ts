import type { RowFinding } from './row-checks.js';

/** One row's outcome: its note (or null when none could be written), its length and findings. */
export interface GeneratedRecord {
  row: number;
  status: 'ok' | 'warning' | 'error';
  note: string | null;
  length: number | null;
  findings: RowFinding[];
  url?: string;
}
