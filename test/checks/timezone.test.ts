import { describeFixtures } from './fixture-loader.js';

describeFixtures('timezone', 'test/fixtures/checks/timezone.yaml');
