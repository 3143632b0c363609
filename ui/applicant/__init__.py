"""The applicant-facing display and its prompts."""
