import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'

const noReact = {
  patterns: [
    { group: ['react', 'react-dom', '@react-three/*', 'zustand', 'zustand/*'], message: 'domain, geometry and data stay free of React and the store.' },
  ],
}

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'public/', 'reports/', 'bench/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  { files: ['tests/**'], rules: { '@typescript-eslint/no-explicit-any': 'off' } },
  { files: ['**/*.mjs'], languageOptions: { globals: { process: 'readonly', console: 'readonly' } } },
  {
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  { files: ['src/geometry/**', 'src/domain/**', 'data/**'], rules: { 'no-restricted-imports': ['error', { ...noReact, patterns: [...noReact.patterns, { group: ['three', 'three/*'], message: 'pure modules do not import three.' }] }] } },
  { files: ['src/ui/**'], rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['three', 'three/*', '@react-three/*'], message: 'UI panels do not import three; ask the store or the domain.' }] }] } },
)
