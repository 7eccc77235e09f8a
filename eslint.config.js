import neostandard from 'neostandard'
import { createNodeResolver, importX } from 'eslint-plugin-import-x'

const base = neostandard({
  ts: true,
  ignores: ['dist/**', 'node_modules/**', '.tap/**', 'tap-snapshots/**']
})
const tsParser = base.find((config) => config.languageOptions?.parser?.parseForESLint)?.languageOptions.parser

// import-x/no-cycle skips `import type` edges and has no option to keep them, but a circle of
// types is still two files that cannot be understood apart (issue #12 counts them). This parser
// is typescript-eslint's with every import and re-export marked a value one, so no-cycle follows
// them all. tsc's verbatimModuleSyntax, not ESLint, is what keeps `import type` honest.
const parserSeeingTypeEdges = {
  meta: { name: 'typescript-eslint-parser-with-type-edges' },
  parseForESLint (code, options) {
    const result = tsParser.parseForESLint(code, options)
    for (const node of result.ast.body) {
      if (node.importKind === 'type') node.importKind = 'value'
      if (node.exportKind === 'type' && node.source) node.exportKind = 'value'
      for (const specifier of node.specifiers ?? []) {
        if (specifier.importKind === 'type') specifier.importKind = 'value'
        if (specifier.exportKind === 'type' && node.source) specifier.exportKind = 'value'
      }
    }
    return result
  }
}

const root = import.meta.dirname

// The composition root wires Fastify, so it alone in src/ may import it, plugins/ and routes/.
// options.ts is the Fastify constructor's options, shared by the server and the tests.
const compositionRoot = ['src/app.ts', 'src/server.ts', 'src/options.ts', 'src/cli.ts']
// The one gateway file that imports the simulator: it starts the embedded simulators and hands
// the gateway their backend configuration, and runs `ringside simulate`.
const embeddingEntry = ['src/embedded.ts']

const notWebLayers = { from: ['./plugins', './routes'], message: 'Domain code in src/ does not import plugins/ or routes/ (issue #12).' }
const notSimulator = { from: './src/simulator', message: 'Only src/embedded.ts imports the simulator.' }
// the web framework itself; @fastify/error only builds error classes and needs no instance
const notFastify = {
  paths: [{ name: 'fastify', message: 'Domain code in src/ never receives or builds a Fastify instance.' }],
  patterns: [{ group: ['fastify-plugin', '@fastify/*', '!@fastify/error'], message: 'Fastify plugins belong in plugins/.' }]
}

/** no-restricted-paths judges resolved files, so `../` depth and re-exports cannot slip past it. */
const zones = (...list) => ['error', { basePath: root, zones: list }]

export default [
  ...base,
  {
    rules: {
      // Wire formats (SGLang's, OpenAI's, Prometheus labels) are snake_case; so are the names bound to them.
      camelcase: 'off',
      // TypeBox idiom: a schema and its Static type share one name.
      '@typescript-eslint/no-redeclare': 'off'
    }
  },
  {
    // The shipped code and the benchmarks.
    files: ['src/**/*.ts', 'plugins/**/*.ts', 'routes/**/*.ts', 'bench/**/*.ts', 'eslint.config.js'],
    rules: {
      // URLs and regular expressions cannot be split without losing what they say; strings and
      // templates can (concatenation, an array joined), and the longest lines were HTML templates.
      '@stylistic/max-len': ['error', { code: 160, ignoreUrls: true, ignoreRegExpLiterals: true }]
    }
  },
  {
    // Tests and the dashboard's source: the same line, but a test's name is a sentence and a
    // panel's description a paragraph, both read better whole than cut at column 160.
    files: ['test/**/*.ts', 'dashboards/**/*.ts'],
    rules: {
      '@stylistic/max-len': ['error', { code: 160, ignoreUrls: true, ignoreRegExpLiterals: true, ignoreStrings: true, ignoreTemplateLiterals: true }]
    }
  },
  {
    files: ['**/*.ts'],
    plugins: { 'import-x': importX },
    languageOptions: { parser: parserSeeingTypeEdges },
    settings: {
      'import-x/extensions': ['.ts', '.js'],
      'import-x/resolver-next': [createNodeResolver()]
    },
    rules: {
      'import-x/no-cycle': 'error'
    }
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/simulator/**', ...compositionRoot, ...embeddingEntry],
    rules: {
      'no-restricted-imports': ['error', notFastify],
      'import-x/no-restricted-paths': zones({ target: './src', ...notWebLayers }, { target: './src', ...notSimulator })
    }
  },
  {
    files: embeddingEntry,
    rules: {
      'no-restricted-imports': ['error', notFastify],
      'import-x/no-restricted-paths': zones({ target: './src', ...notWebLayers })
    }
  },
  {
    files: [...compositionRoot, 'plugins/**/*.ts', 'routes/**/*.ts'],
    rules: {
      'import-x/no-restricted-paths': zones({ target: ['./src', './plugins', './routes'], ...notSimulator })
    }
  },
  {
    // the simulator stands in for SGLang: a world apart that imports nothing of the gateway's
    files: ['src/simulator/**/*.ts'],
    rules: {
      'import-x/no-restricted-paths': zones(
        { target: './src/simulator', from: './src', except: ['./simulator'], message: 'The simulator imports nothing outside src/simulator/.' },
        { target: './src/simulator', from: ['./plugins', './routes'], message: 'The simulator imports nothing outside src/simulator/.' }
      )
    }
  }
]
