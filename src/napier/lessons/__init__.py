"""The heavy halves of the commands: compute, explain and render a Reply (run in workers)."""
