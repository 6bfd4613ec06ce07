/** What a check found in one row, as generate reports it. */
export interface RowFinding {
  ruleId: string;
  severity: 1 | 2;
  message: string;
}
