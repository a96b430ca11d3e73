#!/bin/sh
# Package dist/chattasks (the PyInstaller bundle) as a .deb and a .tar.gz, an AppImage when
# appimagetool is on PATH and a Flatpak when flatpak-builder is.
# Usage: build_packages.sh VERSION [DIST_DIR] [ICONS_DIR]
set -eu
VERSION=$1
DIST=${2:-dist}
ICONS=${3:-build/icons}
HERE=$(cd "$(dirname "$0")" && pwd)
ARCH=$(dpkg --print-architecture 2>/dev/null || echo amd64)
BUNDLE="$DIST/chattasks"
[ -x "$BUNDLE/chattasks-app" ] || { echo "no bundle at $BUNDLE: run pyinstaller build.spec first" >&2; exit 1; }

# tar.gz: the bundle folder with the desktop file and icons beside it.
TARDIR="$DIST/tar/chattasks-$VERSION"
rm -rf "$DIST/tar" && mkdir -p "$TARDIR"
cp -a "$BUNDLE/." "$TARDIR/"
cp "$HERE/chattasks.desktop" "$TARDIR/"
cp -a "$ICONS/hicolor" "$TARDIR/icons"
tar -C "$DIST/tar" -czf "$DIST/chattasks-$VERSION-linux-$ARCH.tar.gz" "chattasks-$VERSION"

# .deb: the bundle under /opt/chattasks, launchers on PATH, menu entry and icons.
ROOT="$DIST/deb/chattasks_${VERSION}_$ARCH"
rm -rf "$DIST/deb" && mkdir -p "$ROOT/DEBIAN" "$ROOT/opt" "$ROOT/usr/bin" "$ROOT/usr/share/applications" "$ROOT/usr/share/icons"
cp -a "$BUNDLE" "$ROOT/opt/chattasks"
ln -s /opt/chattasks/chattasks "$ROOT/usr/bin/chattasks"
ln -s /opt/chattasks/chattasks-app "$ROOT/usr/bin/chattasks-app"
cp "$HERE/chattasks.desktop" "$ROOT/usr/share/applications/"
cp -a "$ICONS/hicolor" "$ROOT/usr/share/icons/"
SIZE=$(du -sk "$ROOT" | cut -f1)
sed -e "s/@VERSION@/$VERSION/" -e "s/@ARCH@/$ARCH/" -e "s/@SIZE@/$SIZE/" "$HERE/control.in" > "$ROOT/DEBIAN/control"
install -m 0755 "$HERE/postinst" "$ROOT/DEBIAN/postinst"
install -m 0755 "$HERE/postinst" "$ROOT/DEBIAN/postrm"
dpkg-deb -Zzstd --root-owner-group --build "$ROOT" "$DIST/chattasks_${VERSION}_$ARCH.deb" >/dev/null

# AppImage, where the tool exists (it cannot be downloaded here).
if command -v appimagetool >/dev/null 2>&1; then
  APPDIR="$DIST/ChatTasks.AppDir"
  rm -rf "$APPDIR" && mkdir -p "$APPDIR/usr/share/icons"
  cp -a "$BUNDLE" "$APPDIR/usr/chattasks"
  cp "$HERE/chattasks.desktop" "$APPDIR/"
  cp "$ICONS/hicolor/256x256/apps/chattasks.png" "$APPDIR/chattasks.png"
  printf '#!/bin/sh\nexec "$(dirname "$0")/usr/chattasks/chattasks-app" "$@"\n' > "$APPDIR/AppRun"
  chmod +x "$APPDIR/AppRun"
  appimagetool "$APPDIR" "$DIST/ChatTasks-$VERSION-x86_64.AppImage"
fi
# Flatpak, where flatpak-builder and the freedesktop runtime are installed.
if command -v flatpak-builder >/dev/null 2>&1; then
  SRC="$DIST/flatpak-src"
  rm -rf "$SRC" && mkdir -p "$SRC"
  cp -a "$BUNDLE" "$SRC/chattasks"
  cp "$HERE/chattasks.desktop" "$HERE/flatpak/org.chattasks.ChatTasks.metainfo.xml" "$SRC/"
  cp -a "$ICONS/hicolor" "$SRC/icons"
  flatpak-builder --force-clean --repo="$DIST/flatpak-repo" "$DIST/flatpak-build" "$HERE/flatpak/org.chattasks.ChatTasks.yml"
  flatpak build-bundle "$DIST/flatpak-repo" "$DIST/ChatTasks-$VERSION.flatpak" org.chattasks.ChatTasks
fi
ls -la "$DIST"/*.deb "$DIST"/*.tar.gz
