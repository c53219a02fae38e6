import { describeFixtures } from './fixture-loader.js';

describeFixtures('number-mismatch', 'test/fixtures/checks/number-mismatch.yaml');
