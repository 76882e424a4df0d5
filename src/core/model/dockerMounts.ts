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


/** What a mount is, for the question "when is its data gone?". */
export type MountKind = 'bind' | 'named' | 'external' | 'anonymous' | 'tmpfs' | 'image';

/** Which command deletes the data of a mount (true: the data is gone afterwards). */
export interface MountLifetime {
  /** The container stops (`docker stop`, `docker compose stop`). */
  stop: boolean;
  /** `docker rm` / `docker compose down` (containers and networks, no volumes). */
  down: boolean;
  /** `docker compose down -v` (`--volumes`): named volumes declared in the file and anonymous volumes. */
  downVolumes: boolean;
  /**
   * `docker run --rm` when the container exits: the container and its anonymous volumes. The same
   * for `docker compose run --rm`: Compose creates the container with HostConfig.AutoRemove, the
   * flag `docker run --rm` sets (docker/compose v5.5.0 pkg/compose/create.go).
   */
  runRm: boolean;
}

/**
 * The one answer every surface gives about a mount's data (hover sentences are checked against
 * it in test/unit/model/mountLifetime.test.ts):
 * - bind mount: the data is the host folder; nothing Docker runs deletes it;
 * - named volume: outlives the container; `down -v` deletes it, `--rm` does not;
 * - external volume: Compose never deletes it, not even `down -v`;
 * - anonymous volume: `down -v` and `docker run --rm` delete it; plain `down` leaves it behind;
 * - tmpfs: in memory, gone when the container stops;
 * - image mount: read from an image; deleting containers or volumes does not touch it.
 * Sources: https://docs.docker.com/reference/cli/docker/compose/down/#options ,
 * https://docs.docker.com/reference/cli/docker/container/run/#rm ,
 * https://github.com/docker/compose/blob/v5.5.0/pkg/compose/create.go (`compose run --rm`: AutoRemove),
 * https://docs.docker.com/engine/storage/tmpfs/#limitations-of-tmpfs-mounts
 */
export function mountLifetime(kind: MountKind): MountLifetime {
  switch (kind) {
    case 'tmpfs':
      return { stop: true, down: true, downVolumes: true, runRm: true };
    case 'anonymous':
      return { stop: false, down: false, downVolumes: true, runRm: true };
    case 'named':
      return { stop: false, down: false, downVolumes: true, runRm: false };
    default:
      return { stop: false, down: false, downVolumes: false, runRm: false };
  }
}
