// External validators and consumers the interchange tests use when they are installed
// (.ci/run installs them): xmllint (libxml2-utils) and translate-toolkit's Python API.

import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export const SCHEMAS = resolve('../shared/schemas');

export function hasCommand(cmd: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;
}

export const haveXmllint = hasCommand('xmllint') && existsSync(SCHEMAS);
/** Debian's python3 with translate-toolkit (not a pyenv python). */
export const PYTHON = '/usr/bin/python3';
export const haveTranslateToolkit = existsSync(PYTHON) && spawnSync(PYTHON, ['-c', 'import translate.storage.tmx, translate.storage.xliff']).status === 0;

export function xmllint(args: string[], env: Record<string, string> = {}): { status: number; output: string } {
  const r = spawnSync('xmllint', ['--nonet', '--noout', ...args], { cwd: SCHEMAS, env: { ...process.env, ...env }, encoding: 'utf8' });
  return { status: r.status ?? -1, output: `${r.stdout}${r.stderr}` };
}

export function validateXliff12(file: string): { status: number; output: string } {
  return xmllint(['--schema', 'xliff-1.2/xliff-core-1.2-strict.xsd', file], { XML_CATALOG_FILES: 'xliff-1.2/catalog.xml' });
}

export function validateXliff20(file: string): { status: number; output: string } {
  return xmllint(['--schema', 'xliff-2.0/all-modules.xsd', file]);
}

export function validateTmx(file: string): { status: number; output: string } {
  return xmllint(['--path', 'tmx-1.4', '--dtdvalid', 'tmx-1.4/tmx14.dtd', file]);
}

/** Runs a Python snippet with translate-toolkit; its stdout parsed as JSON. */
export function python<T>(code: string, ...args: string[]): T {
  const r = spawnSync(PYTHON, ['-c', code, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout) as T;
}
