import { describe, expect, it } from 'vitest';
import { pngFileName } from '../../../src/renderer/ui/charts/exportPng';
import { projectFileName, safeFileBase } from '../../../src/shared/file-names';

describe('projectFileName', () => {
  it('keeps names of every script and replaces only characters file systems refuse', () => {
    expect(projectFileName('損失の比較')).toBe('損失の比較.nnproj');
    expect(projectFileName('Réseau à 2 couches')).toBe('Réseau à 2 couches.nnproj');
    expect(projectFileName('XOR: 1/2?')).toBe('XOR- 1-2-.nnproj');
  });

  it('never gives a Windows device name, whatever its case or extension', () => {
    for (const name of ['CON', 'con', 'PRN', 'AUX', 'nul', 'COM1', 'com9', 'LPT1', 'lpt9', 'CON.nnproj', 'aux.txt']) {
      const file = projectFileName(name);
      const stem = file.split('.')[0];
      expect(stem, `${name} → ${file}`).not.toMatch(/^(con|prn|aux|nul|com[1-9]|lpt[1-9])$/i);
      expect(file.endsWith('.nnproj')).toBe(true);
    }
    expect(projectFileName('CON')).toBe('CON-file.nnproj');
    // Names that only start like a device are fine as they are.
    expect(projectFileName('Console demo')).toBe('Console demo.nnproj');
    expect(projectFileName('COM10')).toBe('COM10.nnproj');
  });

  it('drops the trailing dots and spaces Windows strips, and falls back when nothing is left', () => {
    expect(projectFileName('draft. . ')).toBe('draft.nnproj');
    expect(projectFileName('...')).toBe('Untitled project.nnproj');
    expect(projectFileName('   ')).toBe('Untitled project.nnproj');
  });
});

describe('pngFileName', () => {
  it('keeps the chart title the learner reads, in any script', () => {
    expect(pngFileName('損失')).toBe('損失.png');
    expect(pngFileName('Loss')).toBe('Loss.png');
    expect(pngFileName('Confusion matrix')).toBe('Confusion matrix.png');
    expect(pngFileName('Loss: sigmoid / tanh')).toBe('Loss- sigmoid - tanh.png');
    expect(pngFileName('NUL')).toBe('NUL-file.png');
    expect(pngFileName('  ')).toBe('chart.png');
  });

  it('shares its rules with project files', () => {
    expect(safeFileBase('a<b>c', 'x')).toBe('a-b-c');
  });
});
