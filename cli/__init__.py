"""The `alliance` command line (entry point `cli.main:app`)."""
