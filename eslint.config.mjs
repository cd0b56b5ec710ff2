// Lint for the whole repository, and the closure serializer's rules for the code under libvirt/
// that Pulumi serializes into dynamic providers (ARCHITECTURE.md, "Provider code").
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import noOwnExportRead from "./tools/eslint/no-own-export-read.js";

const serializer = {
  plugins: { "kvm-infra": { rules: { "no-own-export-read": noOwnExportRead } } },
  rules: {
    "kvm-infra/no-own-export-read": "error",
    "no-restricted-syntax": [
      "error",
      { selector: "PrivateIdentifier", message: "No #private members: the serializer cannot carry them (use a TypeScript private)." },
      {
        selector: "ImportNamespaceSpecifier",
        message:
          "No `import * as`: with esModuleInterop the serializer fails on namespace imports of CommonJS packages (use named imports).",
      },
      {
        selector:
          "ClassDeclaration[superClass.name=/^(EventEmitter|Readable|Writable|Duplex|Transform|PassThrough|Socket|Server|Buffer|Map|Set|Promise)$/]",
        message: "No classes extending node builtins: the serializer cannot rebuild their native prototypes.",
      },
      {
        selector:
          "Program > VariableDeclaration > VariableDeclarator > NewExpression, Program > ExportNamedDeclaration > VariableDeclaration > VariableDeclarator > NewExpression",
        message: "No live objects at module level: the serializer cannot capture them (create them lazily, e.g. on globalThis).",
      },
      {
        selector: "BinaryExpression[operator='instanceof'][right.name=/Error$/]",
        message: "Recognise errors by name and code, not instanceof: serialized copies of a class are different classes.",
      },
    ],
  },
};

export default tseslint.config(
  { ignores: ["node_modules/**", "bin/**", "coverage/**", "render/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { require: "readonly", module: "writable", process: "readonly", __dirname: "readonly", console: "readonly" },
    },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" }],
      "@typescript-eslint/no-require-imports": "off",
      // Names, paths and kickstart text are checked for control characters on purpose.
      "no-control-regex": "off",
    },
  },
  // Tests drive gRPC stubs and mock monitors whose types the SDK does not export.
  { files: ["test/**/*.ts"], rules: { "@typescript-eslint/no-explicit-any": "off" } },
  { files: ["libvirt/**/*.ts"], ...serializer },
);
