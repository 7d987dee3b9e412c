"""The one exception library code raises for user problems; the CLI turns it into a message."""


class FactcheckError(Exception):
    """A problem with the user's input or options, worth a one-line message and no traceback."""
