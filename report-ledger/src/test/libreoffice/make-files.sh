#!/bin/sh
# Makes the LibreOffice-edited ledgers under ../resources/ledger from the library's exports there
# (exported.csv, exported.xlsx; regenerate those with -Djianshi.updateGolden=true first).
# Needs LibreOffice Calc from Debian (soffice) and python3. Run from this directory.
set -eu
res=../resources/ledger
work=$(mktemp -d)
profile="-env:UserInstallation=file://$work/profile"
csvin='CSV:44,34,76,1'
csvout='csv:Text - txt - csv (StarCalc):44,34,76,1'

# unchanged files, opened and saved again by Calc
cp "$res/exported.xlsx" "$work/lo-unchanged-src.xlsx"
soffice $profile --headless --calc --convert-to xlsx --outdir "$work/x" "$work/lo-unchanged-src.xlsx"
cp "$work/x/lo-unchanged-src.xlsx" "$res/lo-unchanged.xlsx"
cp "$res/exported.csv" "$work/lo-unchanged-src.csv"
soffice $profile --headless --infilter="$csvin" --convert-to "$csvout" --outdir "$work/c" "$work/lo-unchanged-src.csv"
cp "$work/c/lo-unchanged-src.csv" "$res/lo-unchanged.csv"

# the edits of edit_ledger.py, then read into Calc and saved as xlsx, and that saved again as CSV by Calc
python3 edit_ledger.py "$res/exported.csv" "$work/lo-edited.csv"
soffice $profile --headless --infilter="$csvin" --convert-to xlsx --outdir "$work/e" "$work/lo-edited.csv"
cp "$work/e/lo-edited.xlsx" "$res/lo-edited.xlsx"
soffice $profile --headless --calc --convert-to "$csvout" --outdir "$work/e2" "$work/e/lo-edited.xlsx"
cp "$work/e2/lo-edited.csv" "$res/lo-edited.csv"
rm -rf "$work"
