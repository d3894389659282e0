// OpenTelemetry traces of GraphQL operations (envelop's plugin), switched on by GONGHUI_OTEL: one
// span per operation, named `query.MeiyuanFederation` and the like. Never variables, documents,
// results or resolver arguments (they carry personal data); errors keep only their codes.

import { useOpenTelemetry } from '@envelop/opentelemetry';
import { SpanKind } from '@opentelemetry/api';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { Resource } from '@opentelemetry/resources';
import {
  BasicTracerProvider,
  BatchSpanProcessor,
  ConsoleSpanExporter,
  type ReadableSpan,
  SimpleSpanProcessor,
  type SpanExporter,
  type SpanProcessor,
} from '@opentelemetry/sdk-trace-base';
import type { Plugin } from 'graphql-yoga';
import type { Config } from '../config.js';

/** The `extensions.code` of each error in an error event's message (envelop records the errors as JSON). */
function errorCodes(message: unknown): string {
  try {
    const errors = JSON.parse(String(message)) as { extensions?: { code?: unknown } }[];
    return errors.map((error) => String(error.extensions?.code ?? 'ERROR')).join(',');
  } catch {
    return 'ERROR';
  }
}

/** Passes spans on with the messages of recorded exceptions replaced by their error codes. */
class RedactingSpanProcessor implements SpanProcessor {
  /** Wraps the processor that exports. */
  constructor(private readonly next: SpanProcessor) {}

  /** Forwards to the wrapped processor. */
  onStart(...args: Parameters<SpanProcessor['onStart']>): void {
    this.next.onStart(...args);
  }

  /** Replaces exception messages (they may quote variable values) by error codes, then forwards. */
  onEnd(span: ReadableSpan): void {
    for (const event of span.events) {
      if (event.attributes?.['exception.message'] !== undefined) {
        event.attributes['exception.message'] = errorCodes(event.attributes['exception.message']);
      }
    }
    this.next.onEnd(span);
  }

  /** Forwards to the wrapped processor. */
  forceFlush(): Promise<void> {
    return this.next.forceFlush();
  }

  /** Forwards to the wrapped processor. */
  shutdown(): Promise<void> {
    return this.next.shutdown();
  }
}

/** A tracer provider that exports through `exporter` (spans redacted first); `batch` for network exporters. */
export function tracerProvider(exporter: SpanExporter, batch: boolean): BasicTracerProvider {
  const processor = batch ? new BatchSpanProcessor(exporter) : new SimpleSpanProcessor(exporter);
  return new BasicTracerProvider({
    resource: new Resource({ 'service.name': 'gonghui' }),
    spanProcessors: [new RedactingSpanProcessor(processor)],
  });
}

/** The tracer provider GONGHUI_OTEL asks for: none (`off`), spans on stdout (`console`) or OTLP/HTTP (`otlp`). */
export function tracerProviderFor(mode: Config['GONGHUI_OTEL']): BasicTracerProvider | undefined {
  if (mode === 'off') return undefined;
  // The OTLP exporter reads OTEL_EXPORTER_OTLP_ENDPOINT / _HEADERS itself (default http://localhost:4318).
  return mode === 'console'
    ? tracerProvider(new ConsoleSpanExporter(), false)
    : tracerProvider(new OTLPTraceExporter(), true);
}

/** The yoga plugin that traces every operation through `provider`. */
export function tracingPlugin(provider: BasicTracerProvider): Plugin {
  return useOpenTelemetry(
    { resolvers: false, variables: false, result: false, document: false },
    provider,
    SpanKind.SERVER,
    {},
    'gonghui',
  ) as Plugin;
}
