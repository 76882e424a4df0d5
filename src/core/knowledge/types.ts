import type { Localized } from '../types';

/**
 * One explanation, as data. The finder (src/core/explain) decides *which* topic is under the
 * cursor and supplies the values of the file; the topic says *what it means*.
 * Texts may hold `{name}` placeholders filled with those values.
 */
export interface Topic {
  /** Stable key: `dockerfile.FROM`, `compose.service.ports`, `cli.run.-p`, … */
  id: string;
  /** Short heading, e.g. `FROM` or `ports`. */
  title: Localized;
  /** One line: what this does. */
  summary: Localized;
  /** A few lines more, general to the topic. */
  body?: Localized;
  /** "왜 중요한가요?": the context that prevents a mistake. */
  why?: Localized;
  /** Value-aware sentences the finder picks by name and fills; Korean writes `{name}은/는`-style particle pairs (see `fill`). */
  templates?: Record<string, Localized>;
  /** Concept page in the panel that this topic belongs to. */
  concept?: string;
  /** Docker's own documentation page for this topic. */
  docs?: string;
  /**
   * Where every claim of this record can be checked (shown as "근거"): docs.docker.com pages with
   * their anchors, or files of moby/buildkit/cli/compose/compose-go at a pinned tag (sources.ts).
   */
  sources?: string[];
}

export type TopicTable = Record<string, Topic>;
