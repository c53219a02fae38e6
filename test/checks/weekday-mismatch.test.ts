import { describeFixtures } from './fixture-loader.js';

describeFixtures('weekday-mismatch', 'test/fixtures/checks/weekday-mismatch.yaml');
