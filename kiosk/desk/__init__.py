"""The officer desk's workflow data, free of Qt: what each capture step hands to the next."""
