// Mount values of `docker run`: the `--mount` key=value list, and the Docker socket path that
// hands a container the Docker API. `-v` values are read by composeVolumes.parseVolumeShort
// (the docker CLI and Compose agree on that short syntax).

/**
 * The Docker daemon's socket as a bind-mount source: `/var/run/docker.sock` (`/var/run` is a link
 * to `/run`; `//var/run/…` on Windows hosts), rootless Docker's `/run/user/<uid>/docker.sock` or
 * `${XDG_RUNTIME_DIR}/docker.sock`, and Docker Desktop's `~/.docker/run/docker.sock` (R13).
 * https://docs.docker.com/engine/security/rootless/ ; https://docs.docker.com/desktop/setup/install/mac-permission-requirements/
 */
export const DOCKER_SOCKET =
  /^(?:\/\/?(?:var\/)?run\/docker\.sock|\/run\/user\/\d+\/docker\.sock|\$\{?XDG_RUNTIME_DIR\}?\/docker\.sock|(?:~|\$\{?HOME\}?)\/\.docker\/(?:run|desktop)\/docker\.sock)$/;

export interface MountFlag {
  type: string;
  source?: string;
  target?: string;
  readOnly: boolean;
}

/** `type=bind,source=/a,target=/b,readonly` → its fields. */
export function parseMountFlag(value: string): MountFlag {
  // `type` defaults to `volume` when not written.
  const result: MountFlag = { type: 'volume', readOnly: false };
  for (const part of value.split(',')) {
    const eq = part.indexOf('=');
    const key = (eq < 0 ? part : part.slice(0, eq)).trim().toLowerCase();
    const v = eq < 0 ? '' : part.slice(eq + 1).trim();
    if (key === 'type') result.type = v;
    else if (key === 'source' || key === 'src') result.source = v;
    else if (key === 'target' || key === 'dst' || key === 'destination') result.target = v;
    else if ((key === 'readonly' || key === 'ro') && v !== 'false' && v !== '0') result.readOnly = true;
  }
  return result;
}

