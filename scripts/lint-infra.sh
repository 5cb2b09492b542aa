#!/bin/sh
# npm run lint:infra: AWS's CloudFormation linter (cfn-lint) on the three templates, against the
# CloudFormation resource specification it ships with. The jest tests in test/infra check the
# templates without it; this is the second opinion, run before a template change is merged.
# cfn-lint exits non-zero on errors and on warnings, and so does this script.
set -eu
cd "$(dirname "$0")/.."

if ! command -v cfn-lint >/dev/null 2>&1; then
  cat >&2 <<'MESSAGE'
lint:infra needs cfn-lint, AWS's CloudFormation linter, and it is not on the PATH.
Install it with one of:
  pipx install cfn-lint            # any system with Python 3 and pipx
  python3 -m pip install --user cfn-lint
  sudo apt-get install cfn-lint    # where the distribution packages it (Debian 12 does not)
  brew install cfn-lint            # macOS, Linuxbrew
then run npm run lint:infra again.
MESSAGE
  exit 127
fi

cfn-lint --version
exec cfn-lint infra/opsloop.yaml infra/opsloop-documents.yaml infra/opsloop-detector.yaml
