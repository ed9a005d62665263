"""Files out and in: workbooks, PDF documents and calendars, printing, and remembering the last folder."""
