#!/bin/sh
# Trains on the corpus as staged in git (`git add corpus` first), so the committed model matches
# the committed corpus even while writers keep editing the working tree.
set -e
snap=$(mktemp -d)
git ls-files -z corpus | xargs -0 git checkout-index --prefix="$snap/" --
TRAIN_CORPUS="$snap/corpus" node scripts/train.ts "$@"
rm -rf "$snap"
