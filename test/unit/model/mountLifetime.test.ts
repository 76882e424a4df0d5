import * as assert from 'assert';
import { mountLifetime } from '../../../src/core/model/dockerMounts';
import type { MountKind, MountLifetime } from '../../../src/core/model/dockerMounts';
import { LIFETIME_TEMPLATE } from '../../../src/core/explain/compose/values';
import { getTopic } from '../../../src/core/knowledge';
import { fill, pick } from '../../../src/core/types';

// Sources: DOWN = https://docs.docker.com/reference/cli/docker/compose/down/#options ("-v: Remove
// named volumes declared in the volumes section of the Compose file and anonymous volumes
// attached to containers"); RM = https://docs.docker.com/reference/cli/docker/container/run/#rm
// (removes the container and its anonymous volumes); TMPFS = https://docs.docker.com/engine/storage/tmpfs/
// (in memory only, removed when the container stops); EXTERNAL = https://docs.docker.com/reference/compose-file/volumes/#external
describe('mount model: what deletes the data (mountLifetime)', () => {
  const rows: [MountKind, MountLifetime, string][] = [
    ['bind', { stop: false, down: false, downVolumes: false, runRm: false }, 'the data is the host folder'],
    ['named', { stop: false, down: false, downVolumes: true, runRm: false }, 'DOWN; RM (named volumes stay)'],
    ['external', { stop: false, down: false, downVolumes: false, runRm: false }, 'EXTERNAL; DOWN (only volumes of the file)'],
    ['anonymous', { stop: false, down: false, downVolumes: true, runRm: true }, 'DOWN; RM'],
    ['tmpfs', { stop: true, down: true, downVolumes: true, runRm: true }, 'TMPFS'],
    ['image', { stop: false, down: false, downVolumes: false, runRm: false }, 'an image mount reads an image'],
  ];
  for (const [kind, expected, source] of rows) it(`${kind} (${source})`, () => assert.deepStrictEqual(mountLifetime(kind), expected));

  // The Compose hover's sentence for each kind says what the model says.
  const topic = getTopic('compose.service.volumes');
  for (const lang of ['ko', 'en'] as const) {
    for (const [kind, name] of Object.entries(LIFETIME_TEMPLATE) as [Exclude<MountKind, 'image'>, string][]) {
      it(`the ${lang} hover sentence for a ${kind} mount agrees with the model`, () => {
        const template = topic?.templates?.[name];
        assert.ok(template, `no template ${name}`);
        const text = fill(pick(template, lang), { source: 'data' });
        const life = mountLifetime(kind);
        if (life.stop) assert.match(text, lang === 'ko' ? /멈추면.*사라져요/ : /gone when the container stops/);
        else if (life.downVolumes) assert.match(text, lang === 'ko' ? /`down -v`(\(`--volumes`\))?는 지워요|`down -v`는 지워요/ : /`down -v` removes/);
        else assert.match(text, lang === 'ko' ? /(지우지 않아요|지워지지 않아요)/ : /(neither|even `down -v` keeps|survive)/i);
        if (!life.down && !life.stop) assert.doesNotMatch(text, lang === 'ko' ? /`docker compose down`은 [^,.]*지워요/ : /`down` removes/);
      });
    }
  }
});
