import { describeFixtures } from './fixture-loader.js';

describeFixtures('fr-typography', 'test/fixtures/checks/fr-typography.yaml');
