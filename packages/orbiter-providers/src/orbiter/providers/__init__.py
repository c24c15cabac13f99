"""Model providers for Orbiter."""
