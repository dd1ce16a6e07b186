"""cvbib's CSL layer over citeproc-py: citeproc-js-compatible rendering of CSL styles."""
