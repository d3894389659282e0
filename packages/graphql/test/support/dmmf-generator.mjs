// A Prisma generator that writes the DMMF datamodel (models, enums, indexes) as JSON to its
// `output`. Used by test/support/schema.ts to read the Prisma schema exactly as Prisma does.
// Protocol (as @prisma/generator-helper): JSON-RPC requests on stdin, responses on stderr.
import { writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline';

const respond = (message) => process.stderr.write(`${JSON.stringify(message)}\n`);
createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY }).on('line', (line) => {
  const message = JSON.parse(line);
  if (message.method === 'getManifest') {
    respond({
      jsonrpc: '2.0',
      id: message.id,
      result: { manifest: { prettyName: 'DMMF dump', defaultOutput: 'dmmf.json' } },
    });
  } else if (message.method === 'generate') {
    writeFileSync(message.params.generator.output.value, JSON.stringify(message.params.dmmf.datamodel));
    respond({ jsonrpc: '2.0', id: message.id, result: null });
  }
});
process.stdin.resume();
