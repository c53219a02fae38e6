import { describeFixtures } from './fixture-loader.js';

describeFixtures('repeated-word', 'test/fixtures/checks/repeated-word.yaml');
