// The pipeline flags shared by analyze and add: one --stage-timeout for every stage's budget.
import { describe, expect, it } from 'vitest';
import { pipelineOptionsFrom } from '../../src/cli/context.js';

describe('pipelineOptionsFrom', () => {
  it('applies --stage-timeout to extract and read per input and to link and dossier per story', () => {
    const { limits, workers } = pipelineOptionsFrom({ stageTimeout: '2.5' }, 1);
    expect(limits.stageMs).toEqual({ extract: 2500, read: 2500 });
    expect(limits.storyMs).toEqual({ link: 2500, dossier: 2500 });
    expect(workers).toBeGreaterThan(0);
  });

  it('turns every budget off with 0', () => {
    const { limits } = pipelineOptionsFrom({ stageTimeout: '0' }, 1);
    expect(limits.stageMs).toEqual({ extract: null, read: null });
    expect(limits.storyMs).toEqual({ link: null, dossier: null });
  });

  it('leaves the defaults alone without the flag and refuses a bad value', () => {
    expect(pipelineOptionsFrom({}, 1).limits).toEqual({});
    expect(() => pipelineOptionsFrom({ stageTimeout: 'soon' }, 1)).toThrow(/--stage-timeout must be a number of seconds/);
  });
});
