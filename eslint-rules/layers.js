/**
 * The layering of DESIGN.md as a lint rule: which folder under src/ may import which, and which folders must
 * stay free of React, Electron and Node built-ins. A layer is the first folder under the nearest `src/`.
 */
import { builtinModules } from 'node:module';
import path from 'node:path';

/** For each layer: the layers of ours it may import, and what else it may not. */
export const LAYERS = {
  engine: { allow: ['engine'], forbidReact: true, forbidElectron: true, forbidNode: true },
  project: { allow: ['project', 'engine'], forbidReact: true, forbidElectron: true, forbidNode: true },
  shared: { allow: ['shared'], forbidReact: true, forbidElectron: true, forbidNode: true },
  main: { allow: ['main', 'project', 'engine', 'shared'], typeOnly: ['preload'], forbidReact: true },
  preload: { allow: ['preload', 'shared'], forbidReact: true, forbidNode: true },
  renderer: {
    allow: ['renderer', 'engine', 'project', 'shared', 'export'],
    typeOnly: ['preload'],
    forbidElectron: true,
    forbidNode: true,
  },
  cli: { allow: ['cli', 'engine', 'project', 'export'], forbidReact: true, forbidElectron: true },
  export: { allow: ['export', 'engine', 'project'], forbidReact: true, forbidElectron: true, forbidNode: true },
};

const nodeBuiltins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

function layerOf(file) {
  const parts = path.resolve(file).split(path.sep);
  const i = parts.lastIndexOf('src');
  return i >= 0 && i + 1 < parts.length - 1
    ? { layer: parts[i + 1], srcRoot: parts.slice(0, i + 1).join(path.sep) }
    : null;
}

function packageName(spec) {
  if (spec.startsWith('@')) return spec.split('/').slice(0, 2).join('/');
  return spec.split('/')[0];
}

/** @type {import('eslint').Rule.RuleModule} */
export const layersRule = {
  meta: {
    type: 'problem',
    docs: { description: 'Enforce the import layers of DESIGN.md' },
    schema: [],
  },
  create(context) {
    const file = context.filename;
    const here = layerOf(file);
    if (!here || !LAYERS[here.layer]) return {};
    const rules = LAYERS[here.layer];

    function check(node, spec, typeOnly) {
      if (typeof spec !== 'string') return;
      if (spec.startsWith('.')) {
        const target = path.resolve(path.dirname(file), spec);
        const rel = path.relative(here.srcRoot, target);
        if (rel.startsWith('..')) {
          context.report({ node, message: `src/${here.layer} may not import '${spec}': it is outside src/` });
          return;
        }
        const targetLayer = rel.split(path.sep)[0];
        if (rules.allow.includes(targetLayer)) return;
        if (typeOnly && rules.typeOnly?.includes(targetLayer)) return;
        context.report({
          node,
          message: `src/${here.layer} may not import src/${targetLayer} ('${spec}'); allowed: ${rules.allow.join(', ')} (see DESIGN.md, layers)`,
        });
        return;
      }
      const pkg = packageName(spec);
      if (
        rules.forbidReact &&
        (pkg === 'react' || pkg === 'react-dom' || pkg.startsWith('@xyflow') || pkg === 'recharts' || pkg === 'zustand')
      ) {
        context.report({
          node,
          message: `src/${here.layer} may not import '${spec}': no React here (DESIGN.md, layers)`,
        });
      } else if (rules.forbidElectron && (pkg === 'electron' || pkg.startsWith('@electron'))) {
        context.report({
          node,
          message: `src/${here.layer} may not import '${spec}': no Electron here (DESIGN.md, layers)`,
        });
      } else if (rules.forbidNode && nodeBuiltins.has(pkg)) {
        context.report({
          node,
          message: `src/${here.layer} may not import the Node built-in '${spec}' (DESIGN.md, layers)`,
        });
      }
    }

    return {
      ImportDeclaration(node) {
        check(node, node.source.value, node.importKind === 'type');
      },
      ExportNamedDeclaration(node) {
        if (node.source) check(node, node.source.value, node.exportKind === 'type');
      },
      ExportAllDeclaration(node) {
        check(node, node.source.value, node.exportKind === 'type');
      },
      ImportExpression(node) {
        if (node.source.type === 'Literal') check(node, node.source.value, false);
      },
      CallExpression(node) {
        if (
          node.callee.type === 'Identifier' &&
          node.callee.name === 'require' &&
          node.arguments[0]?.type === 'Literal'
        ) {
          check(node, node.arguments[0].value, false);
        }
      },
    };
  },
};

export default { rules: { layers: layersRule } };
