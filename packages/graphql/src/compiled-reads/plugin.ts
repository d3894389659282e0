// The yoga plugin of the compiled read path (compile.ts): a query whose every field compiles is
// answered by one statement on the request's read client (`ctx.prisma`: a replica when
// read-routing.ts chose one), its JSON text passed to the client as PostgreSQL built it. Everything
// at the edge still runs as for any request — body limit, rate limit, authentication (the context),
// validation with graphql-armor's depth/alias/token limits, the cost and list limits
// (requestLimitsPlugin runs before this plugin and stops a refused request), the deadline (which
// wraps the execute function this plugin sets), request id, request log, metrics and tracing. A
// request that does not compile, or whose statement fails, is executed normally.

import type { ExecutionArgs, ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Context } from '../context.js';
import { type CompiledRead, CURSOR_MARK, FALLBACK_MARK, ReadCompiler } from './compile.js';

/** Placeholders of raw cursors in the statement's JSON text. */
const CURSOR_PLACEHOLDER = new RegExp(`${CURSOR_MARK}([^${CURSOR_MARK}]*)${CURSOR_MARK}`, 'g');

/**
 * An execution result whose JSON is already written: yoga writes `stringify()` (graphql-jit's hook
 * on a result) as the body; `data` is parsed only if a plugin or a non-JSON response reads it. A
 * plugin that rebuilds the result (`{ ...result }`) drops `stringify` (not enumerable) and yoga
 * writes what it built.
 */
function writtenResult(json: string): ExecutionResult {
  let data: ExecutionResult['data'];
  const result = {} as ExecutionResult;
  Object.defineProperty(result, 'data', {
    enumerable: true,
    get: () => {
      data ??= (JSON.parse(json) as ExecutionResult).data;
      return data;
    },
  });
  Object.defineProperty(result, 'stringify', { enumerable: false, value: () => json });
  return result;
}

/**
 * Runs a compiled statement on the request's read client: the answer's JSON text, cursors sealed; null
 * when the statement found a page it cannot answer as the normal path would (FALLBACK_MARK).
 */
async function run(compiled: CompiledRead, ctx: Context): Promise<string | null> {
  const rows = await ctx.prisma.$queryRawUnsafe<{ data: string }[]>(compiled.sql, ...compiled.params);
  const data = rows[0]?.data;
  if (typeof data !== 'string') throw new Error('the compiled statement returned no JSON');
  if (data.includes(FALLBACK_MARK)) return null;
  const json = `{"data":${data}}`;
  if (!compiled.cursors) return json;
  return json.replace(CURSOR_PLACEHOLDER, (_placeholder, raw: string) => `"${ctx.cursors.seal(raw)}"`);
}

/** The plugin: compiled queries skip the field-by-field executor; others run as before. */
export function compiledReadsPlugin(): Plugin<Context> {
  let compiler: ReadCompiler | undefined;
  return {
    onExecute({ args, executeFn, setExecuteFn }) {
      const reads: ReadCompiler =
        compiler !== undefined && compiler.schema === args.schema ? compiler : new ReadCompiler(args.schema);
      compiler = reads;
      const candidate = reads.candidate(args.document, args.operationName);
      if (!candidate) return;
      setExecuteFn(async (execution: ExecutionArgs) => {
        const ctx = execution.contextValue as Context;
        const compiled = reads.build(candidate, execution.variableValues, (sealed, argument) =>
          ctx.cursors.open(sealed, argument),
        );
        if (!compiled) return executeFn(execution);
        let json: string | null;
        try {
          json = await run(compiled, ctx);
        } catch {
          // The normal path answers (and reports) what went wrong, exactly as it would have.
          json = null;
        }
        return json === null ? executeFn(execution) : writtenResult(json);
      });
    },
  };
}
