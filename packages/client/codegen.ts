import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Generates the typed documents of `src/operations/*.graphql` from the printed schema of
 * `@gonghui/graphql`. Run with `pnpm --filter @gonghui/client run generate`; the output is committed.
 */
const config: CodegenConfig = {
  schema: '../graphql/schema.graphql',
  documents: ['src/operations/*.graphql'],
  ignoreNoDocuments: false,
  generates: {
    'src/generated/': {
      preset: 'client',
      // persistedDocuments: each document carries `__meta__.hash` (sha256 of its printed text) and
      // `persisted-documents.json` maps every hash to that text: the server's allow-list in
      // persisted-documents mode (GONGHUI_PERSISTED_DOCUMENTS=only).
      presetConfig: { fragmentMasking: false, persistedDocuments: { hashAlgorithm: 'sha256' } },
      config: {
        // Enums as string-literal unions, so consumers need no runtime enum. (In codegen 7 this
        // option replaces the older `enumsAsTypes: true`.)
        enumType: 'string-literal',
        useTypeImports: true,
        emitLegacyCommonJSImports: false,
        scalars: {
          DateTime: { input: 'string', output: 'string' },
          // A Blob or File, described by its shape: the published types name no DOM type.
          Upload: {
            input: '{ readonly size: number; readonly type: string; arrayBuffer(): Promise<ArrayBuffer> }',
            output: 'never',
          },
        },
        strictScalars: true,
        skipTypename: true,
        avoidOptionals: { field: true, inputValue: false, object: true, defaultValue: false },
        immutableTypes: true,
      },
    },
  },
};

export default config;
