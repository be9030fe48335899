"""PDF pages as QImages, through pdfium (pypdfium2): a light renderer where QtPdf would need the Addons wheel."""

import pypdfium2 as pdfium
from PySide6.QtGui import QImage


def page_images(pdf: bytes, dpi: float, *, grayscale: bool = False) -> list[QImage]:
    """Every page rendered at ``dpi`` — the printer's own resolution when printing, a screen's for the preview."""
    document = pdfium.PdfDocument(pdf)
    try:
        images = []
        for page in document:
            if grayscale:
                bitmap = page.render(scale=dpi / 72, grayscale=True, optimize_mode="print")
                fmt = QImage.Format.Format_Grayscale8
            else:
                bitmap = page.render(scale=dpi / 72, rev_byteorder=True, prefer_bgrx=True)
                fmt = QImage.Format.Format_RGBX8888
            image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, fmt)
            images.append(image.copy())  # own the pixels: the pdfium buffer goes away with the bitmap
            bitmap.close()
            page.close()
        return images
    finally:
        document.close()
