// A service told to stop while its import worker is still starting (its extraction threads loading) stops
// cleanly. The worker's start used to reject when the stop destroyed the threads it was warming, and the
// service then exited with 1, as if it had failed to start (seen in CI, where a test stopped a service seconds
// after it answered /health).
import { newDataDir } from './support/child-processes';
import { startService } from './support/service-process';

jest.setTimeout(180_000);

describe('a service stopped while its import worker starts', () => {
  it('exits with 0 and reports no failure', async () => {
    const service = await startService({ DATA_DIR: newDataDir() });
    // /health answers once the server listens; the worker starts after that, loading its threads from source
    // for seconds, so this lands while it does.
    service.child.kill('SIGTERM');
    expect(await service.exited).toBe(0);
    expect(service.output()).not.toMatch(/Terminating worker thread|Error/);
  });
});
