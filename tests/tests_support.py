"""What test modules share besides fixtures (importable as ``tests_support``: pytest puts ``tests/`` on the path)."""

import os

from carecenter import session

#: The PostgreSQL server the suite runs against, when set (see tests/conftest.py).
POSTGRES = os.environ.get("CARECENTER_TEST_POSTGRES", "")
ADMIN_ACTOR = session.Actor(name="测试管理员", role="admin")
