// File text that reaches a Compose hover through the project rather than the hovered file: a
// `.env` value filled into `${…}`, the name of an included or override file, a service or
// volume name defined in another file. (A value a service takes through `extends` from another
// file is not shown in hovers today, so it has no slot here.) Each payload of markdownSafety.ts goes into each of these
// slots; every hover at every position of the hovered files must render with no link, image,
// heading or HTML from the files (security review F6, now across files).
import * as assert from 'assert';
import { AnalysisService } from '../../../src/worker/service';
import { MARKER, PAYLOADS, markupProblems } from './markdownSafety';

/** A `.env` double-quoted value holding the payload as written (compose-go dotenv escapes). */
const envQuoted = (v: string) => `"${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\$/g, '\\$').replace(/\n/g, '\\n')}"`;
const yamlQuoted = (v: string) => JSON.stringify(v);

interface Slot {
  name: string;
  files: (payload: string) => Record<string, string>;
  /** The files hovered (every position of each). */
  hovered: string[];
}

const SLOTS: Slot[] = [
  {
    name: '.env value filled into ${TAG}',
    files: (p) => ({
      '/w/.env': `TAG=${envQuoted(p)}\nPORT=${envQuoted(p)}\n`,
      '/w/compose.yaml': 'services:\n  web:\n    image: "nginx:${TAG}"\n    ports: ["${PORT}:80"]\n    environment: [A=$TAG]\n    container_name: ${TAG}\n',
    }),
    hovered: ['/w/compose.yaml'],
  },
  {
    name: 'an include whose file name is the payload, defining a service named with it',
    files: (p) => ({
      '/w/compose.yaml': `include:\n  - ${yamlQuoted(`${p}.yaml`)}\nservices:\n  web:\n    image: nginx:1.27\n    ports: ["8080:80"]\n    depends_on: [${yamlQuoted(p)}]\n`,
      [`/w/${p}.yaml`]: `services:\n  ${yamlQuoted(p)}:\n    image: ${yamlQuoted(p)}\n    ports: ["8080:80"]\n`,
    }),
    hovered: ['/w/compose.yaml'],
  },
  {
    name: 'an override file that changes values with the payload',
    files: (p) => ({
      '/w/compose.yaml': 'services:\n  web:\n    image: nginx:1.27\n    restart: always\n    ports: ["8080:80"]\n    volumes: ["data:/data"]\nvolumes:\n  data: {}\n',
      '/w/compose.override.yaml': `services:\n  web:\n    image: ${yamlQuoted(p)}\n    restart: ${yamlQuoted(p)}\n    ports: [${yamlQuoted(`${p}:80`)}]\nvolumes:\n  data:\n    name: ${yamlQuoted(p)}\n`,
    }),
    hovered: ['/w/compose.yaml', '/w/compose.override.yaml'],
  },
];

function hoversOf(files: Record<string, string>, hovered: string): string[] {
  const s = new AnalysisService((p) => files[p]);
  const text = files[hovered];
  const doc = { uri: `file://${hovered}`, version: 1, kind: 'compose' as const, text };
  s.handle('lint', { doc, target: { path: hovered, workspaceRoot: '/w', language: 'ko' } });
  const out: string[] = [];
  text.split('\n').forEach((line, l) => {
    for (let c = 0; c < line.length; c += 2) {
      const h = s.handle('hover', { doc: { ...doc, text: undefined }, position: { line: l, character: c }, language: 'ko' });
      if (h?.markdown) out.push(h.markdown);
    }
  });
  return out;
}

describe('security: project hovers carry no markup from other files (.env, includes, overrides, extends)', function () {
  this.timeout(120_000);
  for (const slot of SLOTS) {
    it(`${slot.name}: ${PAYLOADS.length} payloads`, () => {
      const problems: string[] = [];
      let withMarker = 0;
      for (const payload of PAYLOADS) {
        const files = slot.files(payload);
        for (const hovered of slot.hovered) {
          for (const h of hoversOf(files, hovered)) {
            if (h.includes(MARKER)) withMarker++;
            for (const p of markupProblems(h)) problems.push(`${JSON.stringify(payload)} → ${p}`);
          }
        }
      }
      assert.ok(withMarker > 0, 'no hover showed the other file\'s value at all: the slot tests nothing');
      assert.deepStrictEqual(problems.slice(0, 10), [], `${problems.length} problems`);
    });
  }
});
