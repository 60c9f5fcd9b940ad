"""Admin for childcare: providers and their vacancies, the offer's rules, the checker's counts."""
