/** The format keeps its own copies of the engine's registry names (it imports engine types only); they must agree. */
import { describe, expect, it } from 'vitest';
import * as engine from '../../../src/engine/types';
import { DATASET_INFO, DEFAULT_NOISE } from '../../../src/engine/data';
import * as format from '../../../src/project';

describe('registry names in the file format', () => {
  it('equal the engine registries, in order', () => {
    expect(format.ACTIVATION_NAMES).toEqual(engine.ACTIVATIONS);
    expect(format.OUTPUT_ACTIVATION_NAMES).toEqual(engine.OUTPUT_ACTIVATIONS);
    expect(format.LOSS_NAMES).toEqual(engine.LOSSES);
    expect(format.OPTIMIZER_NAMES).toEqual(engine.OPTIMIZERS);
    expect(format.NODE_TYPE_NAMES).toEqual(engine.NODE_TYPES);
    expect(format.DATASET_KIND_NAMES).toEqual(engine.DATASET_KINDS);
    expect(format.CSV_DELIMITER_NAMES).toEqual(engine.CSV_DELIMITERS);
  });

  it('give each dataset kind the fields and defaults the engine uses', () => {
    expect(format.DATASET_FIELDS_BY_KIND).toEqual(engine.DATASET_KIND_FIELDS);
    expect(format.SHARED_DATASET_FIELDS).toEqual(engine.SHARED_DATASET_FIELDS);
    expect(format.DEFAULT_NOISE).toBe(DEFAULT_NOISE);
    for (const kind of engine.DATASET_KINDS) {
      const takesSamples = (engine.DATASET_KIND_FIELDS[kind] as readonly string[]).includes('samples');
      expect((format.DEFAULT_SAMPLES as Record<string, number>)[kind]).toBe(
        takesSamples ? DATASET_INFO[kind].defaultSamples : undefined,
      );
    }
  });
});
