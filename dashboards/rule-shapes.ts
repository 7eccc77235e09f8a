// The shapes of Prometheus rules as rules.ts and slo.ts build them (and the rules file holds them).
export interface RecordingRule { record: string, expr: string, labels?: Record<string, string> }
export interface AlertRule { alert: string, expr: string, for: string, labels: Record<string, string>, annotations: Record<string, string> }
export interface RuleGroup { name: string, rules: Array<RecordingRule | AlertRule> }
