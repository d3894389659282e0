// The worker thread that prepares an import's rows (prepare.ts `prepareBatches`) beside the thread
// that commits them. Started by `preparedRows` with the file's path, the data key (in memory, as its
// workerData) and where to start; it posts 'ready' once loaded, then the header and each batch, and
// prepares a batch only against a credit of ids from the importing thread (which holds at most
// PREPARE_AHEAD credits out: memory stays flat whatever the file's size).

import { parentPort, workerData } from 'node:worker_threads';
import { PersonalDataCipher } from '../store/personal-data.js';
import { Inbox, type PrepareWorkerData, prepareBatches, type WorkerMessage } from './prepare.js';
import { fileOnDisk, ImportFileError } from './source.js';

const port = parentPort;
if (port === null) throw new Error('prepare-worker.ts runs as a worker thread (see prepare.ts preparedRows)');
const post = (message: WorkerMessage) => port.postMessage(message);
const start = workerData as PrepareWorkerData;

/** Credits of ids sent by the importing thread, one per batch it wants. */
const credits = new Inbox<string[]>();
port.on('message', (credit: { ids: string[] }) => credits.push(credit.ids));
const nextCredit = () => credits.next();

post({ kind: 'ready' });
try {
  const { dataKey, version, source } = start.key;
  const personalData = new PersonalDataCipher(dataKey, source, version);
  const file = { ...(await fileOnDisk(start.path)), name: start.name };
  let ids = await nextCredit();
  let at = 0;
  const nextId = () => {
    const id = ids[at++];
    if (id === undefined) throw new Error('an import batch used more ids than its credit holds');
    return id;
  };
  for await (const prepared of prepareBatches(file, personalData, nextId, start.request)) {
    post(prepared);
    if (prepared.kind === 'batch') {
      ids = await nextCredit();
      at = 0;
    }
  }
  post({ kind: 'end' });
} catch (error) {
  post({
    kind: 'error',
    code: error instanceof ImportFileError ? error.code : null,
    message: error instanceof Error ? error.message : String(error),
  });
}
