"""The committee's words as typed models, enums, references and validation. No Qt, no I/O."""
