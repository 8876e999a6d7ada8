"""Printed outputs: the booklet (kỷ yếu) of a section or a year and one-page posters, as PDF (WeasyPrint).

selection.py picks what the portal publishes; view.py makes plain data; story.py renders a story
through the portal's sanitiser; pictures.py prepares photos for print; qr.py draws the QR codes;
fetcher.py is the only door through which WeasyPrint may read a file; render.py writes the PDF.
"""
