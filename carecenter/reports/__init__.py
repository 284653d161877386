"""Printed forms (reportlab) and workbooks (openpyxl). They take plain data and run no queries."""
