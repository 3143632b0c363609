"""The enrollment domain: applicants, eligibility, enrollments and their states. Pure Python."""
