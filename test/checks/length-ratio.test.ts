import { describeFixtures } from './fixture-loader.js';

describeFixtures('length-ratio', 'test/fixtures/checks/length-ratio.yaml');
