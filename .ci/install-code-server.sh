#!/usr/bin/env bash
# Install code-server (from npm) into a prefix directory, building all native
# modules from source (no prebuilt-binary downloads). Idempotent: each step is
# skipped when its result is already in place.
#   usage: install-code-server.sh DIR        (run as root; Node 20 required)
set -euo pipefail

CS_VERSION=4.100.3
DIR=${1:?usage: $0 INSTALL_DIR}
mkdir -p "$DIR"
DIR=$(cd "$DIR" && pwd)
PKG="$DIR/lib/node_modules/code-server"
VS="$PKG/lib/vscode"
STAMPS="$PKG/.install-stamps"

log() { printf '[install-code-server] %s\n' "$*"; }
die() { printf '[install-code-server] ERROR: %s\n' "$*" >&2; exit 1; }

[ "$(id -u)" = 0 ] || die "must run as root"
command -v node >/dev/null && command -v npm >/dev/null || die "node/npm not found"
[ "$(node -p 'process.versions.node.split(".")[0]')" = 20 ] || die "code-server $CS_VERSION needs Node 20 (have $(node -v))"

# npm settings: do not depend on ~/.npmrc. `--prefix DIR` would also move the global npmrc to
# DIR/etc/npmrc: keep the machine's own (its certificate authority file, say).
npm_config_globalconfig="$(npm config get globalconfig 2>/dev/null)"
export npm_config_globalconfig
export npm_config_nodedir=/usr          # headers from Debian's nodejs (/usr/include/node)
export npm_config_yes=true
export npm_config_update_notifier=false
export npm_config_fund=false
export npm_config_audit=false
export npm_config_build_from_source=true  # prebuild-install / node-pre-gyp: compile, don't download
export DEBIAN_FRONTEND=noninteractive

stamp_ok() { [ -f "$STAMPS/$1" ]; }
stamp() { mkdir -p "$STAMPS"; date -u +%FT%TZ >"$STAMPS/$1"; }

# 1. Debian build dependencies + ripgrep
APT_PKGS=(build-essential pkg-config python3 libkrb5-dev libx11-dev libxkbfile-dev libsecret-1-dev ripgrep)
missing=()
for p in "${APT_PKGS[@]}"; do
  dpkg -s "$p" 2>/dev/null | grep -q '^Status: install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  log "apt: installing ${missing[*]}"
  apt-get update -q
  apt-get install -y -q --no-install-recommends "${missing[@]}"
else
  log "apt: all build dependencies present"
fi

# 2. code-server package itself, without its postinstall (done by hand below)
have_ver=$(node -p "try{require('$PKG/package.json').version}catch(e){''}" 2>/dev/null || true)
if [ "$have_ver" != "$CS_VERSION" ]; then
  log "npm: installing code-server@$CS_VERSION into $DIR (was: ${have_ver:-none})"
  rm -rf "$PKG"   # also drops stale stamps
  npm install -g --prefix "$DIR" --ignore-scripts "code-server@$CS_VERSION"
else
  log "npm: code-server@$CS_VERSION already installed"
fi
[ -f "$PKG/postinstall.sh" ] || die "unexpected package layout in $PKG"

# 3. argon2 (password hashing) native module
if ! stamp_ok argon2; then
  log "building argon2"
  (cd "$PKG" && npm rebuild argon2)
  (cd "$PKG" && node -e 'require("argon2")') || die "argon2 does not load"
  stamp argon2
fi

# 4. VS Code server dependencies, native modules built from source
NATIVE=(@parcel/watcher @vscode/deviceid @vscode/spdlog @vscode/windows-process-tree @vscode/windows-registry kerberos native-watchdog node-pty)
if ! stamp_ok vscode-deps; then
  log "npm: installing lib/vscode dependencies"
  (cd "$VS" && npm install --omit=dev --ignore-scripts)
  stamp vscode-deps
fi
if ! stamp_ok vscode-native; then
  log "building lib/vscode native modules"
  (cd "$VS" && npm rebuild "${NATIVE[@]}")
  # Check that the Linux ones load (require from the ESM package via createRequire).
  (cd "$VS" && node --input-type=module -e '
    import { createRequire } from "module";
    const r = createRequire(process.cwd() + "/");
    for (const m of ["@parcel/watcher", "@vscode/deviceid", "@vscode/spdlog", "kerberos", "native-watchdog", "node-pty"]) r(m);
  ') || die "a lib/vscode native module does not load"
  stamp vscode-native
fi

# 5. ripgrep: use Debian's instead of @vscode/ripgrep's GitHub download
RG_DST="$VS/node_modules/@vscode/ripgrep/bin/rg"
if ! cmp -s /usr/bin/rg "$RG_DST"; then
  log "copying /usr/bin/rg -> $RG_DST"
  mkdir -p "$(dirname "$RG_DST")"
  install -m 0755 /usr/bin/rg "$RG_DST"
fi

# 6. what postinstall.sh links (Linux branch)
ln -sfn node_modules "$VS/node_modules.asar"
ln -sfn code-linux.sh "$VS/bin/remote-cli/code-server"
ln -sfn browser-linux.sh "$VS/bin/helpers/browser.sh"

# 7. built-in extensions' shared deps (its postinstall only trims typescript)
if ! stamp_ok extensions; then
  log "npm: installing lib/vscode/extensions dependencies"
  (cd "$VS/extensions" && npm install --omit=dev)
  stamp extensions
fi

# Smoke test. code-server writes a default config.yaml and a data dir even for
# --version, so point its XDG dirs at a throwaway folder.
tmp=$(mktemp -d "$DIR/.smoke.XXXXXX")
ver=$(XDG_CONFIG_HOME="$tmp" XDG_DATA_HOME="$tmp" "$DIR/bin/code-server" --version | grep -E "^[0-9]+\." | head -1) \
  || { rm -rf "$tmp"; die "code-server --version failed"; }
rm -rf "$tmp"
log "done: code-server $ver at $DIR/bin/code-server"
