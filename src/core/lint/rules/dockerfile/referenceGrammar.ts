// Whether a string is an image reference `docker pull` accepts: distribution/reference's
// ParseNormalizedNamed (the grammar of reference/regexp.go and the checks of normalize.go, as
// vendored by BuildKit v0.32.2). BuildKit's InvalidDefaultArgInFrom asks exactly this.
// Written out literally (no patterns built at run time): a domain component is
// `[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9]`, a path component
// `[a-z0-9]+(?:(?:[._]|__|[-]+)[a-z0-9]+)*`, a tag `[\w][\w.-]{0,127}`, a digest
// `algorithm:hex{32,}`. Each component is split first (on `.` or `/`), so no pattern repeats a group.
const DOMAIN_COMPONENT = /^[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?$/;
const IPV6 = /^\[[a-fA-F0-9:]+\]$/;
const PORT = /^[0-9]+$/;
const PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const TAG = /^\w[\w.-]{0,127}$/;
const DIGEST = /^[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}$/;
const NAME_TOTAL_LENGTH_MAX = 255;
// A name of 255, a tag of 128, a long digest and the separators.
const LONGEST = 255 + 1 + 128 + 1 + 200;

export function isValidImageReference(s: string): boolean {
  if (s === '' || s.length > LONGEST) return false;
  if (/^[a-f0-9]{64}$/.test(s)) return false; // reserved for image IDs
  // splitDockerDomain: the first component is a registry only with a `.` or `:`, or `localhost`, or capitals.
  const slash = s.indexOf('/');
  let domain = 'docker.io';
  let remainder = s;
  if (slash >= 0) {
    const first = s.slice(0, slash);
    if (first.includes('.') || first.includes(':') || first === 'localhost' || first.toLowerCase() !== first) {
      domain = first;
      remainder = s.slice(slash + 1);
    }
  }
  const colon = remainder.indexOf(':');
  const remote = colon >= 0 ? remainder.slice(0, colon) : remainder;
  if (remote.toLowerCase() !== remote) return false;
  if (!isDomain(domain)) return false;
  let name = remainder;
  const at = name.indexOf('@');
  if (at >= 0) {
    if (!DIGEST.test(name.slice(at + 1))) return false;
    name = name.slice(0, at);
  }
  const lastSlash = name.lastIndexOf('/');
  const tagAt = name.indexOf(':', lastSlash + 1);
  if (tagAt >= 0) {
    if (!TAG.test(name.slice(tagAt + 1))) return false;
    name = name.slice(0, tagAt);
  }
  if (!name.split('/').every((c) => PATH_COMPONENT.test(c))) return false;
  // Docker Hub's one-word names get `library/` in front before the length is measured.
  const path = domain === 'docker.io' && !name.includes('/') ? `library/${name}` : name;
  return domain.length + 1 + path.length <= NAME_TOTAL_LENGTH_MAX;
}

function isDomain(domain: string): boolean {
  let host = domain;
  const bracketEnd = host.startsWith('[') ? host.indexOf(']') : -1;
  const portAt = host.indexOf(':', bracketEnd + 1);
  if (portAt >= 0) {
    if (!PORT.test(host.slice(portAt + 1))) return false;
    host = host.slice(0, portAt);
  }
  if (host.startsWith('[')) return IPV6.test(host);
  return host.split('.').every((c) => DOMAIN_COMPONENT.test(c));
}
