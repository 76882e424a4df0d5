import * as assert from 'assert';
import { copyArchiveThenExtract as rule } from '../../../src/core/lint/rules/copy-archive-then-extract';
import { assertClean, assertMessagesFilled, hits, reportsOf } from './dockerfileRuleHarness';

const df = (...lines: string[]) => lines.join('\n');

describe('copy-archive-then-extract', () => {
  it('reports a COPY of a tar archive that a later RUN unpacks with tar, on the source word', () => {
    const text = df('FROM debian:bookworm', 'COPY app.tar.gz /tmp/', 'RUN tar -xzf /tmp/app.tar.gz -C /opt && rm /tmp/app.tar.gz');
    assert.deepStrictEqual(hits(rule, text), [['archiveStays', 1, 5, 'app.tar.gz']]);
    assert.deepStrictEqual(reportsOf(rule, text)[0].data, { source: 'app.tar.gz', line: 3, target: '/opt' });
    assertMessagesFilled(rule, text);
  });

  it('reads every way of writing the extraction: old-style bundles, long options, -f glued, a renamed destination', () => {
    const cases = [
      ['COPY dist/site.tgz /srv/', 'RUN tar xzf /srv/site.tgz'],
      ['COPY site.tar.xz /srv/', 'RUN tar --extract --xz --file=/srv/site.tar.xz --directory /srv'],
      ['COPY site.tar /srv/', 'RUN tar -xvf/srv/site.tar'],
      ['COPY build/output.tar.zst /tmp/bundle.tar.zst', 'RUN tar -x --zstd -f /tmp/bundle.tar.zst -C /app'],
      ['COPY site.tar.bz2 .', 'RUN set -eux; tar -xjf site.tar.bz2; rm site.tar.bz2'],
    ];
    for (const [copy, run] of cases) assert.strictEqual(hits(rule, df('FROM alpine:3.20', copy, run)).length, 1, `${copy} / ${run}`);
  });

  it('proposes ./ when tar unpacks into the working directory (ADD resolves a relative destination the same way)', () => {
    const [r] = reportsOf(rule, df('FROM alpine:3.20', 'WORKDIR /app', 'COPY app.tar ./', 'RUN tar -xf app.tar'));
    assert.strictEqual(r.data?.target, './');
  });

  it('reports from a child stage of the image that unpacks what its parent copied', () => {
    const text = df('FROM alpine:3.20 AS base', 'COPY data.tgz /tmp/', 'FROM base', 'RUN tar -xzf /tmp/data.tgz -C /data');
    assert.deepStrictEqual(hits(rule, text), [['archiveStays', 1, 5, 'data.tgz']]);
  });

  it('stays silent when ADD would unpack something else: --strip-components, --exclude, member names, --no-same-owner, another USER', () => {
    assertClean(rule, df('FROM alpine:3.20', 'COPY node.tar.xz /tmp/', 'RUN tar -xJf /tmp/node.tar.xz -C /usr/local --strip-components=1'));
    assertClean(rule, df('FROM alpine:3.20', 'COPY a.tar.gz /tmp/', 'RUN tar -xzf /tmp/a.tar.gz --exclude=docs'));
    assertClean(rule, df('FROM alpine:3.20', 'COPY a.tar.gz /tmp/', 'RUN tar -xzf /tmp/a.tar.gz bin/tool'));
    assertClean(rule, df('FROM alpine:3.20', 'COPY a.tar.gz /tmp/', 'RUN tar -xzof /tmp/a.tar.gz'));
    assertClean(rule, df('FROM alpine:3.20', 'COPY a.tar.gz /tmp/', 'USER app', 'RUN tar -xzf /tmp/a.tar.gz -C /home/app'));
  });

  it('stays silent on archives ADD copies unchanged (zip, plain gz), COPY --from, globs and variables, listing, other files', () => {
    assertClean(rule, df('FROM alpine:3.20', 'COPY app.zip /tmp/', 'RUN unzip /tmp/app.zip'));
    assertClean(rule, df('FROM alpine:3.20', 'COPY dump.sql.gz /tmp/', 'RUN gunzip /tmp/dump.sql.gz'));
    assertClean(rule, df('FROM alpine:3.20 AS build', 'RUN tar -czf /out.tgz /etc', 'FROM alpine:3.20', 'COPY --from=build /out.tgz /tmp/', 'RUN tar -xzf /tmp/out.tgz'));
    assertClean(rule, df('FROM alpine:3.20', 'COPY *.tar.gz /tmp/', 'RUN tar -xzf /tmp/app.tar.gz'));
    assertClean(rule, df('FROM alpine:3.20', 'ARG PKG=app.tar.gz', 'COPY $PKG /tmp/', 'RUN tar -xzf /tmp/$PKG'));
    assertClean(rule, df('FROM alpine:3.20', 'COPY app.tar.gz /tmp/', 'RUN tar -tzf /tmp/app.tar.gz'));
    assertClean(rule, df('FROM alpine:3.20', 'COPY app.tar.gz /tmp/', 'RUN tar -xzf /tmp/other.tar.gz'));
  });

  // Brief rulefacts item 2: the archive is matched by the path COPY wrote, not by its file name.
  // COPY: "<dest> ... relative paths ... are taken relative to WORKDIR"; a destination without a
  // trailing slash is the folder when it exists (docs.docker.com/reference/dockerfile/#copy, #workdir).
  it('matches the path tar reads to the path COPY wrote, not the file name alone', () => {
    assertClean(rule, df('FROM alpine:3.20', 'COPY app.tar /tmp/', 'RUN tar -xf /opt/app.tar'));
    assertClean(rule, df('FROM alpine:3.20', 'COPY app.tar /tmp/', 'RUN tar -xf app.tar'));
    assertClean(rule, df('FROM alpine:3.20', 'WORKDIR /srv', 'COPY app.tar ./', 'WORKDIR /opt', 'RUN tar -xf app.tar'));
    const matching = [
      ['COPY app.tar /tmp/', 'RUN tar -xf /tmp/app.tar'],
      ['COPY app.tar /tmp', 'RUN tar -xf /tmp/app.tar'], // /tmp exists: COPY writes into it
      ['COPY app.tar //tmp/./', 'RUN tar -xf /tmp//app.tar'],
      ['WORKDIR /srv', 'COPY app.tar ./', 'RUN tar -xf /srv/app.tar'],
      ['WORKDIR /srv', 'COPY app.tar pkg/', 'WORKDIR pkg', 'RUN tar -xf app.tar'],
      ['WORKDIR /srv/app', 'COPY app.tar ../', 'RUN tar -xf ../app.tar'],
      ['COPY app.tar .', 'RUN tar -xf ./app.tar'], // no WORKDIR: the base image's folder, the same for both
      ['WORKDIR "/srv"', 'COPY app.tar /srv/pkg.tar', 'RUN tar -xf pkg.tar'],
    ];
    for (const lines of matching) assert.strictEqual(hits(rule, df('FROM alpine:3.20', ...lines)).length, 1, lines.join(' / '));
  });

  it('stays silent when the folder of a relative path is not known: a WORKDIR with a variable, a cd earlier in the RUN', () => {
    assertClean(rule, df('FROM alpine:3.20', 'ARG DIR=/srv', 'WORKDIR $DIR', 'COPY app.tar ./', 'RUN tar -xf app.tar'));
    assertClean(rule, df('FROM alpine:3.20', 'WORKDIR /srv', 'COPY app.tar ./', 'RUN cd /opt && tar -xf app.tar'));
    assertClean(rule, df('FROM alpine:3.20', 'COPY app.tar ./', 'RUN tar -xf ../app.tar'));
  });

  it('stays silent when the same RUN checks the archive\'s checksum before unpacking (ADD --checksum takes only HTTP(S) and Git sources)', () => {
    assertClean(rule, df('FROM alpine:3.20', 'COPY app.tar.gz /tmp/', 'RUN echo "0123abcd  /tmp/app.tar.gz" | sha256sum -c - && tar -xzf /tmp/app.tar.gz -C /opt'));
    assertClean(rule, df('FROM alpine:3.20', 'COPY app.tar.gz /tmp/', 'COPY SHA256SUMS /tmp/', 'RUN cd /tmp && sha256sum --check SHA256SUMS && tar -xzf /tmp/app.tar.gz -C /opt'));
    assertClean(rule, df('FROM alpine:3.20', 'COPY app.tar.gz /tmp/', 'RUN shasum -a 512 -c /tmp/app.sha512 && tar -xzf /tmp/app.tar.gz'));
    // A checksum only printed, or checked in another RUN, does not stop ADD from doing the same.
    assert.strictEqual(hits(rule, df('FROM alpine:3.20', 'COPY app.tar.gz /tmp/', 'RUN sha256sum /tmp/app.tar.gz && tar -xzf /tmp/app.tar.gz')).length, 1);
    assert.strictEqual(hits(rule, df('FROM alpine:3.20', 'COPY app.tar.gz /tmp/', 'RUN tar -xzf /tmp/app.tar.gz && echo "x  /tmp/app.tar.gz" | sha256sum -c -')).length, 1);
  });

  it('stays silent when the unpacking comes before the COPY, or in a stage that does not end up in the image', () => {
    assertClean(rule, df('FROM alpine:3.20', 'RUN tar -xzf /opt/app.tar.gz || true', 'COPY app.tar.gz /opt/'));
    assertClean(rule, df('FROM alpine:3.20 AS build', 'COPY app.tar.gz /tmp/', 'RUN tar -xzf /tmp/app.tar.gz -C /out', 'FROM alpine:3.20', 'COPY --from=build /out /app'));
  });
});
