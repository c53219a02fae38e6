#!/bin/bash
# Findings per file of `bitext check` on the interchange files of ../shared/corpus (XLIFF, TMX, PO,
# CSV, JSON, YAML, XML, DOCX), one table row per file or pair of files.
# Run: bash scripts/corpus-report.sh   (from the repository root; BITEXT_SHARED overrides ../shared)
TMP_JSON=$(mktemp)
trap 'rm -f "$TMP_JSON"' EXIT
C=${BITEXT_SHARED:-../shared}/corpus
run() { # label, files...
  label=$1; shift
  out=$(npx tsx src/cli/run.ts check "$@" --format json --fail-on never 2>&1 >"$TMP_JSON"; echo "rc=$?")
  python3 - "$label" "$out" "$TMP_JSON" <<'PY'
import json,sys,collections
label,out=sys.argv[1],sys.argv[2]
try:
    d=json.load(open(sys.argv[3]))
except Exception as e:
    print(f"| {label} | CRASH/ERROR: {out.strip()[:150]} |"); sys.exit()
s=d['summary']; c=collections.Counter(f['rule'] for f in d['findings'] if f['severity']!='info')
top=', '.join(f"{k} {v}" for k,v in c.most_common(4))
print(f"| {label} | {s['pairs']} | {s['errors']} | {s['warnings']} | {s['infos']} | {top} |")
PY
}
echo "| file(s) | pairs | errors | warnings | infos | main rules (errors+warnings) |"
echo "|---|---:|---:|---:|---:|---|"
run "covid-alert-app-json en.json+fr.json" $C/covid-alert-app-json/en.json $C/covid-alert-app-json/fr.json
run "covid-alert-app-json regional-en/fr.json" $C/covid-alert-app-json/regional-en.json $C/covid-alert-app-json/regional-fr.json
run "covid-alert-portal-django-po django-fr.po" $C/covid-alert-portal-django-po/django-fr.po
for k in current_conditions_icon_code_descriptions forecast_conditions_icon_code_descriptions tags_table; do run "eccc-citypage ${k}_e/_f.csv" $C/eccc-citypage-weather-xml/docs/${k}_e.csv $C/eccc-citypage-weather-xml/docs/${k}_f.csv; done
run "eccc-citypage site_list_en/fr.csv" $C/eccc-citypage-weather-xml/docs/site_list_en.csv $C/eccc-citypage-weather-xml/docs/site_list_fr.csv
n=0; for e in $C/eccc-citypage-weather-xml/xml/*_e.xml; do n=$((n+1)); done
run "eccc-citypage xml (all $n _e/_f pairs)" $C/eccc-citypage-weather-xml/xml/*.xml
run "focus-ios-xliff12-fr focus-ios.fr.xliff" $C/focus-ios-xliff12-fr/focus-ios.fr.xliff
for e in $C/gc-a11y-docx-pairs/*_EN.docx; do b=$(basename $e _EN.docx); run "gc-a11y-docx $b" $e ${e%_EN.docx}_FR.docx; done
run "gc-notify-admin-csv fr.csv" $C/gc-notify-admin-csv/fr.csv
for f in $C/open-canada-ckan-yaml/*; do case $f in *README.md) continue;; esac; run "open-canada-ckan-yaml $(basename $f)" $f; done
run "tico19-tmx-en-fr all.en-fr.tmx" $C/tico19-tmx-en-fr/all.en-fr.tmx
for f in $C/tico19-tmx-en-fr/*.csv; do run "tico19 $(basename $f)" $f; done
run "tracker-lingui-po api-en.po+api-fr.po" $C/tracker-lingui-po/api-en.po $C/tracker-lingui-po/api-fr.po
ls $C/tracker-lingui-po/ | grep -v README | grep -v api- | while read f; do run "tracker-lingui-po $f" $C/tracker-lingui-po/$f; done
run "vac-benefits-directory-json data.json" $C/vac-benefits-directory-json/data.json
