import { strict as assert } from 'assert';
import { interpolate } from '../../../src/core/compose/interpolate';

// compose-go (template/template.go) expands nested defaults to any depth; we expand 64 levels
// and call anything deeper unknown, so a hostile `${A:-${A:-…}}` costs no stack and no finding.
describe('Compose interpolation: nested defaults', () => {
  const nested = (depth: number, inner: string) => '${A:-'.repeat(depth) + inner + '}'.repeat(depth);
  const lookup = (name: string) => (name === 'B' ? '9' : undefined);

  it('expands shallow nesting as Compose does', () => {
    const r = interpolate(nested(10, '${B}'), (n) => (n === 'A' ? undefined : lookup(n)));
    assert.equal(r.value, '9');
    assert.equal(r.unknown, true); // A is not known: the shell may set it
  });

  it('a known outer variable makes a deep unused word irrelevant', () => {
    const r = interpolate(nested(20000, '80'), (n) => (n === 'A' ? '8080' : undefined));
    assert.equal(r.value, '8080');
    assert.equal(r.error, undefined);
  });

  it('20,000 levels deep: no stack overflow, the value is unknown, the text after it still read', () => {
    const r = interpolate(nested(20000, '80') + ':81', () => undefined);
    assert.equal(r.unknown, true);
    assert.equal(r.error, undefined);
    assert.ok(r.value.endsWith(':81'), r.value.slice(-20));
  });

  it('an unclosed deep expression is malformed, as Compose reports it', () => {
    const r = interpolate('${A:-'.repeat(200) + '80', () => undefined);
    assert.equal(r.unknown, true);
    assert.match(r.error ?? '', /invalid interpolation format/);
  });
});
