// PostGraphile 4.14 with pg-simplify-inflector on gonghui's tables, as its docs recommend for
// production: no GraphiQL, no query log, default CRUD mutations off (W5 is the SQL function
// register_organization in postgraphile.sql), bearer tokens verified with gonghui's HS256 secret.
// Env: DATABASE_URL, PORT, GONGHUI_JWT_SECRET. Plain JavaScript: runs on node without a loader.
import { createServer } from 'node:http';
import PgSimplifyInflectorPlugin from '@graphile-contrib/pg-simplify-inflector';
import pg from 'pg';
import { postgraphile } from 'postgraphile';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
const middleware = postgraphile(pool, 'public', {
  appendPlugins: [PgSimplifyInflectorPlugin],
  disableDefaultMutations: true,
  graphiql: false,
  disableQueryLog: true,
  ignoreRBAC: false,
  setofFunctionsContainNulls: false,
  legacyRelations: 'omit',
  dynamicJson: true,
  jwtSecret: process.env.GONGHUI_JWT_SECRET,
  jwtVerifyOptions: { audience: 'gonghui-api', issuer: 'gonghui' },
  retryOnInitFail: false,
});
createServer(middleware).listen(Number(process.env.PORT), '127.0.0.1');
