"""Storage: the encrypted vault (SQLCipher database + key header), migrations and SQL."""
