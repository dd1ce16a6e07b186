"""Our subclasses of citeproc-py's CSL element classes, one module per element family."""
