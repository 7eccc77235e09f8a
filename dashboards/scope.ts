import { parser } from '@prometheus-io/lezer-promql'

// Every selector of every panel query gets the dashboard's $job and $instance filters, added
// here rather than in each section so a new panel cannot forget them: several gateways in
// several environments share one Prometheus, and a speedup mixing them means nothing.

/** Matchers without braces, e.g. `job=~"$job"`. */
export const scopeMatchers = 'job=~"$job", instance=~"$instance"'

// Grafana's range variables are not PromQL: swap them for a duration of the same length so the
// parser sees valid syntax and its offsets still index the original text.
function parsable (expr: string): string {
  return expr.replace(/\[(\$\w+|\$\{\w+\})\]/g, (_, variable: string) => `[${'9'.repeat(variable.length - 1)}s]`)
}

/** The expression with `matchers` added to each vector selector, inside its braces or in new ones. */
export function scoped (expr: string, matchers: string = scopeMatchers): string {
  const inserts: Array<{ at: number, text: string }> = []
  parser.parse(parsable(expr)).iterate({
    enter (node) {
      if (node.type.isError) throw new Error(`not PromQL at ${node.from}: ${expr}`)
      if (node.name !== 'VectorSelector') return
      const braces = node.node.getChild('LabelMatchers')
      if (!braces) inserts.push({ at: node.to, text: `{${matchers}}` })
      else inserts.push({ at: braces.from + 1, text: braces.to - braces.from > 2 ? `${matchers}, ` : matchers })
    }
  })
  let out = expr
  for (const { at, text } of inserts.sort((a, b) => b.at - a.at)) out = out.slice(0, at) + text + out.slice(at)
  return out
}
