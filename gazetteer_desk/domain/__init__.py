"""Pure domain rules of petition work: no Qt, no database, only the standard library."""
