import { describeFixtures } from './fixture-loader.js';

describeFixtures('whitespace', 'test/fixtures/checks/whitespace.yaml');
