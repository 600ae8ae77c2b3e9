"""First run: create a vault and show its recovery key once (create_vault.py); where vaults
live (paths.py). Import the modules directly: this package file stays empty so that the
unlock path can use paths.py without loading the create dialog."""
