# Sourced by run.sh and test.sh: installs, with apt, the Debian packages Qingfeng needs
# that are not installed yet (nothing when everything is there). Uses sudo when not root.

QF_BUILD_PACKAGES=(
  cmake ninja-build g++ pkg-config
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  libqt6sql6-sqlite libqt6sql6-psql qt6-serialport-dev qt6-multimedia-dev qt6-charts-dev libqt6opengl6-dev
  qt6-websockets-dev qt6-svg-dev qt6-pdf-dev libgl-dev libvulkan-dev
  qtkeychain-qt6-dev libsodium-dev libqrencode-dev libsqlite3-dev libsane-dev catch2 libxlsxwriter-dev
  libtesseract-dev libleptonica-dev libzxing-dev libminizip-dev zlib1g-dev liblinphone-dev
  librsvg2-bin help2man
)
QF_RUN_PACKAGES=(
  gnome-keyring dbus dbus-x11 fonts-noto-cjk sane-utils socat xvfb xauth
  qt6-qpa-plugins libqt6pdf6 tesseract-ocr-chi-sim tesseract-ocr-osd fonts-arphic-uming libminizip1 libqt6charts6 liblinphone++10
)
QF_TEST_PACKAGES=(
  postgresql sip-tester imagemagick poppler-utils pulseaudio gstreamer1.0-pulseaudio
  mmdebstrap lintian appstream chromium zbar-tools unzip fonts-arphic-ukai
  # the fuzz targets' own build (ctest -L fuzz): clang with libFuzzer, llvm-symbolizer for
  # the sanitizers' stacks (also installer/test-sanitizers.sh), ccache to keep that build short
  clang libclang-rt-14-dev llvm ccache
  # the fleet benchmark's load balancer in front of three qingfeng-syncd (qingfeng-bench fleet)
  haproxy
)

qf_missing_packages() {
  local pkg
  for pkg in "$@"; do
    if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
      printf '%s\n' "$pkg"
    fi
  done
}

qf_install_missing() {
  local missing
  mapfile -t missing < <(qf_missing_packages "$@")
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "Need root or sudo to install: ${missing[*]}" >&2; return 1; }
    sudo=(sudo)
  fi
  echo "Installing missing packages: ${missing[*]}"
  "${sudo[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# Configures (first time) and builds the given targets (default: all) into build/.
qf_build() {
  local root="$1"; shift
  if [ ! -f "$root/build/build.ninja" ]; then
    cmake -S "$root" -B "$root/build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
  fi
  if [ $# -gt 0 ]; then
    cmake --build "$root/build" --target "$@"
  else
    cmake --build "$root/build"
  fi
}
