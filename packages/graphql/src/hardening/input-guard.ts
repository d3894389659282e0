// The one input guard at the edge of the API (DESIGN.md, "One guard at the edge").
//
// Every root field (Query, Mutation) is wrapped once, in schema.ts, by `guardInputs`. Before the
// field's resolver — and so before any authorization check, global-ID decoding, Prisma query
// planning or core command — the guard walks the field's selection (fragments included) and reads
// the arguments of the root field and of every field selected below it with graphql-js's
// `getArgumentValues` (literals and variables, coerced), following their input types through input
// objects and lists. Nested fields are guarded from the root because the Prisma plugin plans their
// SQL (e.g. `subtree(filter:)`) while resolving their root field. Each string (String or ID) must be
//
//   - well-formed: no NUL character and no lone surrogate (PostgreSQL stores neither), and
//   - at most MAX_INPUT_TEXT_LENGTH code points long (a cap on raw input, far above any field's rule).
//
// The walk runs only when some string of the request fails: the document's string literals are
// checked once per parsed document and the variables once per request (`nothingToRefuse`).
//
// What a field's text may say beyond that is a domain rule and lives in core (names, industry
// chains: `nameTextProblem` in core's kernel/text.ts, shared with `malformedText` used here).
//
// A refused mutation input comes back as errors as data (`TEXT_MALFORMED` / `TEXT_TOO_LONG` with the
// input path) when the mutation returns a payload; anything else is a GraphQL error with
// `extensions.code: 'BAD_USER_INPUT'`, `reason` (the text code), `field` (the schema coordinate,
// e.g. `Organization.subtree`) and `argument` (the path inside its arguments, e.g. `filter.nameContains`).

import { codePointLength, malformedText, type TextErrorCode } from '@gonghui/core';
import {
  defaultFieldResolver,
  type FieldNode,
  type FragmentDefinitionNode,
  GraphQLError,
  type GraphQLField,
  type GraphQLFieldResolver,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLResolveInfo,
  type GraphQLSchema,
  getArgumentValues,
  getNamedType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type StringValueNode,
  visit,
} from 'graphql';
import { MAX_PAYLOAD_ERRORS, type Payload, RuleViolation, toUserError } from '../schema/errors.js';

/**
 * Most characters (Unicode code points) any string argument may have. Far above every field's
 * own maximum (names 100, member names 50, industry chains 50, global IDs and cursors under 100),
 * so that a field's rule, not this cap, answers an ordinary mistake; a 900,000-character string
 * never reaches a command.
 */
export const MAX_INPUT_TEXT_LENGTH = 1000;

/** A string argument the guard refused. */
export interface InputViolation {
  /** Why: `TEXT_MALFORMED` (NUL, lone surrogate) or `TEXT_TOO_LONG`. */
  readonly code: TextErrorCode;
  /** Schema coordinate of the field whose argument it is, e.g. `Mutation.joinFederation`. */
  readonly field: string;
  /** Path inside the field's arguments, e.g. `['input', 'chain']` or `['ids', '3']`. */
  readonly argument: readonly string[];
  /** What is wrong, naming the argument, e.g. `input.chain holds U+0000 (NUL) at character 3`. */
  readonly message: string;
}

/** Why one string argument is refused, or null when it passes the guard. */
function textProblem(value: string): { code: TextErrorCode; problem: string } | null {
  const malformed = malformedText(value);
  if (malformed !== null) return { code: 'TEXT_MALFORMED', problem: malformed };
  // A string of at most that many UTF-16 units has at most that many code points: count only longer ones.
  if (value.length > MAX_INPUT_TEXT_LENGTH) {
    const length = codePointLength(value);
    if (length > MAX_INPUT_TEXT_LENGTH) {
      return {
        code: 'TEXT_TOO_LONG',
        problem: `has ${length} characters, more than ${MAX_INPUT_TEXT_LENGTH}`,
      };
    }
  }
  return null;
}

/** Whether one string argument passes the guard (the compiled read path checks its arguments with it). */
export function passesInputGuard(value: string): boolean {
  return textProblem(value) === null;
}

/** Checks every string inside one coerced argument value, following its input type. */
function visitValue(
  type: GraphQLInputType,
  value: unknown,
  argument: readonly string[],
  field: string,
  out: InputViolation[],
): void {
  if (value === null || value === undefined) return;
  const nullable = isNonNullType(type) ? type.ofType : type;
  if (isListType(nullable)) {
    const items = Array.isArray(value) ? value : [value];
    items.forEach((item, index) => {
      visitValue(nullable.ofType, item, [...argument, String(index)], field, out);
    });
    return;
  }
  if (isInputObjectType(nullable)) {
    for (const inputField of Object.values(nullable.getFields())) {
      const fieldValue = (value as Record<string, unknown>)[inputField.name];
      visitValue(inputField.type, fieldValue, [...argument, inputField.name], field, out);
    }
    return;
  }
  if (typeof value !== 'string') return;
  const refused = textProblem(value);
  if (refused) {
    out.push({ code: refused.code, field, argument, message: `${argument.join('.')} ${refused.problem}` });
  }
}

/** The walk over one root field's selection: schema, fragments and variables of the request. */
interface Walk {
  readonly info: GraphQLResolveInfo;
  /** Fragments already walked (their arguments do not depend on where they are spread). */
  readonly seen: Set<string>;
  readonly out: InputViolation[];
}

/** Checks the arguments of every field in `selectionSet` (selected on `type`), and below them. */
function visitSelections(walk: Walk, type: GraphQLNamedType, selectionSet: SelectionSetNode): void {
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      if (!isObjectType(type) && !isInterfaceType(type)) continue;
      const field = type.getFields()[selection.name.value];
      if (!field) continue; // __typename and introspection fields
      visitField(walk, type, field, selection);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const condition = selection.typeCondition
        ? walk.info.schema.getType(selection.typeCondition.name.value)
        : type;
      if (condition) visitSelections(walk, condition, selection.selectionSet);
    } else {
      const name = selection.name.value;
      const fragment: FragmentDefinitionNode | undefined = walk.info.fragments[name];
      if (!fragment || walk.seen.has(name)) continue;
      walk.seen.add(name);
      const condition = walk.info.schema.getType(fragment.typeCondition.name.value);
      if (condition) visitSelections(walk, condition, fragment.selectionSet);
    }
  }
}

/** Checks one selected field's arguments, then the fields selected below it. */
function visitField(
  walk: Walk,
  parent: GraphQLNamedType,
  field: GraphQLField<unknown, unknown>,
  node: FieldNode,
): void {
  if (field.args.length > 0) {
    const values = getArgumentValues(field, node, walk.info.variableValues);
    for (const arg of field.args) {
      visitValue(arg.type, values[arg.name], [arg.name], `${parent.name}.${field.name}`, walk.out);
    }
  }
  if (node.selectionSet) visitSelections(walk, getNamedType(field.type), node.selectionSet);
}

/** Whether every string inside `value` (a request's variables) passes the guard. */
function stringsPass(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return textProblem(value) === null;
  if (value === null || typeof value !== 'object') return true;
  // Deeper than any input type of the schema nests: let the full walk decide.
  if (depth > 32) return false;
  for (const entry of Array.isArray(value) ? value : Object.values(value)) {
    if (!stringsPass(entry, depth + 1)) return false;
  }
  return true;
}

/** Operations (with their fragments) whose string literals all pass the guard, and those that do not. */
const literalsChecked = new WeakMap<OperationDefinitionNode, boolean>();

/** Whether every string literal of the operation and the document's fragments passes the guard (remembered per operation). */
function literalsPass(info: GraphQLResolveInfo): boolean {
  let passes = literalsChecked.get(info.operation);
  if (passes === undefined) {
    passes = true;
    const check = {
      StringValue(node: StringValueNode) {
        if (textProblem(node.value) !== null) passes = false;
      },
    };
    visit(info.operation, check);
    for (const fragment of Object.values(info.fragments)) visit(fragment, check);
    literalsChecked.set(info.operation, passes);
  }
  return passes;
}

/** Variables (the coerced object one request's root fields share) whose strings all pass the guard. */
const variablesChecked = new WeakMap<object, boolean>();

/**
 * Whether a root field certainly has nothing to refuse: every string an argument can hold comes from
 * a literal of the document (checked once per document: yoga reuses the parsed document of the same
 * text), a variable (checked once per request), or a default of our own schema. Only when one of
 * them fails is the selection walked, to say which argument of which field.
 */
function nothingToRefuse(info: GraphQLResolveInfo): boolean {
  if (!literalsPass(info)) return false;
  let passes = variablesChecked.get(info.variableValues);
  if (passes === undefined) {
    passes = stringsPass(info.variableValues);
    variablesChecked.set(info.variableValues, passes);
  }
  return passes;
}

/** Every string argument the guard refuses in a root field's call and everything selected below it. */
export function inputViolations(info: GraphQLResolveInfo): InputViolation[] {
  const walk: Walk = { info, seen: new Set(), out: [] };
  const field = info.parentType.getFields()[info.fieldName];
  if (!field) return [];
  for (const node of info.fieldNodes) visitField(walk, info.parentType, field, node);
  return walk.out;
}

/** Whether a field returns a mutation payload: an object with the `errors: [RuleViolation!]!` field. */
function returnsPayload(type: GraphQLOutputType): boolean {
  const named = getNamedType(type);
  if (!isObjectType(named)) return false;
  const errors = named.getFields().errors;
  return errors !== undefined && getNamedType(errors.type).name === RuleViolation.name;
}

/** The GraphQL error of a refused argument (where no payload can carry it). */
function refusal(violation: InputViolation): GraphQLError {
  return new GraphQLError(`Argument ${violation.message} (of ${violation.field}).`, {
    extensions: {
      code: 'BAD_USER_INPUT',
      reason: violation.code,
      field: violation.field,
      argument: violation.argument,
    },
  });
}

/** Wraps one root field's resolver: the guard runs first, and answers for it when an argument is refused. */
function guarded(
  root: GraphQLObjectType,
  field: GraphQLField<unknown, unknown>,
): GraphQLFieldResolver<unknown, unknown> {
  const resolve = field.resolve ?? defaultFieldResolver;
  const coordinate = `${root.name}.${field.name}`;
  const payload = returnsPayload(field.type);
  return (source, args, context, info) => {
    if (nothingToRefuse(info)) return resolve(source, args, context, info);
    const violations = inputViolations(info);
    if (violations.length === 0) return resolve(source, args, context, info);
    // Refusals of the mutation's own `input` are errors as data in its payload; others are GraphQL errors.
    const own = violations.filter((v) => v.field === coordinate && v.argument[0] === 'input');
    if (!payload || own.length < violations.length) throw refusal(violations[0] as InputViolation);
    const refused: Payload<never> = {
      value: null,
      errors: own
        .slice(0, MAX_PAYLOAD_ERRORS)
        .map((v) => toUserError({ code: v.code, message: v.message, path: v.argument.slice(1) })),
    };
    return refused;
  };
}

/** Puts the input guard in front of every root field of `schema` (Query and Mutation), and of every subscription's subscribe. */
export function guardInputs(schema: GraphQLSchema): void {
  for (const root of [schema.getQueryType(), schema.getMutationType()]) {
    if (!root) continue;
    for (const field of Object.values(root.getFields())) field.resolve = guarded(root, field);
  }
  const subscriptions = schema.getSubscriptionType();
  for (const field of Object.values(subscriptions?.getFields() ?? {})) {
    // The guard runs before anything is subscribed to; a refusal is the subscription's error.
    if (subscriptions && field.subscribe)
      field.subscribe = guarded(subscriptions, { ...field, resolve: field.subscribe });
  }
}
