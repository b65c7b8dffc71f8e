#!/bin/sh
# Fails when the committed generated code of the clinical model does not match its model:
# deletes src-gen, regenerates it from model/physiobench.ecore + .genmodel, and requires the
# bundle to be exactly as committed (git status --porcelain also sees new, untracked files,
# which plain git diff would miss: the generator never deletes files of removed classes).
# Run it on a clean checkout of the bundle; it leaves the regenerated files in place.
set -e
root=$(cd "$(dirname "$0")/../.." && pwd)
bundle=bundles/org.physiobench.model
cd "$root"
if [ -n "$(git status --porcelain -- "$bundle")" ]; then
  echo "check-model: $bundle has uncommitted changes; commit or stash them first:" >&2
  git status --short -- "$bundle" >&2
  exit 2
fi
"$root/releng/scripts/generate-model.sh" --clean
changes=$(git status --porcelain -- "$bundle")
if [ -n "$changes" ]; then
  echo "check-model: src-gen (or the genmodel) does not match model/physiobench.ecore." >&2
  echo "Run releng/scripts/generate-model.sh --clean and commit the result. Differences:" >&2
  echo "$changes" >&2
  git --no-pager diff --stat -- "$bundle" >&2
  exit 1
fi
echo "check-model: src-gen matches the model"
