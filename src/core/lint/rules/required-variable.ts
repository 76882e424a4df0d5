import { visit } from 'yaml';
import type { Rule } from '../types';
import { nodeRange } from '../../documents/composeDocument';
import { requiredVariables } from '../../compose/interpolate';
import { projectViewOf } from '../compose/projectView';

// `${VAR:?reason}` (or `${VAR?reason}`) makes Compose stop with "required variable VAR is
// missing a value: reason" when VAR is unset (`:?` also when it is empty): compose-go v2.13.0
// `template/template.go` (`MissingRequiredError`). Variables come from the shell first, then
// the project's `.env`. We know the `.env` (and the variables the caller names), not the shell
// of the machine that will run Compose: so a warning, which says so.
export const requiredVariable: Rule = {
  meta: {
    id: 'required-variable',
    kinds: ['compose'],
    severity: 'warning',
    title: {
      ko: '꼭 있어야 하는 변수(${VAR:?…})가 프로젝트의 .env에 있어요',
      en: 'Required variables (${VAR:?…}) are set in the project’s .env',
    },
    sources: [
      'https://docs.docker.com/reference/compose-file/interpolation/#interpolation',
      'https://docs.docker.com/compose/how-tos/environment-variables/variable-interpolation/#ways-to-set-variables-with-interpolation',
      'https://github.com/compose-spec/compose-go/blob/v2.13.0/template/template.go',
    ],
    messages: {
      unset: {
        ko: '‘{name}’은/는 꼭 있어야 하는 변수(‘{expr}’)인데 프로젝트의 .env에 없어요. 셸에서도 설정하지 않으면 Compose가 "required variable {name} is missing a value: {reason}" 오류를 내고 멈춰요. .env에 ‘{name}=값’을 적거나 실행할 때 셸에서 설정하세요.',
        en: '‘{name}’ is required (‘{expr}’) but the project’s .env does not set it. Unless the shell sets it, Compose stops with "required variable {name} is missing a value: {reason}".',
      },
      empty: {
        ko: '‘{name}’은/는 .env에서 빈 값이에요. ‘{expr}’의 ‘:?’는 빈 값도 받지 않아서, 셸에서 값을 주지 않으면 Compose가 "required variable {name} is missing a value: {reason}" 오류를 내고 멈춰요.',
        en: '‘{name}’ is empty in .env, and ‘{expr}’ (with ‘:?’) rejects an empty value: unless the shell sets it, Compose stops with "required variable {name} is missing a value: {reason}".',
      },
    },
  },
  check({ doc, report, project }) {
    if (doc.kind !== 'compose') return;
    if (!doc.text.includes('?')) return;
    const view = projectViewOf({ doc, project });
    // A file linted alone: its .env was not read, so every variable looks unset.
    if (view.alone) return;
    // Included and extended files are interpolated with their own project's variables.
    const role = view.project.files.find((f) => f.path === view.file)?.role;
    if (role !== 'main' && role !== 'override') return;
    const variables = view.project.variables;
    for (const yamlDoc of doc.documents) {
      visit(yamlDoc, {
        Scalar(key, node) {
          if (key === 'key' || typeof node.value !== 'string' || !node.value.includes('?') || !node.range) return;
          let from = node.range[0];
          for (const rv of requiredVariables(node.value)) {
            const value = variables.get(rv.name);
            if (value !== undefined && (value !== '' || !rv.colon)) continue;
            const expr = node.value.slice(rv.start, rv.end);
            // The expression as written (plain or quoted, the same characters); else the whole value.
            const at = doc.text.indexOf(expr, from);
            const inside = at >= 0 && at + expr.length <= node.range[1];
            if (inside) from = at + expr.length;
            const range = inside ? doc.lines.range(at, at + expr.length) : nodeRange(node, doc.lines);
            if (!range) continue;
            report({ range, messageId: value === undefined ? 'unset' : 'empty', data: { name: rv.name, expr, reason: rv.reason } });
          }
        },
      });
    }
  },
};
