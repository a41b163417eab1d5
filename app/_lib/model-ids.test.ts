import { describe, expect, it } from 'vitest';
import { idList, resolveModelIds } from './model-ids';

const MODELS = [
  { id: 'gemini2.5-pro', name: 'Gemini2.5-Pro', aliases: [] },
  { id: 'gemini-2.5-flash', name: 'Gemini-2.5-Flash', aliases: [] },
  { id: 'deepseek-r1', name: 'DeepSeek-R1', aliases: ['Deepseek-R1'] },
  { id: 'openai-o3-mini-medium', name: 'OpenAI-o3-mini (medium)', aliases: ['OpenAI-o3-mini (Medium)'] },
  { id: 'qwen3-235b-a22b', name: 'Qwen3-235B-A22B', aliases: ['Qwen3-235B-A22B Thinking'] },
];

describe('resolveModelIds', () => {
  it('finds a model under its id, another spelling of it, its name or an alias', () => {
    expect(resolveModelIds(['gemini-2.5-pro', 'DeepSeek-R1', 'openai-o3-mini', 'qwen3-235b-a22b'], MODELS)).toEqual({
      ids: ['gemini2.5-pro', 'deepseek-r1', 'qwen3-235b-a22b'],
      unknown: [{ asked: 'openai-o3-mini', suggestion: MODELS[3] }],
    });
    expect(resolveModelIds(['openai-o3-mini-medium', 'qwen3-235b-a22b-thinking'], MODELS).ids).toEqual([
      'openai-o3-mini-medium',
      'qwen3-235b-a22b',
    ]);
  });

  it('names what matches nothing, with the closest id when it is a slip, and none when it is not', () => {
    expect(resolveModelIds(['gemni2.5-pro', 'not-a-model'], MODELS).unknown).toEqual([
      { asked: 'gemni2.5-pro', suggestion: MODELS[0] },
      { asked: 'not-a-model' },
    ]);
  });

  it('keeps each model once, in the order asked', () => {
    expect(resolveModelIds(['deepseek-r1', 'Deepseek-R1', 'gemini2.5-pro'], MODELS).ids).toEqual([
      'deepseek-r1',
      'gemini2.5-pro',
    ]);
  });
});

describe('idList', () => {
  it('turns a typed list into ids the address accepts', () => {
    expect(idList('Gemini 2.5 Pro, DeepSeek_R1,qwen3-32b')).toBe('gemini-2.5-pro,deepseek-r1,qwen3-32b');
  });
});
