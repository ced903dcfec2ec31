"""Qt widgets: views over the domain; no business rules here."""
