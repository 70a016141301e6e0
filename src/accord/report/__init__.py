"""Reports: one self-contained HTML file with plots, tables and the evidence.

``write_report(forecast, path)`` is what ``accord forecast --report FILE`` calls;
``render_report(forecast)`` returns the same document as a string.
"""

from accord.report.html import nearest_label, render_report, write_report

__all__ = ["nearest_label", "render_report", "write_report"]
