#!/bin/sh
# Sign (when SIGN_IDENTITY is set) and wrap dist/ChatTasks.app in a compressed .dmg.
# Usage: make_dmg.sh VERSION
set -eu
VERSION=$1
APP=dist/ChatTasks.app
HERE=$(cd "$(dirname "$0")" && pwd)
[ -d "$APP" ] || { echo "no $APP: run pyinstaller build.spec on macOS first" >&2; exit 1; }
if [ -n "${SIGN_IDENTITY:-}" ]; then
  codesign --deep --force --options runtime --timestamp \
    --entitlements "$HERE/entitlements.plist" --sign "$SIGN_IDENTITY" "$APP"
fi
STAGE=$(mktemp -d)
cp -R "$APP" "$STAGE/"
ln -s /Applications "$STAGE/Applications"
hdiutil create -volname "ChatTasks $VERSION" -srcfolder "$STAGE" -ov -format UDZO "dist/ChatTasks-$VERSION.dmg"
rm -rf "$STAGE"
