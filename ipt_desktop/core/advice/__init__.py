"""Decision aids for public buyers: the EU thresholds in force and the procedure chooser.

Owns ``resources/thresholds.yaml`` (dated thresholds, their acts and national-currency equivalents) with the
threshold checker (``thresholds``), and ``resources/procedure_chooser.yaml`` (a decision tree as data) with
its engine and validation (``chooser``). Both files are validated here, so the content check and the tests
name the same file and key. May import: errors, resources.
"""
