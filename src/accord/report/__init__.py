"""Reports: self-contained HTML with plots and the evidence table."""
