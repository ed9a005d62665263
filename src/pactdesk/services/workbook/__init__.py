"""The PactDesk workbook (WORKBOOK.md): its sheets and columns, the rows an export holds, and an import planned and
then written. The package imports none of its modules, so each is loaded only where it is used."""
