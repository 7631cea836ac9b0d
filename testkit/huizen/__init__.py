"""Synthetic Huizen, seeded and realistic: `generate` at the benchmark's sizes (each passes
`zondermuren check`), `pileup` with every pair of partners clashing."""
