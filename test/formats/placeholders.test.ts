import { describeFixtures } from '../checks/fixture-loader.js';

describeFixtures('placeholders', 'test/fixtures/formats/placeholders.yaml');
