import * as assert from 'assert';
import { requireImageTag } from '../../../src/core/lint/rules/require-image-tag';
import { check } from '../../helpers/ruleHarness';
import { parseDocument } from '../../../src/core/documents/parsedDocument';

describe('require-image-tag', () => {
  describe('Compose', () => {
    const valid = ['nginx:1.27', 'ghcr.io/o/app:v2', 'redis@sha256:0123456789abcdef', 'nginx:${TAG}', '${IMAGE}', 'localhost:5000/app:1', '${REGISTRY}/app:1.0', 'app:${TAG:-1.2}'];
    for (const image of valid) it(`valid: ${image}`, () => assert.deepStrictEqual(check(requireImageTag, `services:\n  a:\n    image: "${image}"\n`), []));

    it('valid: `image:` names what `build:` produces', () => {
      assert.deepStrictEqual(check(requireImageTag, 'services:\n  a:\n    build: .\n    image: myapp\n'), []);
    });

    it('flags untagged, latest, registry-with-port untagged, and a variable default of latest', () => {
      const text = 'services:\n  a:\n    image: nginx\n  b:\n    image: "postgres:latest"\n  c:\n    image: localhost:5000/app\n  d:\n    image: app:${TAG:-latest}\n  e:\n    image: ${REGISTRY}/app\n';
      const found = check(requireImageTag, text);
      assert.deepStrictEqual(found.map((f) => [f.at, f.id, f.text]), [
        [[2, 11, 2, 16], 'untagged', 'nginx'],
        [[4, 11, 4, 28], 'latest', '"postgres:latest"'],
        [[6, 11, 6, 29], 'untagged', 'localhost:5000/app'],
        [[8, 11, 8, 29], 'latest', 'app:${TAG:-latest}'],
        [[10, 11, 10, 26], 'untagged', '${REGISTRY}/app'],
      ]);
    });
  });

  describe('Dockerfile FROM', () => {
    it('valid: tags, digests, scratch, stage names, unknowable ARGs (hadolint #219)', () => {
      const text = `ARG BASE
ARG NODE=node:22-alpine
FROM golang:1.23 AS build
FROM \${NODE} AS web
FROM \${BASE}
FROM build
FROM scratch
FROM alpine@sha256:0123456789abcdef
FROM mcr.microsoft.com/windows/{{ env.windowsVariant }}:{{ env.windowsRelease }}
`;
      assert.deepStrictEqual(check(requireImageTag, text, 'dockerfile'), []);
    });

    it('flags an untagged base, `latest` on the tag, and an ARG default without a tag', () => {
      const text = 'FROM ubuntu\nFROM --platform=$BUILDPLATFORM debian:latest AS x\nARG IMG=python\nFROM ${IMG}\n';
      const found = check(requireImageTag, text, 'dockerfile');
      assert.deepStrictEqual(found.map((f) => [f.at, f.id, f.text, f.data.image]), [
        [[0, 5, 0, 11], 'untaggedBase', 'ubuntu', 'ubuntu'],
        [[1, 38, 1, 44], 'latestBase', 'latest', 'debian:latest'],
      ]);
    });

    it('resolves a global ARG default used by FROM', () => {
      const found = check(requireImageTag, 'ARG IMG=python\nFROM ${IMG}\n', 'dockerfile');
      assert.deepStrictEqual(found.map((f) => [f.at, f.id, f.text, f.data.image]), [[[1, 5, 1, 11], 'untaggedBaseFromArg', '${IMG}', 'python']]);
    });
  });

  describe('floating tags (option floatingTags)', () => {
    const withOptions = (text: string, kind: 'compose' | 'dockerfile', options: Record<string, unknown>) => {
      const doc = parseDocument(text, kind);
      const out: string[] = [];
      requireImageTag.check({ doc, options, report: (r) => out.push(`${r.messageId}:${String(r.data?.tag ?? '')}`) });
      return out;
    };

    it('flags channel tags by default, on the tag; the first - part counts (node:lts-slim), versions never do', () => {
      const text = 'FROM node:lts-slim AS a\nFROM alpine:edge\nFROM nginx:stable-alpine\nFROM python:3.12-slim\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nFROM debian:bookworm\n';
      assert.deepStrictEqual(check(requireImageTag, text, 'dockerfile').map((f) => [f.id, f.text]), [['floatingBase', 'lts-slim'], ['floatingBase', 'edge'], ['floatingBase', 'stable-alpine']]);
      assert.deepStrictEqual(check(requireImageTag, 'services:\n  a:\n    image: node:lts\n').map((f) => [f.id, f.data.tag]), [['floating', 'lts']]);
      assert.deepStrictEqual(check(requireImageTag, 'ARG BASE=node:current\nFROM ${BASE}\n', 'dockerfile').map((f) => f.id), ['floatingBaseFromArg']);
    });

    it('a team list replaces the default; [] judges latest and untagged only', () => {
      assert.deepStrictEqual(withOptions('FROM node:lts\nFROM alpine:edge\nFROM nginx\n', 'dockerfile', { floatingTags: [] }), ['untaggedBase:']);
      assert.deepStrictEqual(withOptions('FROM node:lts\nFROM myco/base:weekly\n', 'dockerfile', { floatingTags: ['Weekly'] }), ['floatingBase:weekly']);
      assert.deepStrictEqual(withOptions('services:\n  a:\n    image: alpine:edge\n', 'compose', { floatingTags: [] }), []);
    });

    it('declares its option in the config schema', () => {
      const schema = requireImageTag.meta.optionsSchema as { properties: Record<string, unknown> };
      assert.ok(schema.properties.floatingTags);
    });
  });
});
