# SPDX-License-Identifier: MIT
# help2man joins consecutive lines of `quarry --help` (the migrate sub-commands, the URL forms)
# into one paragraph; from the command list on, keep each of them on its own line.
/^\.SS "Commands:"/ { commands = 1 }
/^\.SH / && !/^\.SH DESCRIPTION/ { commands = 0 }
commands && !/^\./ && previous_text { print ".br" }
{ previous_text = !/^\./; print }
