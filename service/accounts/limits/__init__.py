"""Attempt budgets: counted per attempt in the service layer, in memory or in Redis."""
