#!/usr/bin/env bash
# Install the Debian packages rencana needs. As root: apt-get. Otherwise: name what is
# missing and how to install it, and carry on — the digital path works without them.
#   tesseract-ocr, tesseract-ocr-ind, tesseract-ocr-eng  OCR of scanned pages
#   poppler-utils                                          pdftoppm, for looking at pages
#   fonts-dejavu-core, fonts-dejavu-extra, fonts-liberation
#                                                          the fonts the sample PDFs embed
#                                                          (byte-identical rebuilds)
set -u
# Extra package names on the command line are checked too (make holdouts asks for the
# renderers of the holdout sets: chromium, libreoffice-writer, libreoffice-calc).
packages=(tesseract-ocr tesseract-ocr-ind tesseract-ocr-eng poppler-utils
          fonts-dejavu-core fonts-dejavu-extra fonts-liberation "$@")
need=()
for pkg in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || need+=("$pkg")
done
[ ${#need[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian packages: ${need[*]}"
  export DEBIAN_FRONTEND=noninteractive
  { apt-get update -qq && apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null; } \
    || { echo "apt-get could not install: ${need[*]}" >&2; exit 1; }
else
  echo "Missing Debian packages: ${need[*]}" >&2
  echo "Install them with: sudo apt-get install ${need[*]}" >&2
  echo "(the digital path works without them; scanned pages need tesseract-ocr)" >&2
fi
