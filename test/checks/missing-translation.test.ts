import { describeFixtures } from './fixture-loader.js';

describeFixtures('missing-translation', 'test/fixtures/checks/missing-translation.yaml');
