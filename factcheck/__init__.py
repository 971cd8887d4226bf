"""factcheck: a command-line fact-checker for the numbers in news."""
__version__ = "0.1.0"
