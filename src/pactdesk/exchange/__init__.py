"""Exchange formats: workbooks, PDF documents and calendars, read and written through the services."""
