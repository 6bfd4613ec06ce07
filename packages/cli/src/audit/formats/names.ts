/** The audit report's formats, by name: `audit --format`'s choices, listed without loading the writers. */
export const AUDIT_FORMATS = ['stylish', 'json', 'csv', 'html'] as const;
export type AuditFormat = (typeof AUDIT_FORMATS)[number];
