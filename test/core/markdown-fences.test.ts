// Which lines of a Markdown document are code blocks: expected per line beside each case.

import { describe, it, expect } from 'vitest';
import { MarkdownFences } from '../../src/core/markdown-fences.js';

function codeLines(lines: string[]): number[] {
  const f = new MarkdownFences();
  const out: number[] = [];
  lines.forEach((l, i) => f.inCode(l) && out.push(i + 1));
  return out;
}

describe('MarkdownFences', () => {
  it('a block opens and closes with its fence, info string allowed', () => {
    expect(codeLines(['Run:', '```bash', 'make test', '```', 'Done.'])).toEqual([2, 3, 4]);
  });

  it('triple backticks around code on one line are inline code, not a block', () => {
    expect(codeLines(['``` python manage.py migrate ```', '', 'Lors de la création de modèles, générez des migrations :', '', '``` python manage.py makemigrations ```'])).toEqual([]);
  });

  it('a block closes only on a fence of its own character, at least as long', () => {
    expect(codeLines(['````', '```', 'still code', '~~~', '````', 'prose'])).toEqual([1, 2, 3, 4, 5]);
    expect(codeLines(['~~~', 'a ``` inside', '~~~', 'prose'])).toEqual([1, 2, 3]);
  });

  it('a fence indented in a list item counts; an unclosed block runs to the end', () => {
    expect(codeLines(['1. Install:', '    ```', '    npm ci', '    ```', 'prose', '```', 'never closed'])).toEqual([2, 3, 4, 6, 7]);
  });

  it('a line that merely starts with backticks of inline code is prose', () => {
    expect(codeLines(['`npm install -g yarn`', '``code`` and more'])).toEqual([]);
  });

  it('a script or a style block opening a line runs to its closing tag; a closed one is one line', () => {
    expect(codeLines(['<style>', '  #legend-img {', '    margin: 0px;', '  }', '</style>', 'Prose again.'])).toEqual([1, 2, 3, 4, 5]);
    expect(codeLines(['  <SCRIPT type="module">', 'const a = 1;', '</script>', 'Prose.'])).toEqual([1, 2, 3]);
    expect(codeLines(['<script src="https://cdn.example.ca/ol.js"></script>', 'Prose.'])).toEqual([1]);
  });

  it('a style tag named in prose or inside a code block opens nothing', () => {
    expect(codeLines(['Put the rules in a `<style>` element.', '<styles are not tags', '<stylesheet>', 'Prose.'])).toEqual([]);
    expect(codeLines(['```html', '<style>', '```', 'Prose.'])).toEqual([1, 2, 3]);
  });
});
