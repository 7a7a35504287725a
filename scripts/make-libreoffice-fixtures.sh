#!/usr/bin/env bash
# Writes tests/fixtures/roster/libreoffice/*.xlsx with LibreOffice Calc, a different writer than
# the project's own (exceljs) and the Python fixture script, the way a counselor's "Save as .xlsx"
# would. Needs `apt-get install libreoffice-calc-nogui`; the outputs are committed, so tests and
# CI do not need LibreOffice. Column types: 1 standard, 2 text (keeps 000123), 3 date M/D/Y.
set -euo pipefail
cd "$(dirname "$0")/../tests/fixtures/roster/libreoffice"
soffice --headless \
  --infilter="CSV:44,34,76,1,1/2/2/2/3/3/4/1/5/2/6/2/7/2" \
  --convert-to xlsx:"Calc MS Excel 2007 XML" aeries-source.csv --outdir .
mv aeries-source.xlsx aeries.xlsx
