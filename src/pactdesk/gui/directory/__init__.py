"""People and organisations: the directory dialog, its forms and tables."""
