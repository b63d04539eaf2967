import { InvalidConfiguration, validateEnvironment } from './configuration';

describe('validateEnvironment', () => {
  it('keeps report streams to a share of the pool that leaves uploads, the worker and the API theirs', () => {
    expect(validateEnvironment({ REPORT_CONNECTIONS: '5' }).REPORT_CONNECTIONS).toBe(5);
    expect(() => validateEnvironment({ REPORT_CONNECTIONS: '6' })).toThrow(InvalidConfiguration);
    expect(() => validateEnvironment({ REPORT_CONNECTIONS: '6' })).toThrow(/REPORT_CONNECTIONS="?6"?/);
  });

  it('defaults to 3 report streams', () => {
    expect(validateEnvironment({}).REPORT_CONNECTIONS).toBe(3);
  });
});
