import { describeFixtures } from './fixture-loader.js';

describeFixtures('time-mismatch', 'test/fixtures/checks/time-mismatch.yaml');
