import neostandard from 'neostandard'

export default [
  ...neostandard({
    ts: true,
    ignores: ['dist/**', 'node_modules/**', '.tap/**', 'tap-snapshots/**']
  }),
  {
    rules: {
      // Wire formats (SGLang's, OpenAI's, Prometheus labels) are snake_case; so are the names bound to them.
      camelcase: 'off',
      // TypeBox idiom: a schema and its Static type share one name.
      '@typescript-eslint/no-redeclare': 'off'
    }
  }
]
