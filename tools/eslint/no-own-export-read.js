// ESLint rule: a module must not read its own `export const` (the closure serializer turns such a
// read into `exports.X`, which is undefined in the provider text). Declare a plain const, use it,
// and export it at the end (`export { X }`) or under another name.
"use strict";

module.exports = {
  meta: {
    type: "problem",
    docs: { description: "disallow reading a module's own exported const inside that module" },
    messages: {
      ownExport:
        "'{{name}}' is this module's own `export const`: the closure serializer reads it as exports.{{name}}. Declare it without export and export it at the end.",
    },
    schema: [],
  },
  create(context) {
    return {
      "Program:exit"(program) {
        const scope = context.sourceCode.getScope(program);
        const moduleScope = scope.childScopes.find((s) => s.type === "module") ?? scope;
        for (const node of program.body) {
          if (node.type !== "ExportNamedDeclaration" || !node.declaration || node.declaration.type !== "VariableDeclaration") continue;
          for (const decl of node.declaration.declarations) {
            if (decl.id.type !== "Identifier") continue;
            const variable = moduleScope.set.get(decl.id.name);
            if (!variable) continue;
            for (const ref of variable.references) {
              if (ref.isRead() && !ref.init) context.report({ node: ref.identifier, messageId: "ownExport", data: { name: decl.id.name } });
            }
          }
        }
      },
    };
  },
};
