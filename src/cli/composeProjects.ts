import * as fs from 'fs';
import { ProjectView, defaultFileSet, fileSetFromDotEnv, isTooLargeToAnalyse, joinPath, loadProject, parseDocument, profilesFromVariable } from '../core';
import type { ComposeProject, ParsedDocument, ResolvedConfig } from '../core';
import { readBoundedText, realPathOf } from '../node/readBounded';
import { ReadScope } from '../core/compose/readScope';

// The CLI lints each Compose project once: a file is linted with the file set it belongs to
// (the team config's `compose.files`, else `COMPOSE_FILE` from the folder's `.env`, else the
// folder's `compose.yaml` with its `compose.override.yaml`), so names its base file declares are
// known and a clash between two files is reported once, in the later one. A Compose file in no
// set is linted alone. Files are read through the bounded reader.

/** A file's text through the bounded reader, or undefined when it cannot be read or is too large to analyse. */
export function readText(path: string): string | undefined {
  const text = readBoundedText(path, { utf16: 'decode' });
  return typeof text === 'string' && !isTooLargeToAnalyse(text.length) ? text : undefined;
}

function dirOf(path: string): string {
  return path.slice(0, path.lastIndexOf('/')) || '/';
}

/**
 * The folder a linted file's project may read other files from (core/compose/readScope.ts): the
 * current folder when the file is in it (the repository, in CI), else the file's own folder. A
 * pull request's `include: ../../../home/runner/secrets.env` must not put a file of the machine
 * into a diagnostic or a SARIF upload. `file` is a file the user named (or found under a folder
 * they named), never a set's first file: `COMPOSE_FILE=../secret/s.yaml:compose.yaml` in the
 * repository's `.env` must not make the outside folder the scope. `folder` names a folder the
 * user gave (`compose config ../other`): outside the current folder it is the scope itself.
 */
export function cliReadScope(file: string, cwd = process.cwd(), folder = false): ReadScope {
  const here = cwd.replace(/\\/g, '/');
  const scope = new ReadScope(realPathOf);
  scope.add(file.startsWith(here.endsWith('/') ? here : `${here}/`) || file === here ? here : folder ? file : dirOf(file));
  return scope;
}

/** `read`, for the files `scope` allows; undefined for the others. */
export function scopedReader(scope: Pick<ReadScope, 'allows'>, read: (path: string) => string | undefined = readText): (path: string) => string | undefined {
  return (path) => (scope.allows(path) ? read(path) : undefined);
}

export class CliComposeProjects {
  private readonly docs = new Map<string, ParsedDocument>();
  private readonly projects = new Map<string, ComposeProject>();
  private readonly defaultSets = new Map<string, string[] | undefined>();

  constructor(private readonly read: (path: string) => string | undefined = readText) {}

  /** The parsed file, shared with the projects that read it (each file is parsed once). */
  parse(path: string, text: string): ParsedDocument {
    let doc = this.docs.get(path);
    if (!doc || doc.kind !== 'compose' || doc.text !== text) {
      doc = parseDocument(text, 'compose');
      this.docs.set(path, doc);
    }
    return doc;
  }

  /**
   * `--fix` wrote `path`: the files linted after it read the new text, and the projects that
   * hold it are loaded again (their lines and values were the old text's).
   */
  fileChanged(path: string, text: string): void {
    this.parse(path, text);
    for (const [key, project] of this.projects) if (project.files.some((f) => f.path === path)) this.projects.delete(key);
  }

  /** The text of a Compose file as the projects read it now (after `fileChanged`), if it was parsed. */
  textOf(path: string): string | undefined {
    return this.docs.get(path)?.text;
  }

  /** The file set `path` belongs to, or undefined when it is in none. */
  fileSetOf(path: string, config?: ResolvedConfig): string[] | undefined {
    for (const set of config?.compose?.files ?? []) if (set.includes(path)) return set;
    const dir = dirOf(path);
    if (!this.defaultSets.has(dir)) this.defaultSets.set(dir, this.discover(dir));
    const set = this.defaultSets.get(dir);
    return set?.includes(path) ? set : undefined;
  }

  /** The set `docker compose` reads in this folder with no `-f`: `COMPOSE_FILE` from its `.env`, else the default names. */
  folderSet(dir: string): string[] | undefined {
    if (!this.defaultSets.has(dir)) this.defaultSets.set(dir, this.discover(dir));
    return this.defaultSets.get(dir);
  }

  private discover(dir: string): string[] | undefined {
    const fromEnv = fileSetFromDotEnv(dir, this.read(joinPath(dir, '.env')));
    if (fromEnv) return fromEnv;
    let names: string[];
    try {
      names = fs.readdirSync(dir);
    } catch {
      return undefined;
    }
    return defaultFileSet(dir, names);
  }

  /** The project view for a Compose file, or undefined when it belongs to no set (lint it alone). */
  viewFor(path: string, config?: ResolvedConfig): ProjectView | undefined {
    const set = this.fileSetOf(path, config);
    if (!set) return undefined;
    const projectName = config?.compose?.projectName;
    const key = `${set.join('\n')}\n${projectName ?? ''}`;
    let project = this.projects.get(key);
    if (!project) {
      // The linted file (named by the user or found under the folder they named), not set[0]: the
      // set may come from the repository's `.env` and start outside it.
      const scope = cliReadScope(path);
      project = loadProject({
        files: set,
        projectName,
        readFile: (p) => {
          const cached = this.docs.get(p);
          return cached ? cached.text : scope.allows(p) ? this.read(p) : undefined;
        },
        parse: (p, text) => this.parse(p, text) as never,
      });
      this.projects.set(key, project);
    }
    const profileSets = [config?.compose?.profiles ?? [], profilesFromVariable(project.variables.get('COMPOSE_PROFILES'))].filter((s) => s.length > 0);
    return new ProjectView(project, path, profileSets);
  }
}
