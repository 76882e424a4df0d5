import type { Rule } from '../types';
import { absoluteWorkdir } from './absolute-workdir';
import { apkNoCache } from './apk-no-cache';
import { aptGetAssumeYes } from './apt-get-assume-yes';
import { aptGetCleanLists } from './apt-get-clean-lists';
import { aptGetNoInstallRecommends } from './apt-get-no-install-recommends';
import { aptGetUpdateWithInstall } from './apt-get-update-with-install';
import { copyBeforeInstall } from './copy-before-install';
import { copyFromKnownStage } from './copy-from-known-stage';
import { dockerfileSyntax } from './dockerfile-syntax';
import { fromAsCasing } from './from-as-casing';
import { legacyEnvFormat } from './legacy-env-format';
import { mergeConsecutiveRun } from './merge-consecutive-run';
import { noCdInRun } from './no-cd-in-run';
import { noMaintainer } from './no-maintainer';
import { noRepeatedInstruction } from './no-repeated-instruction';
import { noRootUser } from './no-root-user';
import { noSecretsInEnv } from './no-secrets-in-env';
import { noSudo } from './no-sudo';
import { pipNoCacheDir } from './pip-no-cache-dir';
import { preferCopyOverAdd } from './prefer-copy-over-add';
import { preferExecForm } from './prefer-exec-form';
import { undefinedVariable } from './undefined-variable';
import { uniqueStageName } from './unique-stage-name';
import { validExecForm } from './valid-exec-form';
import { validExpose } from './valid-expose';
import { consistentInstructionCasing } from './consistent-instruction-casing';
import { exposeProtoCasing } from './expose-proto-casing';
import { fromPlatformFlagConst } from './from-platform-flag-const';
import { noEmptyContinuation } from './no-empty-continuation';
import { redundantTargetPlatform } from './redundant-target-platform';
import { reservedStageName } from './reserved-stage-name';
import { stageNameCasing } from './stage-name-casing';
import { undefinedArgInFrom } from './undefined-arg-in-from';
import { invalidDefaultArgInFrom } from './invalid-default-arg-in-from';
import { copyIgnoredFile } from './copy-ignored-file';
import { copyDestDirectory } from './copy-dest-directory';
import { rpmAssumeYes } from './rpm-assume-yes';
import { trustedRegistries } from './trusted-registries';
import { tzWithoutTzdata } from './tz-without-tzdata';
import { tzdataNoninteractive } from './tzdata-noninteractive';
import { localeNotGenerated } from './locale-not-generated';
import { browserNeedsCjkFont } from './browser-needs-cjk-font';
import { aptMirrorAfterUpdate } from './apt-mirror-after-update';
import { pinPackageVersions } from './pin-package-versions';
import { runPipefail } from './run-pipefail';
import { rpmCleanCache } from './rpm-clean-cache';
import { copyRelativeDest } from './copy-relative-dest';
import { aptSourcesFile } from './apt-sources-file';
import { useraddLargeUid } from './useradd-large-uid';
import { copyArchiveThenExtract } from './copy-archive-then-extract';
import { yarnCacheClean } from './yarn-cache-clean';

/** The Dockerfile rules, in the order of the table. */
export const dockerfileRules: readonly Rule[] = [
  dockerfileSyntax,
  fromAsCasing,
  uniqueStageName,
  copyFromKnownStage,
  absoluteWorkdir,
  noMaintainer,
  preferCopyOverAdd,
  preferExecForm,
  validExecForm,
  noRepeatedInstruction,
  validExpose,
  noCdInRun,
  noSudo,
  aptGetUpdateWithInstall,
  aptGetAssumeYes,
  aptGetNoInstallRecommends,
  aptGetCleanLists,
  apkNoCache,
  pipNoCacheDir,
  copyBeforeInstall,
  mergeConsecutiveRun,
  noSecretsInEnv,
  undefinedVariable,
  legacyEnvFormat,
  noRootUser,
  stageNameCasing,
  reservedStageName,
  consistentInstructionCasing,
  redundantTargetPlatform,
  fromPlatformFlagConst,
  exposeProtoCasing,
  noEmptyContinuation,
  undefinedArgInFrom,
  invalidDefaultArgInFrom,
  copyIgnoredFile,
  copyDestDirectory,
  rpmAssumeYes,
  trustedRegistries,
  tzWithoutTzdata,
  tzdataNoninteractive,
  localeNotGenerated,
  browserNeedsCjkFont,
  aptMirrorAfterUpdate,
  pinPackageVersions,
  runPipefail,
  rpmCleanCache,
  copyRelativeDest,
  aptSourcesFile,
  useraddLargeUid,
  copyArchiveThenExtract,
  yarnCacheClean,
];
