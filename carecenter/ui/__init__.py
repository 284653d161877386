"""The Qt user interface: main window, one module per tab and per dialog, table models, the background runner."""
