#!/usr/bin/env bash
# Install the Debian packages rencana needs (OCR engine, PDF tools). As root: apt-get.
# Otherwise: name what is missing and how to install it, and carry on — the digital path
# works without them; the OCR path reports the missing engine per document.
set -u
need=()
command -v tesseract >/dev/null 2>&1 || need+=(tesseract-ocr)
if command -v tesseract >/dev/null 2>&1 && ! tesseract --list-langs 2>/dev/null | grep -qx ind; then
  need+=(tesseract-ocr-ind)
fi
command -v pdftoppm >/dev/null 2>&1 || need+=(poppler-utils)
[ ${#need[@]} -eq 0 ] && exit 0
[[ " ${need[*]} " == *" tesseract-ocr "* ]] && need+=(tesseract-ocr-ind tesseract-ocr-eng)
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian packages: ${need[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null \
    || { echo "apt-get could not install: ${need[*]}" >&2; exit 1; }
else
  echo "Missing Debian packages: ${need[*]}" >&2
  echo "Install them with: sudo apt-get install ${need[*]}" >&2
  echo "(the digital path works without them; scanned pages need tesseract-ocr)" >&2
fi
