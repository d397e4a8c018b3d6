"""The encrypted notebook file: keys, KDF, SQLCipher connection, migrations, backup, locking."""
