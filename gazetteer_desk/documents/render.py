"""PDF papers for petitioners and mediation parties, rendered in memory with reportlab.

The papers live in :mod:`.notices` and :mod:`.mediation_agreement`, the shared page machinery in :mod:`.layout` and
:mod:`.story`; this module keeps the names the services import. The caller writes the returned bytes to disk
(atomically) or sends them to the printer.
"""

from gazetteer_desk.documents.layout import format_date, qr_payload
from gazetteer_desk.documents.mediation_agreement import render_mediation_agreement
from gazetteer_desk.documents.notices import render_notice

__all__ = ["render_notice", "render_mediation_agreement", "format_date", "qr_payload"]
