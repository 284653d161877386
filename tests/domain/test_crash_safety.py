"""Nothing is lost: a child process writes through the domain functions and is killed with SIGKILL at random
moments. Every write whose call returned must be there, none may be half-applied, and the file must stay whole.

200 rounds in the normal run; CARECENTER_KILL_ROUNDS=2000 for a longer soak.
"""

import os
import random
import signal
import sys
import time

import pytest

from carecenter import archive, search_keys, session
from carecenter.models import AuditEntry, Customer, Vehicle
from carecenter.store import open_store

ROUNDS = int(os.environ.get("CARECENTER_KILL_ROUNDS", "200"))


def writer(path, ack_fd, first):
    """The child: customers with a vehicle each, acknowledging each call only after it returned."""
    open_store(path)
    session.set_actor(session.Actor("crash-test", "admin"))
    search_keys.name_pinyin("张三")  # the pinyin dictionary loads on first use: before the clock starts, not after
    os.write(ack_fd, b"ready\n")  # the kill comes at a random moment of the writing, not of opening the store  # the kill comes at a random moment of the writing, not of opening the store
    number = first
    while True:
        customer_id = archive.save_customer({"name": f"K{number}", "phone": f"139{number:08d}"})
        os.write(ack_fd, f"c {number} {customer_id}\n".encode())
        archive.save_vehicle(customer_id, {"plate": f"浙A{number % 100000:05d}"}, confirm=True)
        os.write(ack_fd, f"v {number} {customer_id}\n".encode())
        number += 1


@pytest.mark.sqlite_only  # the file and its journal; a server keeps its own
@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork (POSIX)")
def test_sigkill_at_random_moments_loses_nothing_acknowledged(store, tmp_path):
    path = store.path
    store.close()
    search_keys.name_pinyin("张三")  # loaded once here; every child inherits it
    rng = random.Random(20261122)
    acked_customers: dict[int, int] = {}
    acked_vehicles: set[int] = set()
    first = 0
    killed_mid_write = 0
    for _ in range(ROUNDS):
        read_fd, write_fd = os.pipe()
        pid = os.fork()
        if pid == 0:  # the child never returns into pytest
            os.close(read_fd)
            try:
                writer(path, write_fd, first)
            finally:
                os._exit(1)
        os.close(write_fd)
        received = b""
        while b"ready\n" not in received:
            chunk = os.read(read_fd, 65536)
            if not chunk:
                break
            received += chunk
        received = received.split(b"ready\n", 1)[-1]
        time.sleep(rng.uniform(0.002, 0.03))
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        while chunk := os.read(read_fd, 65536):
            received += chunk
        os.close(read_fd)
        for line in received.decode().splitlines():
            kind, number, customer_id = line.split()
            if kind == "c":
                acked_customers[int(number)] = int(customer_id)
            else:
                acked_vehicles.add(int(number))
        first = max(acked_customers, default=first - 1) + 1
        killed_mid_write += 1

    again = open_store(path)
    try:
        assert again.db.execute_sql("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert again.db.execute_sql("PRAGMA foreign_key_check").fetchall() == []
        names = {c.name: c for c in Customer.select()}
        missing = [n for n in acked_customers if f"K{n}" not in names]
        assert missing == [], f"acknowledged customers lost: {missing[:10]}"
        plates = {v.plate for v in Vehicle.select()}
        lost = [n for n in acked_vehicles if f"浙A{n % 100000:05d}" not in plates]
        assert lost == [], f"acknowledged vehicles lost: {lost[:10]}"
        # no write is half-applied: derived columns and audit entries match the rows they describe
        for customer in Customer.select():
            owned = list(Vehicle.select().where(Vehicle.customer == customer.id))
            assert customer.vehicle_count == len(owned)
            assert all(f"|{v.plate.lower()}|" in customer.search_text for v in owned)
            assert f"|{customer.phone}|" in customer.search_text
        audited = AuditEntry.select().where(AuditEntry.entity == "vehicle").count()
        assert audited == Vehicle.select().count()
        assert AuditEntry.select().where(AuditEntry.entity == "customer").count() == Customer.select().count()
        assert len(acked_customers) >= ROUNDS // 10  # the children really got work done between kills
    finally:
        again.close()
    print(f"{ROUNDS} kills, {len(acked_customers)} customers and {len(acked_vehicles)} vehicles acknowledged",
          file=sys.stderr)
