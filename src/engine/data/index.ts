/** Public API of the datasets module. */
export { makeDataset, dataShapeOf, prepareData, shouldStandardize } from './make';
export type { DatasetResources, MadeDataset, PreparedData } from './make';
export { splitDataset, MAX_VALIDATION_SPLIT } from './split';
export { fitStandardization, applyStandardization, standardizeRows, standardizeSplit } from './standardize';
export type { Standardization } from './standardize';
export { DATASET_INFO, DEFAULT_NOISE, MAX_GENERATED_SAMPLES, MIN_CLASSES, MAX_CLASSES } from './info';
export {
  csvLabel,
  datasetClasses,
  datasetNoise,
  datasetSamples,
  patchDatasetSpec,
  switchDatasetKind,
  withoutEmbeddedText,
} from './spec';
export type { DatasetPatch } from './spec';
export { csvFingerprint, dataShapeOfTransform, dataTransformFrom, dataTransformOf } from './transform';
export type { TransformFacts } from './transform';
export type { DatasetInfo } from './info';
export { PLANE_EXTENT, PLANE_RANGE, makeCircle, makeXor, makeGaussian, makeSpiral, makeMoons } from './synthetic2d';
export type { Synthetic2dOptions } from './synthetic2d';
export { SINE_X_RANGE, makeSine } from './sine';
export { irisFull, makeIris, IRIS_SAMPLES } from './iris';
export { IRIS_FEATURE_NAMES, IRIS_CLASS_NAMES } from './iris-data';
export { decodeMnist, encodeMnist, MNIST_MAGIC, MNIST_HEADER_BYTES } from './mnist-format';
export type { MnistImages } from './mnist-format';
export { makeMnist } from './mnist';
export { parseCsv, csvField, csvNumber, csvNumbersInto, csvRow, csvRowWidth, detectDelimiter } from './csv-parse';
export { FLOAT32_MAX, numberProblem, parseNumberText, quoteCell } from './csv-number';
export type { CsvOptions, CsvTable } from './csv-parse';
export { csvToDataset, MAX_CSV_CLASSES } from './csv-dataset';
export type { BadRow, CsvDatasetOptions, CsvRowProblem } from './csv-dataset';
export { selectRows, seededSubset, yWidthOf } from './rows';
export { DataError, dataProblemOf } from './errors';
export type { DataProblem, DataProblemRow } from './errors';
