import { describeFixtures } from './fixture-loader.js';

describeFixtures('date-mismatch', 'test/fixtures/checks/date-mismatch.yaml');
