import { describeFixtures } from './fixture-loader.js';

describeFixtures('untranslated', 'test/fixtures/checks/untranslated.yaml');
