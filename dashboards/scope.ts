import { parser } from '@prometheus-io/lezer-promql'
import { dcgmMetricNames, workloadMetrics } from '../src/metrics/names.ts'

// Every selector of every panel query gets the dashboard's $job and $instance filters, added
// here rather than in each section so a new panel cannot forget them: several gateways in
// several environments share one Prometheus, and a speedup mixing them means nothing.

/** Matchers without braces, e.g. `job=~"$job"`. */
export const scopeMatchers = 'job=~"$job", instance=~"$instance"'

// The same for $workload, on the selectors of the metrics that carry it (the timing and memory
// histograms): a panel shows one workload, since a mean over two mixes unlike work. Counters
// and gauges have no workload label, so a matcher there would empty them.
export const workloadMatcher = 'workload="$workload"'
const perWorkload = new Set(workloadMetrics.flatMap((name) => [name, `${name}_sum`, `${name}_count`, `${name}_bucket`]))

// DCGM's series come from the GPU hosts' exporters, under their own job and instance: $job and
// $instance pick gateways, so they reach DCGM through the join with ringside_backend_info.
export const unscopedMetrics: ReadonlySet<string> = new Set(Object.values(dcgmMetricNames))

// Grafana's range variables are not PromQL: swap them for a duration of the same length so the
// parser sees valid syntax and its offsets still index the original text.
function parsable (expr: string): string {
  return expr.replace(/\[(\$\w+|\$\{\w+\})\]/g, (_, variable: string) => `[${'9'.repeat(variable.length - 1)}s]`)
}

/**
 * The expression with `matchers` added to each vector selector, inside its braces or in new ones,
 * and $workload's to those of a per-workload metric.
 */
export function scoped (expr: string, matchers: string = scopeMatchers): string {
  const inserts: Array<{ at: number, text: string }> = []
  parser.parse(parsable(expr)).iterate({
    enter (node) {
      if (node.type.isError) throw new Error(`not PromQL at ${node.from}: ${expr}`)
      if (node.name !== 'VectorSelector') return
      const name = node.node.getChild('Identifier')
      if (name && unscopedMetrics.has(expr.slice(name.from, name.to))) return
      const all = name && perWorkload.has(expr.slice(name.from, name.to)) ? `${matchers}, ${workloadMatcher}` : matchers
      const braces = node.node.getChild('LabelMatchers')
      if (!braces) inserts.push({ at: node.to, text: `{${all}}` })
      else inserts.push({ at: braces.from + 1, text: braces.to - braces.from > 2 ? `${all}, ` : all })
    }
  })
  let out = expr
  for (const { at, text } of inserts.sort((a, b) => b.at - a.at)) out = out.slice(0, at) + text + out.slice(at)
  return out
}
