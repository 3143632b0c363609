"""The applicant guidance screen: one module per page, a thin window."""
