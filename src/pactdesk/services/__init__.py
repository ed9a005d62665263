"""Use cases, one module per area. The only code that writes; each call is one transaction."""
