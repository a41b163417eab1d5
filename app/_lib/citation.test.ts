import { describe, expect, it } from 'vitest';
import { arxivId, bibtex, plainCitation, type CitedSource } from './citation';
import { EN } from '../_i18n/translate';

const report: CitedSource = {
  id: 'qwen3-tech-report',
  title: 'Qwen3 Technical Report (arXiv:2505.09388v1)',
  url: 'https://arxiv.org/abs/2505.09388',
  publisher: 'Qwen Team (Alibaba)',
  publishedAt: '2025-05-14',
  kind: 'tech-report',
};
const board: CitedSource = {
  id: 'aider-polyglot-leaderboard',
  title: 'Aider LLM Leaderboards: polyglot coding leaderboard',
  url: 'https://aider.chat/docs/leaderboards/',
  publisher: 'Aider (Paul Gauthier)',
  publishedAt: '2025-05-09',
  kind: 'leaderboard',
};

describe('citations', () => {
  it('find the arXiv id in the title or the address', () => {
    expect(arxivId(report)).toBe('2505.09388v1');
    expect(arxivId({ title: 'x', url: 'https://arxiv.org/pdf/2401.00001' })).toBe('2401.00001');
    expect(arxivId(board)).toBeNull();
  });

  it('as plain text: publisher, title, kind and date, arXiv id, address', () => {
    expect(plainCitation(report, EN)).toBe(
      'Qwen Team (Alibaba). Qwen3 Technical Report. Technical report, 2025-05-14. arXiv:2505.09388v1. https://arxiv.org/abs/2505.09388',
    );
    expect(plainCitation(board, EN)).toBe(
      'Aider (Paul Gauthier). Aider LLM Leaderboards: polyglot coding leaderboard. Leaderboard, 2025-05-09. https://aider.chat/docs/leaderboards/',
    );
  });

  it('as BibTeX: a technical report with its eprint; a leaderboard as misc', () => {
    expect(bibtex(report)).toBe(
      [
        '@techreport{qwen3-tech-report,',
        '  title = {Qwen3 Technical Report},',
        '  author = {Qwen Team (Alibaba)},',
        '  institution = {Qwen Team (Alibaba)},',
        '  year = {2025},',
        '  month = {5},',
        '  eprint = {2505.09388v1},',
        '  archivePrefix = {arXiv},',
        '  url = {https://arxiv.org/abs/2505.09388},',
        '  note = {Published 2025-05-14}',
        '}',
      ].join('\n'),
    );
    expect(bibtex(board)).toMatch(/^@misc\{aider-polyglot-leaderboard,\n/);
    expect(bibtex(board)).toContain('howpublished = {Leaderboard}');
    // Braces a title could carry cannot break the entry.
    expect(bibtex({ ...board, title: 'A {broken} title & 50% more' })).toContain(
      'title = {A broken title \\& 50\\% more}',
    );
  });
});
