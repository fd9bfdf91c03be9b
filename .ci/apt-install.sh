#!/usr/bin/env bash
# Installs the Debian packages given as arguments with apt-get (through sudo when not root). Used by the
# install-*.sh scripts, which decide what is missing.
set -euo pipefail
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq "$@"
