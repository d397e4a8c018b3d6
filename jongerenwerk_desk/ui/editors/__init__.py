"""Editor dialogs for young people, groups, signals, consents, informing records, partners."""
