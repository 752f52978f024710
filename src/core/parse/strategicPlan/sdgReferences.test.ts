import { describe, expect, it } from 'vitest';
import { sdgReferences } from './sdgReferences.ts';

describe('sdgReferences', () => {
  it('reads the list after "SDG" and keeps only real SDG targets', () => {
    expect(sdgReferences('in support of SDG target 5.b')).toEqual(['5.b']);
    expect(sdgReferences('SDG targets 4.4, 5.b and 9.c; later 17.8')).toEqual(['4.4', '5.b', '9.c']);
    expect(sdgReferences('Sustainable Development Goal targets 9.C / 17.6.')).toEqual(['9.c', '17.6']);
    expect(sdgReferences('SDG targets 9.z, 18.1 and 9.c')).toEqual(['9.c']);
  });

  it('does not read the plan\u2019s own targets or SDG indicators as SDG targets', () => {
    expect(sdgReferences('Target 1.1 supports target 2.3')).toEqual([]);
    expect(sdgReferences('SDG indicators 9.c.1 and 17.6.2')).toEqual([]);
    expect(sdgReferences('Goal 1 (Target 1.2): SDG targets 9.c', { anyId: true })).toEqual(['9.c']);
  });

  it('reads every ID of a table row that does not name the SDGs', () => {
    expect(sdgReferences('9.c, 17.8 (indicator 17.8.1), 99.9', { anyId: true })).toEqual(['9.c', '17.8']);
    expect(sdgReferences('9.c, 9.c', { anyId: true })).toEqual(['9.c']);
  });
});
