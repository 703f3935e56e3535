#!/usr/bin/env bash
# What an IDE sees when it imports the workshop, checked without an IDE: IntelliJ, Eclipse and VS Code read the
# POMs (with their own profile-activating property) and run no Maven goal, so
#  - the test JVM's options must hold no property only a goal sets (the late @{...} kind), and the Mockito agent
#    they name must exist;
#  - no source or resource folder may belong to two modules: an IDE keeps a folder in one module, and a lab's goals
#    shared with its solution would compile against the solution in the learner's IDE.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

for ide in idea.maven.embedder.version m2e.version; do
  arg_line=$(./mvnw -q -B "-D$ide=1" help:evaluate -Dexpression=eventlings.argLine -DforceStdout -pl labs/01-event-sourcing)
  case "$arg_line" in
    *'@{'*|*'${'*) echo "ide-import: the test JVM's options still hold a property an IDE cannot resolve: $arg_line" >&2; exit 1 ;;
  esac
  agent=$(sed -n 's/.*-javaagent:\([^ ]*\).*/\1/p' <<<"$arg_line")
  [ -f "$agent" ] || { echo "ide-import: the Mockito agent $agent the tests start with does not exist" >&2; exit 1; }

  ./mvnw -q -B "-D$ide=1" help:effective-pom -Doutput="$work/effective.xml" >/dev/null
  python3 - "$work/effective.xml" "$ide" <<'PYTHON'
import sys
import xml.etree.ElementTree as ET
ns = {"m": "http://maven.apache.org/POM/4.0.0"}
root = ET.parse(sys.argv[1]).getroot()
projects = root.findall("m:project", ns) if root.tag.endswith("projects") else [root]
owners = {}
for project in projects:
    name = project.findtext("m:artifactId", namespaces=ns)
    build = project.find("m:build", ns)
    if build is None:
        continue
    folders = [build.findtext(tag, namespaces=ns) for tag in ("m:sourceDirectory", "m:testSourceDirectory")]
    folders += [r.findtext("m:directory", namespaces=ns) for r in build.findall("m:resources/m:resource", ns)]
    folders += [r.findtext("m:directory", namespaces=ns) for r in build.findall("m:testResources/m:testResource", ns)]
    for folder in filter(None, folders):
        owners.setdefault(folder, set()).add(name)
shared = {folder: names for folder, names in owners.items() if len(names) > 1}
modules = len(projects)
if modules < 14:
    sys.exit(f"ide-import: the {sys.argv[2]} import sees only {modules} modules: the solutions, the command and the benchmarks belong in it")
if shared:
    for folder, names in shared.items():
        print(f"ide-import: {folder} belongs to {sorted(names)}", file=sys.stderr)
    sys.exit(1)
print(f"ide-import: {sys.argv[2]}: {modules} modules, no folder in two of them")
PYTHON
done
echo "ide-import: the test JVM's options are resolved without a goal: $arg_line"
