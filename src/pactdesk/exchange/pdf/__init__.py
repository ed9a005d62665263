"""PactDesk's PDF documents: minutes, agendas, binders and action reports, laid out with reportlab."""
