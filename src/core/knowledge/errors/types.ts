import type { Localized } from '../../types';

/**
 * One message Docker prints, as data: how to recognise it in a terminal line and what to tell
 * the reader. The matcher (src/core/explain/errors) finds the record and the values the
 * message carries (a port, a path, an exit code); the record says what it means.
 *
 * Texts are Markdown (they render in the panel, hovers and `explain --format markdown`) and may
 * hold `{name}` placeholders filled with the values a pattern captured (named groups). A value
 * comes from the user's terminal: it is filled through `fillMarkdown`, so it is only ever shown
 * as code. A placeholder whose group did not take part in the match is filled from `defaults`.
 */
export interface ErrorRecord {
  /** Stable key used by the CLI's JSON (`"error"`) and tests: `port-already-allocated`. */
  id: string;
  /**
   * How the message looks, each a linear-time pattern (test/unit/robustness/regexSafety.test.ts)
   * tried on one line of output. Named groups become values for the texts.
   */
  patterns: RegExp[];
  /** The answer in one line (also the terminal link's tooltip, so plain words and values only). */
  title: Localized;
  /** What Docker is saying, in a few plain sentences. */
  meaning: Localized;
  /** Why it usually happens, most common first. */
  causes: Localized[];
  /** What to look at to tell the causes apart (commands in code spans). */
  checks: Localized[];
  /** How to fix it. */
  fixes: Localized[];
  /** Values for placeholders a pattern may leave empty (an optional group). */
  defaults?: Record<string, Localized>;
  /** Which finder can point at the cause in the workspace's files (src/core/explain/errors/locate.ts). */
  locate?: 'hostPort' | 'copySource' | 'containerName' | 'dockerfile';
  /** The Docker docs page (with its anchor) for reading on. */
  docs: string;
  /**
   * Where the message and the explanation can be checked: the file of moby/buildkit/cli/compose
   * that prints the message, at a pinned tag, and the docs sections the advice rests on.
   */
  sources: string[];
}
