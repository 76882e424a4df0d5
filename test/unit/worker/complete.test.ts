import * as assert from 'assert';
import { AnalysisService } from '../../../src/worker/service';

// The worker's `complete` request, which the editor's completion provider sends: the items of
// the core, and in a Compose file the names of the `.env` beside it (read like the project does).
describe('worker: completion', () => {
  const disk: Record<string, string> = { '/w/.env': 'TAG=1.27\nexport PORT=8080\n' };

  it('answers in a Dockerfile with Korean documentation', () => {
    const s = new AnalysisService((p) => disk[p]);
    const doc = { uri: 'file:///w/Dockerfile', version: 1, kind: 'dockerfile' as const, text: 'FROM alpine\nRUN --mount=type=\n' };
    const list = s.handle('complete', { doc, position: { line: 1, character: 17 }, language: 'ko' });
    assert.ok(list.items.some((i) => i.label === 'cache' && i.documentation.includes('캐시')));
  });

  it('offers the .env names of the Compose file\'s folder after ${', () => {
    const s = new AnalysisService((p) => disk[p]);
    const doc = { uri: 'file:///w/compose.yaml', version: 1, kind: 'compose' as const, text: 'services:\n  web:\n    image: "nginx:${"\n', file: { path: '/w/compose.yaml', workspaceRoot: '/w' } };
    const list = s.handle('complete', { doc, position: { line: 2, character: 20 }, language: 'ko' });
    assert.deepStrictEqual(list.items.map((i) => i.label), ['TAG', 'PORT']);
  });
});
