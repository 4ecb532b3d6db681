"""`python -m chronicle` is the same as the `chronicle` command."""

from chronicle.cli import main

main()
