"""The PySide6 user interface: windows, dialogs and Qt models. It reaches data only through Services."""
