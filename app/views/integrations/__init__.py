"""The Integrations page: connectors, accounts and routing rules."""
