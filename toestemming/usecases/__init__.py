"""Use cases, grouped by subject. `toestemming.service.Service` is the one front door."""
