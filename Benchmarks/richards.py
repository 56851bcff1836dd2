# richards: Martin Richards' OS task scheduler simulation (tasks, packets, hold/release/wait)
# ci-size: 2
import sys

ID_IDLE = 1
ID_WORKER = 2
ID_HANDLER_A = 3
ID_HANDLER_B = 4
ID_DEVICE_A = 5
ID_DEVICE_B = 6

KIND_DEVICE = 0
KIND_WORK = 1

BUFFER_SIZE = 4
IDLE_COUNT = 10000


class Packet:
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.datum = 0
        self.data = [0] * BUFFER_SIZE

    def append_to(self, queue):
        # Packets always travel alone, so the link is cut before queueing.
        self.link = None
        if queue is None:
            return self
        tail = queue
        while tail.link is not None:
            tail = tail.link
        tail.link = self
        return queue


class Task:
    def __init__(self, scheduler, ident, priority, queue, waiting):
        self.scheduler = scheduler
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.packet_pending = queue is not None
        self.waiting = waiting
        self.holding = False
        self.link = scheduler.task_list
        scheduler.task_list = self
        scheduler.table[ident] = self

    def held_or_suspended(self):
        return self.holding or (self.waiting and not self.packet_pending)

    def run(self):
        packet = None
        if self.waiting and self.packet_pending:
            packet = self.queue
            self.queue = packet.link
            self.waiting = False
            self.packet_pending = self.queue is not None
        return self.step(packet)

    def add_packet(self, packet, current):
        if self.queue is None:
            self.queue = packet
            self.packet_pending = True
            # A higher-priority task that just got work pre-empts the sender.
            if self.priority > current.priority:
                return self
        else:
            self.queue = packet.append_to(self.queue)
        return current

    def step(self, packet):
        raise NotImplementedError


class IdleTask(Task):
    def __init__(self, scheduler):
        super().__init__(scheduler, ID_IDLE, 0, None, False)
        self.seed = 1
        self.count = IDLE_COUNT

    def step(self, packet):
        self.count -= 1
        if self.count == 0:
            return self.scheduler.hold_current()
        # A tiny shift-register PRNG decides which device to wake up.
        if self.seed & 1 == 0:
            self.seed >>= 1
            return self.scheduler.release(ID_DEVICE_A)
        self.seed = (self.seed >> 1) ^ 0xD008
        return self.scheduler.release(ID_DEVICE_B)


class WorkerTask(Task):
    def __init__(self, scheduler, queue):
        super().__init__(scheduler, ID_WORKER, 1000, queue, True)
        self.destination = ID_HANDLER_A
        self.letter = 0

    def step(self, packet):
        if packet is None:
            return self.scheduler.wait_current()
        if self.destination == ID_HANDLER_A:
            self.destination = ID_HANDLER_B
        else:
            self.destination = ID_HANDLER_A
        packet.ident = self.destination
        packet.datum = 0
        for i in range(BUFFER_SIZE):
            self.letter += 1
            if self.letter > 26:
                self.letter = 1
            packet.data[i] = ord("A") + self.letter - 1
        return self.scheduler.queue_packet(packet)


class HandlerTask(Task):
    def __init__(self, scheduler, ident, priority, queue):
        super().__init__(scheduler, ident, priority, queue, True)
        self.work = None
        self.devices = None

    def step(self, packet):
        if packet is not None:
            if packet.kind == KIND_WORK:
                self.work = packet.append_to(self.work)
            else:
                self.devices = packet.append_to(self.devices)
        if self.work is not None:
            work = self.work
            index = work.datum
            if index < BUFFER_SIZE:
                if self.devices is not None:
                    device = self.devices
                    self.devices = device.link
                    device.datum = work.data[index]
                    work.datum = index + 1
                    return self.scheduler.queue_packet(device)
            else:
                self.work = work.link
                return self.scheduler.queue_packet(work)
        return self.scheduler.wait_current()


class DeviceTask(Task):
    def __init__(self, scheduler, ident, priority):
        super().__init__(scheduler, ident, priority, None, True)
        self.pending = None

    def step(self, packet):
        if packet is None:
            if self.pending is None:
                return self.scheduler.wait_current()
            packet = self.pending
            self.pending = None
            return self.scheduler.queue_packet(packet)
        self.pending = packet
        return self.scheduler.hold_current()


class Scheduler:
    def __init__(self):
        self.task_list = None
        self.table = [None] * 7
        self.current = None
        self.queue_count = 0
        self.hold_count = 0

    def hold_current(self):
        self.hold_count += 1
        self.current.holding = True
        return self.current.link

    def release(self, ident):
        task = self.table[ident]
        task.holding = False
        if task.priority > self.current.priority:
            return task
        return self.current

    def wait_current(self):
        self.current.waiting = True
        return self.current

    def queue_packet(self, packet):
        target = self.table[packet.ident]
        self.queue_count += 1
        packet.link = None
        packet.ident = self.current.ident
        return target.add_packet(packet, self.current)

    def schedule(self):
        task = self.task_list
        while task is not None:
            if task.held_or_suspended():
                task = task.link
            else:
                self.current = task
                task = task.run()


def build():
    scheduler = Scheduler()
    IdleTask(scheduler)
    work = Packet(None, 0, KIND_WORK)
    work = Packet(work, 0, KIND_WORK)
    WorkerTask(scheduler, work)
    for ident, priority, device in ((ID_HANDLER_A, 2000, ID_DEVICE_A),
                                    (ID_HANDLER_B, 3000, ID_DEVICE_B)):
        queue = None
        for _ in range(3):
            queue = Packet(queue, device, KIND_DEVICE)
        HandlerTask(scheduler, ident, priority, queue)
    DeviceTask(scheduler, ID_DEVICE_A, 4000)
    DeviceTask(scheduler, ID_DEVICE_B, 5000)
    return scheduler


def main():
    iterations = int(sys.argv[1]) if len(sys.argv) > 1 else 60
    total_queued = 0
    total_held = 0
    for _ in range(iterations):
        scheduler = build()
        scheduler.schedule()
        total_queued += scheduler.queue_count
        total_held += scheduler.hold_count
    print("qpkt_count per iteration:", scheduler.queue_count)
    print("hold_count per iteration:", scheduler.hold_count)
    print("iterations:", iterations)
    print("totals:", total_queued, total_held)


if __name__ == "__main__":
    main()
