/**
 * The layering of docs/architecture.md as a lint rule: which folder under src/ may import which, and which folders must
 * stay free of React, Electron and Node built-ins. A layer is the first folder under the nearest `src/`.
 */
import { builtinModules } from 'node:module';
import path from 'node:path';

/** For each layer: the layers of ours it may import, and what else it may not. */
export const LAYERS = {
  engine: { allow: ['engine'], forbidReact: true, forbidElectron: true, forbidNode: true },
  // The file format names the engine's types but runs none of its code (it keeps its own registry names).
  project: { allow: ['project'], typeOnly: ['engine'], forbidReact: true, forbidElectron: true, forbidNode: true },
  shared: { allow: ['shared'], forbidReact: true, forbidElectron: true, forbidNode: true },
  // Main reads and writes project files; it never trains or compiles, so it has no use for the engine.
  main: { allow: ['main', 'project', 'shared'], typeOnly: ['preload'], forbidReact: true },
  preload: { allow: ['preload', 'shared'], forbidReact: true, forbidNode: true },
  renderer: {
    allow: ['renderer', 'engine', 'project', 'shared', 'export'],
    typeOnly: ['preload'],
    forbidElectron: true,
    forbidNode: true,
  },
  cli: { allow: ['cli', 'engine', 'project', 'shared', 'export'], forbidReact: true, forbidElectron: true },
  export: { allow: ['export', 'engine', 'project'], forbidReact: true, forbidElectron: true, forbidNode: true },
};

/**
 * The same idea one level down, inside src/renderer (docs/architecture.md): the document store and its helpers, the
 * command registry and the platform adapter import no other part; the run driver and worker clients may read
 * the document; the shared UI parts may show and run commands; a feature (`features/<name>`) may use all of
 * those but never another feature (features meet in the document store and the command registry); the shell
 * (App, menu bar host, main.tsx) assembles everything. A part is the first folder under src/renderer, or
 * `features/<name>`.
 */
export const RENDERER_PARTS = {
  document: ['document'],
  commands: ['commands'],
  platform: ['platform'],
  run: ['run', 'document', 'platform'],
  ui: ['ui', 'commands'],
  features: ['document', 'commands', 'ui', 'run', 'platform'],
  shell: ['document', 'commands', 'ui', 'run', 'platform', 'features', 'shell'],
};

/** `{ kind, name }` of a path relative to src/renderer: kind is a key of RENDERER_PARTS; name adds the feature. */
function rendererPartOf(relToRenderer) {
  const parts = relToRenderer.split(path.sep);
  if (parts.length < 2) return null;
  if (parts[0] === 'features') return parts.length >= 3 ? { kind: 'features', name: `features/${parts[1]}` } : null;
  return RENDERER_PARTS[parts[0]] ? { kind: parts[0], name: parts[0] } : null;
}

/** Why `from` may not import `to` inside the renderer, or null when it may. */
function rendererRefusal(from, to, spec) {
  if (from.kind === 'features' && to.kind === 'features') {
    if (from.name === to.name) return null;
    return `${from.name} may not import ${to.name} ('${spec}'): features never import each other; share through the document store or run the other feature's command by id (docs/architecture.md, layers)`;
  }
  if (RENDERER_PARTS[from.kind].includes(to.kind)) return null;
  return `renderer/${from.name} may not import renderer/${to.name} ('${spec}'); allowed: ${RENDERER_PARTS[from.kind].join(', ')} (docs/architecture.md, layers)`;
}

const RENDERER_LAYOUT = `${Object.keys(RENDERER_PARTS)
  .map((k) => (k === 'features' ? 'features/<name>' : k))
  .join(', ')}`;

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
    docs: { description: 'Enforce the import layers of docs/architecture.md' },
    schema: [],
  },
  create(context) {
    const file = context.filename;
    const here = layerOf(file);
    if (!here || !LAYERS[here.layer]) return {};
    const rules = LAYERS[here.layer];
    const rendererRoot = path.join(here.srcRoot, 'renderer');
    const herePart = here.layer === 'renderer' ? rendererPartOf(path.relative(rendererRoot, path.resolve(file))) : null;

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
        if (herePart && targetLayer === 'renderer') {
          const targetPart = rendererPartOf(path.relative(rendererRoot, target));
          const refusal = targetPart ? rendererRefusal(herePart, targetPart, spec) : null;
          if (refusal) context.report({ node, message: refusal });
          return;
        }
        if (rules.allow.includes(targetLayer)) return;
        if (rules.typeOnly?.includes(targetLayer)) {
          if (typeOnly) return;
          context.report({
            node,
            message: `src/${here.layer} may import only types from src/${targetLayer} ('${spec}'): write \`import type\` (see docs/architecture.md, layers)`,
          });
          return;
        }
        context.report({
          node,
          message: `src/${here.layer} may not import src/${targetLayer} ('${spec}'); allowed: ${rules.allow.join(', ')} (see docs/architecture.md, layers)`,
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
          message: `src/${here.layer} may not import '${spec}': no React here (docs/architecture.md, layers)`,
        });
      } else if (rules.forbidElectron && (pkg === 'electron' || pkg.startsWith('@electron'))) {
        context.report({
          node,
          message: `src/${here.layer} may not import '${spec}': no Electron here (docs/architecture.md, layers)`,
        });
      } else if (rules.forbidNode && nodeBuiltins.has(pkg)) {
        context.report({
          node,
          message: `src/${here.layer} may not import the Node built-in '${spec}' (docs/architecture.md, layers)`,
        });
      }
    }

    return {
      Program(node) {
        if (here.layer === 'renderer' && !herePart) {
          context.report({
            node,
            message: `${path.relative(here.srcRoot, path.resolve(file))} is outside the renderer's parts; put it in one of ${RENDERER_LAYOUT} (docs/architecture.md, layers)`,
          });
        }
      },
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
