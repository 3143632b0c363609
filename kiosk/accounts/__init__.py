"""Local officer accounts that work offline: roles, argon2id passwords, lockout, idle lock."""
