// Printing benchmark figures next to their baselines, and keeping them for the record.
import fs from 'node:fs';
import path from 'node:path';
import { root } from './processes.js';

export interface Figure {
  name: string;
  value: number;
  unit: string;
  baseline?: { name: string; value: number };
  target?: string;
  pass?: boolean;
}

const figures: Figure[] = [];

export function record(figure: Figure): void {
  figures.push(figure);
  const ratio = figure.baseline
    ? `  (${figure.baseline.name}: ${fmt(figure.baseline.value)} ${figure.unit}; ratio ${(figure.value / figure.baseline.value).toFixed(3)})`
    : '';
  const target = figure.target ? `  target ${figure.target}: ${figure.pass ? 'MET' : 'NOT MET'}` : '';
  process.stdout.write(`  ${figure.name}: ${fmt(figure.value)} ${figure.unit}${ratio}${target}\n`);
}

export function heading(title: string): void {
  process.stdout.write(`\n== ${title}\n`);
}

export function note(text: string): void {
  process.stdout.write(`  ${text}\n`);
}

function fmt(n: number): string {
  return Math.abs(n) >= 100 ? n.toFixed(0) : n.toFixed(2);
}

export function saveResults(): string {
  const dir = path.join(root, 'bench', '.results');
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  fs.writeFileSync(file, JSON.stringify(figures, null, 2));
  return file;
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}
