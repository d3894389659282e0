// The yoga plugin of the compiled read path (compile.ts): a query whose every field compiles is
// answered by one statement on the request's read client (`ctx.prisma`: a replica when
// read-routing.ts chose one) — on PostgreSQL straight on its pg pool (store/statements.ts
// `directReadOf`: Prisma's engine was ~15% of a simple read's CPU), else through `$queryRawUnsafe` —
// its JSON text passed to the client as PostgreSQL built it. Everything
// at the edge still runs as for any request — body limit, rate limit, authentication (the context),
// validation with graphql-armor's depth/alias/token limits, the cost and list limits
// (requestLimitsPlugin runs before this plugin and stops a refused request), the deadline (which
// wraps the execute function this plugin sets), request id, request log, metrics and tracing. A
// request that does not compile, or whose statement fails, is executed normally, and counted
// (`CompiledFallbacks`, the metric `gonghui_compiled_read_fallbacks_total`); a failed statement — a
// bug of the compiler — is also logged as a warning, once per document.

import {
  type DocumentNode,
  type ExecutionArgs,
  type ExecutionResult,
  type GraphQLSchema,
  getOperationAST,
  Kind,
  type OperationDefinitionNode,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { LRUCache } from 'lru-cache';
import type { Context } from '../context.js';
import type { Logger } from '../observe/log.js';
import { directReadOf } from '../store/statements.js';
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

/** Why a compilable query was executed normally after all. */
export type FallbackReason =
  /** An argument the normal path answers with an error (or variables that do not coerce). */
  | 'arguments'
  /** A page after a cursor whose row is not in its list (FALLBACK_MARK). */
  | 'cursor'
  /** The statement failed: a bug of the compiler (or the database failed; the normal path then reports it). */
  | 'statement';

/** Compilable queries executed normally, by reason (read by the metric `gonghui_compiled_read_fallbacks_total`). */
export class CompiledFallbacks {
  readonly counts: Record<FallbackReason, number> = { arguments: 0, cursor: 0, statement: 0 };
  readonly #warned = new WeakSet<DocumentNode>();

  /** Where a failed statement is reported (warn, once per document). */
  constructor(private readonly logger?: Logger) {}

  /** Counts one fallback; a failed statement is logged once per document, without its text or values. */
  record(reason: FallbackReason, document: DocumentNode, operation: string | null, error?: unknown): void {
    this.counts[reason] += 1;
    if (reason !== 'statement' || this.#warned.has(document)) return;
    this.#warned.add(document);
    const code = (error as { code?: unknown } | undefined)?.code;
    this.logger?.warn(
      { operation, sqlState: typeof code === 'string' ? code : undefined },
      'a compiled read statement failed; the query ran on the normal path (logged once per document)',
    );
  }
}

/** The mutations the HTTP fast path runs itself (fast-path.ts), without yoga: root fields of Mutation. */
export const FAST_MUTATIONS: ReadonlySet<string> = new Set(['enroll', 'cancelEnrollment']);

/**
 * The operation of `document` (by `operationName`) when it is a mutation of exactly one root field,
 * one of FAST_MUTATIONS, with no directive on it; else undefined. One field: a mutation that fails
 * has then committed nothing (its command's transaction rolled back), so the fast path can hand a
 * failed one to yoga to run and answer.
 */
export function fastMutation(
  document: DocumentNode,
  operationName: string | null | undefined,
): OperationDefinitionNode | undefined {
  const operation = getOperationAST(document, operationName);
  if (operation?.operation !== 'mutation' || operation.selectionSet.selections.length !== 1) return undefined;
  const [field] = operation.selectionSet.selections;
  return field?.kind === Kind.FIELD && FAST_MUTATIONS.has(field.name.value) && !field.directives?.length
    ? operation
    : undefined;
}

/** Documents remembered for the HTTP fast path (fast-path.ts), by their text. */
const REMEMBERED_DOCUMENTS = 1_000;

/**
 * The compiled read path of one server: its compiler, its fallbacks, and the documents yoga parsed
 * and validated whose operation compiles, by their text (the fast path answers their next requests
 * without yoga: their parse, validation and compilability depend on the text alone).
 */
export class CompiledReads {
  readonly fallbacks: CompiledFallbacks;
  #compiler: ReadCompiler | undefined;
  readonly #texts = new WeakMap<DocumentNode, string>();
  readonly #validated = new LRUCache<string, DocumentNode>({ max: REMEMBERED_DOCUMENTS });
  /**
   * Results of fast mutations the HTTP fast path executed and handed to yoga to answer (those with
   * errors), by their node request: yoga's execution returns the result instead of running the
   * mutation again, and its pipeline answers it as its own (status, masking, headers, log line).
   */
  readonly executed = new WeakMap<object, ExecutionResult>();

  /** A server's path; `fallbacks` counts and reports what falls back. */
  constructor(fallbacks = new CompiledFallbacks()) {
    this.fallbacks = fallbacks;
  }

  /** The compiler of `schema` (made once). */
  compiler(schema: GraphQLSchema): ReadCompiler {
    if (this.#compiler?.schema !== schema) this.#compiler = new ReadCompiler(schema);
    return this.#compiler;
  }

  /** A document yoga parsed from `text`, validated, and found compilable (or a fast mutation); undefined when not (yet) known. */
  validated(text: string): DocumentNode | undefined {
    return this.#validated.get(text);
  }

  /** The yoga plugin: compiled queries skip the field-by-field executor; others run as before (and are counted). */
  plugin(): Plugin<Context> {
    return {
      onParse: ({ params }) => {
        const source = params.source;
        const text = typeof source === 'string' ? source : source.body;
        return ({ result }) => {
          if (result && typeof result === 'object' && 'kind' in result) this.#texts.set(result, text);
        };
      },
      onExecute: ({ args, executeFn, setExecuteFn }) => {
        const reads = this.compiler(args.schema);
        const candidate = reads.candidate(args.document, args.operationName);
        if (!candidate && !fastMutation(args.document, args.operationName)) return;
        // Executing: the document passed validation (graphql-armor's limits included).
        const text = this.#texts.get(args.document);
        if (text !== undefined && !this.#validated.has(text)) this.#validated.set(text, args.document);
        if (!candidate) {
          // yoga's context holds the server context: the node request the fast path handed over.
          const req = (args.contextValue as { req?: object }).req;
          const result = req && this.executed.get(req);
          if (req && result) {
            this.executed.delete(req);
            setExecuteFn(() => result);
          }
          return;
        }
        setExecuteFn(async (execution: ExecutionArgs) => {
          const ctx = execution.contextValue as Context;
          const compiled = reads.build(candidate, execution.variableValues, (sealed, argument, list) =>
            ctx.cursors.open(sealed, argument, list),
          );
          const operation = execution.operationName ?? candidate.operation.name?.value ?? null;
          if (!compiled) {
            this.fallbacks.record('arguments', execution.document, operation);
            return executeFn(execution);
          }
          let json: string | null;
          try {
            json = await runCompiled(compiled, ctx);
            if (json === null) this.fallbacks.record('cursor', execution.document, operation);
          } catch (error) {
            // The normal path answers (and reports) what went wrong, exactly as it would have.
            this.fallbacks.record('statement', execution.document, operation, error);
            json = null;
          }
          return json === null ? executeFn(execution) : writtenResult(json);
        });
      },
    };
  }
}

/**
 * Runs a compiled statement on the request's read client: the answer's JSON text, cursors sealed; null
 * when the statement found a page it cannot answer as the normal path would (FALLBACK_MARK).
 */
export async function runCompiled(
  compiled: CompiledRead,
  ctx: Pick<Context, 'prisma' | 'cursors'>,
): Promise<string | null> {
  const direct = directReadOf(ctx.prisma);
  const rows = direct
    ? await direct(compiled.sql, compiled.params)
    : await ctx.prisma.$queryRawUnsafe<{ data: string }[]>(compiled.sql, ...compiled.params);
  const data = rows[0]?.data;
  if (typeof data !== 'string') throw new Error('the compiled statement returned no JSON');
  if (data.includes(FALLBACK_MARK)) return null;
  const json = `{"data":${data}}`;
  if (compiled.lists.length === 0) return json;
  return json.replace(CURSOR_PLACEHOLDER, (_placeholder, placeholder: string) => {
    const [list, parentId, cursor] = placeholder.split(' ') as [string, string, string];
    return `"${ctx.cursors.seal(cursor, compiled.lists[Number(list)] as string, parentId)}"`;
  });
}
