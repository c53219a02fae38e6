import { describeFixtures } from './fixture-loader.js';

describeFixtures('punctuation-mismatch', 'test/fixtures/checks/punctuation-mismatch.yaml');
