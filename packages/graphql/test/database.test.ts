import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/store/database.js';
import { countQueries, createTestDatabase, testBackends } from './support/database.js';

describe.each(testBackends())('test database on %s', (backend) => {
  let db: Database;
  beforeAll(async () => {
    const started = performance.now();
    db = await createTestDatabase(backend);
    console.log(`createTestDatabase(${backend}): ${Math.round(performance.now() - started)} ms`);
  });
  afterAll(() => db.close());

  it('is migrated and empty', async () => {
    expect(db.kind).toBe(backend);
    expect(await db.prisma.organization.count()).toBe(0);
  });

  it('a second one is fast and independent', async () => {
    const started = performance.now();
    const other = await createTestDatabase(backend);
    const elapsed = performance.now() - started;
    console.log(`second createTestDatabase(${backend}): ${Math.round(elapsed)} ms`);
    try {
      await other.prisma.organization.create({
        data: { id: 'o1', name: '总工会', kind: 'FEDERATION_OF_TRADE_UNIONS', level: 'NATIONAL', depth: 0 },
      });
      expect(await other.prisma.organization.count()).toBe(1);
      expect(await db.prisma.organization.count()).toBe(0);
    } finally {
      await other.close();
    }
  });

  it('counts SQL statements, inside transactions too', async () => {
    const counter = countQueries(db.prisma);
    await counter.client.organization.findMany({ include: { children: true } });
    const afterFind = counter.count();
    expect(afterFind).toBeGreaterThanOrEqual(1);
    counter.reset();
    await db.prisma.$transaction(async (tx) => {
      await tx.organization.count();
      await tx.organization.count();
    });
    expect(counter.count()).toBe(2);
    counter.stop();
    await db.prisma.organization.count();
    expect(counter.count()).toBe(2);
  });

  it('close is idempotent', async () => {
    const other = await createTestDatabase(backend);
    await Promise.all([other.close(), other.close()]);
    await other.close();
  });
});
