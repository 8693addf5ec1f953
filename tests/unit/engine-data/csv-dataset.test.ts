import { describe, expect, it } from 'vitest';
import { csvToDataset, dataShapeOf, makeDataset, parseCsv } from '../../../src/engine/data';

const IRIS_CSV = [
  'sepal_length,sepal_width,petal_length,petal_width,species',
  '5.1,3.5,1.4,0.2,setosa',
  '7.0,3.2,4.7,1.4,versicolor',
  '',
  '6.3,3.3,6.0,2.5,virginica',
  '4.9,3.0,1.4,abc,setosa',
  '5.0,3.6,1.4',
  '6.4,3.2,4.5,1.5,',
  '6.5,,5.8,2.2,virginica',
  '5.8,2.7,5.1,1.9,virginica',
].join('\n');

describe('csvToDataset', () => {
  it('reports every bad row with its file line and reason, and keeps the good ones', () => {
    const { dataset, badRows } = csvToDataset(parseCsv(IRIS_CSV), { target: 'species' });
    expect(badRows.map(({ line, reason }) => ({ line, reason }))).toEqual([
      { line: 6, reason: "line 6: column 'petal_width' is 'abc', not a number" },
      { line: 7, reason: 'line 7: has 3 columns, but the header has 5' },
      { line: 8, reason: "line 8: the target column 'species' is empty" },
      { line: 9, reason: "line 9: column 'sepal_width' is empty" },
    ]);
    expect(dataset.n).toBe(4);
    expect(dataset.featureNames).toEqual(['sepal_length', 'sepal_width', 'petal_length', 'petal_width']);
    expect(Array.from(dataset.x.subarray(12))).toEqual([5.8, 2.7, 5.1, 1.9].map(Math.fround));
  });

  it('turns a categorical target into class indices, classes sorted by name', () => {
    const { dataset } = csvToDataset(parseCsv('x,label\n1,dog\n2,cat\n3,emu\n4,cat\n'));
    expect(dataset.task).toBe('classification');
    expect(dataset.classNames).toEqual(['cat', 'dog', 'emu']);
    expect(Array.from(dataset.y)).toEqual([1, 0, 2, 0]);
    expect(dataShapeOf(dataset)).toEqual({ features: 1, task: 'classification', classes: 3 });
  });

  it('sorts numeric class labels as numbers and infers regression for measurements', () => {
    const classes = csvToDataset(parseCsv('x,y\n1,10\n2,2\n3,1\n4,2\n')).dataset;
    expect(classes.task).toBe('classification');
    expect(classes.classNames).toEqual(['1', '2', '10']);
    expect(Array.from(classes.y)).toEqual([2, 1, 0, 1]);
    const regression = csvToDataset(parseCsv('x,y\n1,0.5\n2,1.25\n3,-2\n')).dataset;
    expect(dataShapeOf(regression)).toEqual({ features: 1, task: 'regression', classes: 0, targets: 1 });
    expect(Array.from(regression.y)).toEqual([0.5, 1.25, -2]);
  });

  it('infers regression for whole numbers with more than 10 values, and refuses more than 1000 classes', () => {
    const ints = 'x,y\n' + Array.from({ length: 11 }, (_, i) => `${i},${i}`).join('\n');
    expect(csvToDataset(parseCsv(ints)).dataset.task).toBe('regression');
    expect(csvToDataset(parseCsv(ints), { task: 'classification' }).dataset.classes).toBe(11);
    const ids = 'x,id\n' + Array.from({ length: 1001 }, (_, i) => `${i},id${i}`).join('\n');
    expect(() => csvToDataset(parseCsv(ids))).toThrow(/1001 different values, too many classes \(at most 1000\)/);
  });

  it('with the regression task, a non-numeric target is a bad row', () => {
    const { dataset, badRows } = csvToDataset(parseCsv('a,b,price\n1,2,3.5\n1,2,n/a\n4,5,6\n'), {
      task: 'regression',
      features: ['b'],
    });
    expect(badRows.map(({ line, reason }) => ({ line, reason }))).toEqual([
      { line: 3, reason: "line 3: the target column 'price' is 'n/a', not a number (the task is regression)" },
    ]);
    expect(Array.from(dataset.x)).toEqual([2, 5]);
    expect(Array.from(dataset.y)).toEqual([3.5, 6]);
  });

  it('refuses columns that do not exist, overlap or repeat, and a single class', () => {
    const t = parseCsv('a,b,c\n1,2,x\n3,4,y\n');
    expect(() => csvToDataset(t, { target: 'd' })).toThrow(
      "The CSV has no column 'd' (chosen as the target). Its columns are: 'a', 'b', 'c'.",
    );
    expect(() => csvToDataset(t, { features: ['a', 'bb'], target: 'c' })).toThrow(
      /no column 'bb' \(chosen as a feature\)/,
    );
    expect(() => csvToDataset(t, { features: ['a', 'c'], target: 'c' })).toThrow(/both as a feature and as the target/);
    expect(() => csvToDataset(parseCsv('a,a,c\n1,2,x\n'), { features: ['a'] })).toThrow(
      /more than one column named 'a'/,
    );
    expect(() => csvToDataset(parseCsv('a,c\n1,x\n2,x\n'))).toThrow(/holds only one value \('x'\)/);
  });

  it('makeDataset reads spec.text or the caller-supplied text, and uses every row', () => {
    const text =
      'x1,x2,y\n' + Array.from({ length: 40 }, (_, i) => `${i},${i * 2},${i % 2 ? 'odd' : 'even'}`).join('\n');
    const spec = { kind: 'csv' as const, validationSplit: 0.2, seed: 1, target: 'y' };
    expect(makeDataset({ ...spec, text }).dataset.n).toBe(40);
    expect(makeDataset({ ...spec, path: 'a.csv' }, { csvText: text }).dataset.n).toBe(40);
    expect(() => makeDataset({ ...spec, text: 'x1,y\nq,a\nr,b\n' })).toThrow(
      /no usable rows: line 2: column 'x1' is 'q', not a number; line 3: column 'x1' is 'r', not a number/,
    );
  });

  it('parses and converts 100,000 rows × 50 columns, and reports the time', () => {
    const cols = 50;
    const header = Array.from({ length: cols }, (_, k) => (k === cols - 1 ? 'label' : `f${k}`)).join(',');
    const lines = [header];
    const values = Array.from({ length: 1000 }, (_, v) => (v / 7).toFixed(3));
    // 997 distinct rows, repeated: building the text should not cost more than parsing it.
    const distinct = Array.from({ length: 997 }, (_, r) => {
      const row: string[] = [];
      for (let k = 0; k < cols - 1; k++) row.push(values[(r * 31 + k * 17) % 1000]);
      row.push(r % 3 === 0 ? 'a' : r % 3 === 1 ? 'b' : 'c');
      return row.join(',');
    });
    for (let r = 0; r < 100_000; r++) lines.push(distinct[r % 997]);
    const text = lines.join('\n');
    // CPU time as well as wall time: the test machine is shared, and wall time then mostly measures the others.
    const cpuMs = (since: NodeJS.CpuUsage): number => {
      const u = process.cpuUsage(since);
      return (u.user + u.system) / 1000;
    };
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const table = parseCsv(text);
    const t1 = performance.now();
    const c1 = cpuMs(c0);
    const { dataset, badRows } = csvToDataset(table, { target: 'label' });
    const t2 = performance.now();
    const c2 = cpuMs(c0);
    console.log(
      `CSV 100,000 × 50 (${(text.length / 1e6).toFixed(1)} MB): parse ${(t1 - t0).toFixed(0)} ms wall / ${c1.toFixed(0)} ms CPU, ` +
        `to dataset ${(t2 - t1).toFixed(0)} ms wall / ${(c2 - c1).toFixed(0)} ms CPU`,
    );
    expect(dataset.n).toBe(100_000);
    expect(dataset.features).toBe(49);
    expect(badRows).toEqual([]);
    expect(dataset.x[49 * 5 + 3]).toBeCloseTo(((5 * 31 + 3 * 17) % 1000) / 7, 3);
  });
});
