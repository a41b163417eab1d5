import { describe, expect, it } from 'vitest';
import { translator } from '../_i18n/translate';
import { settingDifferences, settingText, statesSettings, type SettingsRow } from './run-settings';

const none: SettingsRow = {
  harness: '',
  harnessVersion: '',
  nShot: '',
  samples: '',
  itemsUsed: '',
  temperature: '',
  maxOutputTokens: '',
  chatTemplate: '',
  host: '',
  quantization: '',
  runDate: '',
};

describe('run settings compared', () => {
  it('names a setting that differs by its values: "5-shot vs 0-shot"', () => {
    expect(settingDifferences({ ...none, nShot: '5' }, { ...none, nShot: '0' })).toEqual(['5-shot vs 0-shot']);
    expect(settingDifferences({ ...none, temperature: '0.6' }, { ...none, temperature: '0' })).toEqual([
      'temperature 0.6 vs temperature 0',
    ]);
  });

  it('says "not stated by this source" where one side does not state it', () => {
    expect(
      settingDifferences({ ...none, nShot: '0', harness: 'lm-evaluation-harness', harnessVersion: '0.4.9' }, none),
    ).toEqual([
      'harness: lm-evaluation-harness 0.4.9 vs not stated by this source',
      'n-shot: 0-shot vs not stated by this source',
    ]);
  });

  it('finds nothing to name for the same settings, numbers by value, or another run date', () => {
    const a = { ...none, nShot: '5', temperature: '0.60', runDate: '2026-01-01' };
    expect(settingDifferences(a, { ...a, temperature: '0.6', runDate: '2026-02-02' })).toEqual([]);
    expect(statesSettings(none)).toBe(false);
    expect(statesSettings({ ...none, runDate: '2026-01-01' })).toBe(true);
  });

  it('speaks Chinese on a Chinese page', () => {
    const zh = translator('zh');
    expect(settingDifferences({ ...none, nShot: '5' }, none, zh)).toEqual(['示例数（n-shot）：5-shot 与 此来源未说明']);
    expect(settingText({ ...none, chatTemplate: 'no' }, 'chatTemplate', zh)).toBe('不用对话模板');
  });
});
