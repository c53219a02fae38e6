import { readFileSync } from 'node:fs';
import { resourcePath } from './resources.js';

export const VERSION: string = (JSON.parse(readFileSync(resourcePath('package.json'), 'utf8')) as { version: string }).version;
