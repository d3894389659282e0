-- What PostGraphile needs beyond gonghui's tables (applied to PostGraphile's copy of the data only).

-- W3: the closure table exposed as a view of the rows below an organization (distance > 0), with
-- smart tags making it a relation both ways: `Organization.subtree` (the rows whose ancestor it is)
-- and `OrganizationDescendant.descendant`. A view is inlined by PostgreSQL, so PostGraphile's
-- ordered page walks the closure index (ancestor, distance, name, id) and its count is an
-- index-only scan, as in gonghui and the raw handler.
CREATE VIEW "OrganizationDescendant" AS
  SELECT "ancestorId", "descendantId", distance, "descendantName" FROM "OrganizationLink" WHERE distance > 0;
COMMENT ON VIEW "OrganizationDescendant" IS E'@foreignKey ("ancestorId") references "Organization" (id)|@fieldName ancestor|@foreignFieldName subtree\n@foreignKey ("descendantId") references "Organization" (id)|@fieldName descendant|@foreignFieldName ancestry\nAn organization below another, at a distance of 1 or more.';

-- W5: create an organization the way gonghui does: check the parent (exists, active, a higher
-- level), insert the row and its closure rows, then append a hash-chained audit entry (serialised
-- by the same transaction-level advisory lock gonghui's store uses, taken just before the chain's
-- head is read). The hash is SHA-256 of the entry's jsonb text (PostgreSQL has no RFC 8785).
CREATE FUNCTION register_organization(name text, kind "OrganizationKind", level "OrganizationLevel", parent_id text)
RETURNS "Organization" LANGUAGE plpgsql VOLATILE AS $$
DECLARE
  parent "Organization";
  created "Organization";
  head record;
  entry jsonb;
BEGIN
  IF current_setting('jwt.claims.sub', true) IS NULL THEN
    RAISE EXCEPTION 'UNAUTHENTICATED: changes need a bearer token';
  END IF;
  SELECT * INTO parent FROM "Organization" WHERE id = register_organization.parent_id;
  IF parent IS NULL OR parent.status <> 'ACTIVE' THEN
    RAISE EXCEPTION 'ORG_NOT_FOUND: no active organization %', register_organization.parent_id;
  END IF;
  IF register_organization.level <= parent.level THEN
    RAISE EXCEPTION 'ORG_LEVEL_ORDER: % is not below %', register_organization.level, parent.level;
  END IF;
  INSERT INTO "Organization" (id, name, kind, level, "parentId", depth, "updatedAt")
  VALUES (gen_random_uuid()::text, register_organization.name, register_organization.kind,
          register_organization.level, parent.id, parent.depth + 1, now())
  RETURNING * INTO created;
  INSERT INTO "OrganizationLink" ("ancestorId", "descendantId", distance, "descendantName")
  SELECT l."ancestorId", created.id, l.distance + 1, created.name FROM "OrganizationLink" l
  WHERE l."descendantId" = parent.id
  UNION ALL SELECT created.id, created.id, 0, created.name;
  PERFORM pg_advisory_xact_lock(7140417);
  SELECT seq, hash INTO head FROM "AuditEntry" ORDER BY seq DESC LIMIT 1;
  entry := jsonb_build_object(
    'seq', coalesce(head.seq, 0) + 1, 'at', now(), 'actor', current_setting('jwt.claims.sub'),
    'action', 'organization.created', 'targetType', 'Organization', 'targetId', created.id,
    'organizationId', created.id, 'before', NULL, 'after', to_jsonb(created),
    'requestId', NULL, 'prevHash', coalesce(head.hash, repeat('0', 64)));
  INSERT INTO "AuditEntry" (id, seq, at, actor, action, "targetType", "targetId", "organizationId", "after", "prevHash", hash)
  VALUES (gen_random_uuid()::text, coalesce(head.seq, 0) + 1, now(), current_setting('jwt.claims.sub'),
          'organization.created', 'Organization', created.id, created.id, to_jsonb(created),
          coalesce(head.hash, repeat('0', 64)), encode(sha256(convert_to(entry::text, 'UTF8')), 'hex'));
  RETURN created;
END;
$$;
