"""The store: database location, engine and sessions, SQLite pragmas, migrations, backups and the instance lock."""
