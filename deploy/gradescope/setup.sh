#!/usr/bin/env bash
# Gradescope runs this once, as root, when it builds the autograder image (it unpacked autograder.zip into
# /autograder/source). It installs what grading needs at run time (the .NET runtime, not the SDK: the grader is
# published; bubblewrap for the runner's namespaces), makes sure the unprivileged user the runners run as exists,
# and lays out the folders so that user can read the runner and nothing else of ours.
# HW3_AUTOGRADER_ROOT replaces /autograder (tests unpack the zip into a temporary root); an install is skipped
# when what it installs is already there.
set -euo pipefail
root="${HW3_AUTOGRADER_ROOT:-/autograder}"
source_dir="$root/source"
dotnet_channel="10.0"

have_runtime() {
  command -v dotnet >/dev/null 2>&1 && dotnet --list-runtimes 2>/dev/null | grep -q "^Microsoft.NETCore.App ${dotnet_channel}\."
}

if ! have_runtime || ! command -v bwrap >/dev/null 2>&1; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends ca-certificates curl bubblewrap util-linux >/dev/null
fi

if ! have_runtime; then
  # Microsoft's install script, runtime only, into the usual place (the grader needs no ICU: invariant globalization).
  curl -fsSL https://dot.net/v1/dotnet-install.sh -o /tmp/dotnet-install.sh
  bash /tmp/dotnet-install.sh --channel "$dotnet_channel" --runtime dotnet --install-dir /usr/share/dotnet
  ln -sf /usr/share/dotnet/dotnet /usr/bin/dotnet
  rm -f /tmp/dotnet-install.sh
fi

# Runners run as uid/gid 65534 (nobody): the grader switches to it with setpriv when it runs as root.
if ! getent group 65534 >/dev/null; then groupadd --gid 65534 nogroup; fi
if ! getent passwd 65534 >/dev/null; then useradd --uid 65534 --gid 65534 --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin nobody; fi

# The runner, which holds no answers, is the one part of us the runners' user may read: a copy outside source/.
rm -rf "$root/runner"
cp -r "$source_dir/runner" "$root/runner"
if [ "$(id -u)" = 0 ]; then chown -R root:root "$root/runner"; fi
chmod -R u=rwX,go=rX "$root/runner"
# source/ (grader, references, rubric) and results/ are root's alone; the root folder may only be passed through.
chmod 0700 "$source_dir"
chmod go-rw "$root"
chmod go+x "$root"
chmod 0755 "$source_dir/run_autograder"
echo "hw3 autograder set up: $(dotnet --list-runtimes | grep -c NETCore) .NET runtime(s), bubblewrap $(command -v bwrap >/dev/null && echo present || echo missing)"
