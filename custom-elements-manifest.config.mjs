// The custom-elements analyzer, with one rule it lacks for `static properties` (which the widgets use
// instead of decorators): reactive state (`state: true`) is not an attribute, and a field marked
// `@internal` is not part of the element's API, even when it is declared in `static properties`.
/** @type {Map<string, Set<string>>} class name → property names to leave out */
const hidden = new Map();

const internalState = {
  name: 'som-internal-state',
  analyzePhase({ ts, node }) {
    if (!ts.isClassDeclaration(node) || !node.name) return;
    const names = new Set();
    for (const member of node.members) {
      const name = member.name && ts.isIdentifier(member.name) ? member.name.text : undefined;
      if (!name) continue;
      if (ts.getJSDocTags(member).some((t) => t.tagName.text === 'internal')) names.add(name);
      const isStaticProperties = name === 'properties' && member.modifiers?.some((m) => m.kind === ts.SyntaxKind.StaticKeyword);
      if (isStaticProperties && member.initializer && ts.isObjectLiteralExpression(member.initializer)) {
        for (const prop of member.initializer.properties) {
          const options = ts.isPropertyAssignment(prop) ? prop.initializer : undefined;
          const state = options && ts.isObjectLiteralExpression(options) && options.properties.some((o) => ts.isPropertyAssignment(o) && o.name.getText() === 'state' && o.initializer.kind === ts.SyntaxKind.TrueKeyword);
          if (state) names.add(prop.name.getText());
        }
      }
    }
    if (names.size) hidden.set(node.name.text, names);
  },
  packageLinkPhase({ customElementsManifest }) {
    for (const mod of customElementsManifest.modules) {
      for (const d of mod.declarations ?? []) {
        const names = hidden.get(d.name);
        if (!names) continue;
        d.attributes = d.attributes?.filter((a) => !names.has(a.fieldName ?? a.name));
        d.members = d.members?.filter((m) => !names.has(m.name) || m.privacy === 'private');
      }
    }
  },
};

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts'],
  litelement: true,
  plugins: [internalState],
};
