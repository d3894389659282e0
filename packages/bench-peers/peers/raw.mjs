// The floor: a hand-written node:http + pg handler doing each workload's work with the SQL a
// careful person would write (reads one or two statements, sent in parallel), bearer tokens
// verified with jose like gonghui. POST /w1…/w5 with the variables as a JSON body.
// Env: DATABASE_URL, PORT, GONGHUI_JWT_SECRET. Plain JavaScript: runs on node without a loader.
import { createHash, randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import canonicalize from 'canonicalize';
import { jwtVerify } from 'jose';
import pg from 'pg';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
const secret = new TextEncoder().encode(process.env.GONGHUI_JWT_SECRET);
const LEVELS = ['NATIONAL', 'PROVINCIAL', 'MUNICIPAL', 'COUNTY', 'TOWNSHIP', 'VILLAGE', 'GRASSROOTS'];

const W1 = `SELECT o.name, o.depth, p.name AS parent FROM "Organization" o
  LEFT JOIN "Organization" p ON p.id = o."parentId" WHERE o.id = $1`;
const W2_PAGE = `SELECT name FROM "Organization" WHERE "parentId" = $1 ORDER BY name, id LIMIT 20`;
const W2_COUNT = `SELECT count(*)::int AS n FROM "Organization" WHERE "parentId" = $1`;
const W3_PAGE = `SELECT o.name, o.depth FROM "OrganizationLink" l JOIN "Organization" o ON o.id = l."descendantId"
  WHERE l."ancestorId" = $1 AND l.distance > 0 ORDER BY l.distance, l."descendantName", l."descendantId" LIMIT 50`;
const W3_COUNT = `SELECT count(*)::int AS n FROM "OrganizationLink" WHERE "ancestorId" = $1 AND distance > 0`;
const W4 = `SELECT t.name, p.name AS parent, c.names
  FROM (SELECT id, name, "parentId", depth FROM "Organization" WHERE level = 'TOWNSHIP'
        ORDER BY depth, name, id LIMIT 20) t
  LEFT JOIN "Organization" p ON p.id = t."parentId"
  CROSS JOIN LATERAL (SELECT coalesce(array_agg(k.name ORDER BY k.name, k.id), '{}') AS names
    FROM (SELECT name, id FROM "Organization" WHERE "parentId" = t.id ORDER BY name, id LIMIT 5) k) c
  ORDER BY t.depth, t.name, t.id`;

/** W5: the parent checked, the row, its closure rows and a hash-chained audit entry in one transaction. */
async function create(subject, input) {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const { rows } = await client.query(
      'SELECT id, name, level, status, depth FROM "Organization" WHERE id = $1',
      [input.parentId],
    );
    const parent = rows[0];
    if (parent?.status !== 'ACTIVE') throw Object.assign(new Error('ORG_NOT_FOUND'), { status: 422 });
    if (LEVELS.indexOf(input.level) <= LEVELS.indexOf(parent.level))
      throw Object.assign(new Error('ORG_LEVEL_ORDER'), { status: 422 });
    const organization = {
      id: randomUUID(),
      name: input.name,
      kind: input.kind,
      level: input.level,
      status: 'ACTIVE',
      regionCode: null,
      creditCode: null,
      parentId: parent.id,
      dissolvedAt: null,
    };
    await client.query(
      `INSERT INTO "Organization" (id, name, kind, level, "parentId", depth, "updatedAt") VALUES ($1, $2, $3, $4, $5, $6, now())`,
      [
        organization.id,
        organization.name,
        organization.kind,
        organization.level,
        parent.id,
        parent.depth + 1,
      ],
    );
    await client.query(
      `INSERT INTO "OrganizationLink" ("ancestorId", "descendantId", distance, "descendantName")
       SELECT "ancestorId", $1, distance + 1, $2 FROM "OrganizationLink" WHERE "descendantId" = $3
       UNION ALL SELECT $1, $1, 0, $2`,
      [organization.id, organization.name, parent.id],
    );
    await client.query('SELECT pg_advisory_xact_lock(7140417)');
    const head = (await client.query('SELECT seq, hash FROM "AuditEntry" ORDER BY seq DESC LIMIT 1')).rows[0];
    const entry = {
      seq: String(BigInt(head?.seq ?? 0) + 1n),
      at: new Date().toISOString(),
      actor: subject,
      action: 'organization.created',
      targetType: 'Organization',
      targetId: organization.id,
      organizationId: organization.id,
      before: null,
      after: organization,
      requestId: null,
      prevHash: head?.hash ?? '0'.repeat(64),
    };
    const hash = createHash('sha256').update(canonicalize(entry), 'utf8').digest('hex');
    await client.query(
      `INSERT INTO "AuditEntry" (id, seq, at, actor, action, "targetType", "targetId", "organizationId", "after", "prevHash", hash)
       VALUES (gen_random_uuid()::text, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [
        entry.seq,
        entry.at,
        subject,
        entry.action,
        entry.targetType,
        entry.targetId,
        entry.organizationId,
        organization,
        entry.prevHash,
        hash,
      ],
    );
    await client.query('COMMIT');
    return {
      id: organization.id,
      name: organization.name,
      depth: parent.depth + 1,
      parent: { name: parent.name },
    };
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    client.release();
  }
}

/** The subject of a valid bearer token, or an error with status 401. */
async function subjectOf(req) {
  const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
  if (!token) throw Object.assign(new Error('UNAUTHENTICATED'), { status: 401 });
  try {
    const { payload } = await jwtVerify(token, secret, {
      algorithms: ['HS256'],
      issuer: 'gonghui',
      audience: 'gonghui-api',
      requiredClaims: ['sub', 'exp'],
    });
    return payload.sub;
  } catch {
    throw Object.assign(new Error('UNAUTHENTICATED'), { status: 401 });
  }
}

const handlers = {
  async w1({ id }) {
    const row = (await pool.query(W1, [id])).rows[0];
    return row
      ? { name: row.name, depth: row.depth, parent: row.parent === null ? null : { name: row.parent } }
      : null;
  },
  async w2({ id }) {
    const [page, count] = await Promise.all([pool.query(W2_PAGE, [id]), pool.query(W2_COUNT, [id])]);
    return { totalCount: count.rows[0].n, nodes: page.rows };
  },
  async w3({ id }) {
    const [page, count] = await Promise.all([pool.query(W3_PAGE, [id]), pool.query(W3_COUNT, [id])]);
    return { totalCount: count.rows[0].n, nodes: page.rows };
  },
  async w4() {
    const { rows } = await pool.query(W4);
    return rows.map((r) => ({
      name: r.name,
      parent: r.parent === null ? null : { name: r.parent },
      children: r.names.map((name) => ({ name })),
    }));
  },
  async w5(input, req) {
    return create(await subjectOf(req), input);
  },
};

createServer((req, res) => {
  const handler = req.method === 'POST' ? handlers[req.url?.slice(1) ?? ''] : undefined;
  if (!handler) {
    res.writeHead(404).end();
    return;
  }
  const chunks = [];
  req.on('data', (chunk) => chunks.push(chunk));
  req.on('end', () => {
    Promise.resolve()
      .then(() => handler(JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}'), req))
      .then(
        (data) => {
          res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ data }));
        },
        (error) => {
          res
            .writeHead(error.status ?? 500, { 'content-type': 'application/json' })
            .end(JSON.stringify({ error: error.message }));
        },
      );
  });
}).listen(Number(process.env.PORT), '127.0.0.1');
