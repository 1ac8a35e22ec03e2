#!/bin/sh
# Writes its process id to $1, then is hang-366.sh.
echo $$ > "$1"
exec sh "$(dirname "$0")/hang-366.sh"
