#!/usr/bin/env bash
# Installs Emend under PREFIX (default /usr/local): the release binary as PREFIX/bin/emend
# and the bundled dictionaries as PREFIX/share/emend/Dictionaries, where the binary looks
# for them first. Usage: scripts/install.sh [PREFIX]
set -euo pipefail
cd "$(dirname "$0")/.."
prefix="${1:-/usr/local}"
swift build -c release
install -d "$prefix/bin" "$prefix/share/emend/Dictionaries"
install -m 0755 .build/release/emend "$prefix/bin/emend"
install -m 0644 Dictionaries/*.toml Dictionaries/README.md "$prefix/share/emend/Dictionaries/"
echo "installed $prefix/bin/emend and $prefix/share/emend/Dictionaries"
