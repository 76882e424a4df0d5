import * as assert from 'assert';
import { ERROR_CATALOG } from '../../../src/core/knowledge/errors';
import { explainDockerError, findDockerErrors, matchDockerError, matchLine } from '../../../src/core/explain/errors/explainError';
import { sourceProblem } from '../../../src/core/knowledge/sources';

// Docker's messages as Docker prints them. Each row: the record that must match, the line, where
// that exact text comes from (the Docker version, or the source file that formats it), and the
// values the pattern must take from it. Lines from terminals are kept as printed, prefixes and all.
interface Row {
  id: string;
  line: string;
  from: string;
  values?: Record<string, string>;
}

const ROWS: Row[] = [
  // Docker daemon
  { id: 'daemon-not-running', line: 'Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?', from: 'Docker 20–29 on Linux, moby client/errors.go', values: { host: 'unix:///var/run/docker.sock' } },
  { id: 'daemon-not-running', line: 'ERROR: Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?', from: 'docker build (buildx) in a codespace without dockerd', values: { host: 'unix:///var/run/docker.sock' } },
  { id: 'daemon-not-running', line: 'Cannot connect to the Docker daemon at unix:///Users/me/.docker/run/docker.sock. Is the docker daemon running?', from: 'Docker Desktop for Mac 4.x, engine stopped', values: { host: 'unix:///Users/me/.docker/run/docker.sock' } },
  { id: 'daemon-not-running', line: 'Cannot connect to the Docker daemon. Is the docker daemon running on this host?', from: 'moby client/errors.go without a host (and the troubleshooting page)' },
  { id: 'daemon-not-running', line: 'error during connect: Get "http://%2F%2F.%2Fpipe%2FdockerDesktopLinuxEngine/v1.47/containers/json": open //./pipe/dockerDesktopLinuxEngine: The system cannot find the file specified.', from: 'Docker Desktop for Windows 4.3x, engine stopped', values: { pipe: 'dockerDesktopLinuxEngine' } },
  { id: 'docker-socket-permission', line: 'permission denied while trying to connect to the docker API at unix:///var/run/docker.sock', from: 'Docker 29, moby client/request.go', values: { host: 'unix:///var/run/docker.sock' } },
  { id: 'docker-socket-permission', line: 'Got permission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock: Get "http://%2Fvar%2Frun%2Fdocker.sock/v1.24/containers/json": dial unix /var/run/docker.sock: connect: permission denied', from: 'Docker 20.10 on Fedora 36' },
  { id: 'docker-socket-permission', line: 'docker: Got permission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock: Post "http://%2Fvar%2Frun%2Fdocker.sock/v1.24/containers/create": dial unix /var/run/docker.sock: connect: permission denied.', from: 'Docker 20.10, docker run' },
  { id: 'no-space-left', line: 'failed to register layer: write /usr/lib/x86_64-linux-gnu/libLLVM-15.so.1: no space left on device', from: 'Docker 24, docker pull' },
  { id: 'no-space-left', line: 'ERROR: failed to solve: failed to copy files: copy file range failed: no space left on device', from: 'BuildKit 0.12, docker build' },
  { id: 'no-space-left', line: 'Error: ENOSPC: No space left on device, write', from: 'node inside a container (upper-case)' },
  { id: 'registry-unreachable', line: 'Error response from daemon: Get "https://registry-1.docker.io/v2/": net/http: request canceled while waiting for connection (Client.Timeout exceeded while awaiting headers)', from: 'Docker 20–27 behind a proxy', values: { registry: 'registry-1.docker.io' } },
  { id: 'registry-unreachable', line: 'Error response from daemon: Get "https://registry-1.docker.io/v2/": dial tcp: lookup registry-1.docker.io on 127.0.0.53:53: server misbehaving', from: 'Docker 24, broken DNS', values: { registry: 'registry-1.docker.io' } },
  { id: 'x509-unknown-authority', line: 'Error response from daemon: Get "https://registry-1.docker.io/v2/": x509: certificate signed by unknown authority', from: 'Docker 20–27 behind a TLS-inspecting proxy' },
  { id: 'compose-not-installed', line: "docker: 'compose' is not a docker command.", from: 'Docker 20–26 CLI without the compose plugin' },
  { id: 'compose-not-installed', line: 'docker: unknown command: docker compose', from: 'Docker 27+ CLI (cmd/docker/docker.go)' },

  // Ports, names and objects
  { id: 'port-already-allocated', line: 'docker: Error response from daemon: driver failed programming external connectivity on endpoint web (1b2c3d…): Bind for 0.0.0.0:8080 failed: port is already allocated.', from: 'Docker 20–27 docker run', values: { address: '0.0.0.0', port: '8080' } },
  { id: 'port-already-allocated', line: 'Error response from daemon: driver failed programming external connectivity on endpoint docker-compose-ejemplo1-app-2 (43f832ac3343): Bind for 0.0.0.0:80 failed: port is already allocated', from: 'Compose v2 up', values: { port: '80' } },
  { id: 'port-already-allocated', line: 'Error: Bind for 0.0.0.0:5432 failed: port is already allocated', from: 'Compose v2 up, short form' , values: { port: '5432' } },
  { id: 'port-already-allocated', line: 'Bind for :::8080 failed: port is already allocated', from: 'IPv6 binding (%s:%d with ::)', values: { address: '::', port: '8080' } },
  { id: 'port-in-use', line: 'Error response from daemon: failed to set up container networking: driver failed programming external connectivity on endpoint web (abc): failed to bind host port 0.0.0.0:8080/tcp: address already in use', from: 'Docker 28+, moby osallocator_linux.go', values: { address: '0.0.0.0', port: '8080' } },
  { id: 'port-in-use', line: 'Error response from daemon: driver failed programming external connectivity on endpoint web (abc): Error starting userland proxy: listen tcp4 0.0.0.0:3000: bind: address already in use', from: 'Docker 20–27 with the userland proxy', values: { port: '3000' } },
  { id: 'port-in-use', line: 'Error response from daemon: Ports are not available: exposing port TCP 0.0.0.0:5432 -> 0.0.0.0:0: listen tcp 0.0.0.0:5432: bind: address already in use', from: 'Docker Desktop 4.x', values: { port: '5432' } },
  { id: 'container-name-in-use', line: 'docker: Error response from daemon: Conflict. The container name "/web" is already in use by container "7c2f6b3ed1a1b0c7e4b3b5a0d0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9". You have to remove (or rename) that container to be able to reuse that name.', from: 'moby daemon/errors.go', values: { name: 'web', id: '7c2f6b3ed1a1b0c7e4b3b5a0d0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9' } },
  { id: 'no-such-container', line: 'Error response from daemon: No such container: offboard-lite-moveit-rviz-1', from: 'Docker 24, docker exec', values: { name: 'offboard-lite-moveit-rviz-1' } },
  { id: 'no-such-container', line: 'Error: No such object: x', from: 'docker inspect', values: { name: 'x' } },
  { id: 'no-such-container', line: 'error: no such object: web', from: 'Docker 29 docker inspect (docker/cli v29.7.2 cli/command/system/inspect.go)', values: { name: 'web' } },
  { id: 'no-such-image', line: 'Error response from daemon: No such image: myapp:latest', from: 'moby daemon/images/image.go, docker rmi', values: { image: 'myapp:latest' } },
  { id: 'container-not-running', line: 'Error response from daemon: container 3f1a9c0d2b7e is not running', from: 'Docker 25+, docker exec (daemon/errors.go)', values: { id: '3f1a9c0d2b7e' } },
  { id: 'container-not-running', line: 'Error response from daemon: Container d37cde0fe4ad63c3a7252023b2f9800282894247d145cb5933ddf6e52cc03a28 is not running', from: 'Docker 20, API docs example' },
  { id: 'container-restarting', line: 'Error response from daemon: Container 4e2b… is restarting, wait until the container is running', from: 'moby daemon/errors.go' },
  { id: 'remove-running-container', line: 'Error response from daemon: cannot remove container "/web": container is running: stop the container before removing or force remove', from: 'Docker 25+, moby daemon/delete.go' },
  { id: 'remove-running-container', line: 'Error response from daemon: You cannot remove a running container c2ada9df5af8. Stop the container before attempting removal or force remove', from: 'Docker 20' },
  { id: 'image-in-use', line: 'Error response from daemon: conflict: unable to delete 605c77e624dd (cannot be forced) - image is being used by running container 2f9a0b1c3d4e', from: 'moby daemon/images/image_delete.go', values: { id: '2f9a0b1c3d4e' } },
  { id: 'image-in-use', line: 'Error response from daemon: conflict: unable to remove repository reference "nginx" (must force) - container 5d7e8f9a0b1c is using its referenced image 605c77e624dd', from: 'moby daemon/images/image_delete.go', values: { id: '5d7e8f9a0b1c' } },
  { id: 'volume-in-use', line: 'Error response from daemon: remove pgdata: volume is in use - [9d8c7b6a5f4e3d2c1b0a]', from: 'Docker 24, docker volume rm', values: { volume: 'pgdata' } },
  { id: 'network-not-found', line: 'docker: Error response from daemon: network backend not found.', from: 'moby daemon/libnetwork/error.go, docker run --network', values: { network: 'backend' } },
  { id: 'network-not-found', line: 'network proxy declared as external, but could not be found', from: 'Compose v2 create.go', values: { network: 'proxy' } },
  { id: 'network-active-endpoints', line: 'Error response from daemon: error while removing network: network myapp_default has active endpoints (name:"myapp-web-1" id:"3f1a")', from: 'moby daemon/libnetwork/error.go', values: { network: 'myapp_default' } },
  { id: 'bind-source-missing', line: 'docker: Error response from daemon: invalid mount config for type "bind": bind source path does not exist: /dev/noexist.', from: 'docs bind mounts example', values: { path: '/dev/noexist' } },
  { id: 'mount-type-mismatch', line: 'Error response from daemon: failed to create task for container: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: error mounting "/home/me/nginx.conf" to rootfs at "/etc/nginx/nginx.conf": create mountpoint for /etc/nginx/nginx.conf mount: cannot create subdirectories in "/var/lib/docker/overlay2/x/merged/etc/nginx/nginx.conf": not a directory: unknown: Are you trying to mount a directory onto a file (or vice-versa)? Check if the specified host path exists and is the expected type', from: 'Docker 24, compose up' },
  { id: 'stdin-not-tty', line: 'the input device is not a TTY', from: 'Docker 20–28, docker run -it in CI' },
  { id: 'stdin-not-tty', line: 'cannot attach stdin to a TTY-enabled container because stdin is not a terminal', from: 'Docker 29 cli/streams/in.go' },
  { id: 'platform-mismatch', line: "WARNING: The requested image's platform (linux/amd64) does not match the detected host platform (linux/arm64/v8) and no specific platform was requested", from: 'moby daemon/create.go', values: { image: 'linux/amd64', host: 'linux/arm64/v8' } },

  // The container's process
  { id: 'crlf-line-endings', line: "/usr/bin/env: 'bash\\r': No such file or directory", from: 'coreutils env via #!/usr/bin/env bash with CRLF' },
  { id: 'crlf-line-endings', line: "env: can't execute 'bash\\r': No such file or directory", from: 'busybox env (alpine) with a CRLF #! line' },
  { id: 'crlf-line-endings', line: '/bin/sh^M: bad interpreter: No such file or directory', from: 'bash running a CRLF script' },
  { id: 'exec-format-error', line: 'exec /usr/local/bin/docker-entrypoint.sh: exec format error', from: 'Docker 23+ (runc 1.1), arm64 image on amd64', values: { path: '/usr/local/bin/docker-entrypoint.sh' } },
  { id: 'exec-format-error', line: 'standard_init_linux.go:228: exec user process caused: exec format error', from: 'Docker 20.10 (runc 1.0)' },
  { id: 'exec-format-error', line: '#8 0.204 .buildkit_qemu_emulator: /bin/sh: Invalid ELF image for this architecture', from: 'not this record: must not match', values: undefined },
  { id: 'entrypoint-interpreter-missing', line: 'exec /entrypoint.sh: no such file or directory', from: 'Docker 23+ (runc 1.1), CRLF entrypoint', values: { path: '/entrypoint.sh' } },
  { id: 'entrypoint-interpreter-missing', line: 'web-1  | exec /app/start.sh: no such file or directory', from: 'Compose v2 log prefix', values: { path: '/app/start.sh' } },
  { id: 'entrypoint-interpreter-missing', line: 'standard_init_linux.go:228: exec user process caused: no such file or directory', from: 'Docker 20.10 (runc 1.0)' },
  { id: 'entrypoint-not-found', line: 'docker: Error response from daemon: failed to create task for container: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: exec: "/app/run.sh": stat /app/run.sh: no such file or directory: unknown.', from: 'Docker 24', values: { path: '/app/run.sh' } },
  { id: 'executable-not-found', line: 'docker: Error response from daemon: failed to create task for container: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: exec: "bash": executable file not found in $PATH: unknown.', from: 'Docker 24, docker run alpine bash', values: { command: 'bash' } },
  { id: 'executable-not-found', line: 'OCI runtime exec failed: exec failed: unable to start container process: exec: "bash": executable file not found in $PATH: unknown', from: 'Docker 24, docker exec -it x bash', values: { command: 'bash' } },
  { id: 'executable-not-found', line: 'starting container process caused "exec: \\"nginx\\": executable file not found in $PATH".', from: 'old runc quoting: must not match (escaped quotes)', values: undefined },
  { id: 'exec-permission-denied', line: 'docker: Error response from daemon: failed to create task for container: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: exec: "/entrypoint.sh": permission denied: unknown.', from: 'Docker 24', values: { command: '/entrypoint.sh' } },
  { id: 'exec-permission-denied', line: 'exec /docker-entrypoint.sh: permission denied', from: 'Docker 23+ (runc 1.1)', values: { command: '/docker-entrypoint.sh' } },
  { id: 'exit-code-137', line: 'web-1 exited with code 137', from: 'Compose v2 printer.go', values: {} },
  { id: 'exit-code-137', line: 'a1b2c3d4e5f6   myapp   "node server.js"   2 minutes ago   Exited (137) 5 seconds ago             web', from: 'docker ps -a, moby daemon/container/state.go' },
  { id: 'exit-code-137', line: '            "OOMKilled": true,', from: 'docker inspect' },
  { id: 'exit-code-139', line: 'api-1 exited with code 139', from: 'Compose v2' },
  { id: 'exit-code-143', line: 'worker-1 exited with code 143', from: 'Compose v2' },
  { id: 'exit-code-127', line: 'app-1 exited with code 127', from: 'Compose v2' },
  { id: 'exit-code-126', line: 'b3c4d5e6f7a8   myapp   "/entrypoint.sh"   1 minute ago   Exited (126) 1 minute ago   app', from: 'docker ps -a' },
  { id: 'exit-code-125', line: 'job-1 exited with code 125', from: 'Compose v2' },

  // Build
  { id: 'copy-source-not-found', line: 'ERROR: failed to solve: failed to compute cache key: failed to calculate checksum of ref 27202219-e7af-40a1-b6d1-37c3bfb04390::zb2o886j65gsgr36w1fua7400: "/script.python": not found', from: 'BuildKit 0.11–0.13 (docker build, 2023)', values: { path: '/script.python' } },
  { id: 'copy-source-not-found', line: 'ERROR: failed to build: failed to solve: failed to compute cache key: failed to calculate checksum of ref 9d2b1e6a-1f6c-4e0c-8a43-2b6f3c0d9e11::k3j2h1g0f9e8d7c6b5a4: "/package.json": not found', from: 'buildx 0.21+ (failed to build)', values: { path: '/package.json' } },
  { id: 'copy-source-not-found', line: '#15 ERROR: failed to calculate checksum of ref ye2e7g88qoaq8t76s3ewkkep3::ud5r0mybe56uhnalrrsorxzkw: "/env2yaml/env2yaml-amd64": not found', from: 'BuildKit step line (no cache-key prefix)', values: { path: '/env2yaml/env2yaml-amd64' } },
  { id: 'copy-source-not-found', line: 'failed to solve: failed to compute cache key: failed to calculate checksum of ref: "/app": not found', from: 'Compose v2 build, shortened ref', values: { path: '/app' } },
  { id: 'copy-source-not-found', line: 'COPY failed: file not found in build context or excluded by .dockerignore: stat app.jar: file does not exist', from: 'legacy builder (DOCKER_BUILDKIT=0)', values: { path: 'app.jar' } },
  { id: 'copy-source-not-found', line: 'COPY failed: stat /var/lib/docker/tmp/docker-builder065405817/requirements.txt: no such file or directory', from: 'legacy builder, Docker 18–19' },
  { id: 'run-step-failed', line: 'ERROR: failed to solve: process "/bin/sh -c npm ci" did not complete successfully: exit code: 1', from: 'BuildKit 0.11+ solver/llbsolver/ops/exec.go', values: { command: '/bin/sh -c npm ci', code: '1' } },
  { id: 'run-step-failed', line: 'failed to solve: process "/bin/sh -c apt-get install -y curl" did not complete successfully: exit code: 100', from: 'Compose v2 build', values: { code: '100' } },
  { id: 'run-step-failed', line: 'ERROR: failed to build: failed to solve: process "/bin/sh -c echo \\"hi\\" && exit 127" did not complete successfully: exit code: 127', from: 'buildx 0.21+, %q with escaped quotes', values: { command: '/bin/sh -c echo \\"hi\\" && exit 127', code: '127' } },
  { id: 'run-step-failed', line: "The command '/bin/sh -c npm install' returned a non-zero code: 1", from: 'legacy builder', values: { command: '/bin/sh -c npm install', code: '1' } },
  { id: 'dockerfile-not-found', line: 'ERROR: failed to solve: failed to read dockerfile: open Dockerfile: no such file or directory', from: 'BuildKit frontend/dockerui/config.go', values: { file: 'Dockerfile' } },
  { id: 'dockerfile-not-found', line: 'unable to prepare context: unable to evaluate symlinks in Dockerfile path: lstat /home/me/app/Dockerfile: no such file or directory', from: 'legacy builder', values: { file: '/home/me/app/Dockerfile' } },
  { id: 'dockerfile-unknown-instruction', line: 'ERROR: failed to solve: dockerfile parse error on line 3: unknown instruction: RUNN (did you mean RUN?)', from: 'BuildKit 0.12+', values: { line: '3', instruction: 'RUNN' } },
  { id: 'dockerfile-unknown-instruction', line: 'Dockerfile parse error line 5: unknown instruction: COPPY', from: 'legacy builder', values: { instruction: 'COPPY' } },
  { id: 'build-context-missing', line: 'ERROR: "docker buildx build" requires exactly 1 argument.', from: 'buildx 0.10–0.20' },
  { id: 'build-context-missing', line: "docker: 'docker buildx build' requires 1 argument", from: 'buildx with cli.ExactArgs (docker/cli cli/required.go)' },
  { id: 'build-context-permission', line: 'ERROR: failed to solve: error from sender: open /home/me/app/pgdata: permission denied', from: 'BuildKit, root-owned data folder in the context', values: { path: '/home/me/app/pgdata' } },
  { id: 'from-image-not-found', line: 'ERROR: failed to solve: node:99: failed to resolve source metadata for docker.io/library/node:99: docker.io/library/node:99: not found', from: 'BuildKit 0.12', values: { image: 'docker.io/library/node:99' } },
  { id: 'from-image-not-found', line: "ERROR: failed to solve: failed to resolve source metadata for docker.io/acme/private:1.0: pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed", from: 'BuildKit, private image', values: { image: 'docker.io/acme/private:1.0' } },

  // Registry
  { id: 'pull-access-denied', line: "docker: Error response from daemon: pull access denied for myapp, repository does not exist or may require 'docker login': denied: requested access to the resource is denied.", from: 'Docker 20–29 docker run', values: { image: 'myapp' } },
  { id: 'pull-access-denied', line: "Error response from daemon: pull access denied for acme/api, repository does not exist or may require 'docker login'", from: 'Compose v2 pull', values: { image: 'acme/api' } },
  { id: 'manifest-unknown', line: 'Error response from daemon: manifest for nginx:1.999 not found: manifest unknown: manifest unknown', from: 'moby daemon/internal/distribution/errors.go', values: { image: 'nginx:1.999' } },
  { id: 'manifest-unknown', line: 'manifest unknown', from: 'registry error code MANIFEST_UNKNOWN alone' },
  { id: 'no-matching-manifest', line: 'no matching manifest for linux/arm64/v8 in the manifest list entries', from: 'Docker 20–29 on Apple Silicon, mysql:5.7', values: { platform: 'linux/arm64/v8' } },
  { id: 'no-matching-manifest', line: 'Error response from daemon: no matching manifest for linux/arm64/v8 in the manifest list entries: no match for platform in manifest: not found', from: 'Docker 25+ containerd store', values: { platform: 'linux/arm64/v8' } },
  { id: 'pull-rate-limit', line: 'toomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limits', from: 'Docker Hub 429 body (docs)' },
  { id: 'pull-rate-limit', line: 'Error response from daemon: toomanyrequests: You have reached your unauthenticated pull rate limit. https://www.docker.com/increase-rate-limit', from: 'Docker Hub, 2025' },
  { id: 'push-access-denied', line: 'denied: requested access to the resource is denied', from: 'docker push without a user namespace' },
  { id: 'registry-unauthorized', line: 'Error response from daemon: Head "https://ghcr.io/v2/acme/api/manifests/1.0": unauthorized: authentication required', from: 'GHCR without login' },
  { id: 'invalid-reference-format', line: 'docker: invalid reference format.', from: 'Docker 20–29 docker run' },
  { id: 'invalid-reference-format', line: 'docker: invalid reference format: repository name (library/MyApp) must be lowercase.', from: 'distribution/reference normalize.go', values: { name: 'library/MyApp' } },
  { id: 'invalid-reference-format', line: 'invalid reference format: repository name must be lowercase', from: 'distribution/reference reference.go' },

  // The CLI
  { id: 'unknown-shorthand-flag', line: "unknown shorthand flag: 'n' in -name", from: 'pflag errors.go, docker run -name web', values: { flag: 'n', flags: 'name' } },
  { id: 'unknown-shorthand-flag', line: "docker: unknown shorthand flag: 'f' in -f", from: 'docker compose up -f a.yaml (after the subcommand)', values: { flag: 'f', flags: 'f' } },
  { id: 'unknown-flag', line: 'unknown flag: --detached', from: 'pflag', values: { flag: '--detached' } },

  // Compose
  { id: 'dependency-unhealthy', line: 'dependency failed to start: container myapp-db-1 is unhealthy', from: 'Compose v2 convergence.go', values: { container: 'myapp-db-1' } },
  { id: 'dependency-unhealthy', line: ' ✘ Container myapp-db-1  Error   0.0s\ndependency failed to start: container myapp-db-1 is unhealthy', from: 'Compose v2 up, two lines', values: { container: 'myapp-db-1' } },
  { id: 'dependency-exited', line: 'dependency failed to start: container myapp-migrate-1 exited (1)', from: 'Compose v2 convergence.go', values: { container: 'myapp-migrate-1', code: '1' } },
  { id: 'compose-file-not-found', line: 'no configuration file provided: not found', from: 'compose-go loader.go' },
  { id: 'compose-undefined-reference', line: 'service "web" refers to undefined network backend: invalid compose project', from: 'compose-go validate.go', values: { service: 'web', kind: 'network', name: 'backend' } },
  { id: 'compose-undefined-reference', line: 'service "db" refers to undefined volume pgdata: invalid compose project', from: 'compose-go validate.go', values: { service: 'db', kind: 'volume', name: 'pgdata' } },
  { id: 'compose-no-such-service', line: 'no such service: webb', from: 'Compose v2 cmd/compose/ps.go', values: { service: 'webb' } },
  { id: 'compose-no-such-service', line: 'no such service: "webb": not found', from: 'Compose v2 pkg/compose/compose.go', values: { service: 'webb' } },
  { id: 'compose-neither-image-nor-build', line: 'service "api" has neither an image nor a build context specified: invalid compose project', from: 'compose-go validate.go', values: { service: 'api' } },
  { id: 'compose-additional-property', line: 'validating /home/me/app/compose.yaml: services.web Additional property prot is not allowed', from: 'Compose v2 schema validation', values: { property: 'prot' } },
  { id: 'compose-additional-property', line: "validating /home/me/app/compose.yaml: services.web additional properties 'prot' not allowed", from: 'compose-go v2.13.0 schema/schema.go with santhosh-tekuri/jsonschema v6 kind.AdditionalProperties', values: { property: 'prot' } },
  { id: 'compose-yaml-error', line: 'yaml: line 5: mapping values are not allowed in this context', from: 'Compose v2 YAML parser', values: { line: '5' } },
  { id: 'compose-yaml-error', line: 'yaml: line 5, column 9: mapping values are not allowed in this context', from: 'go.yaml.in/yaml/v4 v4.0.0-rc.4 (compose-go v2.13.0): Mark with column', values: { line: '5' } },
  { id: 'compose-yaml-error', line: 'go-yaml load error in scanner at L5.C9: mapping values are not allowed in this context', from: 'go.yaml.in/yaml/v4 v4.0.0-rc.6 (Compose v5.5.0 go.mod): LoadError', values: { line: '5' } },
  { id: 'compose-yaml-error', line: 'go-yaml load error in parser (while parsing a block mapping) at L2.C3-L4.C5: did not find expected key', from: 'go.yaml.in/yaml/v4 v4.0.0-rc.6: context range, problem on the second mark', values: { line: '4' } },
  { id: 'compose-version-obsolete', line: 'WARN[0000] /home/me/app/docker-compose.yml: the attribute `version` is obsolete, it will be ignored, please remove it to avoid potential confusion', from: 'compose-go loader.go' },
];

// Lines that look close to a known message, or are ordinary output, and must not match.
const UNRELATED: [string, string][] = [
  ['Successfully built 3f1a9c0d2b7e', 'legacy builder success'],
  [' => [3/4] RUN npm ci                                                    12.3s', 'BuildKit progress'],
  ['web-1 exited with code 0', 'a clean exit'],
  ['web-1 exited with code 1', 'an application error: no code-specific record'],
  ['Container myapp-db-1  Healthy', 'Compose progress'],
  ['Status: Downloaded newer image for nginx:1.27', 'docker pull'],
  ["Unable to find image 'hello-world:latest' locally", 'docker run, before pulling (information)'],
  ['npm ERR! code ENOENT', 'the application’s own error'],
  ['Listening on port 8080', 'application log'],
  ['network backend created', 'not an error'],
  ['Exited (0) 8 days ago', 'docker ps clean exit'],
  ['exit code: 1370', 'not 137'],
  ['This port is already allocated to another VM', 'not Docker’s sentence'],
  ['ls: cannot access \'x\': No such file or directory', 'a shell error'],
  ['', 'empty'],
];

describe('errors: the catalog recognises what Docker prints', () => {
  for (const row of ROWS) {
    const expectMatch = row.values !== undefined || !row.from.includes('must not match');
    it(`${expectMatch ? '' : 'not '}${row.id}: ${row.line.slice(0, 90)} (${row.from})`, () => {
      const m = matchDockerError(row.line);
      if (!expectMatch) {
        assert.notStrictEqual(m?.record.id, row.id, `matched ${row.id}`);
        return;
      }
      assert.ok(m, 'no record matched');
      assert.strictEqual(m.record.id, row.id);
      for (const [key, value] of Object.entries(row.values ?? {})) assert.strictEqual(m.values[key], value, `value ${key}`);
    });
  }
  for (const [line, why] of UNRELATED) {
    it(`matches nothing in: ${JSON.stringify(line)} (${why})`, () => assert.strictEqual(matchDockerError(line)?.record.id, undefined));
  }

  it('has at least 40 messages, each with a real line above that matches it', () => {
    assert.ok(ERROR_CATALOG.length >= 40, `${ERROR_CATALOG.length} records`);
    const tested = new Set(ROWS.filter((r) => !r.from.includes('must not match')).map((r) => r.id));
    assert.deepStrictEqual(ERROR_CATALOG.map((r) => r.id).filter((id) => !tested.has(id)), []);
  });

  it('every pattern of every record matches at least one real line above', () => {
    const unused: string[] = [];
    for (const record of ERROR_CATALOG) {
      for (const pattern of record.patterns) {
        if (!ROWS.some((r) => pattern.test(r.line.split('\n').pop() ?? ''))) unused.push(`${record.id} ${String(pattern)}`);
      }
    }
    assert.deepStrictEqual(unused, []);
  });

  it('ids are unique, texts are filled in both languages, sources are pinned', () => {
    const ids = ERROR_CATALOG.map((r) => r.id);
    assert.strictEqual(new Set(ids).size, ids.length);
    for (const r of ERROR_CATALOG) {
      for (const text of [r.title, r.meaning, ...r.causes, ...r.checks, ...r.fixes]) assert.ok(text.ko.trim() && text.en.trim(), `${r.id}: empty text`);
      assert.ok(r.causes.length > 0 && r.checks.length > 0 && r.fixes.length > 0, `${r.id}: causes, checks and fixes`);
      assert.ok(r.sources.length > 0, `${r.id}: no sources`);
      for (const url of [...r.sources, r.docs]) assert.strictEqual(sourceProblem(url), null, `${r.id}: ${url}`);
      assert.ok(r.docs.startsWith('https://docs.docker.com/'), `${r.id}: docs link`);
      // The title is also a terminal link's tooltip: the answer in one line.
      assert.ok(!r.title.ko.includes('\n') && r.title.ko.length < 80, `${r.id}: title too long`);
    }
  });

  it('every placeholder a text uses is a named group of one of its patterns or has a default', () => {
    for (const r of ERROR_CATALOG) {
      const groups = new Set(r.patterns.flatMap((p) => [...p.source.matchAll(/\(\?<(\w+)>/g)].map((m) => m[1])));
      for (const key of Object.keys(r.defaults ?? {})) groups.add(key);
      for (const text of [r.title, r.meaning, ...r.causes, ...r.checks, ...r.fixes]) {
        for (const m of `${text.ko} ${text.en}`.matchAll(/(?<!\$)\{(\w+)\}/g)) {
          if (m[1] === 'code' && r.id === 'run-step-failed') continue;
          // `{{.State.OOMKilled}}` in a Go template is text, not a placeholder.
          if (`${text.ko} ${text.en}`.includes(`{{${m[1]}`) || `${text.ko} ${text.en}`.includes(`{${m[1]}}}`)) continue;
          assert.ok(groups.has(m[1]), `${r.id}: {${m[1]}} is neither captured nor defaulted`);
        }
      }
    }
  });
});

describe('errors: pasted blocks and terminal lines', () => {
  it('a BuildKit failure block: the RUN step, not the exit code inside it', () => {
    const block = [
      ' => ERROR [3/4] RUN npm ci                                               2.1s',
      '------',
      ' > [3/4] RUN npm ci:',
      '1.873 npm ERR! code EUSAGE',
      '------',
      'Dockerfile:5',
      '--------------------',
      '   3 |     WORKDIR /app',
      '   4 |     COPY . .',
      '   5 | >>> RUN npm ci',
      '--------------------',
      'ERROR: failed to solve: process "/bin/sh -c npm ci" did not complete successfully: exit code: 1',
    ].join('\n');
    const m = matchDockerError(block);
    assert.strictEqual(m?.record.id, 'run-step-failed');
    assert.strictEqual(m?.line, 11);
  });
  it('the more specific record wins in a block: the process error, then the exit code', () => {
    const block = 'web-1  | exec /entrypoint.sh: no such file or directory\nweb-1 exited with code 255\nweb-1 exited with code 137';
    assert.strictEqual(matchDockerError(block)?.record.id, 'entrypoint-interpreter-missing');
    assert.deepStrictEqual(findDockerErrors(block).map((f) => f.record.id), ['entrypoint-interpreter-missing', 'exit-code-137']);
  });
  it('a message wrapped over two lines is read joined', () => {
    const wrapped = 'failed to solve: failed to compute cache key: failed to calculate checksum of ref ...:\n"/var/www/html/_container_data/cron/Crontab": not found';
    assert.strictEqual(matchDockerError(wrapped)?.record.id, 'copy-source-not-found');
    assert.strictEqual(matchDockerError(wrapped)?.values.path, '/var/www/html/_container_data/cron/Crontab');
  });
  it('colours are removed before matching, and the span is on the plain line', () => {
    const m = matchLine('\u001b[31mError response from daemon: No such container: web\u001b[0m');
    assert.strictEqual(m?.record.id, 'no-such-container');
    assert.strictEqual(m?.lineText.slice(m.start, m.end), 'No such container: web');
  });
  it('a huge line is read only in its first part and answers at once', () => {
    const huge = `${'a'.repeat(2_000_000)} port is already allocated`;
    const started = Date.now();
    assert.strictEqual(matchLine(huge), null);
    const many = 'Bind for '.repeat(100_000);
    assert.strictEqual(matchDockerError(many), null);
    assert.ok(Date.now() - started < 5_000);
  });
});

describe('errors: the explanation', () => {
  it('Korean first: the answer as a heading, the line as code, causes, checks, fixes, docs and sources', () => {
    const e = explainDockerError('Bind for 0.0.0.0:8080 failed: port is already allocated', { language: 'ko' });
    assert.ok(e);
    assert.strictEqual(e.error, 'port-already-allocated');
    assert.strictEqual(e.title, '호스트 포트 8080을 다른 컨테이너가 이미 쓰고 있어요');
    const lines = e.markdown.split('\n');
    assert.strictEqual(lines[0], '### 호스트 포트 8080을 다른 컨테이너가 이미 쓰고 있어요');
    assert.match(e.markdown, /`Bind for 0\.0\.0\.0:8080 failed: port is already allocated`/);
    for (const label of ['**흔한 원인**', '**확인할 것**', '**고치는 방법**']) assert.ok(e.markdown.includes(label), label);
    assert.match(e.markdown, /`docker ps --filter publish=8080`/);
    assert.ok(e.sources.every((url) => e.markdown.includes(url)));
    assert.ok(e.sources.some((u) => u.includes('portallocator.go')));
  });
  it('English when asked', () => {
    const e = explainDockerError('no space left on device', { language: 'en' });
    assert.match(e?.markdown ?? '', /^### The disk is full/);
  });
  it('values from the terminal are code, never Markdown (a link in a container name stays text)', () => {
    const e = explainDockerError('Error response from daemon: No such container: [x](https://evil.example)', { language: 'ko' });
    assert.ok(e);
    assert.ok(!/\]\(https:\/\/evil/.test(e.markdown.replace(/`[^`]*`/g, '')), e.markdown);
  });
  it('the plain title quotes values with ‘’ and has no backticks', () => {
    for (const line of ["docker: Error response from daemon: Conflict. The container name \"/web\" is already in use by container \"abc123\".", 'the input device is not a TTY', 'service "api" has neither an image nor a build context specified']) {
      const e = explainDockerError(line, { language: 'ko' });
      assert.ok(e && !e.title.includes('`'), e?.title);
    }
    assert.strictEqual(explainDockerError('network backend not found', { language: 'ko' })?.title, '네트워크 ‘backend’가 없어요');
  });
  it('a RUN step with a known exit code says what the code means', () => {
    const e = explainDockerError('ERROR: failed to solve: process "/bin/sh -c ./build.sh" did not complete successfully: exit code: 137', { language: 'ko' });
    assert.match(e?.markdown ?? '', /\*\*종료 코드 137\*\*: 137은 128 \+ 9/);
    assert.strictEqual(e?.title, '빌드의 RUN 명령이 종료 코드 137로 실패했어요');
  });
  it('an unknown text is not explained', () => {
    assert.strictEqual(explainDockerError('hello world, nothing wrong here', { language: 'ko' }), null);
  });
});
