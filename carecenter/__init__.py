"""CareCenter: the desktop program of a car dealership's customer care desk (客户关爱部).

The domain modules in this package are plain Python and never import Qt; the GUI lives in
``carecenter.ui`` and is started by ``carecenter.app``.
"""

__version__ = "0.1.0"
