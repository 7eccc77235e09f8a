// How the text of a RINGSIDE_* variable becomes a setting's value, for the settings whose text is
// more than a number or a string; src/config.ts checks the value against its schema after.

/**
 * RINGSIDE_API_KEYS: comma-separated `name:scope:key` entries (the key is everything after the
 * second colon). Checked against ApiKeySchema like any other setting, so a bad entry names itself.
 */
export function parseApiKeys (text: string): Array<Record<string, string>> {
  return text.split(',').map((entry) => entry.trim()).filter(Boolean).map((entry) => {
    const [name = '', scope = '', ...rest] = entry.split(':')
    if (rest.length === 0) throw new Error(`entry "${name}" is not name:scope:key`)
    return { name, scope, key: rest.join(':') }
  })
}

/** RINGSIDE_COMPARE_PAIR: `baseline,candidate`, e.g. `u1r1,u1r2`. */
export function parseComparePair (text: string): Record<string, string> {
  const names = text.split(',').map((name) => name.trim())
  if (names.length !== 2) throw new Error(`"${text}" is not baseline,candidate`)
  return { baseline: names[0]!, candidate: names[1]! }
}

/** RINGSIDE_WORKLOADS: comma-separated `name=key` entries, e.g. `seed=t2v-1280x704-121f-50s`; checked against WorkloadPresetSchema after. */
export function parseWorkloads (text: string): Array<Record<string, string>> {
  return text.split(',').map((entry) => entry.trim()).filter(Boolean).map((entry) => {
    const [name = '', key, ...rest] = entry.split('=')
    if (key === undefined || rest.length > 0) throw new Error(`entry "${entry}" is not name=key (e.g. seed=t2v-1280x704-121f-50s)`)
    return { name: name.trim(), key: key.trim() }
  })
}

export function parseBoolean (text: string): boolean {
  if (text === 'true' || text === '1') return true
  if (text === 'false' || text === '0') return false
  throw new Error(`"${text}" is not true or false`)
}
