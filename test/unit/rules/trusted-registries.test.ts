import * as assert from 'assert';
import { trustedRegistries as rule } from '../../../src/core/lint/rules/trusted-registries';
import { parseDockerfile } from '../../../src/core/documents/dockerfileDocument';
import { LineIndex } from '../../../src/core/documents/lineIndex';
import { fill } from '../../../src/core/types';
import type { Report } from '../../../src/core/lint/types';

const df = (...lines: string[]) => lines.join('\n');

function found(text: string, registries: unknown): [number, number, string, string][] {
  const out: Report[] = [];
  rule.check({ doc: parseDockerfile(text), options: { registries }, report: (r) => out.push(r) });
  const lines = new LineIndex(text);
  for (const r of out) for (const lang of ['ko', 'en'] as const) assert.ok(!/\{\w+\}/.test(fill(rule.meta.messages[r.messageId][lang], r.data)));
  return out.map((r) => [r.range.start.line, r.range.start.character, text.slice(lines.offsetAt(r.range.start), lines.offsetAt(r.range.end)), String(r.data?.registry)]);
}

describe('trusted-registries', () => {
  it('reports a FROM image from a registry the team does not list, on the image', () => {
    const text = df('FROM ghcr.io/acme/base:1 AS base', 'FROM node:22', 'FROM quay.io/x/y:2');
    assert.deepStrictEqual(found(text, ['ghcr.io']), [[1, 5, 'node:22', 'docker.io'], [2, 5, 'quay.io/x/y:2', 'quay.io']]);
  });

  it('reads Docker Hub under any of its names, resolves ARG defaults, and compares hosts without case', () => {
    assert.deepStrictEqual(found(df('FROM index.docker.io/library/alpine:3', 'FROM alpine:3'), ['docker.io']), []);
    assert.deepStrictEqual(found(df('ARG REG=Registry.Example.com:5000', 'FROM ${REG}/app:1'), ['registry.example.com:5000']), []);
    assert.deepStrictEqual(found(df('ARG BASE=nginx:1.27', 'FROM $BASE'), ['ghcr.io']).map((h) => h[3]), ['docker.io']);
  });

  it('says nothing without the option, and skips stages, scratch and unknown images', () => {
    assert.deepStrictEqual(found('FROM quay.io/x/y:2', undefined), []);
    assert.deepStrictEqual(found('FROM quay.io/x/y:2', []), []);
    assert.deepStrictEqual(found(df('FROM ghcr.io/a/b:1 AS build', 'FROM build', 'FROM scratch', 'ARG X', 'FROM $X'), ['ghcr.io']), []);
  });
});
