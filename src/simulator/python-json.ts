// JSON as Python's json.dumps writes it, which is how SGLang writes its records
// (utils/perf_logger.py:351, 396 at d315eb72): `", "` and `": "` separators (or indent), floats
// by repr (always a decimal point or an exponent: 17610.0, 1e-05), non-ASCII as \uXXXX
// (ensure_ascii). JavaScript has one number type, so the caller names the keys that hold ints.

export interface PythonJsonOptions {
  /** json.dump(indent=n): items on their own lines, `","` then a newline between them */
  indent?: number
  /** Keys whose numbers are Python ints (e.g. a perf dump's `step`); every other number is a float */
  intKeys?: ReadonlySet<string>
}

export function pythonJson (value: unknown, options: PythonJsonOptions = {}): string {
  return encode(value, options, 0, false)
}

function encode (value: unknown, options: PythonJsonOptions, depth: number, asInt: boolean): string {
  if (value === null || value === undefined) return 'null'
  if (typeof value === 'boolean') return value ? 'true' : 'false'
  if (typeof value === 'number') return asInt && Number.isInteger(value) ? String(value) : pythonFloat(value)
  if (typeof value === 'string') return pythonString(value)
  if (Array.isArray(value)) return container('[', ']', value.map((item) => encode(item, options, depth + 1, false)), options, depth)
  const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined)
  const items = entries.map(([key, v]) => `${pythonString(key)}: ${encode(v, options, depth + 1, options.intKeys?.has(key) ?? false)}`)
  return container('{', '}', items, options, depth)
}

function container (open: string, close: string, items: string[], options: PythonJsonOptions, depth: number): string {
  if (items.length === 0) return open + close
  if (options.indent === undefined) return open + items.join(', ') + close
  const inner = '\n' + ' '.repeat(options.indent * (depth + 1))
  return open + inner + items.join(',' + inner) + '\n' + ' '.repeat(options.indent * depth) + close
}

// ensure_ascii: JSON.stringify already escapes quotes, backslashes and control characters the
// way Python does (lowercase \u00XX); Python also escapes every code unit above 0x7f
function pythonString (text: string): string {
  return JSON.stringify(text).replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
}

/** repr(float): the shortest round-trip digits, fixed from 1e-4 up to 1e16, scientific outside. */
export function pythonFloat (value: number): string {
  if (Number.isNaN(value)) return 'NaN'
  if (!Number.isFinite(value)) return value > 0 ? 'Infinity' : '-Infinity'
  if (value === 0) return Object.is(value, -0) ? '-0.0' : '0.0'
  // toExponential() without digits gives the shortest digits that round-trip, as repr does
  const [mantissa = '', exponentText = '0'] = Math.abs(value).toExponential().split('e')
  const exponent = Number(exponentText)
  const digits = mantissa.replace('.', '')
  const sign = value < 0 ? '-' : ''
  if (exponent < -4 || exponent >= 16) {
    const fraction = digits.length > 1 ? `.${digits.slice(1)}` : ''
    return `${sign}${digits[0]}${fraction}e${exponent < 0 ? '-' : '+'}${String(Math.abs(exponent)).padStart(2, '0')}`
  }
  if (exponent < 0) return `${sign}0.${'0'.repeat(-exponent - 1)}${digits}`
  const whole = digits.slice(0, exponent + 1).padEnd(exponent + 1, '0')
  const fraction = digits.slice(exponent + 1)
  return `${sign}${whole}.${fraction.length > 0 ? fraction : '0'}`
}

/** datetime.now(UTC).isoformat(): microseconds, `+00:00`, and no fraction when it is zero. */
export function pythonUtcIsoformat (epochMs: number): string {
  const wholeMs = Math.floor(epochMs)
  const micros = Math.floor((epochMs - Math.floor(wholeMs / 1000) * 1000) * 1000)
  const seconds = new Date(wholeMs).toISOString().slice(0, 19)
  return micros === 0 ? `${seconds}+00:00` : `${seconds}.${String(micros).padStart(6, '0')}+00:00`
}
