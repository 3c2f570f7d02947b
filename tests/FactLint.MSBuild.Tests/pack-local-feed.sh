#!/usr/bin/env bash
# Builds the local NuGet feed: FactLint.Cli (the dotnet tool), FactLint.MSBuild (the build integration) and FactLint.Core
# (the library for apps, samples/GroundedAnswer).
#   tests/FactLint.MSBuild.Tests/pack-local-feed.sh [feed-folder]     (default: artifacts/packages)
# Then: `dotnet tool restore && dotnet factlint check docs`, or `dotnet build samples/DocsProject`.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
feed="${1:-$root/artifacts/packages}"
configuration="${CONFIGURATION:-Release}"
mkdir -p "$feed"
feed="$(cd "$feed" && pwd)"

version="$(dotnet msbuild "$root/src/FactLint.Cli/FactLint.Cli.csproj" -nologo -getProperty:PackageVersion)"
dotnet pack "$root/src/FactLint.Cli/FactLint.Cli.csproj" -c "$configuration" -o "$feed" -nologo
dotnet pack "$root/src/FactLint.MSBuild/FactLint.MSBuild.csproj" -c "$configuration" -o "$feed" -nologo
dotnet pack "$root/src/FactLint.Core/FactLint.Core.csproj" -c "$configuration" -o "$feed" -nologo

# The same version repacked must not be masked by the copy NuGet extracted last time: drop only our own packages' folders.
packages="${NUGET_PACKAGES:-$HOME/.nuget/packages}"
for id in factlint.cli factlint.msbuild factlint.core; do
  if [ -d "$packages/$id/$version" ]; then
    rm -rf "${packages:?}/$id/$version"
    echo "Removed the cached $id $version from $packages"
  fi
done
echo "Local feed: $feed (FactLint.Cli, FactLint.MSBuild and FactLint.Core $version)"
